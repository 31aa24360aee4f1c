#include "report_charts.h"

#include <algorithm>
#include <array>

#include "chart_palette.h"
#include "mean_format.h"

namespace readiness::reports {

namespace {
const Rgb kAxis = Rgb::hex(0x666666);
const Rgb kGrid = Rgb::hex(0xDDDDDD);
}  // namespace

// One palette with the app's charts: charts/chart_palette.h.
Rgb stage_colour(int stage) { return Rgb::hex(charts::stage_rgb(stage)); }

Rgb series_colour(std::size_t index) { return Rgb::hex(charts::series_rgb(index)); }

namespace {

// The 1–9 value axis along y inside [top, bottom]; returns the plot's left.
double value_axis(PdfDocument& pdf, double x, double top, double bottom, double right) {
  pdf.set_font(false, 7.5);
  const double left = x + 16;
  for (int v = 1; v <= 9; ++v) {
    const double y = bottom - (bottom - top) * (v - 1) / 8.0;
    pdf.set_stroke(kGrid, 0.4);
    pdf.line(left, y, right, y);
    pdf.set_colour(kAxis);
    pdf.text(left - 4, y + 2.5, std::to_string(v), Align::Right);
  }
  pdf.set_colour({0, 0, 0});
  pdf.set_stroke(kAxis, 0.6);
  pdf.line(left, top, left, bottom);
  return left;
}

double scale_y(double value, double top, double bottom) {
  return bottom - (bottom - top) * (std::clamp(value, 1.0, 9.0) - 1.0) / 8.0;
}

void chart_title(PdfDocument& pdf, double x, double y, const std::string& title) {
  pdf.set_font(true, 9.5);
  pdf.text(x, y + 9.5, title);
}

}  // namespace

void draw_profile_chart(PdfDocument& pdf, double x, double y, double w, double h, const std::string& title,
                        const std::vector<Bar>& bars, char decimal_point) {
  chart_title(pdf, x, y, title);
  const double top = y + 22, bottom = y + h - 16, right = x + w;
  const double left = value_axis(pdf, x, top, bottom, right);
  if (bars.empty()) return;
  const double slot = (right - left) / static_cast<double>(bars.size());
  const double bar_w = std::min(slot * 0.6, 60.0);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double cx = left + slot * (static_cast<double>(i) + 0.5);
    pdf.set_font(true, 8.5);
    pdf.text(cx, bottom + 11, b.label, Align::Centre);
    if (!b.value) continue;
    const double top_y = scale_y(*b.value, top, bottom);
    pdf.fill_rect(cx - bar_w / 2, top_y, bar_w, bottom - top_y, stage_colour(b.stage.value_or(0)));
    pdf.set_stroke(kAxis, 0.5);
    pdf.stroke_rect(cx - bar_w / 2, top_y, bar_w, bottom - top_y);
    if (b.low && b.high) {
      const double lo = scale_y(*b.low, top, bottom), hi = scale_y(*b.high, top, bottom);
      pdf.set_stroke({0, 0, 0}, 0.8);
      pdf.line(cx, lo, cx, hi);
      pdf.line(cx - 4, lo, cx + 4, lo);
      pdf.line(cx - 4, hi, cx + 4, hi);
    }
    pdf.set_font(false, 7.5);
    const double label_y = b.high ? std::min(top_y, scale_y(*b.high, top, bottom)) - 3 : top_y - 3;
    pdf.text(cx + bar_w / 2 + 1, std::max(label_y, top + 7), format_mean_value(*b.value, 2, decimal_point),
             Align::Left);
  }
}

void draw_trend_chart(PdfDocument& pdf, double x, double y, double w, double h, const std::string& title,
                      const std::vector<std::string>& x_labels, const std::vector<Series>& series) {
  chart_title(pdf, x, y, title);
  const double legend_w = 170;
  const double top = y + 22, bottom = y + h - 16, right = x + w - legend_w;
  const double left = value_axis(pdf, x, top, bottom, right);
  if (x_labels.empty()) return;
  const double slot = (right - left) / static_cast<double>(x_labels.size());
  auto cx = [&](std::size_t i) { return left + slot * (static_cast<double>(i) + 0.5); };
  pdf.set_font(true, 8.5);
  for (std::size_t i = 0; i < x_labels.size(); ++i) pdf.text(cx(i), bottom + 11, x_labels[i], Align::Centre);
  for (std::size_t s = 0; s < series.size(); ++s) {
    const Series& line = series[s];
    const Rgb colour = series_colour(s);
    const double offset = (static_cast<double>(s) - static_cast<double>(series.size() - 1) / 2.0) * 2.5;
    std::vector<std::pair<double, double>> points;
    for (std::size_t i = 0; i < line.values.size() && i < x_labels.size(); ++i) {
      if (!line.values[i]) continue;
      points.emplace_back(cx(i) + offset, scale_y(*line.values[i], top, bottom));
      if (i < line.low.size() && line.low[i] && line.high[i]) {
        pdf.set_stroke(colour, 0.6);
        pdf.line(cx(i) + offset, scale_y(*line.low[i], top, bottom), cx(i) + offset, scale_y(*line.high[i], top, bottom));
      }
    }
    pdf.set_stroke(colour, line.bold ? 2.2 : 1.2);
    pdf.polyline(points);
    for (const auto& [px, py] : points) pdf.fill_circle(px, py, line.bold ? 3.0 : 2.2, colour);
    // Legend
    const double ly = top + 4 + 13.0 * static_cast<double>(s);
    pdf.set_stroke(colour, line.bold ? 2.2 : 1.2);
    pdf.line(right + 10, ly, right + 26, ly);
    pdf.set_font(line.bold, 7.5);
    pdf.text(right + 30, ly + 2.5, line.name);
  }
}

void draw_dot_chart(PdfDocument& pdf, double x, double y, double w, double h, const std::string& title,
                    const std::vector<Dot>& dots) {
  chart_title(pdf, x, y, title);
  const double label_w = 90;
  const double top = y + 18, bottom = y + h - 12;
  const double left = x + label_w, right = x + w - 8;
  auto sx = [&](double v) { return left + (right - left) * (std::clamp(v, 1.0, 9.0) - 1.0) / 8.0; };
  pdf.set_font(false, 7.5);
  for (int v = 1; v <= 9; ++v) {
    pdf.set_stroke(kGrid, 0.4);
    pdf.line(sx(v), top, sx(v), bottom);
    pdf.set_colour(kAxis);
    pdf.text(sx(v), bottom + 9, std::to_string(v), Align::Centre);
  }
  pdf.set_colour({0, 0, 0});
  if (dots.empty()) return;
  const double row = std::min((bottom - top) / static_cast<double>(dots.size()), 30.0);
  for (std::size_t i = 0; i < dots.size(); ++i) {
    const Dot& d = dots[i];
    const double cy = top + row * (static_cast<double>(i) + 0.5);
    pdf.set_font(false, 7.5);
    pdf.text(left - 6, cy + 2.5, d.label, Align::Right);
    if (!d.value) continue;
    if (d.low && d.high) {
      pdf.fill_rect(sx(*d.low), cy - 3, sx(*d.high) - sx(*d.low), 6, Rgb::hex(0xB8C7D9));
    }
    pdf.fill_circle(sx(*d.value), cy, 4.0, series_colour(0));
  }
}

}  // namespace readiness::reports
