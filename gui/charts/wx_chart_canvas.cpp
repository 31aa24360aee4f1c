#include "charts/wx_chart_canvas.h"

#include <algorithm>
#include <cmath>

#include <wx/dc.h>
#include <wx/graphics.h>

#include "chart_painter.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

int px(double value) { return static_cast<int>(std::lround(value)); }
wxPoint to_point(charts::Point p) { return wxPoint(px(p.x), px(p.y)); }
wxPoint2DDouble to_point2d(charts::Point p) { return wxPoint2DDouble(p.x, p.y); }

}  // namespace

wxColour wx_colour(const charts::Colour& c) { return wxColour(c.red, c.green, c.blue, c.alpha); }

wxFont wx_font(const charts::ChartFont& font) {
  wxFontInfo info(wxSize(0, static_cast<int>(std::lround(font.size))));
  info.Family(wxFONTFAMILY_SWISS);
  if (font.bold) info.Bold();
  return wxFont(info);
}

charts::Rect chart_rect(const wxRect2DDouble& rect) { return {rect.m_x, rect.m_y, rect.m_width, rect.m_height}; }

// --- wxGraphicsContext ------------------------------------------------------

void GraphicsChartCanvas::set_pen(const charts::Colour& colour, double width, bool dashed) {
  wxGraphicsPenInfo info(wx_colour(colour), width, dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
  info.Join(wxJOIN_ROUND).Cap(dashed ? wxCAP_BUTT : wxCAP_ROUND);
  m_gc.SetPen(m_gc.CreatePen(info));
}

void GraphicsChartCanvas::no_pen() { m_gc.SetPen(*wxTRANSPARENT_PEN); }
void GraphicsChartCanvas::set_brush(const charts::Colour& colour) { m_gc.SetBrush(wxBrush(wx_colour(colour))); }
void GraphicsChartCanvas::no_brush() { m_gc.SetBrush(*wxTRANSPARENT_BRUSH); }
void GraphicsChartCanvas::set_font(const charts::ChartFont& font, const charts::Colour& colour) {
  m_gc.SetFont(wx_font(font), wx_colour(colour));
}

charts::TextSize GraphicsChartCanvas::text_size(const std::string& text) {
  double width = 0, height = 0, descent = 0, leading = 0;
  m_gc.GetTextExtent(to_wx(text), &width, &height, &descent, &leading);
  return {width, height};
}

void GraphicsChartCanvas::line(charts::Point from, charts::Point to) { m_gc.StrokeLine(from.x, from.y, to.x, to.y); }

void GraphicsChartCanvas::polyline(const std::vector<charts::Point>& points) {
  if (points.size() < 2) return;
  std::vector<wxPoint2DDouble> pts;
  for (const auto& p : points) pts.push_back(to_point2d(p));
  m_gc.StrokeLines(pts.size(), pts.data());
}

void GraphicsChartCanvas::polygon(const std::vector<charts::Point>& points) {
  if (points.size() < 3) return;
  wxGraphicsPath path = m_gc.CreatePath();
  path.MoveToPoint(to_point2d(points.front()));
  for (std::size_t i = 1; i < points.size(); ++i) path.AddLineToPoint(to_point2d(points[i]));
  path.CloseSubpath();
  m_gc.DrawPath(path);
}

void GraphicsChartCanvas::rectangle(const charts::Rect& rect) {
  m_gc.DrawRectangle(rect.x, rect.y, rect.width, rect.height);
}

void GraphicsChartCanvas::circle(charts::Point centre, double radius) {
  m_gc.DrawEllipse(centre.x - radius, centre.y - radius, 2 * radius, 2 * radius);
}

void GraphicsChartCanvas::text(const std::string& text, charts::Point top_left) {
  m_gc.DrawText(to_wx(text), top_left.x, top_left.y);
}

// --- wxDC (SVG) ----------------------------------------------------------------

void DcChartCanvas::set_pen(const charts::Colour& colour, double width, bool dashed) {
  wxPen pen(wx_colour(colour), std::max(1, px(width)), dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
  pen.SetJoin(wxJOIN_ROUND);
  pen.SetCap(dashed ? wxCAP_BUTT : wxCAP_ROUND);
  m_dc.SetPen(pen);
}

void DcChartCanvas::no_pen() { m_dc.SetPen(*wxTRANSPARENT_PEN); }
void DcChartCanvas::set_brush(const charts::Colour& colour) { m_dc.SetBrush(wxBrush(wx_colour(colour))); }
void DcChartCanvas::no_brush() { m_dc.SetBrush(*wxTRANSPARENT_BRUSH); }

void DcChartCanvas::set_font(const charts::ChartFont& font, const charts::Colour& colour) {
  // wxSVGFileDC writes the size in points; chart fonts are sized in pixels,
  // and SVG has 96 pixels to 72 points.
  wxFont sized = wx_font(font);
  const int pixels = sized.GetPixelSize().GetHeight();
  if (pixels > 0) sized.SetFractionalPointSize(pixels * 72.0 / 96.0);
  m_dc.SetFont(sized);
  m_dc.SetTextForeground(wx_colour(colour));
}

charts::TextSize DcChartCanvas::text_size(const std::string& text) {
  const wxSize size = m_dc.GetTextExtent(to_wx(text));
  return {static_cast<double>(size.x), static_cast<double>(size.y)};
}

void DcChartCanvas::line(charts::Point from, charts::Point to) { m_dc.DrawLine(to_point(from), to_point(to)); }

void DcChartCanvas::polyline(const std::vector<charts::Point>& points) {
  if (points.size() < 2) return;
  std::vector<wxPoint> pts;
  for (const auto& p : points) pts.push_back(to_point(p));
  m_dc.DrawLines(static_cast<int>(pts.size()), pts.data());
}

void DcChartCanvas::polygon(const std::vector<charts::Point>& points) {
  if (points.size() < 3) return;
  std::vector<wxPoint> pts;
  for (const auto& p : points) pts.push_back(to_point(p));
  m_dc.DrawPolygon(static_cast<int>(pts.size()), pts.data());
}

void DcChartCanvas::rectangle(const charts::Rect& rect) {
  const int left = px(rect.x), top = px(rect.y);
  m_dc.DrawRectangle(left, top, px(rect.x + rect.width) - left, px(rect.y + rect.height) - top);
}

void DcChartCanvas::circle(charts::Point centre, double radius) {
  m_dc.DrawCircle(to_point(centre), std::max(1, px(radius)));
}

void DcChartCanvas::text(const std::string& text, charts::Point top_left) {
  m_dc.DrawText(to_wx(text), to_point(top_left));
}

// --- the painters on wx ---------------------------------------------------------

void paint_chart(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style) {
  GraphicsChartCanvas canvas(gc);
  charts::paint_chart(canvas, chart_rect(area), data, kind, style);
}

void paint_chart(wxDC& dc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style) {
  DcChartCanvas canvas(dc);
  charts::paint_chart(canvas, chart_rect(area), data, kind, style);
}

}  // namespace readiness::gui
