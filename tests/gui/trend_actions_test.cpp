// "What did we do, and did readiness move?" on the trend page (issue 13):
// beside each dimension's change and noise verdict, the actions of the plans
// and joint commitments tied to it between two rounds — the same actions,
// per dimension, as `readiness-cli trend --json` lists — worded as
// co-occurrence, never as proof of effect.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include <wx/dataview.h>

#include "cli_json.h"
#include "gui_test_util.h"
#include "models/trend_list_model.h"
#include "pages/page_action_plan.h"
#include "pages/page_trend.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

std::string cell(wxDataViewListCtrl* table, int row, int col) {
  return table->GetTextValue(static_cast<unsigned>(row), static_cast<unsigned>(col)).utf8_string();
}

// "B" -> {"a1 …", "m1 … (joint commitment)"}: the action cells under each
// dimension, the dimension carried down to the rows that leave it empty.
std::map<std::string, std::vector<std::string>> page_actions(wxDataViewListCtrl* table) {
  std::map<std::string, std::vector<std::string>> out;
  std::string dimension;
  for (int r = 0; r < table->GetItemCount(); ++r) {
    const std::string d = cell(table, r, PageTrend::kLDimension);
    if (!d.empty()) dimension = d;
    out[dimension].push_back(cell(table, r, PageTrend::kLAction));
  }
  return out;
}

PageTrend* arjeplog_trend(Window& window) {
  window->show_trend(RoundSelection{});
  yield_a_bit();
  PageTrend* page = window->trend_page();
  REQUIRE(window->current_page() == page);
  const Project& project = window->document()->project();
  const Community* arjeplog = nullptr;
  for (const Community& c : project.communities)
    if (c.name == "Arjeplog") arjeplog = &c;
  REQUIRE(arjeplog != nullptr);
  page->select_communities({arjeplog->id});
  page->select_periods({"2019", "2022"});
  REQUIRE(page->trends().size() == 1);
  return page;
}

}  // namespace

TEST_CASE("the trend page lists beside each dimension's change the actions readiness-cli trend links to it",
          "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  PageTrend* page = arjeplog_trend(window);

  const nlohmann::json cli = run_cli_json("trend " + test_platform::shell_quote(scratch.demo) + " --community Arjeplog");
  REQUIRE(cli.at("trends").size() == 1);
  REQUIRE(cli.at("trends")[0].at("changes").size() == 1);
  const nlohmann::json& change = cli.at("trends")[0].at("changes")[0];

  // What the command line links, per dimension: "id activity", an item of
  // a joint commitment marked as such.
  std::map<std::string, std::vector<std::string>> expected;
  std::map<std::string, std::string> verdicts;
  std::size_t total = 0;
  for (const nlohmann::json& d : change.at("dimensions")) {
    const std::string code = d.at("code").get<std::string>();
    verdicts[code] = d.at("verdict").get<std::string>();
    for (const nlohmann::json& a : d.at("actions")) {
      std::string text = a.at("id").get<std::string>() + " " + a.at("activity").get<std::string>();
      if (a.at("source") == "commitment") text += " (joint commitment)";
      expected[code].push_back(text);
      ++total;
    }
  }
  // The demo's Arjeplog has actions between 2019 and 2022 (else this test says nothing).
  REQUIRE(total >= 2);

  wxDataViewListCtrl* table = page->actions_table();
  REQUIRE(table != nullptr);
  CHECK(table->IsShown());
  REQUIRE(table->GetItemCount() == static_cast<int>(total));
  CHECK(page_actions(table) == expected);

  // Each dimension's first row names the community, the rounds and the
  // change with its noise verdict in words, as the trend table marks it.
  const Trend& trend = page->trends()[0];
  for (int r = 0; r < table->GetItemCount(); ++r) {
    const std::string code = cell(table, r, PageTrend::kLDimension);
    if (code.empty()) {
      CHECK(cell(table, r, PageTrend::kLChange).empty());
      continue;
    }
    INFO("dimension " << code);
    CHECK(cell(table, r, PageTrend::kLCommunity) == "Arjeplog");
    CHECK(cell(table, r, PageTrend::kLRounds) == "2019 → 2022");
    std::size_t d = 0;
    while (d < trend.dimensions.size() && trend.dimensions[d] != code) ++d;
    REQUIRE(d < trend.dimensions.size());
    const std::string shown = cell(table, r, PageTrend::kLChange);
    CHECK(shown.rfind(change_text(trend.steps[0].dimensions[d]).utf8_string(), 0) == 0);
    const std::string verdict = verdicts.at(code);
    if (verdict == "beyond_noise") CHECK(shown.find("beyond the noise") != std::string::npos);
    if (verdict == "within_noise") CHECK(shown.find("within the noise") != std::string::npos);
    if (verdict == "not_assessable") CHECK(shown.find("not assessable") != std::string::npos);
  }
  // Honest wording: co-occurrence, not proof of effect.
  CHECK(page->actions_text().Contains("happened alongside the change"));
  CHECK(page->actions_text().Contains("does not show they caused it"));

  // One round only: nothing to link, and the page says why.
  page->select_periods({"2022"});
  CHECK(page->actions_table()->GetItemCount() == 0);
  CHECK_FALSE(page->actions_table()->IsShown());
  CHECK(page->actions_text().Contains("two rounds to compare"));
}

TEST_CASE("an action edited on the plan page moves on the trend page at once, and back on undo", "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  PageTrend* page = arjeplog_trend(window);
  const auto before = page_actions(page->actions_table());
  REQUIRE(before.count("A") == 1);
  const std::string first_a = before.at("A").front();
  const std::string id = first_a.substr(0, first_a.find(' '));

  // Tie that action to dimension C instead of A, on the plan page.
  const Project& project = window->document()->project();
  const Community* arjeplog = nullptr;
  for (const Community& c : project.communities)
    if (c.name == "Arjeplog") arjeplog = &c;
  REQUIRE(arjeplog != nullptr);
  const std::string community_id = arjeplog->id;
  std::string plan_id;
  for (const ActionPlan& p : arjeplog->plans)
    if (p.find_action(id)) plan_id = p.id;
  REQUIRE_FALSE(plan_id.empty());
  window->show_action_plan(community_id);
  REQUIRE(window->action_plan_page()->edit_action(PlanRowRef{false, plan_id, id}, PageActionPlan::kADimension, "C"));

  page = arjeplog_trend(window);
  const auto after = page_actions(page->actions_table());
  REQUIRE(after.count("C") == 1);
  CHECK(after.at("C").front() == first_a);
  CHECK((after.count("A") == 0 || after.at("A").size() + 1 == before.at("A").size()));

  window->undo();
  page = arjeplog_trend(window);
  CHECK(page_actions(page->actions_table()) == before);
}
