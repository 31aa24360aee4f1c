#pragma once
// The few drawing operations the charts need, over two back ends, so the
// chart code is written once:
//  * GraphicsChartCanvas — a wxGraphicsContext: windows and bitmaps, with
//    anti-aliasing, fractional coordinates and alpha;
//  * DcChartCanvas — a plain wxDC, for wxSVGFileDC: in wx 3.2 a
//    wxGraphicsContext cannot draw into an SVG file, and wxSVGFileDC writes
//    real <text> elements (searchable, editable in Inkscape or PowerPoint).
// Coordinates are in device-independent pixels; the owner of the back end
// sets up any scaling.
#include <vector>

#include <wx/colour.h>
#include <wx/font.h>
#include <wx/geometry.h>
#include <wx/string.h>

class wxDC;
class wxGraphicsContext;

namespace readiness::gui {

struct TextSize {
  double width = 0.0;
  double height = 0.0;
};

class ChartCanvas {
 public:
  virtual ~ChartCanvas() = default;
  virtual void set_pen(const wxColour& colour, double width, bool dashed = false) = 0;
  virtual void no_pen() = 0;
  virtual void set_brush(const wxColour& colour) = 0;  // alpha honoured
  virtual void no_brush() = 0;
  virtual void set_font(const wxFont& font, const wxColour& colour) = 0;
  // One line of text; never pass '\n' (wrap with chart_text.h instead).
  virtual TextSize text_size(const wxString& text) = 0;
  virtual void line(wxPoint2DDouble from, wxPoint2DDouble to) = 0;
  virtual void polyline(const std::vector<wxPoint2DDouble>& points) = 0;
  virtual void polygon(const std::vector<wxPoint2DDouble>& points) = 0;  // pen and brush
  virtual void rectangle(const wxRect2DDouble& rect) = 0;                // pen and brush
  virtual void circle(wxPoint2DDouble centre, double radius) = 0;        // pen and brush
  virtual void text(const wxString& text, wxPoint2DDouble top_left) = 0;
};

class GraphicsChartCanvas final : public ChartCanvas {
 public:
  explicit GraphicsChartCanvas(wxGraphicsContext& gc) : m_gc(gc) {}
  void set_pen(const wxColour& colour, double width, bool dashed = false) override;
  void no_pen() override;
  void set_brush(const wxColour& colour) override;
  void no_brush() override;
  void set_font(const wxFont& font, const wxColour& colour) override;
  TextSize text_size(const wxString& text) override;
  void line(wxPoint2DDouble from, wxPoint2DDouble to) override;
  void polyline(const std::vector<wxPoint2DDouble>& points) override;
  void polygon(const std::vector<wxPoint2DDouble>& points) override;
  void rectangle(const wxRect2DDouble& rect) override;
  void circle(wxPoint2DDouble centre, double radius) override;
  void text(const wxString& text, wxPoint2DDouble top_left) override;

 private:
  wxGraphicsContext& m_gc;
};

class DcChartCanvas final : public ChartCanvas {
 public:
  explicit DcChartCanvas(wxDC& dc) : m_dc(dc) {}
  void set_pen(const wxColour& colour, double width, bool dashed = false) override;
  void no_pen() override;
  void set_brush(const wxColour& colour) override;
  void no_brush() override;
  void set_font(const wxFont& font, const wxColour& colour) override;
  TextSize text_size(const wxString& text) override;
  void line(wxPoint2DDouble from, wxPoint2DDouble to) override;
  void polyline(const std::vector<wxPoint2DDouble>& points) override;
  void polygon(const std::vector<wxPoint2DDouble>& points) override;
  void rectangle(const wxRect2DDouble& rect) override;
  void circle(wxPoint2DDouble centre, double radius) override;
  void text(const wxString& text, wxPoint2DDouble top_left) override;

 private:
  wxDC& m_dc;
};

}  // namespace readiness::gui
