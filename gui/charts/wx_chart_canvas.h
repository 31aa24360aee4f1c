#pragma once
// The app's back ends of charts/'s ChartCanvas (charts/chart_canvas.h):
//  * GraphicsChartCanvas — a wxGraphicsContext: windows and bitmaps, with
//    anti-aliasing, fractional coordinates and alpha;
//  * DcChartCanvas — a plain wxDC, for wxSVGFileDC: in wx 3.2 a
//    wxGraphicsContext cannot draw into an SVG file, and wxSVGFileDC writes
//    real <text> elements (searchable, editable in Inkscape or PowerPoint).
// Chart units are device-independent pixels; the owner of the context sets
// up any scaling. Fonts are wx's Swiss family at the chart's pixel size.
#include <wx/colour.h>
#include <wx/font.h>
#include <wx/geometry.h>

#include "app_charts.h"
#include "chart_canvas.h"

class wxDC;
class wxGraphicsContext;

namespace readiness::gui {

wxColour wx_colour(const charts::Colour& colour);
// Sized in pixels, not points: the same chart must come out the same on a
// window, in a bitmap and in SVG, whatever DPI each of those reports.
wxFont wx_font(const charts::ChartFont& font);
charts::Rect chart_rect(const wxRect2DDouble& rect);

class GraphicsChartCanvas final : public charts::ChartCanvas {
 public:
  explicit GraphicsChartCanvas(wxGraphicsContext& gc) : m_gc(gc) {}
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
  wxGraphicsContext& m_gc;
};

class DcChartCanvas final : public charts::ChartCanvas {
 public:
  explicit DcChartCanvas(wxDC& dc) : m_dc(dc) {}
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
  wxDC& m_dc;
};

// charts/'s paint_chart on a wxGraphicsContext (windows, bitmaps) or a
// wxDC (wxSVGFileDC); `area` in device-independent pixels.
void paint_chart(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style);
void paint_chart(wxDC& dc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style);

}  // namespace readiness::gui
