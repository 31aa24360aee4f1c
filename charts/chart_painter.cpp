#include "chart_painter.h"

#include <algorithm>


namespace readiness::charts {

ChartStyle fit_style(const ChartStyle& style, const Rect& area) {
  if (style.text_scale <= 1.0) return style;
  // Slide type is meant for a slide-sized chart (the export size); in a
  // smaller one it grows less, so the plot keeps its room.
  const double room = std::min(area.width / 640.0, area.height / 420.0);
  ChartStyle fitted = style;
  fitted.text_scale = std::clamp(style.text_scale * std::min(1.0, room), 1.0, style.text_scale);
  return fitted;
}

void paint_chart(ChartCanvas& canvas, const Rect& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& given) {
  const ChartStyle style = fit_style(given, area);
  switch (kind) {
    case ChartKind::Radar: paint_radar(canvas, area, data, style); return;
    case ChartKind::Bars: paint_bars(canvas, area, data, style); return;
    case ChartKind::Lines: paint_lines(canvas, area, data, style); return;
  }
}

}  // namespace readiness::charts
