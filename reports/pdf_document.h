#pragma once
// A thin owner of a libharu document for the reports: A4 pages, DejaVu Sans
// (regular and bold) embedded as UTF-8 TrueType fonts so every machine shows
// the same, selectable and searchable text, and the PDF's metadata.
// Coordinates are in points (1/72 inch) from the TOP-left corner of the
// page (libharu's own origin is bottom-left; this class flips y).
// Every libharu failure throws ReportError naming what failed.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "chart_canvas.h"
#include "hyphenation.h"

namespace readiness::reports {

struct ReportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0..1
  static Rgb hex(unsigned long rgb) {
    return {static_cast<double>((rgb >> 16) & 0xFF) / 255.0, static_cast<double>((rgb >> 8) & 0xFF) / 255.0,
            static_cast<double>(rgb & 0xFF) / 255.0};
  }
};

enum class Orientation { Portrait, Landscape };
enum class Align { Left, Right, Centre };

class PdfDocument {
 public:
  // `font_dir` must hold DejaVuSans.ttf and DejaVuSans-Bold.ttf (survey's
  // font_dir()); throws ReportError naming the missing file otherwise.
  // `language` is the PDF's /Lang ("sv-SE", "en-GB") and picks the
  // hyphenation patterns wrap() uses (Hyphenator::for_language).
  PdfDocument(const std::string& font_dir, const std::string& title, const std::string& language);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // Starts a new A4 page; later drawing goes there.
  void new_page(Orientation orientation);
  double page_width() const { return m_width; }
  double page_height() const { return m_height; }
  int page_count() const { return m_pages; }

  void set_font(bool bold, double size);
  double font_size() const { return m_size; }
  void set_colour(const Rgb& colour);  // text and fill
  void set_stroke(const Rgb& colour, double width, bool dashed = false);
  double text_width(const std::string& utf8) const;
  // One line of text with its baseline at `y` (from the top).
  void text(double x, double y, const std::string& utf8, Align align = Align::Left);
  // Wrapped at word boundaries into `width`; returns the y below the last line.
  double paragraph(double x, double y, double width, const std::string& utf8, double leading = 1.3);
  // The lines `paragraph` would draw, without drawing them, each at most
  // `width` points wide in the current font: words (split at spaces; a
  // newline starts a new line) fill each line in turn, and a word that
  // fits on a line is moved whole to the next one. Only a word wider than
  // `width` is broken, at its Hyphenator::breaks: on each line at the
  // furthest break that fits (with its "-"), starting on the line already
  // begun when a part fits there; when no break fits on an empty line, at
  // the last character that fits (as many as fit, at least one).
  std::vector<std::string> wrap(const std::string& utf8, double width) const;
  // The hyphenation wrap() uses (the language's, from the constructor);
  // never null.
  void set_hyphenator(std::shared_ptr<const Hyphenator> hyphenator);
  const Hyphenator& hyphenator() const { return *m_hyphenator; }

  void fill_rect(double x, double y, double w, double h, const Rgb& colour);
  void stroke_rect(double x, double y, double w, double h);
  void line(double x1, double y1, double x2, double y2);
  void polyline(const std::vector<std::pair<double, double>>& points);
  void fill_circle(double x, double y, double radius, const Rgb& colour);

  // The whole PDF as bytes (compressed streams).
  std::string bytes();

 private:
  friend class PdfChartCanvas;
  struct Impl;
  std::unique_ptr<Impl> m;
  std::shared_ptr<const Hyphenator> m_hyphenator;
  // wrap() for one word wider than `width`: its full lines go to `lines`,
  // its last part (or the line it ends) stays in `current`.
  void wrap_long_word(const std::string& word, double width, std::string& current,
                      std::vector<std::string>& lines) const;
  double m_width = 0, m_height = 0, m_size = 10;
  int m_pages = 0;
  bool m_bold = false;
};

// charts/'s ChartCanvas on the current page, so the reports draw the app's
// own charts (charts/chart_painter.h). Chart units (device-independent
// pixels, y down) become points: `scale` points per unit (0.75: 96 pixels
// to 72 points, as in SVG) from `left`, `top` (points from the page's
// top-left corner); y is flipped to libharu's bottom-up page. Text is
// DejaVu Sans (bold for bold fonts), measured with HPDF_Font_TextWidth and
// placed by the font's ascent; alpha through ExtGStates. Each operation
// saves and restores the graphics state, so the document's own pen, colour
// and font are as they were. libharu failures throw ReportError.
class PdfChartCanvas final : public charts::ChartCanvas {
 public:
  PdfChartCanvas(PdfDocument& pdf, double left, double top, double scale);
  void set_pen(const charts::Colour& colour, double width, bool dashed = false) override;
  void no_pen() override;
  void set_brush(const charts::Colour& colour) override;
  void no_brush() override;
  void set_font(const charts::ChartFont& font, const charts::Colour& colour) override;
  charts::TextSize text_size(const std::string& text) override;
  void line(charts::Point from, charts::Point to) override;
  void polyline(const std::vector<charts::Point>& points) override;
  void polygon(const std::vector<charts::Point>& points) override;
  void rectangle(const charts::Rect& rect) override;
  void circle(charts::Point centre, double radius) override;
  void text(const std::string& text, charts::Point top_left) override;

 private:
  enum class Paint { Stroke, Fill, Both, None };
  Paint paint() const;
  void begin(Paint paint);            // saves the state, sets pen and brush
  void end(Paint paint);              // paints the path, restores the state
  double px(double x) const;          // chart x -> page x (points)
  double py(double y) const;          // chart y -> libharu's page y (points, bottom-up)

  PdfDocument& m_pdf;
  double m_left, m_top, m_scale;
  charts::Colour m_pen, m_brush, m_text;
  double m_pen_width = 1.0;
  bool m_dashed = false, m_has_pen = true, m_has_brush = false;
  charts::ChartFont m_font;
};

}  // namespace readiness::reports
