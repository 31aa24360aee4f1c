// charts/: the wx-free chart definitions, drawn on a recording canvas. The
// expected figures are computed from the input (means, scale, area), never
// copied from a drawing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "chart_adapters.h"
#include "chart_painter.h"
#include "chart_text.h"
#include "exact_mean.h"
#include "mean_format.h"

using namespace readiness;
using namespace readiness::charts;

namespace {

// Measures text as a fixed advance per code point (0.6 em) and a line of
// 1.2 em, and records every operation with the pen, brush and font then set.
class RecordingCanvas final : public ChartCanvas {
 public:
  struct Shape {
    std::string kind;  // "rectangle", "polygon", "line", "polyline", "circle"
    std::vector<Point> points;
    Rect rect;
    bool has_pen = false, has_brush = false;
    Colour pen, brush;
  };
  struct Text {
    std::string text;
    Point top_left;
    ChartFont font;
    double width = 0;
  };
  std::vector<Shape> shapes;
  std::vector<Text> texts;

  void set_pen(const Colour& colour, double, bool) override {
    m_pen = colour;
    m_has_pen = true;
  }
  void no_pen() override { m_has_pen = false; }
  void set_brush(const Colour& colour) override {
    m_brush = colour;
    m_has_brush = true;
  }
  void no_brush() override { m_has_brush = false; }
  void set_font(const ChartFont& font, const Colour&) override { m_font = font; }
  TextSize text_size(const std::string& text) override {
    return {0.6 * m_font.size * static_cast<double>(code_points(text)), 1.2 * m_font.size};
  }
  void line(Point from, Point to) override { add("line", {from, to}); }
  void polyline(const std::vector<Point>& points) override { add("polyline", points); }
  void polygon(const std::vector<Point>& points) override { add("polygon", points); }
  void rectangle(const Rect& rect) override {
    add("rectangle", {});
    shapes.back().rect = rect;
  }
  void circle(Point centre, double) override { add("circle", {centre}); }
  void text(const std::string& text, Point top_left) override {
    texts.push_back({text, top_left, m_font, text_size(text).width});
  }

  static std::size_t code_points(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  }
  bool has_text(const std::string& text) const {
    return std::any_of(texts.begin(), texts.end(), [&](const Text& t) { return t.text == text; });
  }

 private:
  void add(const char* kind, std::vector<Point> points) {
    Shape shape;
    shape.kind = kind;
    shape.points = std::move(points);
    shape.has_pen = m_has_pen;
    shape.has_brush = m_has_brush;
    shape.pen = m_pen;
    shape.brush = m_brush;
    shapes.push_back(shape);
  }
  Colour m_pen, m_brush;
  bool m_has_pen = true, m_has_brush = false;
  ChartFont m_font;
};

// A round's result as scoring/ gives it: dimension means from sums of
// hundredths over n interviews.
RoundResult round_with(const std::vector<std::int64_t>& sums, int n) {
  RoundResult result;
  result.community_name = "Arjeplog";
  result.label = "2022";
  result.scored_interviews = n;
  const char* names[] = {"Samhällets insatser", "Kunskap om insatserna", "Ledarskap",
                         "Klimatet i samhället", "Kunskap om frågan", "Resurser för frågan"};
  for (std::size_t i = 0; i < sums.size(); ++i) {
    DimensionResult d;
    d.code = std::string(1, static_cast<char>('A' + i));
    d.name = names[i % 6];
    d.n = n;
    d.mean = ExactMean::of_sum(sums[i], n);
    d.stage = d.mean->stage();
    result.dimensions.push_back(d);
  }
  return result;
}

ChartLocale swedish_like() {
  ChartLocale locale;
  locale.decimal_point = ',';
  locale.translate = [](const char* msgid) { return std::string("sv:") + msgid; };
  return locale;
}

}  // namespace

TEST_CASE("the profile chart puts one bar per dimension at heights proportional to the means", "[charts]") {
  // Means 4.75, 3.75, 4.4166…, 4.0833…, 2.9999… (cut: 2,99), 8.5 over six interviews.
  const std::vector<std::int64_t> sums = {2850, 2250, 2650, 2450, 1799, 5100};
  const RoundResult result = round_with(sums, 6);
  const ChartLocale locale = swedish_like();
  const ChartData data = round_profile_chart(result, ProfileBand::None, locale);
  RecordingCanvas canvas;
  const Rect area{0, 0, 900, 500};
  paint_chart(canvas, area, data, ChartKind::Bars, ChartStyle::standard());

  const Colour bar_colour = ChartStyle::series_colour(0);
  std::vector<Rect> bars;
  for (const auto& s : canvas.shapes)
    if (s.kind == "rectangle" && s.has_brush && s.brush == bar_colour) bars.push_back(s.rect);
  REQUIRE(bars.size() == sums.size());
  std::sort(bars.begin(), bars.end(), [](const Rect& a, const Rect& b) { return a.x < b.x; });

  // Every bar stands on the scale's minimum (the same baseline) and is as
  // tall as its mean above the minimum, in one pixels-per-point ratio.
  const double baseline = bars.front().bottom();
  const double per_point = bars.front().height / (result.dimensions[0].mean->value() - data.min);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    CAPTURE(i);
    CHECK(bars[i].bottom() == Approx(baseline));
    CHECK(bars[i].height == Approx((result.dimensions[i].mean->value() - data.min) * per_point));
    CHECK(bars[i].right() <= area.right());
    if (i > 0) CHECK(bars[i].x >= bars[i - 1].right());  // side by side, never overlapping
  }
  // The whole 1–9 scale spans 8 points: it fits the chart's height.
  CHECK(per_point * (data.max - data.min) < area.height);

  // Each bar is labelled with its mean as the app shows it: cut (never
  // rounded) at two decimals, in the locale's decimal separator, and n.
  for (const auto& d : result.dimensions) {
    const std::string shown = format_mean(*d.mean, 2, ',');
    CAPTURE(shown);
    CHECK(canvas.has_text(shown));
    CHECK(shown.find(',') != std::string::npos);
  }
  CHECK(canvas.has_text(format_mean(ExactMean::of_sum(1799, 6), 2, ',')));
  CHECK_FALSE(canvas.has_text("3,00"));  // 2.9983… is never rounded up
  CHECK(canvas.has_text("n = 6"));

  // The title and notes come from the locale's catalog.
  CHECK(data.title.rfind("sv:", 0) == 0);
  CHECK(data.title.find("Arjeplog") != std::string::npos);
  CHECK(data.decimal_point == ',');
}

TEST_CASE("the radar has one axis per dimension, and every text stays inside the chart", "[charts]") {
  for (std::size_t count : {3u, 5u, 6u, 8u}) {
    CAPTURE(count);
    std::vector<std::int64_t> sums;
    for (std::size_t i = 0; i < count; ++i) sums.push_back(static_cast<std::int64_t>(1200 + 500 * i));
    const ChartData data = round_profile_chart(round_with(sums, 5), ProfileBand::None, ChartLocale::english());
    RecordingCanvas canvas;
    const Rect area{10, 20, 640, 420};
    paint_chart(canvas, area, data, ChartKind::Radar, ChartStyle::standard());

    // Spokes: lines that all start at one point (the centre), one per axis.
    std::map<std::pair<double, double>, int> starts;
    for (const auto& s : canvas.shapes)
      if (s.kind == "line") ++starts[{s.points[0].x, s.points[0].y}];
    int spokes = 0;
    for (const auto& [point, n] : starts) spokes = std::max(spokes, n);
    CHECK(spokes == static_cast<int>(count));
    // Every ring, zone and the profile itself has a corner per axis.
    int polygons = 0;
    for (const auto& s : canvas.shapes)
      if (s.kind == "polygon") {
        ++polygons;
        CHECK(s.points.size() == count);
      }
    CHECK(polygons > 0);
    // One dot per dimension with a value.
    CHECK(std::count_if(canvas.shapes.begin(), canvas.shapes.end(),
                        [](const RecordingCanvas::Shape& s) { return s.kind == "circle"; }) ==
          static_cast<long>(count));
    for (const auto& t : canvas.texts) {
      CAPTURE(t.text);
      CHECK(t.top_left.x >= area.x - 1e-6);
      CHECK(t.top_left.x + t.width <= area.right() + 1e-6);
      CHECK(t.top_left.y >= area.y - 1e-6);
      CHECK(t.top_left.y + 1.2 * t.font.size <= area.bottom() + 1e-6);
    }
  }
}

TEST_CASE("the trend chart draws a line per series and breaks it at a missing round", "[charts]") {
  ChartData data;
  data.title = "Trend";
  data.categories = {"2016", "2019", "2022"};
  ChartSeries complete, gap;
  complete.name = "A";
  complete.values = {3.0, 4.0, 5.0};
  gap.name = "B";
  gap.values = {2.0, std::nullopt, 6.0};
  data.series = {complete, gap};
  RecordingCanvas canvas;
  paint_chart(canvas, Rect{0, 0, 800, 450}, data, ChartKind::Lines, ChartStyle::standard());

  std::vector<std::size_t> runs;
  for (const auto& s : canvas.shapes)
    if (s.kind == "polyline" && !s.points.empty()) runs.push_back(s.points.size());
  // The complete series in one run of three points; the other in two
  // single points (nothing bridges the missing round).
  CHECK(std::count(runs.begin(), runs.end(), 3u) == 1);
  CHECK(std::count(runs.begin(), runs.end(), 1u) == 2);
  // Points on one value scale: equal steps in value are equal steps in y.
  std::vector<double> ys;
  for (const auto& s : canvas.shapes)
    if (s.kind == "polyline" && s.points.size() == 3)
      for (const auto& p : s.points) ys.push_back(p.y);
  REQUIRE(ys.size() == 3);
  CHECK(ys[0] - ys[1] == Approx(ys[1] - ys[2]));
  CHECK(ys[0] > ys[1]);  // higher values further up
}

TEST_CASE("chart text is cut between characters and a mean is cut, not rounded", "[charts]") {
  RecordingCanvas canvas;
  canvas.set_font({10, false}, {});
  const std::string word = "Övertorneå-Överkalix";
  const std::string cut = elide(canvas, word, 60);
  CHECK(canvas.text_size(cut).width <= 60);
  CHECK(cut.size() >= 3);
  CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
  // A valid UTF-8 prefix: the text before "…" is where `word` starts.
  CHECK(word.compare(0, cut.size() - 3, cut, 0, cut.size() - 3) == 0);
  const TextBlock block = wrap_text(canvas, "Kunskap om frågan i samhället", 100, 2);
  CHECK(block.lines.size() <= 2);
  for (const auto& line : block.lines) CHECK(canvas.text_size(line).width <= 100);
  CHECK(score_text(4.999, ',') == "4,99");
  CHECK(score_text(4.999, '.') == "4.99");
}

// Review item 9: the window draws a round's profile with lowest–highest
// whiskers, a report with 95% intervals; the two pictures must not share a
// title, and each title names the whiskers its legend explains.
TEST_CASE("a round profile's title says what its whiskers show, so different whiskers never share a title",
          "[charts]") {
  const RoundResult result = round_with({2850, 2250, 2650, 2450, 1799, 5100}, 6);
  const ChartData range = round_profile_chart(result, ProfileBand::Range, ChartLocale::english());
  const ChartData interval = round_profile_chart(result, ProfileBand::Interval95, ChartLocale::english());
  const ChartData none = round_profile_chart(result, ProfileBand::None, ChartLocale::english());
  CHECK(range.title != interval.title);
  CHECK(range.title != none.title);
  CHECK(interval.title != none.title);
  const auto has_note = [](const ChartData& c, const std::string& text) {
    return std::find(c.notes.begin(), c.notes.end(), text) != c.notes.end();
  };
  CHECK(range.title.find("lowest to highest score") != std::string::npos);
  CHECK(has_note(range, "Whiskers: lowest to highest score"));
  CHECK(interval.title.find("95% interval") != std::string::npos);
  CHECK(has_note(interval, "Whiskers and bands: 95% interval of the mean"));
  CHECK(none.title == "Arjeplog 2022: readiness by dimension");
  // In every language: the title is its own msgid per kind of whisker.
  const ChartData sv_range = round_profile_chart(result, ProfileBand::Range, swedish_like());
  const ChartData sv_interval = round_profile_chart(result, ProfileBand::Interval95, swedish_like());
  CHECK(sv_range.title.rfind("sv:", 0) == 0);
  CHECK(sv_range.title != sv_interval.title);
}
