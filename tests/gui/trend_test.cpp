// The trend page end to end: one demo municipality across 2019 and 2022,
// every mean, interval and change verdict read against
// `readiness-cli trend --json`, the table's change marks, the chart, and
// several municipalities on one axis.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <wx/dataview.h>
#include <wx/menu.h>

#include "app/app_language.h"
#include "charts/chart_panel.h"
#include "cli_json.h"
#include "gui_test_util.h"
#include "mean_format.h"
#include "number_oracle.h"
#include "pages/page_compare.h"
#include "pages/page_trend.h"
#include "models/trend_list_model.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

std::string cell(const TrendListModel& model, unsigned row, unsigned col) {
  wxVariant value;
  model.GetValueByRow(value, row, col);
  return value.GetString().utf8_string();
}

void check_estimate(const Estimate& e, const nlohmann::json& cli, const char* mean_key) {
  REQUIRE(e.mean);
  CHECK(same_number(machine_mean(*e.mean), cli[mean_key]));
  CHECK(e.stage == cli["stage"].get<int>());
  CHECK(e.n == cli["n"].get<int>());
  REQUIRE(e.interval);
  CHECK(same_number(machine_fixed(e.interval->low, 4), cli["ci95"]["low"]));
  CHECK(same_number(machine_fixed(e.interval->high, 4), cli["ci95"]["high"]));
}

void check_change(const Change& c, const nlohmann::json& cli) {
  CHECK(std::string(to_string(c.verdict)) == cli["verdict"].get<std::string>());
  REQUIRE(c.difference);
  CHECK(same_number(machine_fixed(*c.difference, 4), cli["difference"]));
  if (c.threshold) CHECK(same_number(machine_fixed(*c.threshold, 4), cli["threshold"]));
  CHECK(c.stage_changed == cli["stage_changed"].get<bool>());
  CHECK(c.stage_change_within_noise == cli["stage_change_within_noise"].get<bool>());
}

}  // namespace

TEST_CASE("the trend page shows readiness-cli trend's numbers for a demo municipality, 2019 to 2022", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const int id = window->GetMenuBar()->FindMenuItem("View", "Trend over rounds...");
  REQUIRE(id != wxNOT_FOUND);
  wxCommandEvent menu(wxEVT_MENU, id);
  window->ProcessWindowEvent(menu);
  yield_a_bit();
  PageTrend* page = window->trend_page();
  REQUIRE(window->current_page() == page);

  // Piteå across 2019 and 2022.
  const Project& project = window->document()->project();
  const auto pitea = std::find_if(project.communities.begin(), project.communities.end(),
                                  [](const Community& c) { return c.name == "Piteå"; });
  REQUIRE(pitea != project.communities.end());
  page->select_communities({pitea->id});
  page->select_periods({"2019", "2022"});
  REQUIRE(page->trends().size() == 1);
  const Trend& trend = page->trends()[0];
  CHECK(trend.community_name == "Piteå");
  CHECK(trend.mode == Mode::Interview);
  REQUIRE(trend.points.size() == 2);
  CHECK(trend.points[0].label == "2019");
  CHECK(trend.points[1].label == "2022");

  const auto cli = run_cli_json("trend " + test_platform::shell_quote(scratch.demo) + " --community " + pitea->code);
  REQUIRE(cli["trends"].size() == 1);
  const auto& expected = cli["trends"][0];
  CHECK(expected["community"].get<std::string>() == "Piteå");
  REQUIRE(expected["dimensions"].size() == trend.dimensions.size());
  CHECK(expected["dropped_dimensions"].empty());
  CHECK(trend.dropped_dimensions.empty());
  CHECK(expected["other_mode_split"].get<bool>() == trend.other_mode_split);

  for (std::size_t p = 0; p < 2; ++p) {
    const auto& point = expected["points"][p];
    INFO("round " << trend.points[p].label);
    CHECK(point["round"].get<std::string>() == trend.points[p].label);
    CHECK(point["scored_interviews"].get<int>() == trend.points[p].scored_interviews);
    for (std::size_t d = 0; d < trend.dimensions.size(); ++d) {
      INFO("dimension " << trend.dimensions[d]);
      check_estimate(trend.points[p].dimensions[d], point["dimensions"][d], "mean");
    }
    check_estimate(trend.points[p].overall, point["overall"], "score");
  }
  REQUIRE(trend.steps.size() == 1);
  const auto& change = expected["changes"][0];
  for (std::size_t d = 0; d < trend.dimensions.size(); ++d) {
    INFO("dimension " << trend.dimensions[d]);
    check_change(trend.steps[0].dimensions[d], change["dimensions"][d]);
  }
  check_change(trend.steps[0].overall, change["overall"]);

  // The table: 2019, the change, 2022 — with the CLI's marks.
  const TrendListModel& model = page->model();
  REQUIRE(model.GetCount() == 3);
  CHECK(cell(model, 0, model.community_column()) == "Piteå");
  CHECK(cell(model, 0, model.round_column()) == "2019");
  CHECK(cell(model, 1, model.round_column()) == "2019 → 2022");
  CHECK(cell(model, 2, model.round_column()) == "2022");
  // The mean cut and the half width rounded at two decimals, worked out from
  // the CLI's JSON in integers (number_oracle.h), not with mean_format.
  const auto& cli_2019 = expected["points"][0];
  CHECK(cell(model, 0, model.overall_column()) ==
        overall_mean_cut(cli_2019["dimensions"], 2) + " ±" + half_width_rounded_2(cli_2019["overall"]["ci95"]));
  for (std::size_t d = 0; d <= trend.dimensions.size(); ++d) {
    const unsigned col = d < trend.dimensions.size() ? model.dimension_column(d) : model.overall_column();
    const auto& cli_change = d < trend.dimensions.size() ? change["dimensions"][d] : change["overall"];
    const std::string text = cell(model, 1, col);
    const std::string verdict = cli_change["verdict"].get<std::string>();
    const double difference = cli_change["difference"].get<double>();
    INFO(text);
    if (verdict == "beyond_noise") CHECK(text.rfind(difference < 0 ? "↓" : "↑", 0) == 0);
    if (verdict == "within_noise") CHECK(text.rfind("≈", 0) == 0);
    if (verdict == "not_assessable") CHECK(text.rfind("?", 0) == 0);
    const bool flagged = text.size() >= 2 && text.compare(text.size() - 2, 2, " !") == 0;
    CHECK(flagged == cli_change["stage_change_within_noise"].get<bool>());
  }
  // The verdict in words, and the stage change within noise flagged.
  CHECK(page->verdicts().Contains("Piteå, overall 2019 → 2022"));
  if (change["overall"]["stage_change_within_noise"].get<bool>())
    CHECK(page->verdicts().Contains("the stage changed, but within the noise"));
  CHECK(page->notices().Contains("Key-respondent interviews only"));

  // One municipality: a line per dimension and the overall score, with bands.
  const ChartData& chart = page->chart()->data();
  CHECK(page->chart()->kind() == ChartKind::Lines);
  REQUIRE(chart.series.size() == trend.dimensions.size() + 1);
  CHECK(chart.categories == std::vector<std::string>{"2019", "2022"});
  const ChartSeries& overall = chart.series.back();
  CHECK(overall.emphasised);
  REQUIRE(overall.band.size() == 2);
  REQUIRE(overall.band[1]);
  CHECK(overall.band[1]->first == Approx(expected["points"][1]["overall"]["ci95"]["low"].get<double>()).margin(5e-5));
  CHECK(overall.band[1]->second == Approx(expected["points"][1]["overall"]["ci95"]["high"].get<double>()).margin(5e-5));
}

TEST_CASE("the trend page puts several municipalities on one axis, one mode only", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  window->show_trend(RoundSelection{});
  yield_a_bit();
  PageTrend* page = window->trend_page();
  REQUIRE(window->current_page() == page);
  // The default: the first municipality over every period.
  REQUIRE(page->trends().size() == 1);
  CHECK(page->trends()[0].points.size() == 2);

  std::vector<std::string> all;
  for (const auto& c : window->document()->project().communities) all.push_back(c.id);
  page->select_communities(all);
  REQUIRE(page->trends().size() == 4);
  for (const Trend& t : page->trends()) {
    CHECK(t.mode == Mode::Interview);
    CHECK(t.dimensions == page->trends()[0].dimensions);
  }
  // Rows: per municipality 2019, change, 2022.
  CHECK(page->model().GetCount() == 12);
  // The chart shows every municipality's overall score; one can be picked.
  CHECK(page->chart()->data().series.size() == 4);
  // Titles carry the periods, for a chart pasted on a slide.
  CHECK(page->chart()->data().title.find("2019, 2022") != std::string::npos);
  page->select_chart(2);
  CHECK(page->chart()->data().series.size() == page->trends()[1].dimensions.size() + 1);
  CHECK(page->chart()->data().title.find(page->trends()[1].community_name) != std::string::npos);
  CHECK(page->chart()->data().title.find("2019, 2022") != std::string::npos);
  CHECK(page->notices().Contains("every line follows the same dimensions"));
}

TEST_CASE("switching the language keeps the compare and trend pages with their picks", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto switch_to = [&](const wxString& item) { switch_language(window, item); };

  window->show_compare();
  const std::string first = window->compare_page()->choices().front().community_ids.front();
  window->compare_page()->select_periods({"2019"});
  window->compare_page()->select_communities({first});
  switch_to(wxString::FromUTF8("Svenska"));
  REQUIRE(window->current_page() == window->compare_page());
  REQUIRE(window->compare_page()->table());
  CHECK(window->compare_page()->selection().labels == std::vector<std::string>{"2019"});
  CHECK(window->compare_page()->selection().community_ids == std::vector<std::string>{first});
  CHECK(window->compare_page()->table()->rows.size() == 1);

  RoundSelection trend = window->compare_page()->selection();
  trend.labels.clear();
  window->show_trend(trend);
  switch_to("English");
  REQUIRE(window->current_page() == window->trend_page());
  REQUIRE(window->trend_page()->trends().size() == 1);
  CHECK(window->trend_page()->trends()[0].community_id == first);
  CHECK(window->trend_page()->trends()[0].points.size() == 2);
  set_language_setting("");
}
