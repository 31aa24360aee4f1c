// Line chart over rounds with uncertainty (chart_painter.h).
#include <algorithm>

#include "chart_frame.h"
#include "chart_painter.h"

namespace readiness::charts {

namespace {

template <typename T>
const T* at(const std::vector<T>& values, std::size_t i) {
  return i < values.size() ? &values[i] : nullptr;
}

// Shaded bands only while they stay readable: for one or two series, or
// for the emphasised series (the overall score); other series get
// whiskers at their points, nudged apart.
bool shaded_band(const ChartData& data, const ChartSeries& series) {
  return data.categories.size() >= 2 && (data.series.size() <= 2 || series.emphasised);
}

}  // namespace

void paint_lines(ChartCanvas& canvas, const Rect& area, const ChartData& data, const ChartStyle& style) {
  const Rect frame = paint_frame(canvas, area, data, style, LegendSwatch::Line);
  const std::size_t categories = data.categories.size();
  const std::size_t count = data.series.size();
  if (categories == 0 || count == 0) return;

  const double axis_width = value_axis_width(canvas, style);
  const double left = frame.x + axis_width;
  const double slot = std::max(1.0, (frame.width - axis_width) / static_cast<double>(categories));
  const std::vector<TextBlock> labels = layout_category_labels(canvas, data, slot, style);
  const double label_gap = style.scaled(6);

  ValueScale scale;
  scale.min = data.min;
  scale.max = data.max;
  scale.top = frame.y + style.scaled(6);
  scale.bottom = frame.y + frame.height - blocks_height(labels) - label_gap;
  if (scale.bottom - scale.top < 10) scale.bottom = scale.top + 10;
  paint_value_axis(canvas, left, left + slot * static_cast<double>(categories), scale, style);
  paint_category_labels(canvas, labels, left, slot, scale.bottom + label_gap, style);

  // Whiskers of neighbouring series are nudged apart within a third of a slot.
  const double spread = std::min(slot / 3, style.scaled(6) * static_cast<double>(count));
  auto x_of = [&](std::size_t i) { return left + slot * (static_cast<double>(i) + 0.5); };

  // Bands first, so every line stays on top of every band.
  for (std::size_t s = 0; s < count; ++s) {
    const ChartSeries& series = data.series[s];
    if (!shaded_band(data, series)) continue;
    canvas.no_pen();
    canvas.set_brush(with_alpha(ChartStyle::series_colour(s), 48));
    for (std::size_t i = 0; i + 1 < categories; ++i) {
      const auto* a = at(series.band, i);
      const auto* b = at(series.band, i + 1);
      if (!a || !b || !*a || !*b) continue;
      canvas.polygon({{x_of(i), scale.y((*a)->second)},
                      {x_of(i + 1), scale.y((*b)->second)},
                      {x_of(i + 1), scale.y((*b)->first)},
                      {x_of(i), scale.y((*a)->first)}});
    }
  }

  for (std::size_t s = 0; s < count; ++s) {
    const ChartSeries& series = data.series[s];
    const Colour colour = ChartStyle::series_colour(s);
    const double offset = shaded_band(data, series) ? 0.0 : dodge(s, count, spread);
    const double width = style.pen(series.emphasised ? 3.5 : 2.0);

    if (!shaded_band(data, series)) {
      canvas.set_pen(with_alpha(colour, 200), style.pen(1.3));
      for (std::size_t i = 0; i < categories; ++i) {
        const auto* band = at(series.band, i);
        if (!band || !*band) continue;
        const double x = x_of(i) + offset, cap = style.scaled(3);
        canvas.line({x, scale.y((*band)->first)}, {x, scale.y((*band)->second)});
        canvas.line({x - cap, scale.y((*band)->first)}, {x + cap, scale.y((*band)->first)});
        canvas.line({x - cap, scale.y((*band)->second)}, {x + cap, scale.y((*band)->second)});
      }
    }

    // The line breaks at a missing value rather than bridging it.
    std::vector<Point> run;
    auto flush = [&] {
      canvas.set_pen(colour, width, series.dashed);
      canvas.polyline(run);
      run.clear();
    };
    for (std::size_t i = 0; i < categories; ++i) {
      const auto* value = at(series.values, i);
      if (value && *value)
        run.push_back({x_of(i) + offset, scale.y(std::clamp(**value, scale.min, scale.max))});
      else
        flush();
    }
    flush();

    const double radius = style.scaled(series.emphasised ? 4.5 : 3.5);
    for (std::size_t i = 0; i < categories; ++i) {
      const auto* value = at(series.values, i);
      const double x = x_of(i) + offset;
      if (value && *value) {
        canvas.set_pen(style.background, style.pen(1.2));
        canvas.set_brush(colour);
        canvas.circle({x, scale.y(std::clamp(**value, scale.min, scale.max))}, radius);
      } else {
        // Missing: a cross in the series' colour on the baseline.
        const double r = style.scaled(4), y = scale.bottom - r - style.scaled(2);
        canvas.set_pen(colour, style.pen(1.8));
        canvas.line({x - r, y - r}, {x + r, y + r});
        canvas.line({x - r, y + r}, {x + r, y - r});
      }
    }
  }
}

}  // namespace readiness::charts
