#pragma once
// What every chart kind shares: the background, the title on top, the
// legend and the notes at the bottom, the 1–9 value axis with its stage
// grid, and category labels under slots. Each function measures before it
// draws, so the plot gets exactly the room the text leaves.
#include <vector>

#include "chart_canvas.h"
#include "chart_data.h"
#include "chart_style.h"
#include "chart_text.h"

namespace readiness::charts {

enum class LegendSwatch { Box, Line };

// Paints background, title, legend (two or more series) and notes; returns
// the rectangle left for the plot.
Rect paint_frame(ChartCanvas& canvas, const Rect& area, const ChartData& data,
                           const ChartStyle& style, LegendSwatch swatch);

// Value → y on a vertical 1–9 axis.
struct ValueScale {
  double min = 1, max = 9;
  double top = 0, bottom = 0;
  double y(double value) const { return bottom - (value - min) / (max - min) * (bottom - top); }
};

// Width of the value axis' labels and stage strip.
double value_axis_width(ChartCanvas& canvas, const ChartStyle& style);
// Grid lines at whole numbers across [left, right], labels and the stage
// colour strip left of `left`.
void paint_value_axis(ChartCanvas& canvas, double left, double right, const ValueScale& scale,
                      const ChartStyle& style);

// Category labels for slots of `slot_width`: full names wrapped to two
// lines, or the short forms for all when any full one would be cut.
std::vector<TextBlock> layout_category_labels(ChartCanvas& canvas, const ChartData& data, double slot_width,
                                              const ChartStyle& style);
double blocks_height(const std::vector<TextBlock>& blocks);
void paint_category_labels(ChartCanvas& canvas, const std::vector<TextBlock>& blocks, double left,
                           double slot_width, double top, const ChartStyle& style);

// Horizontal space between series within a slot: the offset of series
// `index` of `count` across `width`.
double dodge(std::size_t index, std::size_t count, double width);

}  // namespace readiness::charts
