#include "charts/chart_painter.h"

#include <wx/dc.h>
#include <wx/graphics.h>

namespace readiness::gui {

void paint_chart(ChartCanvas& canvas, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style) {
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
