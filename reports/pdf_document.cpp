#include "pdf_document.h"

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

#include "platform.h"

namespace readiness::reports {

namespace {

// libharu reports errors through a callback; we keep the first one and
// throw after the call returns (never across the C library).
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
  auto* out = static_cast<std::string*>(user);
  if (!out->empty()) return;
  std::ostringstream s;
  s << "libharu error 0x" << std::hex << error << std::dec << " (detail " << detail << ")";
  *out = s.str();
}

// libharu 2.3.0 gives a UTF-8 font its *encoding* CMap as /ToUnicode (a
// cidrange, which readers reject), so copying or searching text depends on
// the reader guessing. Its content codes are the characters' UTF-16 values
// (Identity-H), so the right /ToUnicode is the identity, written here as
// bfranges that each differ only in the last byte (ISO 32000-1, 9.10.3).
std::string identity_to_unicode() {
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  static const char* kHex = "0123456789ABCDEF";
  for (int block = 0; block < 256; block += 100) {
    const int count = std::min(100, 256 - block);
    s += std::to_string(count) + " beginbfrange\n";
    for (int hi = block; hi < block + count; ++hi) {
      const std::string h{kHex[hi >> 4], kHex[hi & 15]};
      s += "<" + h + "00> <" + h + "FF> <" + h + "00>\n";
    }
    s += "endbfrange\n";
  }
  s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return s;
}

}  // namespace

struct PdfDocument::Impl {
  std::string error;
  HPDF_Doc doc = nullptr;
  HPDF_Page page = nullptr;
  HPDF_Font regular = nullptr;
  HPDF_Font bold = nullptr;

  void check(const char* what) {
    if (error.empty()) return;
    const std::string message = std::string(what) + ": " + error;
    error.clear();
    HPDF_ResetError(doc);
    throw ReportError(message);
  }
  HPDF_Font font(bool b) const { return b ? bold : regular; }
  // One ExtGState per (fill alpha, stroke alpha) pair used, made on demand.
  std::map<std::pair<int, int>, HPDF_ExtGState> alpha_states;
  HPDF_ExtGState alpha_state(int fill, int stroke) {
    auto& state = alpha_states[{fill, stroke}];
    if (!state) {
      state = HPDF_CreateExtGState(doc);
      HPDF_ExtGState_SetAlphaFill(state, static_cast<HPDF_REAL>(fill / 255.0));
      HPDF_ExtGState_SetAlphaStroke(state, static_cast<HPDF_REAL>(stroke / 255.0));
      check("transparency");
    }
    return state;
  }
};

PdfDocument::PdfDocument(const std::string& font_dir, const std::string& title, const std::string& language)
    : m(std::make_unique<Impl>()), m_hyphenator(Hyphenator::for_language(language)) {
  m->doc = HPDF_New(on_error, &m->error);
  if (!m->doc) throw ReportError("libharu: cannot create a PDF document (out of memory)");
  HPDF_SetCompressionMode(m->doc, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(m->doc);
  HPDF_SetCurrentEncoder(m->doc, "UTF-8");
  m->check("UTF-8 encoding");
  auto load = [&](const char* file) {
    const std::filesystem::path path = platform::to_path(font_dir) / file;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
      throw ReportError("font not found: " + platform::to_utf8(path) +
                        " (install fonts-dejavu-core or set READINESS_FONT_DIR)");
    // libharu opens the file with fopen (on Windows: the ANSI code page,
    // so the install folder's name should stay ASCII).
    const char* name = HPDF_LoadTTFontFromFile(m->doc, platform::to_utf8(path).c_str(), HPDF_TRUE);
    m->check(file);
    HPDF_Font font = HPDF_GetFont(m->doc, name, "UTF-8");
    m->check(file);
    HPDF_Dict cmap = HPDF_DictStream_New(m->doc->mmgr, m->doc->xref);
    if (cmap) {
      cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
      HPDF_Stream_WriteStr(cmap->stream, identity_to_unicode().c_str());
      HPDF_Dict_Add(font, "ToUnicode", cmap);
    }
    m->check("ToUnicode map");
    return font;
  };
  m->regular = load("DejaVuSans.ttf");
  m->bold = load("DejaVuSans-Bold.ttf");
  HPDF_SetInfoAttr(m->doc, HPDF_INFO_TITLE, title.c_str());
  HPDF_SetInfoAttr(m->doc, HPDF_INFO_CREATOR, "Readiness");
  HPDF_SetInfoAttr(m->doc, HPDF_INFO_PRODUCER, "Readiness (libharu)");
  m->check("document information");
  // /Lang in the catalog (ISO 32000-1, 14.9.2): libharu has no call for it.
  HPDF_String lang = HPDF_String_New(m->doc->mmgr, language.c_str(), nullptr);
  if (lang) HPDF_Dict_Add(m->doc->catalog, "Lang", lang);
  m->check("document language");
  // Open with the title in the window bar rather than the file name.
  HPDF_SetPageMode(m->doc, HPDF_PAGE_MODE_USE_NONE);
}

PdfDocument::~PdfDocument() {
  if (m->doc) HPDF_Free(m->doc);
}

void PdfDocument::new_page(Orientation orientation) {
  m->page = HPDF_AddPage(m->doc);
  m->check("new page");
  HPDF_Page_SetSize(m->page, HPDF_PAGE_SIZE_A4,
                    orientation == Orientation::Portrait ? HPDF_PAGE_PORTRAIT : HPDF_PAGE_LANDSCAPE);
  m->check("page size");
  m_width = HPDF_Page_GetWidth(m->page);
  m_height = HPDF_Page_GetHeight(m->page);
  ++m_pages;
  set_font(false, 10);
  set_colour({0, 0, 0});
  set_stroke({0, 0, 0}, 0.5);
}

void PdfDocument::set_font(bool bold, double size) {
  m_bold = bold;
  m_size = size;
  if (m->page) HPDF_Page_SetFontAndSize(m->page, m->font(bold), static_cast<HPDF_REAL>(size));
  m->check("font");
}

void PdfDocument::set_colour(const Rgb& c) {
  HPDF_Page_SetRGBFill(m->page, static_cast<HPDF_REAL>(c.r), static_cast<HPDF_REAL>(c.g), static_cast<HPDF_REAL>(c.b));
  m->check("colour");
}

void PdfDocument::set_stroke(const Rgb& c, double width, bool dashed) {
  HPDF_Page_SetRGBStroke(m->page, static_cast<HPDF_REAL>(c.r), static_cast<HPDF_REAL>(c.g),
                         static_cast<HPDF_REAL>(c.b));
  HPDF_Page_SetLineWidth(m->page, static_cast<HPDF_REAL>(width));
  static const HPDF_UINT16 kDash[] = {3, 2};
  HPDF_Page_SetDash(m->page, dashed ? kDash : nullptr, dashed ? 2 : 0, 0);
  m->check("line style");
}

double PdfDocument::text_width(const std::string& utf8) const {
  if (utf8.empty()) return 0.0;
  const HPDF_TextWidth w = HPDF_Font_TextWidth(m->font(m_bold), reinterpret_cast<const HPDF_BYTE*>(utf8.data()),
                                               static_cast<HPDF_UINT>(utf8.size()));
  return static_cast<double>(w.width) * m_size / 1000.0;
}

void PdfDocument::text(double x, double y, const std::string& utf8, Align align) {
  if (utf8.empty()) return;
  if (align == Align::Right) x -= text_width(utf8);
  if (align == Align::Centre) x -= text_width(utf8) / 2.0;
  HPDF_Page_BeginText(m->page);
  HPDF_Page_TextOut(m->page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(m_height - y), utf8.c_str());
  HPDF_Page_EndText(m->page);
  m->check("text");
}

std::vector<std::string> PdfDocument::wrap(const std::string& utf8, double width) const {
  std::vector<std::string> lines;
  std::istringstream paragraphs(utf8);
  std::string para;
  while (std::getline(paragraphs, para)) {
    std::istringstream words(para);
    std::string word, current;
    bool any = false;
    while (words >> word) {
      any = true;
      const std::string candidate = current.empty() ? word : current + " " + word;
      if (text_width(candidate) <= width) {
        current = candidate;
      } else if (text_width(word) <= width) {
        // A word that fits a line is never broken: it starts the next one.
        lines.push_back(current);
        current = word;
      } else {
        wrap_long_word(word, width, current, lines);
      }
    }
    if (any) lines.push_back(current);
    else lines.emplace_back();
  }
  return lines;
}

void PdfDocument::set_hyphenator(std::shared_ptr<const Hyphenator> hyphenator) {
  if (!hyphenator) throw ReportError("no hyphenation given to the PDF document");
  m_hyphenator = std::move(hyphenator);
}

void PdfDocument::wrap_long_word(const std::string& word, double width, std::string& current,
                                 std::vector<std::string>& lines) const {
  const std::vector<WordBreak> breaks = m_hyphenator->breaks(word);
  std::size_t start = 0;
  while (start < word.size()) {
    const std::string prefix = current.empty() ? "" : current + " ";
    const std::string rest = word.substr(start);
    if (text_width(prefix + rest) <= width) {
      current = prefix + rest;
      return;
    }
    // The furthest hyphenation point whose part (with its "-") fits. Widths
    // only grow with the part (advance widths, no kerning): the search
    // stops at the first part too wide even without its hyphen.
    std::string best;
    std::size_t best_end = 0;
    for (const WordBreak& b : breaks) {
      if (b.offset <= start) continue;
      const std::string bare = prefix + word.substr(start, b.offset - start);
      if (text_width(bare) > width) break;
      const std::string part = b.hyphen ? bare + "-" : bare;
      if (text_width(part) <= width) {
        best = part;
        best_end = b.offset;
      }
    }
    if (best_end > 0) {
      lines.push_back(best);
      current.clear();
      start = best_end;
      continue;
    }
    if (!current.empty()) {  // no part fits beside the line begun: a new line
      lines.push_back(current);
      current.clear();
      continue;
    }
    // No hyphenation point fits even a line of its own: broken between
    // characters (whole UTF-8 code points, at least one), so it never runs
    // into the next column.
    std::size_t cut = 0, next = 0;
    while (next < rest.size()) {
      std::size_t step = 1;
      while (next + step < rest.size() && (static_cast<unsigned char>(rest[next + step]) & 0xC0) == 0x80) ++step;
      if (cut > 0 && text_width(rest.substr(0, next + step)) > width) break;
      next += step;
      cut = next;
    }
    if (cut >= rest.size()) {  // only one character left, wider than the line
      current = rest;
      return;
    }
    lines.push_back(rest.substr(0, cut));
    start += cut;
  }
}

double PdfDocument::paragraph(double x, double y, double width, const std::string& utf8, double leading) {
  for (const std::string& line : wrap(utf8, width)) {
    text(x, y, line);
    y += m_size * leading;
  }
  return y;
}

void PdfDocument::fill_rect(double x, double y, double w, double h, const Rgb& colour) {
  set_colour(colour);
  HPDF_Page_Rectangle(m->page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(m_height - y - h),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  HPDF_Page_Fill(m->page);
  set_colour({0, 0, 0});
  m->check("rectangle");
}

void PdfDocument::stroke_rect(double x, double y, double w, double h) {
  HPDF_Page_Rectangle(m->page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(m_height - y - h),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  HPDF_Page_Stroke(m->page);
  m->check("rectangle");
}

void PdfDocument::line(double x1, double y1, double x2, double y2) {
  HPDF_Page_MoveTo(m->page, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(m_height - y1));
  HPDF_Page_LineTo(m->page, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(m_height - y2));
  HPDF_Page_Stroke(m->page);
  m->check("line");
}

void PdfDocument::polyline(const std::vector<std::pair<double, double>>& points) {
  if (points.size() < 2) return;
  HPDF_Page_MoveTo(m->page, static_cast<HPDF_REAL>(points[0].first), static_cast<HPDF_REAL>(m_height - points[0].second));
  for (std::size_t i = 1; i < points.size(); ++i)
    HPDF_Page_LineTo(m->page, static_cast<HPDF_REAL>(points[i].first),
                     static_cast<HPDF_REAL>(m_height - points[i].second));
  HPDF_Page_Stroke(m->page);
  m->check("line");
}

void PdfDocument::fill_circle(double x, double y, double radius, const Rgb& colour) {
  set_colour(colour);
  HPDF_Page_Circle(m->page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(m_height - y),
                   static_cast<HPDF_REAL>(radius));
  HPDF_Page_Fill(m->page);
  set_colour({0, 0, 0});
  m->check("circle");
}

// --- PdfChartCanvas -------------------------------------------------------------

namespace {

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }
double channel(std::uint8_t c) { return c / 255.0; }

}  // namespace

PdfChartCanvas::PdfChartCanvas(PdfDocument& pdf, double left, double top, double scale)
    : m_pdf(pdf), m_left(left), m_top(top), m_scale(scale) {}

double PdfChartCanvas::px(double x) const { return m_left + x * m_scale; }
double PdfChartCanvas::py(double y) const { return m_pdf.m_height - (m_top + y * m_scale); }

void PdfChartCanvas::set_pen(const charts::Colour& colour, double width, bool dashed) {
  m_pen = colour;
  m_pen_width = width;
  m_dashed = dashed;
  m_has_pen = true;
}
void PdfChartCanvas::no_pen() { m_has_pen = false; }
void PdfChartCanvas::set_brush(const charts::Colour& colour) {
  m_brush = colour;
  m_has_brush = true;
}
void PdfChartCanvas::no_brush() { m_has_brush = false; }
void PdfChartCanvas::set_font(const charts::ChartFont& font, const charts::Colour& colour) {
  m_font = font;
  m_text = colour;
}

charts::TextSize PdfChartCanvas::text_size(const std::string& text) {
  HPDF_Font font = m_pdf.m->font(m_font.bold);
  double width = 0;
  if (!text.empty()) {
    const HPDF_TextWidth w =
        HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
    width = static_cast<double>(w.width) * m_font.size / 1000.0;
  }
  const double height = (HPDF_Font_GetAscent(font) - HPDF_Font_GetDescent(font)) * m_font.size / 1000.0;
  m_pdf.m->check("text width");
  return {width, height};
}

PdfChartCanvas::Paint PdfChartCanvas::paint() const {
  const bool stroke = m_has_pen && m_pen.alpha > 0;
  const bool fill = m_has_brush && m_brush.alpha > 0;
  return stroke && fill ? Paint::Both : stroke ? Paint::Stroke : fill ? Paint::Fill : Paint::None;
}

void PdfChartCanvas::begin(Paint paint) {
  HPDF_Page page = m_pdf.m->page;
  HPDF_Page_GSave(page);
  const int fill_alpha = paint == Paint::Fill || paint == Paint::Both ? m_brush.alpha : 255;
  const int stroke_alpha = paint == Paint::Stroke || paint == Paint::Both ? m_pen.alpha : 255;
  if (fill_alpha < 255 || stroke_alpha < 255)
    HPDF_Page_SetExtGState(page, m_pdf.m->alpha_state(fill_alpha, stroke_alpha));
  if (paint == Paint::Fill || paint == Paint::Both)
    HPDF_Page_SetRGBFill(page, real(channel(m_brush.red)), real(channel(m_brush.green)), real(channel(m_brush.blue)));
  if (paint == Paint::Stroke || paint == Paint::Both) {
    HPDF_Page_SetRGBStroke(page, real(channel(m_pen.red)), real(channel(m_pen.green)), real(channel(m_pen.blue)));
    const double width = m_pen_width * m_scale;
    HPDF_Page_SetLineWidth(page, real(width));
    // As the window's pens: round joins; round caps, butt caps for dashes.
    HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
    HPDF_Page_SetLineCap(page, m_dashed ? HPDF_BUTT_END : HPDF_ROUND_END);
    const auto unit = static_cast<HPDF_UINT16>(std::max(1.0, std::round(width * 2)));
    const HPDF_UINT16 dash[] = {static_cast<HPDF_UINT16>(unit * 2), unit};
    if (m_dashed) HPDF_Page_SetDash(page, dash, 2, 0);
  }
  m_pdf.m->check("chart pen");
}

void PdfChartCanvas::end(Paint paint) {
  HPDF_Page page = m_pdf.m->page;
  switch (paint) {
    case Paint::Stroke: HPDF_Page_Stroke(page); break;
    case Paint::Fill: HPDF_Page_Fill(page); break;
    case Paint::Both: HPDF_Page_FillStroke(page); break;
    case Paint::None: HPDF_Page_EndPath(page); break;
  }
  HPDF_Page_GRestore(page);
  m_pdf.m->check("chart drawing");
}

void PdfChartCanvas::line(charts::Point from, charts::Point to) { polyline({from, to}); }

void PdfChartCanvas::polyline(const std::vector<charts::Point>& points) {
  if (points.size() < 2 || !m_has_pen || m_pen.alpha == 0) return;
  HPDF_Page page = m_pdf.m->page;
  begin(Paint::Stroke);
  HPDF_Page_MoveTo(page, real(px(points[0].x)), real(py(points[0].y)));
  for (std::size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(page, real(px(points[i].x)), real(py(points[i].y)));
  end(Paint::Stroke);
}

void PdfChartCanvas::polygon(const std::vector<charts::Point>& points) {
  const Paint how = paint();
  if (points.size() < 3 || how == Paint::None) return;
  HPDF_Page page = m_pdf.m->page;
  begin(how);
  HPDF_Page_MoveTo(page, real(px(points[0].x)), real(py(points[0].y)));
  for (std::size_t i = 1; i < points.size(); ++i) HPDF_Page_LineTo(page, real(px(points[i].x)), real(py(points[i].y)));
  HPDF_Page_ClosePath(page);
  end(how);
}

void PdfChartCanvas::rectangle(const charts::Rect& rect) {
  const Paint how = paint();
  if (how == Paint::None) return;
  begin(how);
  HPDF_Page_Rectangle(m_pdf.m->page, real(px(rect.x)), real(py(rect.y + rect.height)), real(rect.width * m_scale),
                      real(rect.height * m_scale));
  end(how);
}

void PdfChartCanvas::circle(charts::Point centre, double radius) {
  const Paint how = paint();
  if (how == Paint::None) return;
  begin(how);
  HPDF_Page_Circle(m_pdf.m->page, real(px(centre.x)), real(py(centre.y)), real(radius * m_scale));
  end(how);
}

void PdfChartCanvas::text(const std::string& text, charts::Point top_left) {
  if (text.empty()) return;
  HPDF_Page page = m_pdf.m->page;
  HPDF_Font font = m_pdf.m->font(m_font.bold);
  HPDF_Page_GSave(page);
  if (m_text.alpha < 255) HPDF_Page_SetExtGState(page, m_pdf.m->alpha_state(m_text.alpha, 255));
  HPDF_Page_SetRGBFill(page, real(channel(m_text.red)), real(channel(m_text.green)), real(channel(m_text.blue)));
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, font, real(m_font.size * m_scale));
  // The canvas places the line's top; PDF text sits on its baseline.
  const double baseline = top_left.y + HPDF_Font_GetAscent(font) * m_font.size / 1000.0;
  HPDF_Page_TextOut(page, real(px(top_left.x)), real(py(baseline)), text.c_str());
  HPDF_Page_EndText(page);
  HPDF_Page_GRestore(page);
  m_pdf.m->check("chart text");
}

std::string PdfDocument::bytes() {
  HPDF_SaveToStream(m->doc);
  m->check("writing the PDF");
  HPDF_ResetStream(m->doc);
  std::string out;
  out.resize(HPDF_GetStreamSize(m->doc));
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(out.size());
  HPDF_ReadFromStream(m->doc, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
  // Reading the whole stream ends at its end, which libharu calls an error.
  if (size == out.size()) {
    m->error.clear();
    HPDF_ResetError(m->doc);
  }
  m->check("reading the PDF back");
  out.resize(size);
  return out;
}

}  // namespace readiness::reports
