#include "charts/chart_painter.h"

#include <algorithm>

#include <wx/dc.h>
#include <wx/graphics.h>

namespace readiness::gui {

ChartStyle fit_style(const ChartStyle& style, const wxRect2DDouble& area) {
  if (style.text_scale <= 1.0) return style;
  // Slide type is meant for a slide-sized chart (the export size); in a
  // smaller one it grows less, so the plot keeps its room.
  const double room = std::min(area.m_width / 640.0, area.m_height / 420.0);
  ChartStyle fitted = style;
  fitted.text_scale = std::clamp(style.text_scale * std::min(1.0, room), 1.0, style.text_scale);
  return fitted;
}

void paint_chart(ChartCanvas& canvas, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& given) {
  const ChartStyle style = fit_style(given, area);
  switch (kind) {
    case ChartKind::Radar: paint_radar(canvas, area, data, style); return;
    case ChartKind::Bars: paint_bars(canvas, area, data, style); return;
    case ChartKind::Lines: paint_lines(canvas, area, data, style); return;
  }
}

void paint_radar(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style) {
  GraphicsChartCanvas canvas(gc);
  paint_radar(canvas, area, data, style);
}

void paint_bars(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style) {
  GraphicsChartCanvas canvas(gc);
  paint_bars(canvas, area, data, style);
}

void paint_lines(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style) {
  GraphicsChartCanvas canvas(gc);
  paint_lines(canvas, area, data, style);
}

void paint_chart(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style) {
  GraphicsChartCanvas canvas(gc);
  paint_chart(canvas, area, data, kind, style);
}

void paint_chart(wxDC& dc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style) {
  DcChartCanvas canvas(dc);
  paint_chart(canvas, area, data, kind, style);
}

}  // namespace readiness::gui
