// Radar (spider) profile (chart_painter.h).
#include <algorithm>
#include <cmath>

#include "chart_frame.h"
#include "chart_painter.h"

namespace readiness::charts {

namespace {

constexpr double kPi = 3.14159265358979323846;

template <typename T>
const T* at(const std::vector<T>& values, std::size_t i) {
  return i < values.size() ? &values[i] : nullptr;
}

// A category's label: the name (wrapped) and, for a single series, its
// value and n on a second, smaller line.
struct AxisLabel {
  TextBlock name;
  TextBlock detail;
  double width() const { return std::max(name.width, detail.width); }
  double height() const { return name.height() + detail.height(); }
};

struct Box {
  double left, top, right, bottom;
  bool overlaps(const Box& o, double gap) const {
    return left < o.right + gap && o.left < right + gap && top < o.bottom + gap && o.top < bottom + gap;
  }
};

Point direction(std::size_t i, std::size_t count) {
  const double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(count);
  return {std::cos(angle), std::sin(angle)};
}

// Where a label sits for radius `radius`: beside its axis' end, aligned
// away from the centre so it never covers the plot.
Box label_box(const AxisLabel& label, Point centre, Point u, double radius) {
  const double ax = centre.x + radius * u.x, ay = centre.y + radius * u.y;
  const double w = label.width(), h = label.height();
  const double left = u.x > 0.2 ? ax : u.x < -0.2 ? ax - w : ax - w / 2;
  const double top = u.y < -0.2 ? ay - h : u.y > 0.2 ? ay : ay - h / 2;
  return {left, top, left + w, top + h};
}

std::vector<AxisLabel> make_labels(ChartCanvas& canvas, const ChartData& data, const ChartStyle& style,
                                   double wrap_width, bool short_form) {
  std::vector<AxisLabel> labels;
  const bool single = data.series.size() == 1;
  for (std::size_t i = 0; i < data.categories.size(); ++i) {
    AxisLabel label;
    canvas.set_font(style.label_font(), style.text);
    const std::string& text = short_form ? data.short_categories[i] : data.categories[i];
    label.name = wrap_text(canvas, text, wrap_width, short_form ? 1 : 2);
    if (single) {
      const ChartSeries& series = data.series.front();
      canvas.set_font(style.small_font(), style.muted);
      const auto* value = at(series.values, i);
      std::string detail = value && *value ? score_text(**value, data.decimal_point) : data.no_data;
      if (const int* n = at(series.n, i)) detail += " · n = " + std::to_string(*n);
      label.detail = wrap_text(canvas, detail, wrap_width, 1);
    }
    labels.push_back(label);
  }
  return labels;
}

// The largest radius at which every label stays inside the frame; 0 when
// labels would overlap there (then shorter labels are needed).
double fit_radius(const std::vector<AxisLabel>& labels, const Rect& frame, Point centre,
                  double gap) {
  const std::size_t count = labels.size();
  auto boxes_at = [&](double radius) {
    std::vector<Box> boxes;
    for (std::size_t i = 0; i < count; ++i)
      boxes.push_back(label_box(labels[i], centre, direction(i, count), radius + gap));
    return boxes;
  };
  auto inside = [&](double radius) {
    for (const Box& box : boxes_at(radius))
      if (box.left < frame.x || box.right > frame.x + frame.width || box.top < frame.y ||
          box.bottom > frame.y + frame.height)
        return false;
    return true;
  };
  // Staying inside only gets harder as the radius grows: bisect on it.
  double low = 0, high = std::min(frame.width, frame.height) / 2;
  if (!inside(low)) return 0;
  for (int step = 0; step < 40; ++step) {
    const double mid = (low + high) / 2;
    (inside(mid) ? low : high) = mid;
  }
  const std::vector<Box> boxes = boxes_at(low);
  for (std::size_t i = 0; i < count; ++i)
    for (std::size_t j = i + 1; j < count; ++j)
      if (boxes[i].overlaps(boxes[j], 2)) return 0;
  return low;
}

Colour pale(const Colour& colour, double amount) {
  auto mix = [amount](std::uint8_t c) { return static_cast<std::uint8_t>(255 - (255 - c) * amount); };
  return Colour{mix(colour.red), mix(colour.green), mix(colour.blue), 255};
}

}  // namespace

void paint_radar(ChartCanvas& canvas, const Rect& area, const ChartData& data, const ChartStyle& style) {
  const std::size_t count = data.categories.size();
  if (count < 3) {
    // Two axes make a line, not a profile.
    paint_bars(canvas, area, data, style);
    return;
  }
  const Rect frame = paint_frame(canvas, area, data, style, LegendSwatch::Line);
  const Point centre{frame.x + frame.width / 2, frame.y + frame.height / 2};
  const double gap = style.scaled(8);

  // Full names if the circle keeps a reasonable size with them, else codes.
  const double wrap_width = std::max(style.scaled(60), frame.width * 0.22);
  std::vector<AxisLabel> labels = make_labels(canvas, data, style, wrap_width, false);
  double radius = fit_radius(labels, frame, centre, gap);
  const double wanted = std::min(frame.width, frame.height) * 0.3;
  if (data.short_categories.size() == count && radius < wanted) {
    std::vector<AxisLabel> short_labels = make_labels(canvas, data, style, wrap_width, true);
    const double short_radius = fit_radius(short_labels, frame, centre, gap);
    if (short_radius > radius) {
      labels = std::move(short_labels);
      radius = short_radius;
    }
  }
  if (radius < 4) return;

  const double span = data.max - data.min;
  auto point = [&](std::size_t i, double value) {
    const Point u = direction(i, count);
    const double r = radius * (std::clamp(value, data.min, data.max) - data.min) / span;
    return Point{centre.x + r * u.x, centre.y + r * u.y};
  };
  auto ring = [&](double value) {
    std::vector<Point> points;
    for (std::size_t i = 0; i < count; ++i) points.push_back(point(i, value));
    return points;
  };

  // Stage zones, outermost first, in the stage colours made paler: where a
  // profile sits reads as a stage at a glance.
  canvas.no_pen();
  for (int stage = static_cast<int>(std::floor(data.max)) - 1; stage >= static_cast<int>(std::ceil(data.min));
       --stage) {
    canvas.set_brush(pale(ChartStyle::stage_colour(stage), 0.35));
    canvas.polygon(ring(stage + 1));
  }
  for (int stage = static_cast<int>(std::ceil(data.min)) + 1; stage <= static_cast<int>(std::floor(data.max));
       ++stage) {
    canvas.set_pen(stage == data.max ? style.axis : style.grid, 1);
    canvas.no_brush();
    canvas.polygon(ring(stage));
  }
  canvas.set_pen(style.grid, 1);
  for (std::size_t i = 0; i < count; ++i) canvas.line(centre, point(i, data.max));

  // Ring numbers up the first axis, skipped when rings are too close.
  canvas.set_font(style.small_font(), style.muted);
  const double text_height = canvas.text_size("9").height;
  const double ring_gap = radius / span;
  const int step = ring_gap >= text_height ? 1 : ring_gap * 2 >= text_height ? 2 : 4;
  for (int stage = static_cast<int>(std::ceil(data.min)) + 1; stage <= static_cast<int>(std::floor(data.max));
       stage += 1) {
    if ((stage - static_cast<int>(data.min)) % step != 0) continue;
    const Point p = point(0, stage);
    canvas.text(std::to_string(stage), {p.x + style.scaled(3), p.y - text_height / 2});
  }

  const std::size_t series_count = data.series.size();
  for (std::size_t s = 0; s < series_count; ++s) {
    const ChartSeries& series = data.series[s];
    const Colour colour = ChartStyle::series_colour(s);
    std::vector<std::optional<Point>> vertices;
    for (std::size_t i = 0; i < count; ++i) {
      const auto* value = at(series.values, i);
      vertices.push_back(value && *value ? std::optional(point(i, **value)) : std::nullopt);
    }
    const bool complete = std::all_of(vertices.begin(), vertices.end(), [](const auto& v) { return v.has_value(); });

    // Spread along each axis, for one or two profiles (more would bury them).
    if (series_count <= 2) {
      canvas.set_pen(with_alpha(colour, 120), style.pen(5));
      for (std::size_t i = 0; i < count; ++i)
        if (const auto* band = at(series.band, i); band && *band)
          canvas.line(point(i, (*band)->first), point(i, (*band)->second));
    }

    const double width = style.pen(series.emphasised ? 3.5 : 2.5);
    if (complete) {
      std::vector<Point> polygon;
      for (const auto& v : vertices) polygon.push_back(*v);
      canvas.set_pen(colour, width, series.dashed);
      if (series_count <= 2 && !series.dashed)
        canvas.set_brush(with_alpha(colour, 40));
      else
        canvas.no_brush();
      canvas.polygon(polygon);
    } else {
      // A missing value breaks the outline: no edge is drawn to or from it.
      canvas.set_pen(colour, width, series.dashed);
      for (std::size_t i = 0; i < count; ++i) {
        const auto& a = vertices[i];
        const auto& b = vertices[(i + 1) % count];
        if (a && b) canvas.line(*a, *b);
      }
    }
    canvas.set_pen(style.background, style.pen(1));
    canvas.set_brush(colour);
    for (const auto& v : vertices)
      if (v) canvas.circle(*v, style.scaled(series.dashed ? 3 : 3.5));
  }

  for (std::size_t i = 0; i < count; ++i) {
    const Point u = direction(i, count);
    const Box box = label_box(labels[i], centre, u, radius + gap);
    const Align align = u.x > 0.2 ? Align::Left : u.x < -0.2 ? Align::Right : Align::Centre;
    const double x = align == Align::Left ? box.left : align == Align::Right ? box.right : (box.left + box.right) / 2;
    canvas.set_font(style.label_font(), style.text);
    draw_block(canvas, labels[i].name, x, box.top, align);
    canvas.set_font(style.small_font(), style.muted);
    draw_block(canvas, labels[i].detail, x, box.top + labels[i].name.height(), align);
  }
}

}  // namespace readiness::charts
