#include "charts/chart_canvas.h"

#include <algorithm>
#include <cmath>

#include <wx/dc.h>
#include <wx/graphics.h>

namespace readiness::gui {

namespace {

int px(double value) { return static_cast<int>(std::lround(value)); }
wxPoint to_point(wxPoint2DDouble p) { return wxPoint(px(p.m_x), px(p.m_y)); }

}  // namespace

// --- wxGraphicsContext ------------------------------------------------------

void GraphicsChartCanvas::set_pen(const wxColour& colour, double width, bool dashed) {
  wxGraphicsPenInfo info(colour, width, dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
  info.Join(wxJOIN_ROUND).Cap(dashed ? wxCAP_BUTT : wxCAP_ROUND);
  m_gc.SetPen(m_gc.CreatePen(info));
}

void GraphicsChartCanvas::no_pen() { m_gc.SetPen(*wxTRANSPARENT_PEN); }
void GraphicsChartCanvas::set_brush(const wxColour& colour) { m_gc.SetBrush(wxBrush(colour)); }
void GraphicsChartCanvas::no_brush() { m_gc.SetBrush(*wxTRANSPARENT_BRUSH); }
void GraphicsChartCanvas::set_font(const wxFont& font, const wxColour& colour) { m_gc.SetFont(font, colour); }

TextSize GraphicsChartCanvas::text_size(const wxString& text) {
  double width = 0, height = 0, descent = 0, leading = 0;
  m_gc.GetTextExtent(text, &width, &height, &descent, &leading);
  return {width, height};
}

void GraphicsChartCanvas::line(wxPoint2DDouble from, wxPoint2DDouble to) {
  m_gc.StrokeLine(from.m_x, from.m_y, to.m_x, to.m_y);
}

void GraphicsChartCanvas::polyline(const std::vector<wxPoint2DDouble>& points) {
  if (points.size() >= 2) m_gc.StrokeLines(points.size(), points.data());
}

void GraphicsChartCanvas::polygon(const std::vector<wxPoint2DDouble>& points) {
  if (points.size() < 3) return;
  wxGraphicsPath path = m_gc.CreatePath();
  path.MoveToPoint(points.front());
  for (std::size_t i = 1; i < points.size(); ++i) path.AddLineToPoint(points[i]);
  path.CloseSubpath();
  m_gc.DrawPath(path);
}

void GraphicsChartCanvas::rectangle(const wxRect2DDouble& rect) {
  m_gc.DrawRectangle(rect.m_x, rect.m_y, rect.m_width, rect.m_height);
}

void GraphicsChartCanvas::circle(wxPoint2DDouble centre, double radius) {
  m_gc.DrawEllipse(centre.m_x - radius, centre.m_y - radius, 2 * radius, 2 * radius);
}

void GraphicsChartCanvas::text(const wxString& text, wxPoint2DDouble top_left) {
  m_gc.DrawText(text, top_left.m_x, top_left.m_y);
}

// --- wxDC (SVG) ----------------------------------------------------------------

void DcChartCanvas::set_pen(const wxColour& colour, double width, bool dashed) {
  wxPen pen(colour, std::max(1, px(width)), dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
  pen.SetJoin(wxJOIN_ROUND);
  pen.SetCap(dashed ? wxCAP_BUTT : wxCAP_ROUND);
  m_dc.SetPen(pen);
}

void DcChartCanvas::no_pen() { m_dc.SetPen(*wxTRANSPARENT_PEN); }
void DcChartCanvas::set_brush(const wxColour& colour) { m_dc.SetBrush(wxBrush(colour)); }
void DcChartCanvas::no_brush() { m_dc.SetBrush(*wxTRANSPARENT_BRUSH); }

void DcChartCanvas::set_font(const wxFont& font, const wxColour& colour) {
  // wxSVGFileDC writes the size in points; chart fonts are sized in pixels
  // (chart_style.cpp), and SVG has 96 pixels to 72 points.
  wxFont sized(font);
  const int pixels = font.GetPixelSize().GetHeight();
  if (pixels > 0) sized.SetFractionalPointSize(pixels * 72.0 / 96.0);
  m_dc.SetFont(sized);
  m_dc.SetTextForeground(colour);
}

TextSize DcChartCanvas::text_size(const wxString& text) {
  const wxSize size = m_dc.GetTextExtent(text);
  return {static_cast<double>(size.x), static_cast<double>(size.y)};
}

void DcChartCanvas::line(wxPoint2DDouble from, wxPoint2DDouble to) {
  m_dc.DrawLine(to_point(from), to_point(to));
}

void DcChartCanvas::polyline(const std::vector<wxPoint2DDouble>& points) {
  if (points.size() < 2) return;
  std::vector<wxPoint> pts;
  for (const auto& p : points) pts.push_back(to_point(p));
  m_dc.DrawLines(static_cast<int>(pts.size()), pts.data());
}

void DcChartCanvas::polygon(const std::vector<wxPoint2DDouble>& points) {
  if (points.size() < 3) return;
  std::vector<wxPoint> pts;
  for (const auto& p : points) pts.push_back(to_point(p));
  m_dc.DrawPolygon(static_cast<int>(pts.size()), pts.data());
}

void DcChartCanvas::rectangle(const wxRect2DDouble& rect) {
  const int left = px(rect.m_x), top = px(rect.m_y);
  m_dc.DrawRectangle(left, top, px(rect.m_x + rect.m_width) - left, px(rect.m_y + rect.m_height) - top);
}

void DcChartCanvas::circle(wxPoint2DDouble centre, double radius) {
  m_dc.DrawCircle(to_point(centre), std::max(1, px(radius)));
}

void DcChartCanvas::text(const wxString& text, wxPoint2DDouble top_left) { m_dc.DrawText(text, to_point(top_left)); }

}  // namespace readiness::gui
