// Grouped bar chart (chart_painter.h).
#include <algorithm>

#include "chart_frame.h"
#include "chart_painter.h"

namespace readiness::charts {

namespace {

template <typename T>
const T* at(const std::vector<T>& values, std::size_t i) {
  return i < values.size() ? &values[i] : nullptr;
}

}  // namespace

void paint_bars(ChartCanvas& canvas, const Rect& area, const ChartData& data, const ChartStyle& style) {
  const Rect frame = paint_frame(canvas, area, data, style, LegendSwatch::Box);
  const std::size_t categories = data.categories.size();
  const std::size_t count = data.series.size();
  if (categories == 0 || count == 0) return;

  const double axis_width = value_axis_width(canvas, style);
  const double left = frame.x + axis_width;
  const double slot = std::max(1.0, (frame.width - axis_width) / static_cast<double>(categories));
  const std::vector<TextBlock> labels = layout_category_labels(canvas, data, slot, style);
  const double label_gap = style.scaled(6);

  // Bars fill 80% of a slot; the rest keeps groups apart.
  const double group = slot * 0.8;
  const double bar = group / static_cast<double>(count);

  // Value and n above each bar, only when the widest of them fits the bar:
  // a label that would spill over its neighbour is left out entirely.
  canvas.set_font(style.small_font(), style.text);
  const double small_height = canvas.text_size("Ag").height;
  bool show_values = true;
  bool show_n = false;
  for (const auto& series : data.series) {
    for (std::size_t i = 0; i < categories; ++i) {
      const auto* value = at(series.values, i);
      if (value && *value && canvas.text_size(score_text(**value, data.decimal_point)).width > bar + style.scaled(2)) show_values = false;
      const int* n = at(series.n, i);
      if (n) show_n = true;
      if (n && canvas.text_size("n = " + std::to_string(*n)).width > bar + style.scaled(2)) show_n = false;
    }
  }
  show_n = show_n && show_values;
  const double label_room = show_values ? small_height * (show_n ? 2 : 1) + style.scaled(4) : style.scaled(4);

  ValueScale scale;
  scale.min = data.min;
  scale.max = data.max;
  scale.top = frame.y + label_room;
  scale.bottom = frame.y + frame.height - blocks_height(labels) - label_gap;
  if (scale.bottom - scale.top < 10) scale.bottom = scale.top + 10;
  paint_value_axis(canvas, left, left + slot * static_cast<double>(categories), scale, style);
  paint_category_labels(canvas, labels, left, slot, scale.bottom + label_gap, style);

  for (std::size_t s = 0; s < count; ++s) {
    const ChartSeries& series = data.series[s];
    const Colour colour = ChartStyle::series_colour(s);
    for (std::size_t i = 0; i < categories; ++i) {
      const double centre = left + slot * (static_cast<double>(i) + 0.5) + dodge(s, count, group);
      const double x = centre - bar / 2 + (count > 1 ? 1 : 0);
      const double width = bar - (count > 1 ? 2 : 0);
      const auto* value = at(series.values, i);
      if (!value || !*value) {
        // No data: a short dash on the baseline, so "missing" is not read as "low".
        canvas.set_pen(style.muted, style.pen(1.5));
        canvas.line({centre - width / 4, scale.bottom - style.scaled(4)}, {centre + width / 4, scale.bottom - style.scaled(4)});
        continue;
      }
      const double v = std::clamp(**value, scale.min, scale.max);
      if (series.dashed) {
        canvas.set_pen(colour, 1.5, true);
        canvas.set_brush(with_alpha(colour, 90));
      } else {
        canvas.no_pen();
        canvas.set_brush(colour);
      }
      canvas.rectangle({x, scale.y(v), width, scale.bottom - scale.y(v)});

      double label_bottom = scale.y(v);
      if (const auto* band = at(series.band, i); band && *band) {
        const double low = std::clamp((*band)->first, scale.min, scale.max);
        const double high = std::clamp((*band)->second, scale.min, scale.max);
        const double cap = std::min(width * 0.5, style.scaled(10)) / 2;
        canvas.set_pen(style.whisker, style.pen(1.5));
        canvas.line({centre, scale.y(low)}, {centre, scale.y(high)});
        canvas.line({centre - cap, scale.y(low)}, {centre + cap, scale.y(low)});
        canvas.line({centre - cap, scale.y(high)}, {centre + cap, scale.y(high)});
        label_bottom = std::min(label_bottom, scale.y(high));
      }
      if (show_values) {
        TextBlock block;
        block.line_height = small_height;
        block.lines.push_back(score_text(**value, data.decimal_point));
        if (show_n)
          if (const int* n = at(series.n, i)) block.lines.push_back("n = " + std::to_string(*n));
        canvas.set_font(style.small_font(), style.text);
        draw_block(canvas, block, centre, label_bottom - style.scaled(3) - block.height(), Align::Centre);
      }
    }
  }
}

}  // namespace readiness::charts
