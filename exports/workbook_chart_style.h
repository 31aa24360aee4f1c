#pragma once
// The look every chart of the Excel workbook shares: title, legend,
// series colours, the 1–9 score axis. Internal to exports/.
#include <cstddef>
#include <cstdint>
#include <string>

struct lxw_chart;
struct lxw_chart_series;
struct lxw_chart_axis;

namespace readiness::workbook {

// Series colours that read well on paper and screen, repeating.
std::uint32_t series_colour(std::size_t i);
// Title in 11 pt regular, legend at the bottom.
void style_chart(lxw_chart* chart, const std::string& title);
// Line and round markers in series colour `i`; dashed for a previous round.
void colour_line_series(lxw_chart_series* s, std::size_t i, bool dashed = false);
// 1 to 9 in steps of 1: the stages.
void score_axis(lxw_chart_axis* axis);

}  // namespace readiness::workbook
