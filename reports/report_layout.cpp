#include "report_layout.h"

#include <algorithm>

namespace readiness::reports {

namespace {
const Rgb kGrey = Rgb::hex(0x555555);
const Rgb kRule = Rgb::hex(0xBBBBBB);
const Rgb kHeaderFill = Rgb::hex(0xE8EEF4);
const Rgb kAccent = Rgb::hex(0x1F4E79);
}  // namespace

ReportLayout::ReportLayout(PdfDocument& pdf, Orientation orientation, std::string footer, std::string page_word)
    : m_pdf(pdf), m_orientation(orientation), m_footer(std::move(footer)), m_page_word(std::move(page_word)) {}

void ReportLayout::footer() {
  m_pdf.set_font(false, 7.5);
  m_pdf.set_colour(kGrey);
  const double y = m_pdf.page_height() - kMargin / 2;
  m_pdf.text(kMargin, y, m_footer);
  m_pdf.text(m_pdf.page_width() - kMargin, y, m_page_word + " " + std::to_string(m_pdf.page_count()), Align::Right);
  m_pdf.set_colour({0, 0, 0});
}

void ReportLayout::new_page() {
  m_pdf.new_page(m_orientation);
  footer();
  m_y = kMargin;
}

void ReportLayout::need(double height) {
  if (m_pdf.page_count() == 0 || m_y + height > bottom()) new_page();
}

void ReportLayout::title(const std::string& text, const std::string& subtitle) {
  need(60);
  m_pdf.set_font(true, 18);
  m_pdf.set_colour(kAccent);
  m_y += 18;
  for (const auto& line : m_pdf.wrap(text, width())) {
    m_pdf.text(left(), m_y, line);
    m_y += 22;
  }
  m_pdf.set_font(false, 11);
  m_pdf.set_colour(kGrey);
  m_pdf.text(left(), m_y, subtitle);
  m_pdf.set_colour({0, 0, 0});
  m_y += 8;
  m_pdf.set_stroke(kAccent, 1.0);
  m_pdf.line(left(), m_y, left() + width(), m_y);
  m_y += 16;
}

void ReportLayout::heading(const std::string& text) {
  need(80);
  m_y += 6;
  m_pdf.set_font(true, 13);
  m_pdf.set_colour(kAccent);
  m_pdf.text(left(), m_y + 13, text);
  m_pdf.set_colour({0, 0, 0});
  m_y += 24;
}

void ReportLayout::subheading(const std::string& text) {
  need(72);  // never the last line of a page: the block under it comes along
  m_y += 2;
  m_pdf.set_font(true, 10.5);
  m_pdf.text(left(), m_y + 10.5, text);
  m_y += 17;
}

void ReportLayout::paragraph(const std::string& text, double size, bool bold) {
  m_pdf.set_font(bold, size);
  for (const auto& line : m_pdf.wrap(text, width())) {
    need(size * 1.35);
    m_pdf.set_font(bold, size);
    m_pdf.text(left(), m_y + size, line);
    m_y += size * 1.35;
  }
  m_y += size * 0.5;
}

void ReportLayout::bullet(const std::string& text, double size) {
  m_pdf.set_font(false, size);
  const auto lines = m_pdf.wrap(text, width() - 12);
  need(size * 1.35 * static_cast<double>(std::min<std::size_t>(lines.size(), 3)));
  m_pdf.set_font(false, size);
  m_pdf.text(left() + 2, m_y + size, "•");
  for (const auto& line : lines) {
    need(size * 1.35);
    m_pdf.set_font(false, size);
    m_pdf.text(left() + 12, m_y + size, line);
    m_y += size * 1.35;
  }
  m_y += size * 0.25;
}

void ReportLayout::facts(const std::vector<std::pair<std::string, std::string>>& rows, double label_width) {
  const double size = 9.5;
  for (const auto& [label, value] : rows) {
    m_pdf.set_font(false, size);
    const auto lines = m_pdf.wrap(value.empty() ? "–" : value, width() - label_width);
    need(size * 1.35 * static_cast<double>(lines.size()));
    m_pdf.set_font(true, size);
    m_pdf.text(left(), m_y + size, label);
    m_pdf.set_font(false, size);
    for (const auto& line : lines) {
      m_pdf.text(left() + label_width, m_y + size, line);
      m_y += size * 1.35;
    }
    m_y += 1.5;
  }
  m_y += 4;
}

void ReportLayout::table(const std::vector<Column>& columns_in, const std::vector<std::vector<std::string>>& rows,
                         const std::function<bool(std::size_t, std::size_t, Rgb&)>& fill, double size) {
  std::vector<Column> columns = columns_in;
  double used = 0;
  for (std::size_t c = 0; c + 1 < columns.size(); ++c) used += columns[c].width;
  if (!columns.empty() && columns.back().width <= 0) columns.back().width = width() - used;
  const double pad = 3.0, line_h = size * 1.25;

  auto row_lines = [&](const std::vector<std::string>& cells, bool bold) {
    std::vector<std::vector<std::string>> out;
    m_pdf.set_font(bold, size);
    for (std::size_t c = 0; c < columns.size(); ++c)
      out.push_back(m_pdf.wrap(c < cells.size() ? cells[c] : "", columns[c].width - 2 * pad));
    return out;
  };
  auto draw_row = [&](const std::vector<std::vector<std::string>>& lines, bool header, std::size_t r) {
    std::size_t count = 1;
    for (const auto& l : lines) count = std::max(count, l.size());
    const double h = static_cast<double>(count) * line_h + 2 * pad;
    double x = left();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      Rgb colour;
      if (header) m_pdf.fill_rect(x, m_y, columns[c].width, h, kHeaderFill);
      else if (fill && fill(r, c, colour)) m_pdf.fill_rect(x, m_y, columns[c].width, h, colour);
      m_pdf.set_font(header, size);
      double ty = m_y + pad + size;
      for (const auto& text : lines[c]) {
        const double tx = columns[c].align == Align::Right ? x + columns[c].width - pad
                          : columns[c].align == Align::Centre ? x + columns[c].width / 2
                                                             : x + pad;
        m_pdf.text(tx, ty, text, columns[c].align);
        ty += line_h;
      }
      x += columns[c].width;
    }
    m_y += h;
    m_pdf.set_stroke(kRule, 0.4);
    m_pdf.line(left(), m_y, left() + width(), m_y);
    return h;
  };
  std::vector<std::string> headers;
  for (const auto& c : columns) headers.push_back(c.header);
  const auto header_lines = row_lines(headers, true);
  auto header_height = [&] {
    std::size_t count = 1;
    for (const auto& l : header_lines) count = std::max(count, l.size());
    return static_cast<double>(count) * line_h + 2 * pad;
  }();
  bool header_drawn = false;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto lines = row_lines(rows[r], false);
    std::size_t count = 1;
    for (const auto& l : lines) count = std::max(count, l.size());
    const double h = static_cast<double>(count) * line_h + 2 * pad;
    if (!header_drawn || m_y + h > bottom()) {
      need(header_height + h);
      draw_row(header_lines, true, 0);
      header_drawn = true;
    }
    draw_row(lines, false, r);
  }
  if (!header_drawn) {
    need(header_height);
    draw_row(header_lines, true, 0);
  }
  m_y += 8;
}

}  // namespace readiness::reports
