#pragma once
// Flowing layout on A4 pages for the reports: a cursor that moves down the
// page, headings, wrapped paragraphs, bullets, simple ruled tables, and a
// new page (with the running footer) when the next block does not fit.
// Sizes in points; texts are UTF-8 and already translated.
#include <functional>
#include <string>
#include <vector>

#include "pdf_document.h"

namespace readiness::reports {

class ReportLayout {
 public:
  // `footer` is drawn at the bottom of every page ("Arjeplog · 2022"); the
  // page number is added after it.
  ReportLayout(PdfDocument& pdf, Orientation orientation, std::string footer, std::string page_word);

  PdfDocument& pdf() { return m_pdf; }
  double left() const { return kMargin; }
  double width() const { return m_pdf.page_width() - 2 * kMargin; }
  double y() const { return m_y; }
  void set_y(double y) { m_y = y; }
  double bottom() const { return m_pdf.page_height() - kMargin; }

  void new_page();
  // A new page unless `height` more points fit on this one.
  void need(double height);
  void gap(double points) { m_y += points; }

  void title(const std::string& text, const std::string& subtitle);
  void heading(const std::string& text);
  void subheading(const std::string& text);
  void paragraph(const std::string& text, double size = 9.5, bool bold = false);
  void bullet(const std::string& text, double size = 9.5);
  // label: value lines, labels in bold in a column of `label_width`.
  void facts(const std::vector<std::pair<std::string, std::string>>& rows, double label_width);

  struct Column {
    std::string header;
    double width = 0;  // points; the last column may be 0 = the rest
    Align align = Align::Left;
  };
  // A ruled table; a cell's fill colour comes from `fill` (row, column) when
  // given and returns true. Long cells wrap. The header repeats on a new page.
  void table(const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
             const std::function<bool(std::size_t, std::size_t, Rgb&)>& fill = nullptr, double size = 8.5);

  static constexpr double kMargin = 48.0;

 private:
  void footer();

  PdfDocument& m_pdf;
  Orientation m_orientation;
  std::string m_footer;
  std::string m_page_word;
  double m_y = 0;
};

}  // namespace readiness::reports
