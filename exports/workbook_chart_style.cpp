#include "workbook_chart_style.h"

#include <xlsxwriter.h>

namespace readiness::workbook {

namespace {

const lxw_color_t kSeriesColours[] = {0x2F5597, 0xC55A11, 0x548235, 0x7030A0, 0xBF9000, 0x0097A7,
                                      0xA5A5A5, 0xE91E63, 0x264478, 0x9E480E, 0x43682B, 0x636363};
constexpr std::size_t kSeriesColourCount = sizeof kSeriesColours / sizeof kSeriesColours[0];

}  // namespace

std::uint32_t series_colour(std::size_t i) { return kSeriesColours[i % kSeriesColourCount]; }

void style_chart(lxw_chart* chart, const std::string& title) {
  chart_title_set_name(chart, title.c_str());
  lxw_chart_font title_font{};
  title_font.size = 11;
  title_font.bold = LXW_EXPLICIT_FALSE;
  chart_title_set_name_font(chart, &title_font);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
}

void colour_line_series(lxw_chart_series* s, std::size_t i, bool dashed) {
  lxw_chart_line line{};
  line.color = series_colour(i);
  line.width = 2.25;
  if (dashed) line.dash_type = LXW_CHART_LINE_DASH_DASH;
  chart_series_set_line(s, &line);
  chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
  chart_series_set_marker_size(s, 6);
  lxw_chart_fill fill{};
  fill.color = series_colour(i);
  chart_series_set_marker_fill(s, &fill);
  lxw_chart_line marker_line{};
  marker_line.color = series_colour(i);
  chart_series_set_marker_line(s, &marker_line);
}

void score_axis(lxw_chart_axis* axis) {
  chart_axis_set_min(axis, 1);
  chart_axis_set_max(axis, 9);
  chart_axis_set_major_unit(axis, 1);
}

}  // namespace readiness::workbook
