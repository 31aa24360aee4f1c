// The chart module: each kind drawn into bitmaps at small and large sizes
// and at 1× and 2×, checked on its pixels; PNG and SVG files; presentation
// mode; the panel's commands; and the adapters from scoring's results.
//
// Set READINESS_CHART_PNG_DIR to also write Swedish example pictures there
// (docs/chart-*.png are made this way).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <wx/clipbrd.h>
#include <wx/dcmemory.h>
#include <wx/frame.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/tglbtn.h>

#include "app/app_language.h"
#include "charts/wx_chart_canvas.h"
#include "chart_painter.h"
#include "charts/chart_panel.h"
#include "charts/chart_render.h"
#include "gui_test_util.h"
#include "uncertainty.h"

using namespace readiness;
using namespace readiness::gui;

namespace {

// Six dimensions of a Swedish round, one missing, with spread.
ChartData swedish_profile() {
  ChartData data;
  data.title = "Luleå 2022: beredskap per dimension";
  data.categories = {"A Samhällets insatser", "B Kunskap om insatserna", "C Ledarskap",
                     "D Klimatet i samhället", "E Kunskap om frågan", "F Resurser för frågan"};
  data.short_categories = {"A", "B", "C", "D", "E", "F"};
  ChartSeries series;
  series.name = "Luleå 2022";
  series.values = {5.25, 4.5, 3.75, 6.0, 2.83, 4.08};
  series.band = {std::pair(4.1, 6.4), std::pair(3.6, 5.4), std::pair(2.5, 5.0),
                 std::pair(5.2, 6.8), std::pair(1.9, 3.8), std::pair(3.2, 5.0)};
  series.n = {6, 6, 5, 6, 6, 6};
  data.series.push_back(series);
  data.notes = {"n = 6 intervjuer", "Totalt 4,40, stadium 4 (Förplanering)",
                "Morrhår: 95 % intervall för medelvärdet", "Preliminärt: konsensus saknas"};
  return data;
}

ChartData swedish_comparison() {
  ChartData data;
  data.title = "Alkohol bland unga — Nyckelpersonsintervjuer, Norrbotten 2022";
  data.categories = swedish_profile().categories;
  data.short_categories = swedish_profile().short_categories;
  const char* names[] = {"Luleå", "Piteå", "Kiruna", "Älvsbyn"};
  const double base[] = {4.4, 5.1, 3.6, 2.9};
  for (int s = 0; s < 4; ++s) {
    ChartSeries series;
    series.name = names[s];
    for (int i = 0; i < 6; ++i) {
      const double v = base[s] + 0.9 * std::sin(i * 1.3 + s);
      series.values.push_back(s == 3 && i == 4 ? std::nullopt : std::optional(v));
      series.band.push_back(std::pair(v - 0.7, v + 0.7));
      series.n.push_back(4 + s % 3);
    }
    data.series.push_back(series);
  }
  data.notes = {"Morrhår: 95 % intervall för medelvärdet", "Älvsbyn: E saknar konsensus"};
  return data;
}

ChartData swedish_trend() {
  ChartData data;
  data.title = "Luleå över tid: Alkohol bland unga";
  data.categories = {"2016", "2019", "2022"};
  const char* names[] = {"A Samhällets insatser", "B Kunskap om insatserna", "C Ledarskap",
                         "D Klimatet i samhället", "E Kunskap om frågan", "F Resurser för frågan"};
  for (int k = 0; k < 6; ++k) {
    ChartSeries series;
    series.name = names[k];
    for (int i = 0; i < 3; ++i) {
      const double v = 2.6 + 0.55 * k * 0.5 + 0.8 * i + 0.3 * std::cos(k + i);
      series.values.push_back(k == 2 && i == 0 ? std::nullopt : std::optional(v));
      series.band.push_back(std::pair(v - 0.6, v + 0.6));
      series.n.push_back(6);
    }
    data.series.push_back(series);
  }
  ChartSeries overall;
  overall.name = "Totalt";
  overall.emphasised = true;
  overall.values = {3.4, 4.1, 5.0};
  overall.band = {std::pair(2.9, 3.9), std::pair(3.6, 4.6), std::pair(4.5, 5.5)};
  data.series.push_back(overall);
  data.notes = {"Band och morrhår: 95 % intervall för medelvärdet", "Totalt 2016 → 2019: +0,70, inom bruset",
                "Totalt 2019 → 2022: +0,90, utöver bruset", "Preliminärt: 2022"};
  return data;
}

struct PixelStats {
  double non_white = 0;   // share of pixels that are not background
  int near_colour = 0;    // pixels within a small distance of `colour`
};

PixelStats pixel_stats(const wxBitmap& bitmap, const wxColour& colour) {
  const wxImage image = bitmap.ConvertToImage();
  PixelStats stats;
  long non_white = 0;
  const unsigned char* p = image.GetData();
  const long pixels = static_cast<long>(image.GetWidth()) * image.GetHeight();
  for (long i = 0; i < pixels; ++i, p += 3) {
    if (p[0] < 245 || p[1] < 245 || p[2] < 245) ++non_white;
    if (std::abs(p[0] - colour.Red()) + std::abs(p[1] - colour.Green()) + std::abs(p[2] - colour.Blue()) < 24)
      ++stats.near_colour;
  }
  stats.non_white = static_cast<double>(non_white) / static_cast<double>(pixels);
  return stats;
}

// The rows from the top down to the first row without ink below the title
// start: how tall the title is drawn.
int title_ink_height(const wxBitmap& bitmap, const wxColour& title_colour) {
  const wxImage image = bitmap.ConvertToImage();
  int first = -1, last = -1;
  for (int y = 0; y < image.GetHeight() / 3; ++y) {
    bool ink = false;
    for (int x = 0; x < image.GetWidth() && !ink; ++x)
      ink = std::abs(image.GetRed(x, y) - title_colour.Red()) + std::abs(image.GetGreen(x, y) - title_colour.Green()) +
                std::abs(image.GetBlue(x, y) - title_colour.Blue()) < 40;
    if (ink && first < 0) first = y;
    if (ink) last = y;
  }
  return first < 0 ? 0 : last - first + 1;
}

// Enough of XML to know a file is well formed: every element closed in
// order, comments, declarations and quoted attributes skipped.
bool well_formed_xml(const std::string& text) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while ((i = text.find('<', i)) != std::string::npos) {
    if (text.compare(i, 4, "<!--") == 0) {
      i = text.find("-->", i);
      if (i == std::string::npos) return false;
      continue;
    }
    std::size_t end = i + 1;
    char quote = 0;
    for (; end < text.size(); ++end) {
      if (quote) {
        if (text[end] == quote) quote = 0;
      } else if (text[end] == '"' || text[end] == '\'') {
        quote = text[end];
      } else if (text[end] == '>') {
        break;
      }
    }
    if (end >= text.size()) return false;
    const std::string tag = text.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
    if (tag.back() == '/') continue;
    const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" \t\r\n") - (tag[0] == '/' ? 1 : 0));
    if (tag[0] == '/') {
      if (open.empty() || open.back() != name) return false;
      open.pop_back();
    } else {
      open.push_back(name);
    }
  }
  return open.empty();
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() / ("readiness-chart-" + std::to_string(getpid()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

DimensionResult dimension(const std::string& code, const std::string& name, int n, std::int64_t sum, double sd,
                          int min, int max) {
  DimensionResult d;
  d.code = code;
  d.name = name;
  d.n = n;
  d.mean = ExactMean::of_sum(sum, n);
  d.stage = d.mean->stage();
  d.sd = sd;
  d.min = min;
  d.max = max;
  return d;
}

RoundResult hand_made_round() {
  RoundResult r;
  r.round_id = "r1";
  r.community_id = "c1";
  r.community_name = "Luleå";
  r.label = "2022";
  r.interviews = 6;
  r.scored_interviews = 6;
  r.dimensions = {dimension("A", "Samhällets insatser", 6, 3150, 0.8, 400, 650),
                  dimension("B", "Ledarskap", 4, 1800, 0.5, 400, 500),
                  dimension("C", "Klimatet", 1, 300, 0.0, 300, 300)};
  r.provisional = true;
  return r;
}

}  // namespace

TEST_CASE("every chart kind draws its data at small and large sizes, at 1x and 2x", "[gui][chart]") {
  const ChartData data = swedish_comparison();
  for (ChartKind kind : {ChartKind::Radar, ChartKind::Bars, ChartKind::Lines}) {
    for (wxSize size : {wxSize(400, 300), wxSize(1600, 1000)}) {
      for (double scale : {1.0, 2.0}) {
        CAPTURE(static_cast<int>(kind), size.x, scale);
        const wxBitmap bitmap = render_chart_bitmap(data, kind, ChartStyle::standard(), size, scale);
        REQUIRE(bitmap.IsOk());
        CHECK(bitmap.GetWidth() == static_cast<int>(size.x * scale));
        CHECK(bitmap.GetHeight() == static_cast<int>(size.y * scale));
        const PixelStats stats = pixel_stats(bitmap, wx_colour(ChartStyle::series_colour(0)));
        // The plot is drawn, not just a frame: at least 1.5% of the picture
        // is ink, and the first series' colour is on it.
        CHECK(stats.non_white > 0.015);
        CHECK(stats.near_colour > 30 * scale * scale);
      }
    }
  }
}

TEST_CASE("an empty chart draws its title and nothing breaks", "[gui][chart]") {
  ChartData data;
  data.title = "Ingen data";
  for (ChartKind kind : {ChartKind::Radar, ChartKind::Bars, ChartKind::Lines}) {
    const wxBitmap bitmap = render_chart_bitmap(data, kind, ChartStyle::standard(), wxSize(400, 300), 1);
    REQUIRE(bitmap.IsOk());
    CHECK(title_ink_height(bitmap, wx_colour(ChartStyle::standard().title_colour)) > 5);
  }
}

TEST_CASE("presentation mode draws larger type", "[gui][chart]") {
  const ChartStyle normal = ChartStyle::standard();
  const ChartStyle slides = ChartStyle::for_presentation();
  wxBitmap scratch(10, 10);
  wxMemoryDC dc(scratch);
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  GraphicsChartCanvas canvas(*gc);
  const std::string sample = "Klimatet i samhället";
  for (auto font : {&ChartStyle::title_font, &ChartStyle::label_font, &ChartStyle::small_font}) {
    canvas.set_font((normal.*font)(), charts::Colour{});
    const charts::TextSize small = canvas.text_size(sample);
    canvas.set_font((slides.*font)(), charts::Colour{});
    const charts::TextSize large = canvas.text_size(sample);
    CHECK(large.width > small.width * 1.3);
    CHECK(large.height > small.height * 1.3);
  }
  const ChartData data = swedish_profile();
  const int normal_title = title_ink_height(render_chart_bitmap(data, ChartKind::Bars, normal, {800, 500}, 1),
                                            wx_colour(normal.title_colour));
  const int slides_title = title_ink_height(render_chart_bitmap(data, ChartKind::Bars, slides, {800, 500}, 1),
                                            wx_colour(slides.title_colour));
  CHECK(slides_title > normal_title);
}

TEST_CASE("a chart saves as PNG of the asked size and as SVG with its text", "[gui][chart]") {
  TempDir dir;
  const ChartData data = swedish_profile();
  for (ChartKind kind : {ChartKind::Radar, ChartKind::Bars, ChartKind::Lines}) {
    const auto png = dir.path / "chart.png";
    REQUIRE(save_chart_png(wxString(png.string()), data, kind, ChartStyle::standard(), wxSize(640, 400), 2));
    wxImage image;
    REQUIRE(image.LoadFile(wxString(png.string()), wxBITMAP_TYPE_PNG));
    CHECK(image.GetWidth() == 1280);
    CHECK(image.GetHeight() == 800);

    const auto svg = dir.path / "chart.svg";
    REQUIRE(save_chart_svg(wxString(png.string()).BeforeLast('.') + ".svg", data, kind, ChartStyle::standard(),
                           wxSize(640, 400)));
    const std::string text = read_text(svg);
    CHECK(well_formed_xml(text));
    CHECK(text.find("<svg") != std::string::npos);
    // Text stays text: the title (with å) and a category are searchable.
    CHECK(text.find("beredskap per dimension") != std::string::npos);
    CHECK(text.find("Luleå") != std::string::npos);
    CHECK(text.find("Samhällets") != std::string::npos);
  }
}

TEST_CASE("the chart panel paints, toggles presentation mode and copies", "[gui][chart]") {
  auto* frame = new wxFrame(nullptr, wxID_ANY, "chart", wxPoint(0, 0), wxSize(900, 650));
  auto* panel = new ChartPanel(frame, ChartKind::Radar);
  panel->set_data(swedish_profile());
  frame->Show();
  testing::yield_a_bit();

  CHECK(panel->kind() == ChartKind::Radar);
  CHECK(panel->chart_size().x > 400);
  CHECK_FALSE(panel->presentation());
  // The toggle button, as a click would.
  auto* toggle = wxDynamicCast(panel->FindWindow(ChartPanel::kPresentation), wxToggleButton);
  REQUIRE(toggle);
  toggle->SetValue(true);
  wxCommandEvent click(wxEVT_TOGGLEBUTTON, ChartPanel::kPresentation);
  click.SetEventObject(toggle);
  toggle->GetEventHandler()->ProcessEvent(click);
  CHECK(panel->presentation());
  CHECK(panel->style().text_scale == ChartStyle::kPresentationScale);
  // The context menu's check item flips it back.
  wxCommandEvent menu(wxEVT_MENU, ChartPanel::kPresentation);
  panel->GetEventHandler()->ProcessEvent(menu);
  CHECK_FALSE(panel->presentation());
  CHECK_FALSE(toggle->GetValue());

  const wxBitmap bitmap = panel->render_bitmap(panel->chart_size(), 2);
  REQUIRE(bitmap.IsOk());
  CHECK(bitmap.GetWidth() == panel->chart_size().x * 2);
  CHECK(panel->copy_to_clipboard());
  panel->set_kind(ChartKind::Lines);
  testing::yield_a_bit();
  CHECK(panel->kind() == ChartKind::Lines);
  frame->Destroy();
  testing::yield_a_bit();
}

TEST_CASE("twelve series get twelve colours that stay apart", "[gui][chart]") {
  REQUIRE(ChartStyle::kSeriesColours == 12);
  // Far enough apart to tell on a legend (sum of channel differences), and
  // none so pale that it vanishes on the white background.
  for (std::size_t a = 0; a < ChartStyle::kSeriesColours; ++a) {
    const wxColour ca = wx_colour(ChartStyle::series_colour(a));
    CAPTURE(a);
    CHECK(ca.Red() + ca.Green() + ca.Blue() < 3 * 200);
    for (std::size_t b = a + 1; b < ChartStyle::kSeriesColours; ++b) {
      const wxColour cb = wx_colour(ChartStyle::series_colour(b));
      CAPTURE(b);
      CHECK(std::abs(ca.Red() - cb.Red()) + std::abs(ca.Green() - cb.Green()) + std::abs(ca.Blue() - cb.Blue()) >= 80);
    }
  }
  CHECK(ChartStyle::series_colour(ChartStyle::kSeriesColours) == ChartStyle::series_colour(0));
}

TEST_CASE("a long legend leaves the plot its room, also in presentation mode", "[gui][chart]") {
  // Twelve municipalities in two periods: 24 legend entries, one
  // dimension; the first series high (8.5), the others low.
  ChartData data;
  data.title = "Alkohol bland unga — Nyckelpersonsintervjuer, 2019, 2022";
  data.categories = {"A Samhällets insatser"};
  data.short_categories = {"A"};
  data.notes = {"Morrhår: 95 % intervall för medelvärdet"};
  for (int s = 0; s < 24; ++s) {
    ChartSeries series;
    series.name = "Kommun nummer " + std::to_string(s / 2 + 1) + (s % 2 ? " 2022" : " 2019");
    series.values = {s == 0 ? 8.5 : 1.5};
    series.n = {6};
    data.series.push_back(series);
  }
  for (const ChartStyle& style : {ChartStyle::standard(), ChartStyle::for_presentation()}) {
    CAPTURE(style.presentation);
    const wxBitmap bitmap = render_chart_bitmap(data, ChartKind::Bars, style, wxSize(600, 260), 1);
    REQUIRE(bitmap.IsOk());
    // The first series' bars are drawn: the plot got space, not just the legend.
    const wxImage image = bitmap.ConvertToImage();
    const wxColour colour = wx_colour(ChartStyle::series_colour(0));
    int rows_with_bar = 0;
    for (int y = 0; y < image.GetHeight(); ++y) {
      int run = 0;
      for (int x = 0; x < image.GetWidth(); ++x) {
        const bool alike = std::abs(image.GetRed(x, y) - colour.Red()) + std::abs(image.GetGreen(x, y) - colour.Green()) +
                              std::abs(image.GetBlue(x, y) - colour.Blue()) < 24;
        run = alike ? run + 1 : 0;
        if (run >= 3) {
          ++rows_with_bar;
          break;
        }
      }
    }
    // The first bar (7.5 of the scale's 8 steps) is over a quarter of the
    // chart's height: the legend did not take the plot's room.
    CHECK(rows_with_bar > 260 / 4);
  }
  // Presentation type shrinks in a small chart, never below the standard size.
  const ChartStyle small = fit_style(ChartStyle::for_presentation(), charts::Rect{0, 0, 600, 260});
  CHECK(small.text_scale >= 1.0);
  CHECK(small.text_scale < ChartStyle::kPresentationScale);
  const wxSize export_size = ChartPanel::export_size();
  CHECK(fit_style(ChartStyle::for_presentation(), charts::Rect{0, 0, static_cast<double>(export_size.x), static_cast<double>(export_size.y)}).text_scale ==
        ChartStyle::kPresentationScale);
}

TEST_CASE("copied and saved charts have one size whatever the window", "[gui][chart]") {
  auto* frame = new wxFrame(nullptr, wxID_ANY, "chart", wxPoint(0, 0), wxSize(500, 330));
  auto* panel = new ChartPanel(frame, ChartKind::Lines);
  panel->set_data(swedish_trend());
  frame->Show();
  testing::yield_a_bit();
  // Never squeezed below a readable height, even in a small window.
  CHECK(panel->chart_window()->GetSize().y >= panel->FromDIP(ChartPanel::kMinHeight));
  CHECK(panel->chart_size().x < ChartPanel::export_size().x);

  REQUIRE(panel->copy_to_clipboard());
  wxBitmap copied;
  {
    wxClipboardLocker lock;
    REQUIRE(!!lock);
    wxBitmapDataObject object;
    REQUIRE(wxTheClipboard->GetData(object));
    copied = object.GetBitmap();
  }
  REQUIRE(copied.IsOk());
  CHECK(copied.GetWidth() == static_cast<int>(ChartPanel::export_size().x * ChartPanel::kExportScale));
  CHECK(copied.GetHeight() == static_cast<int>(ChartPanel::export_size().y * ChartPanel::kExportScale));
  CHECK(ChartPanel::export_size() == wxSize(1200, 700));
  CHECK(ChartPanel::kExportScale == 2.0);
  frame->Destroy();
  testing::yield_a_bit();
}

TEST_CASE("adapters turn a round result into a dimension profile", "[gui][chart]") {
  const RoundResult round = hand_made_round();
  SECTION("categories are code and name, values the means with n") {
    const ChartData chart = round_profile_chart(round, ProfileBand::Range);
    REQUIRE(chart.categories == std::vector<std::string>{"A Samhällets insatser", "B Ledarskap", "C Klimatet"});
    CHECK(chart.short_categories == std::vector<std::string>{"A", "B", "C"});
    REQUIRE(chart.series.size() == 1);
    const ChartSeries& s = chart.series.front();
    CHECK(s.values[0] == Approx(5.25));
    CHECK(s.values[1] == Approx(4.5));
    CHECK(s.n == std::vector<int>{6, 4, 1});
    REQUIRE(s.band[0]);
    CHECK(s.band[0]->first == Approx(4.0));
    CHECK(s.band[0]->second == Approx(6.5));
    CHECK(chart.title.find("Luleå") != std::string::npos);
    CHECK(std::find(chart.notes.begin(), chart.notes.end(), "Provisional: consensus missing") != chart.notes.end());
  }
  SECTION("the 95% band is scoring's interval, none for n = 1") {
    const ChartData chart = round_profile_chart(round, ProfileBand::Interval95);
    const ChartSeries& s = chart.series.front();
    const auto expected = dimension_interval(round.dimensions[0]);
    REQUIRE(expected);
    REQUIRE(s.band[0]);
    CHECK(s.band[0]->first == Approx(expected->low));
    CHECK(s.band[0]->second == Approx(expected->high));
    CHECK_FALSE(s.band[2]);
  }
  SECTION("two rounds share only their common dimensions, the earlier dashed") {
    RoundResult earlier = round;
    earlier.label = "2019";
    earlier.dimensions.pop_back();
    earlier.dimensions[0].mean = ExactMean::of_sum(2400, 6);
    const ChartData chart = round_change_chart(earlier, round);
    CHECK(chart.categories.size() == 2);
    REQUIRE(chart.series.size() == 2);
    CHECK(chart.series[0].dashed);
    CHECK(chart.series[0].name == "2019");
    CHECK(chart.series[0].values[0] == Approx(4.0));
    CHECK(chart.series[1].values[0] == Approx(5.25));
    earlier.mode = Mode::SelfRating;
    CHECK_THROWS_AS(round_change_chart(earlier, round), std::invalid_argument);
  }
}

TEST_CASE("adapters turn a trend into one line per dimension and the overall", "[gui][chart]") {
  Trend trend;
  trend.community_name = "Luleå";
  trend.issue = "Alkohol bland unga";
  trend.dimensions = {"A", "B"};
  for (int i = 0; i < 2; ++i) {
    TrendPoint point;
    point.label = i == 0 ? "2019" : "2022";
    Estimate a;
    a.mean = ExactMean::of_sum(i == 0 ? 1800 : 2100, 4);  // 4.50, 5.25
    a.n = 4;
    a.interval = Interval{3.9, 5.1 + i};
    Estimate b;  // no score in 2019
    if (i == 1) {
      b.mean = ExactMean::of_sum(1600, 4);
      b.n = 4;
    }
    point.dimensions = {a, b};
    point.overall.mean = ExactMean::of_sum(i == 0 ? 450 : 462, 1);
    point.overall.n = 4;
    trend.points.push_back(point);
  }
  TrendStep step;
  step.from_label = "2019";
  step.to_label = "2022";
  step.overall.verdict = ChangeVerdict::WithinNoise;
  step.overall.difference = 0.12;
  trend.steps.push_back(step);

  const ChartData chart = trend_chart(trend, {{"A", "Samhällets insatser"}});
  CHECK(chart.categories == std::vector<std::string>{"2019", "2022"});
  REQUIRE(chart.series.size() == 3);
  CHECK(chart.series[0].name == "A Samhällets insatser");
  CHECK(chart.series[1].name == "B");
  CHECK(chart.series[0].values[1] == Approx(5.25));
  REQUIRE(chart.series[0].band[1]);
  CHECK(chart.series[0].band[1]->second == Approx(6.1));
  CHECK_FALSE(chart.series[1].values[0]);
  CHECK(chart.series[2].emphasised);
  CHECK(chart.series[2].values[1] == Approx(4.62));
  const bool noted = std::any_of(chart.notes.begin(), chart.notes.end(), [](const std::string& note) {
    return note.find("+0.12") != std::string::npos && note.find("within the noise") != std::string::npos;
  });
  CHECK(noted);
}

TEST_CASE("example charts in Swedish for the documentation", "[.chart-examples]") {
  // Hidden unless asked for: writes docs pictures into $READINESS_CHART_PNG_DIR.
  const char* out = std::getenv("READINESS_CHART_PNG_DIR");
  REQUIRE(out);
  setup_language("sv");
  const std::filesystem::path dir(out);
  for (const bool slides : {false, true}) {
    const ChartStyle style = slides ? ChartStyle::for_presentation() : ChartStyle::standard();
    const std::string suffix = slides ? "-slides" : "";
    for (wxSize size : {wxSize(400, 300), wxSize(800, 520), wxSize(1600, 1000)}) {
      const std::string dims = "-" + std::to_string(size.x);
      CHECK(save_chart_png(wxString((dir / ("chart-radar" + dims + suffix + ".png")).string()), swedish_profile(),
                           ChartKind::Radar, style, size, 1));
      CHECK(save_chart_png(wxString((dir / ("chart-bars" + dims + suffix + ".png")).string()), swedish_comparison(),
                           ChartKind::Bars, style, size, 1));
      CHECK(save_chart_png(wxString((dir / ("chart-profile-bars" + dims + suffix + ".png")).string()),
                           swedish_profile(), ChartKind::Bars, style, size, 1));
      CHECK(save_chart_png(wxString((dir / ("chart-trend" + dims + suffix + ".png")).string()), swedish_trend(),
                           ChartKind::Lines, style, size, 1));
      CHECK(save_chart_png(wxString((dir / ("chart-overlay" + dims + suffix + ".png")).string()),
                           swedish_comparison(), ChartKind::Radar, style, size, 1));
    }
    CHECK(save_chart_svg(wxString((dir / ("chart-radar" + suffix + ".svg")).string()), swedish_profile(),
                         ChartKind::Radar, style, wxSize(800, 520)));
  }
  setup_language("en");
}
