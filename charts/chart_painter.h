#pragma once
// The chart kinds, drawn on a 1–9 scale with stage grid, axis labels,
// legend, title and notes. Each is written once, against ChartCanvas
// (chart_canvas.h): the app's window, its copied and saved pictures and the
// PDF reports all draw through these. Coordinates and sizes are chart
// units (device-independent pixels); the canvas maps them to its device.
#include "chart_canvas.h"
#include "chart_data.h"
#include "chart_style.h"

namespace readiness::charts {

// A profile around a circle, one axis per category (three or more; fewer
// are drawn as bars). The band is drawn as a whisker along each axis.
void paint_radar(ChartCanvas& canvas, const Rect& area, const ChartData& data, const ChartStyle& style);
// Grouped bars from the scale's minimum, whiskers for the band, and the
// value with n above each bar when it fits.
void paint_bars(ChartCanvas& canvas, const Rect& area, const ChartData& data, const ChartStyle& style);
// Lines over the categories (rounds), a shaded band (or whiskers when many
// series share the axis), points, and a cross on the baseline for a
// missing value.
void paint_lines(ChartCanvas& canvas, const Rect& area, const ChartData& data, const ChartStyle& style);
// Any kind, with the style fitted to the area (fit_style).
void paint_chart(ChartCanvas& canvas, const Rect& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style);
// Presentation type shrinks (never below the standard size) in a chart
// smaller than 640 × 420 device-independent pixels, so title, legend and
// notes leave the plot its room; other styles are returned as they are.
ChartStyle fit_style(const ChartStyle& style, const Rect& area);

}  // namespace readiness::charts
