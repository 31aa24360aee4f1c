#pragma once
// Text that fits: wrapping and eliding measured on the canvas itself, so
// labels never overlap or run out of the chart at any size; and the values
// as the charts write them. Text is UTF-8; cuts fall between code points.
#include <string>
#include <vector>

#include "chart_canvas.h"

namespace readiness::charts {

struct TextBlock {
  std::vector<std::string> lines;
  double width = 0.0;        // widest line
  double line_height = 0.0;
  bool elided = false;       // something was cut to fit
  double height() const { return line_height * static_cast<double>(lines.size()); }
};

enum class Align { Left, Centre, Right };

// Word-wraps `text` (set the font first) into at most `max_lines` lines no
// wider than `max_width`; what does not fit ends in "…".
TextBlock wrap_text(ChartCanvas& canvas, const std::string& text, double max_width, int max_lines);
// `text` cut to `max_width` with "…"; unchanged when it fits.
std::string elide(ChartCanvas& canvas, const std::string& text, double max_width);
// Draws the block with its top at `top`; `x` is the left edge, centre or
// right edge as `align` says.
void draw_block(ChartCanvas& canvas, const TextBlock& block, double x, double top, Align align);

// A chart value (a mean) cut, never rounded, at `decimals` (the method's
// "means cut" rule, scoring/mean_format.h): "5,25" with ',' (Swedish).
std::string score_text(double value, char decimal_point, int decimals = 2);

}  // namespace readiness::charts
