#pragma once
// The chart kinds, drawn on a 1–9 scale with stage grid, axis labels,
// legend, title and notes. Each is written once against ChartCanvas
// (chart_canvas.h): the wxGraphicsContext overloads serve windows and
// bitmaps, the wxDC overload serves wxSVGFileDC. Coordinates and sizes are
// device-independent pixels; scale the context for HiDPI or print output.
#include <wx/geometry.h>

#include "charts/chart_canvas.h"
#include "charts/chart_data.h"
#include "charts/chart_style.h"

class wxDC;
class wxGraphicsContext;

namespace readiness::gui {

// A profile around a circle, one axis per category (three or more; fewer
// are drawn as bars). The band is drawn as a whisker along each axis.
void paint_radar(ChartCanvas& canvas, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style);
// Grouped bars from the scale's minimum, whiskers for the band, and the
// value with n above each bar when it fits.
void paint_bars(ChartCanvas& canvas, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style);
// Lines over the categories (rounds), a shaded band (or whiskers when many
// series share the axis), points, and a cross on the baseline for a
// missing value.
void paint_lines(ChartCanvas& canvas, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style);
// Any kind, with the style fitted to the area (fit_style).
void paint_chart(ChartCanvas& canvas, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style);
// Presentation type shrinks (never below the standard size) in a chart
// smaller than 640 × 420 device-independent pixels, so title, legend and
// notes leave the plot its room; other styles are returned as they are.
ChartStyle fit_style(const ChartStyle& style, const wxRect2DDouble& area);

void paint_radar(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style);
void paint_bars(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style);
void paint_lines(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, const ChartStyle& style);
void paint_chart(wxGraphicsContext& gc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style);
// For wxSVGFileDC (integer coordinates, no anti-aliasing needed in SVG).
void paint_chart(wxDC& dc, const wxRect2DDouble& area, const ChartData& data, ChartKind kind,
                 const ChartStyle& style);

}  // namespace readiness::gui
