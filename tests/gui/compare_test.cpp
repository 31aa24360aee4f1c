// The compare page end to end: the four demo municipalities for 2022 picked
// as a whole county, the table read against `readiness-cli compare --json`,
// sorted by a dimension with a click on its header, the lowest dimensions,
// the charts, and a row opening its trend.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/time.h>
#include <wx/uiaction.h>

#include "charts/chart_panel.h"
#include "cli_json.h"
#include "models/compare_list_model.h"
#include "gui_test_util.h"
#include "widgets/column_fit.h"
#include "text/labels.h"
#include "mean_format.h"
#include "number_oracle.h"
#include "pages/page_compare.h"
#include "pages/page_trend.h"
#include "project_file.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

std::string cell(const CompareListModel& model, unsigned row, unsigned col) {
  wxVariant value;
  model.GetValueByRow(value, row, col);
  return value.GetString().utf8_string();
}

// Clicks a column header of the table with the mouse, as a user would.
// A click on a column header, as a user sorting twice gives it: apart from
// the previous click by more than the double-click time (Windows's header
// makes two quick clicks a double click, which does not sort).
void click_header(wxDataViewCtrl* list, unsigned view_column) {
  static wxLongLong last_click = 0;
  const long apart = wxSystemSettings::GetMetric(wxSYS_DCLICK_MSEC) + 150;
  while (wxGetLocalTimeMillis() - last_click < apart) yield_a_bit(1);
  int x = 0;
  for (unsigned i = 0; i < view_column; ++i) x += list->GetColumn(i)->GetWidth();
  x += list->GetColumn(view_column)->GetWidth() / 2;
  const wxPoint at = list->GetScreenPosition() + wxPoint(x, list->FromDIP(12));
  wxUIActionSimulator sim;
  sim.MouseMove(at);
  yield_a_bit();
  sim.MouseClick();
  last_click = wxGetLocalTimeMillis();
  yield_a_bit(10);
}

void click(wxWindow* window) {
  wxUIActionSimulator sim;
  sim.MouseMove(window->GetScreenRect().GetPosition() + window->GetSize() / 2);
  yield_a_bit();
  sim.MouseClick();
  yield_a_bit(10);
}

// View → Compare communities..., through the menu bar's own item.
void open_compare_page(MainFrame* frame) {
  const int id = frame->GetMenuBar()->FindMenuItem("View", "Compare communities...");
  REQUIRE(id != wxNOT_FOUND);
  wxCommandEvent event(wxEVT_MENU, id);
  frame->ProcessWindowEvent(event);
  yield_a_bit();
}

}  // namespace

TEST_CASE("the compare page shows readiness-cli compare's numbers for the demo county in 2022", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  open_compare_page(window.frame);
  PageCompare* page = window->compare_page();
  REQUIRE(window->current_page() == page);

  // Start from nothing, then the whole county in one click.
  page->select_communities({});
  CHECK_FALSE(page->table());
  CHECK(page->notices().Contains("Pick at least one period and one community"));
  page->select_periods({"2022"});
  click(page->county_button());
  REQUIRE(page->table());
  const ComparisonTable& table = *page->table();
  REQUIRE(table.rows.size() == 4);
  CHECK(table.mode == Mode::Interview);
  CHECK(table.dropped_dimensions.empty());
  CHECK(page->notices().Contains("Key-respondent interviews only"));

  // The same rows, means, n and overall as the command line.
  const auto cli = run_cli_json("compare " + test_platform::shell_quote(scratch.demo));
  REQUIRE(cli["tables"].size() == 1);
  const auto& cli_table = cli["tables"][0];
  std::vector<nlohmann::json> cli_rows;
  for (const auto& row : cli_table["rows"])
    if (row["round"] == "2022") cli_rows.push_back(row);
  REQUIRE(cli_rows.size() == 4);
  REQUIRE(cli_table["dimensions"].size() == table.dimensions.size());

  const CompareListModel& model = page->model();
  REQUIRE(model.GetCount() == 4);
  for (unsigned r = 0; r < 4; ++r) {
    const ComparisonRow* row = model.row_at(r);
    REQUIRE(row);
    const auto& expected = cli_rows[r];  // community order, as the CLI prints
    INFO(row->result.community_name);
    CHECK(row->result.community_name == expected["community"].get<std::string>());
    CHECK(cell(model, r, model.community_column()) == expected["community"].get<std::string>());
    CHECK(row->result.interviews == expected["interviews"].get<int>());
    for (std::size_t d = 0; d < table.dimensions.size(); ++d) {
      const auto& dim = expected["dimensions"][d];
      CHECK(dim["code"].get<std::string>() == table.dimensions[d]);
      REQUIRE(row->means[d]);
      CHECK(same_number(machine_mean(*row->means[d]), dim["mean"]));
      CHECK(row->n[d] == dim["n"].get<int>());
      CHECK(row->means[d]->stage() == dim["stage"].get<int>());
      // On screen: the mean cut at two decimals, and n (number_oracle.h:
      // from the CLI's JSON text, not from mean_format).
      CHECK(cell(model, r, model.dimension_column(d)) ==
            dimension_mean_cut_2(dim) + " (" + std::to_string(dim["n"].get<int>()) + ")");
    }
    REQUIRE(row->common_overall);
    CHECK(same_number(machine_mean(*row->common_overall), expected["overall"]["score"]));
    CHECK(*row->common_overall_stage == expected["overall"]["stage"].get<int>());
    CHECK(cell(model, r, model.overall_column()) == overall_mean_cut(expected["dimensions"], 2));
    CHECK(cell(model, r, model.stage_column()).rfind(std::to_string(*row->common_overall_stage) + " ", 0) == 0);

    // The lowest dimension: the smallest of the CLI's means.
    std::string lowest;
    double low = 10;
    for (const auto& dim : expected["dimensions"])
      if (dim["mean"].get<double>() < low) {
        low = dim["mean"].get<double>();
        lowest = dim["code"].get<std::string>();
      }
    CHECK(cell(model, r, model.lowest_column()).rfind(lowest, 0) == 0);
  }
  CHECK(page->lowest_summary().Contains("2022, 4 communities: lowest on average"));

  // Sort by dimension B with a click on its header; again for descending.
  const std::size_t b = static_cast<std::size_t>(
      std::find(table.dimensions.begin(), table.dimensions.end(), "B") - table.dimensions.begin());
  REQUIRE(b < table.dimensions.size());
  std::vector<std::pair<double, std::string>> by_b;
  for (const auto& row : cli_rows)
    by_b.emplace_back(row["dimensions"][b]["mean"].get<double>(), row["community"].get<std::string>());
  std::sort(by_b.begin(), by_b.end());
  const auto shown_order = [&] {
    std::vector<std::string> names;
    for (unsigned r = 0; r < model.GetCount(); ++r) names.push_back(cell(model, r, model.community_column()));
    return names;
  };
  std::vector<std::string> ascending;
  for (const auto& [mean, name] : by_b) ascending.push_back(name);
  std::vector<std::string> descending(ascending.rbegin(), ascending.rend());
  // Where B is shown (the overall and stage columns come before the dimensions).
  const int b_at = column_position(page->table_view(), model.dimension_column(b));
  REQUIRE(b_at >= 0);
  const auto b_position = static_cast<unsigned>(b_at);

  click_header(page->table_view(), b_position);
  CHECK(model.current_sort().column == ComparisonColumn::Dimension);
  CHECK(model.current_sort().dimension == b);
  CHECK(model.current_sort().ascending);
  CHECK(shown_order() == ascending);
  CHECK(page->table_view()->GetColumn(b_position)->GetTitle() == wxString::FromUTF8("B ▲"));
  click_header(page->table_view(), b_position);
  CHECK_FALSE(model.current_sort().ascending);
  CHECK(shown_order() == descending);
  CHECK(page->table_view()->GetColumn(b_position)->GetTitle() == wxString::FromUTF8("B ▼"));

  // Both charts: one series per municipality over the six dimensions.
  for (ChartPanel* chart : {page->bar_chart(), page->radar_chart()}) {
    REQUIRE(chart->data().series.size() == 4);
    CHECK(chart->data().categories.size() == 6);
    CHECK(chart->data().series[0].name == cli_rows[0]["community"].get<std::string>());
    CHECK(chart->data().series[0].values[b] == Approx(cli_rows[0]["dimensions"][b]["mean"].get<double>()).margin(5e-5));
  }
  CHECK(page->bar_chart()->kind() == ChartKind::Bars);
  CHECK(page->radar_chart()->kind() == ChartKind::Radar);
  const auto png = scratch.dir / "compare-bars.png";
  CHECK(page->bar_chart()->save_png(wxString::FromUTF8(png.string()), wxSize(640, 400), 1.0));
  CHECK(std::filesystem::file_size(png) > 1000);

  // Activating a row opens that municipality's trend.
  const unsigned first = 0;
  const std::string community = model.row_at(first)->result.community_id;
  wxDataViewEvent activate(wxEVT_DATAVIEW_ITEM_ACTIVATED, page->table_view(), model.GetItem(first));
  page->table_view()->ProcessWindowEvent(activate);
  yield_a_bit();
  REQUIRE(window->current_page() == window->trend_page());
  REQUIRE(window->trend_page()->trends().size() == 1);
  CHECK(window->trend_page()->trends()[0].community_id == community);
}

TEST_CASE("the compare page keeps periods apart and says when nothing is picked", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  window->show_compare();
  yield_a_bit();
  PageCompare* page = window->compare_page();
  // Both periods: eight rows, and the county's lowest dimension per period.
  page->select_periods({"2019", "2022"});
  REQUIRE(page->table());
  CHECK(page->table()->rows.size() == 8);
  CHECK(page->lowest_summary().Contains("2019, 4 communities"));
  CHECK(page->lowest_summary().Contains("2022, 4 communities"));
  // The charts say the periods: in the title and in every series' name,
  // and the eight series have eight colours (Arjeplog 2019 is not Älvsbyn 2022).
  for (ChartPanel* chart : {page->bar_chart(), page->radar_chart()}) {
    const ChartData& data = chart->data();
    REQUIRE(data.series.size() == 8);
    CHECK(data.title.find("2019, 2022") != std::string::npos);
    for (const ChartSeries& series : data.series) {
      CAPTURE(series.name);
      CHECK((series.name.size() > 5 && (series.name.substr(series.name.size() - 5) == " 2019" ||
                                         series.name.substr(series.name.size() - 5) == " 2022")));
    }
    for (std::size_t a = 0; a < data.series.size(); ++a)
      for (std::size_t b = a + 1; b < data.series.size(); ++b)
        CHECK(ChartStyle::series_colour(a) != ChartStyle::series_colour(b));
  }
  // Sorting by the overall score puts missing values last and keeps the CLI's numbers.
  page->sort_by({ComparisonColumn::Overall, 0, false});
  const CompareListModel& model = page->model();
  for (unsigned r = 1; r < model.GetCount(); ++r) {
    const auto* a = model.row_at(r - 1);
    const auto* b = model.row_at(r);
    if (a->common_overall && b->common_overall) CHECK_FALSE(*a->common_overall < *b->common_overall);
  }
  page->select_periods({});
  CHECK_FALSE(page->table());
  CHECK(page->bar_chart()->data().series.empty());
}

TEST_CASE("the compare page puts like with like: common dimensions only, one mode per table", "[gui]") {
  Scratch scratch;
  // The demo with its 2019 rounds on a five-dimension instrument (no F)
  // and Älvsbyn 2019 self-rated.
  Project project = load_project(scratch.demo);
  std::string self_rated_community;
  for (Round& round : project.rounds) {
    if (round.label != "2019") continue;
    Instrument& ins = round.instrument;
    ins.id = "cr5-test";
    ins.dimensions.erase(std::remove_if(ins.dimensions.begin(), ins.dimensions.end(),
                                        [](const Dimension& d) { return d.code == "F"; }),
                         ins.dimensions.end());
    for (Question& q : ins.questions)
      if (q.dimension == "F") q.dimension = "E";
    for (Interview& interview : round.interviews) interview.scores.erase("F");
    const Community* c = project.find_community(round.community_id);
    if (c && c->name == "Älvsbyn") {
      round.mode = Mode::SelfRating;
      self_rated_community = c->id;
    }
  }
  REQUIRE_FALSE(self_rated_community.empty());
  const std::string path = (scratch.dir / "mixed.readiness").string();
  save_project(project, path);

  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(path)));
  window->show_compare();
  yield_a_bit();
  PageCompare* page = window->compare_page();
  REQUIRE(page->choices().size() == 2);
  CHECK(page->choices()[0].mode == Mode::Interview);
  CHECK(page->choices()[1].mode == Mode::SelfRating);

  REQUIRE(page->select_choice(page->choices()[0].issue, Mode::Interview));
  page->select_periods({"2019", "2022"});
  REQUIRE(page->table());
  const ComparisonTable& table = *page->table();
  CHECK(table.rows.size() == 7);
  for (const auto& row : table.rows) CHECK(row.result.mode == Mode::Interview);
  CHECK(table.dimensions == std::vector<std::string>{"A", "B", "C", "D", "E"});
  CHECK(table.dropped_dimensions == std::vector<std::string>{"F"});
  CHECK(page->notices().Contains("The instruments differ"));
  CHECK(page->notices().Contains("left out: F."));
  CHECK(page->notices().Contains("other mode"));
  CHECK(page->bar_chart()->data().categories.size() == 5);

  // The whole interview table is the CLI's first table: the same numbers.
  const auto cli = run_cli_json("compare " + test_platform::shell_quote(path));
  REQUIRE(cli["tables"].size() == 2);
  const auto& cli_table = cli["tables"][0];
  CHECK(cli_table["mode"] == "interview");
  CHECK(cli_table["dropped_dimensions"].size() == 1);
  REQUIRE(cli_table["rows"].size() == table.rows.size());
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& expected = cli_table["rows"][r];
    const ComparisonRow& row = table.rows[r];
    CHECK(row.result.community_name == expected["community"].get<std::string>());
    CHECK(row.result.label == expected["round"].get<std::string>());
    for (std::size_t d = 0; d < table.dimensions.size(); ++d)
      CHECK(same_number(machine_mean(*row.means[d]), expected["dimensions"][d]["mean"]));
    REQUIRE(row.common_overall);
    CHECK(same_number(machine_mean(*row.common_overall), expected["overall"]["score"]));
  }

  // The self-rated round is a table of its own.
  REQUIRE(page->select_choice(page->choices()[1].issue, Mode::SelfRating));
  page->select_periods({"2019"});
  REQUIRE(page->table());
  REQUIRE(page->table()->rows.size() == 1);
  CHECK(page->table()->rows[0].result.community_id == self_rated_community);
  CHECK(page->notices().Contains("Self-rated rounds only"));

  // Its interview trend has one round and says the other mode is apart.
  RoundSelection trend;
  trend.issue = page->choices()[0].issue;
  trend.mode = Mode::Interview;
  trend.community_ids = {self_rated_community};
  window->show_trend(trend);
  yield_a_bit();
  PageTrend* trend_page = window->trend_page();
  REQUIRE(window->current_page() == trend_page);
  REQUIRE(trend_page->trends().size() == 1);
  CHECK(trend_page->trends()[0].points.size() == 1);
  CHECK(trend_page->trends()[0].other_mode_split);
  CHECK(trend_page->notices().Contains("other mode are a separate trend"));
  CHECK(trend_page->verdicts().Contains("one round only"));
}

TEST_CASE("the compare and trend pages follow a changed consensus score", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  window->show_compare();
  yield_a_bit();
  PageCompare* page = window->compare_page();
  REQUIRE(page->table());
  const ComparisonRow& before = page->table()->rows[2];
  REQUIRE(before.result.community_name == "Piteå");
  const std::string round_id = before.result.round_id;
  const ExactMean a_before = *before.means[0];

  auto doc = window->document();
  const Round& round = *doc->project().find_round(round_id);
  const std::string interview = round.interviews.front().id;
  doc->set_score({round_id, interview, "A", ScorerSlot::Consensus}, 100);
  yield_a_bit();
  // The page recomputed from the document: the same as scoring/ now says.
  REQUIRE(page->table());
  const auto fresh = compare_selection(doc->project(), page->selection());
  REQUIRE(fresh);
  CHECK(page->table()->rows[2].means[0] == fresh->rows[2].means[0]);
  CHECK(*page->table()->rows[2].means[0] < a_before);
  CHECK(page->bar_chart()->data().series[2].values[0] == Approx(fresh->rows[2].means[0]->value()));

  // The trend page, not shown, catches up when it is.
  RoundSelection trend;
  trend.issue = round.issue;
  trend.community_ids = {round.community_id};
  window->show_trend(trend);
  yield_a_bit();
  REQUIRE(window->trend_page()->trends().size() == 1);
  CHECK(window->trend_page()->trends()[0].points.back().dimensions[0].mean == fresh->rows[2].means[0]);
}
