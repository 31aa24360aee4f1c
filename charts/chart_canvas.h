#pragma once
// The few drawing operations the charts need (chart_painter.h), so each
// chart is written once for every back end:
//  * gui/charts/wx_chart_canvas.h — a wxGraphicsContext (windows, bitmaps)
//    or a plain wxDC (wxSVGFileDC);
//  * reports/pdf_document.h's PdfChartCanvas — a libharu page (PDF reports).
// Coordinates are chart units (device-independent pixels, y down); the back
// end maps them to its device. Text is UTF-8, one line (never '\n'); `text`
// places the line's top-left corner, so a back end drawing at the baseline
// adds its font's ascent.
#include <string>
#include <vector>

#include "chart_geometry.h"

namespace readiness::charts {

class ChartCanvas {
 public:
  virtual ~ChartCanvas() = default;
  // Lines and outlines; `width` in chart units.
  virtual void set_pen(const Colour& colour, double width, bool dashed = false) = 0;
  virtual void no_pen() = 0;
  virtual void set_brush(const Colour& colour) = 0;  // alpha honoured
  virtual void no_brush() = 0;
  virtual void set_font(const ChartFont& font, const Colour& colour) = 0;
  // Measured in the current font; the charts lay text out by these figures.
  virtual TextSize text_size(const std::string& text) = 0;
  virtual void line(Point from, Point to) = 0;
  virtual void polyline(const std::vector<Point>& points) = 0;
  virtual void polygon(const std::vector<Point>& points) = 0;  // pen and brush
  virtual void rectangle(const Rect& rect) = 0;                // pen and brush
  virtual void circle(Point centre, double radius) = 0;        // pen and brush
  virtual void text(const std::string& text, Point top_left) = 0;
};

}  // namespace readiness::charts
