#pragma once
// Text that fits: wrapping and eliding measured on the canvas itself, so
// labels never overlap or run out of the chart at any size; and numbers
// with the UI's decimal separator.
#include <vector>

#include <wx/string.h>

#include "charts/chart_canvas.h"

namespace readiness::gui {

struct TextBlock {
  std::vector<wxString> lines;
  double width = 0.0;        // widest line
  double line_height = 0.0;
  bool elided = false;       // something was cut to fit
  double height() const { return line_height * static_cast<double>(lines.size()); }
};

enum class Align { Left, Centre, Right };

// Word-wraps `text` (set the font first) into at most `max_lines` lines no
// wider than `max_width`; what does not fit ends in "…".
TextBlock wrap_text(ChartCanvas& canvas, const wxString& text, double max_width, int max_lines);
// `text` cut to `max_width` with "…"; unchanged when it fits.
wxString elide(ChartCanvas& canvas, const wxString& text, double max_width);
// Draws the block with its top at `top`; `x` is the left edge, centre or
// right edge as `align` says.
void draw_block(ChartCanvas& canvas, const TextBlock& block, double x, double top, Align align);

// "5,25" in Swedish, "5.25" in English.
wxString score_text(double value, int decimals = 2);

}  // namespace readiness::gui
