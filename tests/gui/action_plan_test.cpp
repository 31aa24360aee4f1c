// The action plan page (issue 13) end to end: an action made in one step
// from the lowest dimension's stage strategy, edited in place, followed up
// for a year, undone and redone — and read back the same through
// `readiness-cli plan --json` after each save.
#include <catch2/catch.hpp>

#include <string>

#include <wx/dataview.h>
#include <wx/notebook.h>

#include "cli_json.h"
#include "gui_test_util.h"
#include "pages/page_action_plan.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

nlohmann::json plan_of(const std::string& file, const std::string& community, int year) {
  const nlohmann::json doc = run_cli_json("plan " + test_platform::shell_quote(file) + " --community " + test_platform::shell_quote(community) +
                                          " --year " + std::to_string(year));
  REQUIRE(doc.at("communities").size() == 1);
  return doc.at("communities")[0];
}

// The command line's scores give the lowest dimension of Piteå's latest
// round and its stage; the instrument snapshot gives that stage's first
// strategy: what "add from the lowest dimension" must pre-fill.
struct Expected {
  std::string dimension;
  int stage = 0;
  std::string strategy;
};

Expected expected_from_cli(const std::string& file, const Project& project) {
  const nlohmann::json score = run_cli_json("score " + test_platform::shell_quote(file));
  const nlohmann::json* latest = nullptr;
  for (const nlohmann::json& r : score.at("rounds"))
    if (r.at("community") == "Piteå" && (!latest || r.at("round").get<std::string>() > latest->at("round").get<std::string>()))
      latest = &r;
  REQUIRE(latest != nullptr);
  Expected e;
  e.dimension = latest->at("lowest").at(0).get<std::string>();
  for (const nlohmann::json& d : latest->at("dimensions"))
    if (d.at("code") == e.dimension) e.stage = d.at("stage").get<int>();
  REQUIRE(e.stage >= 1);
  const Round* round = project.find_round(latest->at("round_id").get<std::string>());
  REQUIRE(round != nullptr);
  e.strategy = round->instrument.stages.at(static_cast<std::size_t>(e.stage - 1)).strategies.at(0);
  return e;
}

std::string cell(wxDataViewListCtrl* table, int row, int col) {
  return table->GetTextValue(static_cast<unsigned>(row), static_cast<unsigned>(col)).utf8_string();
}

}  // namespace

TEST_CASE("an action from the lowest dimension's strategy is followed up, undone and redone, as plan --json reads it",
          "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Expected expected = expected_from_cli(scratch.demo, window->document()->project());
  CHECK(plan_of(scratch.demo, "Piteå", 2023).at("plans").empty());

  window->show_action_plan("se-2581");
  PageActionPlan* page = window->action_plan_page();
  REQUIRE(window->current_page() == page);
  page->set_reference_year(2023);
  CHECK(page->hint().Contains(wxString::FromUTF8(expected.dimension)));

  // One step: a plan, and the action pre-filled from the strategy.
  const std::string id = page->add_from_lowest_strategy();
  REQUIRE(id == "a1");
  REQUIRE(page->actions_table()->GetItemCount() == 1);
  CHECK(cell(page->actions_table(), 0, PageActionPlan::kAActivity) == expected.strategy);
  CHECK(cell(page->actions_table(), 0, PageActionPlan::kADimension) == expected.dimension);
  CHECK(cell(page->actions_table(), 0, PageActionPlan::kAStart) == "2023");
  const PlanRowRef row = page->action_row_refs().at(0);

  // Edited in place: the target group and owner; a bad time is refused, nothing changed.
  REQUIRE(page->edit_action(row, PageActionPlan::kATarget, wxString::FromUTF8("Föräldrar i åk 7–9")));
  REQUIRE(page->edit_action(row, PageActionPlan::kAResponsible, wxString::FromUTF8("Folkhälsosamordnaren")));
  const unsigned long revision = window->document()->revision();
  CHECK_FALSE(page->edit_action(row, PageActionPlan::kAEnd, "2023-13"));
  CHECK_FALSE(page->edit_action(row, PageActionPlan::kADimension, "Q"));
  CHECK(window->document()->revision() == revision);

  // The year's follow-up, as its own view.
  page->set_follow_up_year(2023);
  REQUIRE(page->set_follow_up(row, FollowUp{2023, ActionStatus::Ongoing, "Två föräldraträffar i Piteå.",
                                            "45 föräldrar nåddes.", "Fler skolor 2024."}));
  REQUIRE(page->follow_up_table()->GetItemCount() == 1);
  CHECK(cell(page->follow_up_table(), 0, PageActionPlan::kFDone) == "Två föräldraträffar i Piteå.");

  REQUIRE(window->save());
  const nlohmann::json done = plan_of(scratch.demo, "2581", 2023);
  REQUIRE(done.at("plans").size() == 1);
  const nlohmann::json& plan = done.at("plans")[0];
  CHECK(plan.at("first_year") == 2023);
  REQUIRE(plan.at("actions").size() == 1);
  const nlohmann::json& action = plan.at("actions")[0];
  CHECK(action.at("id") == "a1");
  CHECK(action.at("activity") == expected.strategy);
  CHECK(action.at("strategy") == expected.strategy);
  CHECK(action.at("strategy_stage") == expected.stage);
  CHECK(action.at("dimensions") == nlohmann::json::array({expected.dimension}));
  CHECK(action.at("target_group") == "Föräldrar i åk 7–9");
  CHECK(action.at("responsible") == "Folkhälsosamordnaren");
  CHECK(action.at("status") == "planned");
  CHECK(action.at("follow_up").at("status") == "ongoing");
  CHECK(action.at("follow_up").at("done") == "Två föräldraträffar i Piteå.");
  CHECK(action.at("follow_up").at("next_step") == "Fler skolor 2024.");

  // Undo the follow-up and both edits and the addition: nothing left.
  for (int i = 0; i < 4; ++i) window->undo();
  REQUIRE(window->save());
  CHECK(plan_of(scratch.demo, "2581", 2023).at("plans").empty());
  CHECK(page->actions_table()->GetItemCount() == 0);

  // Redo all four: the same plan as before, field by field.
  for (int i = 0; i < 4; ++i) window->redo();
  REQUIRE(window->save());
  CHECK(plan_of(scratch.demo, "2581", 2023) == done);
  CHECK(page->follow_up_table()->GetItemCount() == 1);
  CHECK(cell(page->follow_up_table(), 0, PageActionPlan::kFDone) == "Två föräldraträffar i Piteå.");
}

TEST_CASE("the action plan page marks overdue actions, sorts by status and filters communication actions",
          "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  window->show_action_plan("se-2506");
  PageActionPlan* page = window->action_plan_page();
  page->set_reference_year(2021);
  wxDataViewListCtrl* table = page->actions_table();
  REQUIRE(table->GetItemCount() == 5);
  // Overdue exactly where plan --json says so.
  const nlohmann::json arjeplog = plan_of(scratch.demo, "Arjeplog", 2021);
  for (int r = 0; r < table->GetItemCount(); ++r) {
    const std::string id = cell(table, r, PageActionPlan::kAId);
    for (const nlohmann::json& a : arjeplog.at("plans")[0].at("actions"))
      if (a.at("id") == id) CHECK(cell(table, r, PageActionPlan::kAOverdue).empty() == !a.at("overdue").get<bool>());
  }
  page->sort_actions(PageActionPlan::kAStatus, true);
  std::vector<std::string> statuses;
  for (int r = 0; r < table->GetItemCount(); ++r) statuses.push_back(cell(table, r, PageActionPlan::kAStatus));
  CHECK(std::is_sorted(statuses.begin(), statuses.end(), [](const std::string& a, const std::string& b) {
    return wxString::FromUTF8(a).CmpNoCase(wxString::FromUTF8(b)) < 0;
  }));
  page->set_communication_only(true);
  CHECK(table->GetItemCount() == 2);  // a3 (own channels), a5 (local media)
  REQUIRE(page->commitments_table()->GetItemCount() == 3);
  CHECK(cell(page->commitments_table(), 0, PageActionPlan::kCItem).find("föräldrar, elever och personal") !=
        std::string::npos);
  // A commitment item can be added, and undone.
  const std::string item = page->add_commitment_item();
  CHECK(item == "m4");
  CHECK(page->commitments_table()->GetItemCount() == 4);
  window->undo();
  CHECK(page->commitments_table()->GetItemCount() == 3);
}
