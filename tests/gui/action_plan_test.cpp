// The action plan page (issue 13) end to end: an action made in one step
// from the lowest dimension's stage strategy, edited in place, followed up
// for a year, undone and redone — and read back the same through
// `readiness-cli plan --json` after each save.
#include <catch2/catch.hpp>

#include <fstream>

#include <stdexcept>
#include <string>
#include <vector>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/html/htmlwin.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "cli_json.h"
#include "app/app_language.h"
#include "dialogs/dialog_plan_action.h"
#include "dialogs/dialog_plan_header.h"
#include "dialogs/help_window.h"
#include "gui_test_util.h"
#include "pages/page_action_plan.h"
#include "sectors.h"

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
  std::string mark;  // the actions' overdue mark, for the commitments below
  for (int r = 0; r < table->GetItemCount(); ++r)
    if (!cell(table, r, PageActionPlan::kAOverdue).empty()) mark = cell(table, r, PageActionPlan::kAOverdue);
  REQUIRE(!mark.empty());
  page->sort_actions(PageActionPlan::kAStatus, true);
  std::vector<std::string> statuses;
  for (int r = 0; r < table->GetItemCount(); ++r) statuses.push_back(cell(table, r, PageActionPlan::kAStatus));
  CHECK(std::is_sorted(statuses.begin(), statuses.end(), [](const std::string& a, const std::string& b) {
    return wxString::FromUTF8(a).CmpNoCase(wxString::FromUTF8(b)) < 0;
  }));
  page->set_communication_only(true);
  CHECK(table->GetItemCount() == 2);  // a3 (own channels), a5 (local media)
  REQUIRE(page->commitments_table()->GetItemCount() == 3);
  // The joint commitment's items: overdue exactly where plan --json says so,
  // with the actions' mark (review item 5: the window showed none).
  int overdue_items = 0;
  for (int r = 0; r < page->commitments_table()->GetItemCount(); ++r) {
    const std::string id = cell(page->commitments_table(), r, PageActionPlan::kCId);
    bool found = false;
    for (const nlohmann::json& c : arjeplog.at("commitments"))
      for (const nlohmann::json& i : c.at("items"))
        if (i.at("id") == id) {
          found = true;
          const bool overdue = i.at("overdue").get<bool>();
          overdue_items += overdue ? 1 : 0;
          const std::string shown = cell(page->commitments_table(), r, PageActionPlan::kCOverdue);
          CHECK(shown.empty() == !overdue);
          if (overdue) CHECK(shown == mark);
        }
    CHECK(found);
  }
  CHECK(overdue_items > 0);  // the demo's m3 in 2021: the check above is not vacuous
  CHECK(cell(page->commitments_table(), 0, PageActionPlan::kCItem).find("föräldrar, elever och personal") !=
        std::string::npos);
  // A commitment item can be added, and undone.
  const std::string item = page->add_commitment_item();
  CHECK(item == "m4");
  CHECK(page->commitments_table()->GetItemCount() == 4);
  window->undo();
  CHECK(page->commitments_table()->GetItemCount() == 3);
}

namespace {

// Arjeplog's latest round (by label, as the command line lists it) and the
// stage of `dimension` in it, from `readiness-cli score --json`.
struct LatestStage {
  const Round* round = nullptr;
  int stage = 0;
};

LatestStage latest_stage(const std::string& file, const Project& project, const std::string& community,
                         const std::string& dimension) {
  const nlohmann::json score = run_cli_json("score " + test_platform::shell_quote(file));
  const nlohmann::json* latest = nullptr;
  for (const nlohmann::json& r : score.at("rounds"))
    if (r.at("community") == community &&
        (!latest || r.at("round").get<std::string>() > latest->at("round").get<std::string>()))
      latest = &r;
  REQUIRE(latest != nullptr);
  LatestStage out;
  out.round = project.find_round(latest->at("round_id").get<std::string>());
  REQUIRE(out.round != nullptr);
  for (const nlohmann::json& d : latest->at("dimensions"))
    if (d.at("code") == dimension) out.stage = d.at("stage").get<int>();
  return out;
}

// Wrapped labels break lines where spaces were.
std::string unwrapped(const wxString& text) {
  wxString t = text;
  t.Replace("\n", " ");
  return t.utf8_string();
}

const Community& community_named(const Project& project, const std::string& name) {
  for (const Community& c : project.communities)
    if (c.name == name) return c;
  FAIL("no community " << name);
  throw std::logic_error("unreachable");
}

PlanRowRef row_of(const Community& c, const std::string& action_id) {
  for (const ActionPlan& p : c.plans)
    if (p.find_action(action_id)) return PlanRowRef{false, p.id, action_id};
  for (const JointCommitment& m : c.commitments)
    if (m.find_item(action_id)) return PlanRowRef{true, m.id, action_id};
  FAIL("no action " << action_id);
  throw std::logic_error("unreachable");
}

const nlohmann::json& json_action(const nlohmann::json& community, const std::string& id) {
  for (const nlohmann::json& p : community.at("plans"))
    for (const nlohmann::json& a : p.at("actions"))
      if (a.at("id") == id) return a;
  FAIL("no action " << id << " in plan --json");
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("Edit action edits the whole record, offers the stage's channel advice, and is undone in one step",
          "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Project& project = window->document()->project();
  const Community& arjeplog = community_named(project, "Arjeplog");
  window->show_action_plan(arjeplog.id);
  PageActionPlan* page = window->action_plan_page();
  page->set_reference_year(2021);
  const nlohmann::json before = plan_of(scratch.demo, "Arjeplog", 2021);

  // a3 is a communication action that came from a stage strategy: the advice
  // is that stage's, as the latest round's instrument words it.
  const PlanAction* a3 = find_row_action(arjeplog, row_of(arjeplog, "a3"));
  REQUIRE(a3 != nullptr);
  REQUIRE(a3->strategy_stage >= 1);
  const LatestStage latest = latest_stage(scratch.demo, project, "Arjeplog", a3->dimensions.at(0));
  const std::string a3_advice =
      latest.round->instrument.stages.at(static_cast<std::size_t>(a3->strategy_stage - 1)).channels;
  REQUIRE_FALSE(a3_advice.empty());

  wxString seen_advice, seen_none;
  const PlanRowRef row = row_of(arjeplog, "a3");
  wxTEST_DIALOG(page->open_action_dialog(row), ExpectDialog<DialogPlanAction>([&](DialogPlanAction& d) {
                  // The record as stored.
                  CHECK(d.activity_field()->GetValue().utf8_string() == a3->activity);
                  CHECK(d.key_message_field()->GetValue().utf8_string() == a3->key_message);
                  CHECK(d.channel_choice()->GetStringSelection() == channel_label(Channel::OwnChannels));
                  d.choose_channel(Channel::None);
                  seen_none = d.channel_advice_text();
                  CHECK_FALSE(d.key_message_field()->IsEnabled());
                  d.choose_channel(Channel::LocalMedia);
                  seen_advice = d.channel_advice_text();
                  CHECK(d.key_message_field()->IsEnabled());
                  d.key_message_field()->SetValue(wxString::FromUTF8("Langning är inte omtanke – säg nej."));
                  d.priority_choice()->SetSelection(1);  // high
                  d.cost_field()->SetValue("25 000");
                  d.funding_field()->SetValue(wxString::FromUTF8("Länsstyrelsens ANDT-medel"));
                  d.check_sectors({"police", "school"});
                  d.responsible_field()->SetValue(wxString::FromUTF8("Kommunikatören och närpolisen"));
                  d.end_field()->SetValue("2022-Q2");
                  return wxID_OK;
                }));
  CHECK(seen_none.empty());
  CHECK(unwrapped(seen_advice).find(a3_advice) != std::string::npos);

  REQUIRE(window->save());
  const nlohmann::json after = plan_of(scratch.demo, "Arjeplog", 2021);
  const nlohmann::json& edited = json_action(after, "a3");
  CHECK(edited.at("channel") == "local-media");
  CHECK(edited.at("key_message") == "Langning är inte omtanke – säg nej.");
  CHECK(edited.at("priority") == 1);
  CHECK(edited.at("cost_sek") == 25000);
  CHECK(edited.at("funding") == "Länsstyrelsens ANDT-medel");
  CHECK(edited.at("sectors") == nlohmann::json::array({"police", "school"}));
  CHECK(edited.at("responsible") == "Kommunikatören och närpolisen");
  CHECK(edited.at("end") == "2022-Q2");

  // The table's Responsible cell shows the actors and the ticked sectors,
  // named as sectors.json names them; it is edited in this dialog only.
  std::ifstream sectors_file(std::filesystem::u8path(std::string(READINESS_TEST_DATA) + "/../../questionnaires/sectors.json"));
  const nlohmann::json sectors = nlohmann::json::parse(sectors_file).at("sectors");
  auto english = [&](const std::string& id) {
    for (const nlohmann::json& s : sectors)
      if (s.at("id") == id) return s.at("en").get<std::string>();
    FAIL("no sector " << id);
    return std::string();
  };
  const auto& rows = page->action_row_refs();
  const auto at = std::find_if(rows.begin(), rows.end(), [](const PlanRowRef& r) { return r.action_id == "a3"; });
  REQUIRE(at != rows.end());
  CHECK(cell(page->actions_table(), static_cast<int>(at - rows.begin()), PageActionPlan::kAResponsible) ==
        "Kommunikatören och närpolisen (" + english("police") + ", " + english("school") + ")");
  CHECK(page->actions_table()->GetColumn(PageActionPlan::kAResponsible)->GetRenderer()->GetMode() ==
        wxDATAVIEW_CELL_INERT);
  // Untouched: the activity, the follow-ups.
  CHECK(edited.at("activity") == json_action(before, "a3").at("activity"));
  CHECK(edited.at("follow_ups") == json_action(before, "a3").at("follow_ups"));

  // A record that adds an issue (a sector sectors.json does not know) is
  // refused whole: nothing changes, nothing to undo.
  const unsigned long revision = window->document()->revision();
  PlanAction odd = *find_row_action(community_named(project, "Arjeplog"), row);
  odd.sectors = {"astrologers"};
  CHECK_FALSE(page->edit_action_record(row, odd));
  odd = *find_row_action(community_named(project, "Arjeplog"), row);
  odd.id = "a99";
  CHECK_FALSE(page->edit_action_record(row, odd));
  CHECK(window->document()->revision() == revision);

  // One undo puts the whole record back.
  window->undo();
  REQUIRE(window->save());
  CHECK(plan_of(scratch.demo, "Arjeplog", 2021) == before);
  window->redo();
  REQUIRE(window->save());
  CHECK(plan_of(scratch.demo, "Arjeplog", 2021) == after);
}

TEST_CASE("the Edit action dialog refuses what a field cannot take and says which field", "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Community& arjeplog = community_named(window->document()->project(), "Arjeplog");
  const PlanAction* a1 = find_row_action(arjeplog, row_of(arjeplog, "a1"));
  REQUIRE(a1 != nullptr);
  DialogPlanAction dialog(window.frame, *a1, [](const std::string& code) { return code >= "A" && code <= "F"; },
                          std::nullopt);
  wxString error;
  REQUIRE(dialog.action(&error));
  dialog.cost_field()->SetValue("12,50");
  CHECK_FALSE(dialog.action(&error));
  CHECK(error.StartsWith("Estimated cost"));
  dialog.cost_field()->SetValue("12 500 kr");
  REQUIRE(dialog.action(&error));
  CHECK(dialog.action()->cost_sek == 12500LL);
  dialog.dimensions_field()->SetValue("B, Q");
  CHECK_FALSE(dialog.action(&error));
  CHECK(error.StartsWith("Dimensions"));
  CHECK(error.Contains("\"Q\""));
  dialog.dimensions_field()->SetValue("b e");
  REQUIRE(dialog.action());
  CHECK(dialog.action()->dimensions == std::vector<std::string>{"B", "E"});
  dialog.start_field()->SetValue("2021");
  dialog.end_field()->SetValue("2020-Q4");
  CHECK_FALSE(dialog.action(&error));
  CHECK(error.StartsWith("End"));
  dialog.end_field()->SetValue("2021-Q5");
  CHECK_FALSE(dialog.action(&error));
  CHECK(error.StartsWith("End"));
  dialog.end_field()->SetValue("");
  dialog.activity_field()->SetValue("  ");
  CHECK_FALSE(dialog.action(&error));
  CHECK(error.StartsWith("Activity"));
  // Without a known stage the dialog says there is no advice, never a blank.
  dialog.choose_channel(Channel::SocialMedia);
  CHECK(unwrapped(dialog.channel_advice_text()).find("no advice on channels") != std::string::npos);
}

TEST_CASE("a channel chosen in the table shows the stage's advice for that action's dimension", "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Project& project = window->document()->project();
  const Community& arjeplog = community_named(project, "Arjeplog");
  window->show_action_plan(arjeplog.id);
  PageActionPlan* page = window->action_plan_page();
  // A new action without a strategy, tied to dimension A: the advice is for
  // the stage A is at in the latest round (from readiness-cli score).
  const std::string id = page->add_action();
  REQUIRE_FALSE(id.empty());
  const PlanRowRef row = row_of(community_named(window->document()->project(), "Arjeplog"), id);
  REQUIRE(page->edit_action(row, PageActionPlan::kADimension, "A"));
  const LatestStage latest = latest_stage(scratch.demo, project, "Arjeplog", "A");
  REQUIRE(latest.stage >= 1);
  const std::string advice = latest.round->instrument.stages.at(static_cast<std::size_t>(latest.stage - 1)).channels;
  REQUIRE_FALSE(advice.empty());
  CHECK(page->channel_advice_shown().empty());
  REQUIRE(page->edit_action(row, PageActionPlan::kAChannel, channel_label(Channel::SocialMedia)));
  CHECK(unwrapped(page->channel_advice_shown()).find(advice) != std::string::npos);
  CHECK(unwrapped(page->hint()).find(advice) != std::string::npos);
  // Back to no channel: no advice.
  REQUIRE(page->edit_action(row, PageActionPlan::kAChannel, ""));
  CHECK(page->channel_advice_shown().empty());
}

TEST_CASE("the plan's and the joint commitment's headers are edited in a dialog and undone", "[gui][plan]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Project& project = window->document()->project();
  const Community& arjeplog = community_named(project, "Arjeplog");
  const auto rounds = project.rounds_of(arjeplog.id);
  REQUIRE(rounds.size() >= 2);
  window->show_action_plan(arjeplog.id);
  PageActionPlan* page = window->action_plan_page();
  const nlohmann::json before = plan_of(scratch.demo, "Arjeplog", 2021);

  const std::string commitment_id = arjeplog.commitments.at(0).id;
  const ActionPlan plan_before = arjeplog.plans.at(0);
  wxTEST_DIALOG(page->open_plan_dialog(), ExpectDialog<DialogPlanHeader>([&](DialogPlanHeader& d) {
                  CHECK(d.title_field()->GetValue().utf8_string() == before.at("plans")[0].at("title"));
                  CHECK(d.rounds_list()->GetCount() == rounds.size());
                  d.title_field()->SetValue(wxString::FromUTF8("Handlingsplan mot langning, reviderad"));
                  d.last_year_field()->SetValue("2022");
                  d.status_choice()->SetSelection(2);  // finished
                  for (unsigned i = 0; i < d.rounds_list()->GetCount(); ++i) d.rounds_list()->Check(i, true);
                  return wxID_OK;
                }));
  wxTEST_DIALOG(page->open_commitment_dialog(commitment_id),
                ExpectDialog<DialogPlanHeader>([&](DialogPlanHeader& d) {
                  CHECK(d.partners_field()->GetValue().utf8_string() == before.at("commitments")[0].at("partners"));
                  d.partners_field()->SetValue(wxString::FromUTF8("Polisen, Arjeplogs kommun och Räddningstjänsten"));
                  d.first_year_field()->SetValue("2019");
                  d.last_year_field()->SetValue("2021");
                  for (unsigned i = 0; i < d.sectors_list()->GetCount(); ++i) d.sectors_list()->Check(i, false);
                  d.sectors_list()->Check(0, true);  // the first of sectors.json
                  d.note_field()->SetValue(wxString::FromUTF8("Förlängt ett år."));
                  return wxID_OK;
                }));
  REQUIRE(window->save());
  const nlohmann::json after = plan_of(scratch.demo, "Arjeplog", 2021);
  const nlohmann::json& plan = after.at("plans")[0];
  CHECK(plan.at("title") == "Handlingsplan mot langning, reviderad");
  CHECK(plan.at("first_year") == before.at("plans")[0].at("first_year"));
  CHECK(plan.at("last_year") == 2022);
  CHECK(plan.at("status") == "finished");
  CHECK(plan.at("round_ids").size() == rounds.size());
  CHECK(plan.at("actions") == before.at("plans")[0].at("actions"));
  const nlohmann::json& commitment = after.at("commitments")[0];
  CHECK(commitment.at("partners") == "Polisen, Arjeplogs kommun och Räddningstjänsten");
  CHECK(commitment.at("last_year") == 2021);
  CHECK(commitment.at("partner_sectors") == nlohmann::json::array({sector_ids().front()}));
  CHECK(commitment.at("note") == "Förlängt ett år.");
  CHECK(page->tabs()->GetPageCount() == 3);

  // A period that ends before it starts is refused in the dialog.
  DialogPlanHeader bad(window.frame, plan_before, rounds);
  bad.first_year_field()->SetValue("2022");
  bad.last_year_field()->SetValue("2020");
  wxString error;
  CHECK_FALSE(bad.plan(&error));
  CHECK(error.StartsWith("Last year"));
  CHECK_FALSE(bad.commitment());

  window->undo();
  window->undo();
  REQUIRE(window->save());
  CHECK(plan_of(scratch.demo, "Arjeplog", 2021) == before);
}

TEST_CASE("F1 on the action plan page opens the guide at its section, in Swedish and English", "[gui][plan][help]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  switch_language(window, wxString::FromUTF8("Svenska"));
  window->show_action_plan(community_named(window->document()->project(), "Arjeplog").id);
  yield_a_bit();
  REQUIRE(window->current_page() == window->action_plan_page());
  window->Raise();
  window->SetFocus();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.KeyDown(WXK_F1);
  sim.KeyUp(WXK_F1);
  yield_a_bit(20);
  HelpWindow* help = HelpWindow::current();
  REQUIRE(help);
  CHECK(help->section() == "plan");
  CHECK(help->html()->GetOpenedAnchor() == "plan");
  CHECK(help->html()->GetOpenedPage().Contains("sv/guide.html"));
  const wxString sv = help->html()->ToText();
  CHECK(sv.Contains(wxString::FromUTF8("Ändra åtgärd…")));
  CHECK(sv.Contains(wxString::FromUTF8("samtidighet, inte bevis för effekt")));
  help->Destroy();
  yield_a_bit();
  switch_language(window, "English");
  window->show_action_plan(community_named(window->document()->project(), "Arjeplog").id);
  yield_a_bit();
  window->Raise();
  window->SetFocus();
  yield_a_bit();
  sim.KeyDown(WXK_F1);
  sim.KeyUp(WXK_F1);
  yield_a_bit(20);
  help = HelpWindow::current();
  REQUIRE(help);
  CHECK(help->section() == "plan");
  CHECK(help->html()->GetOpenedPage().Contains("en/guide.html"));
  const wxString en = help->html()->ToText();
  CHECK(en.Contains(wxString::FromUTF8("Edit action…")));
  CHECK(en.Contains("co-occurrence, not proof of effect"));
  help->Destroy();
  yield_a_bit();
  set_language_setting("");
}
