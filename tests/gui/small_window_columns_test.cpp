// A county laptop at 125 % (1024×700): the tables' key columns are in view
// without scrolling sideways (review item 11): the round overview's
// progress (answers, scorer A, scorer B, consensus), compare's and trend's
// overall score and stage, the action plan's Responsible and its follow-up's
// outcome — in English and
// Swedish. Worked out from the columns' widths and the table's client
// width, as the user sees them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <wx/notebook.h>
#include <wx/dataview.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/treectrl.h>

#include "app/project_tree.h"
#include "gui_test_util.h"
#include "models/compare_list_model.h"
#include "models/interview_list_model.h"
#include "models/trend_list_model.h"
#include "pages/page_action_plan.h"
#include "pages/page_compare.h"
#include "pages/page_interview.h"
#include "pages/page_results.h"
#include "pages/page_round_overview.h"
#include "pages/page_trend.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// The display position of model column `model_column` in `list`; fails the
// test when no column shows it.
unsigned position_of(const wxDataViewCtrl* list, unsigned model_column) {
  for (unsigned i = 0; i < list->GetColumnCount(); ++i)
    if (list->GetColumn(i)->GetModelColumn() == model_column) return i;
  FAIL("no column shows model column " << model_column);
  return 0;
}

// Checks that the columns showing `model_columns` end within the table's
// client width: the sum of the widths of every column up to and including
// each, against the width of the table's own client area.
void check_in_view(const wxDataViewCtrl* list, const std::vector<unsigned>& model_columns) {
  const int client = list->GetClientSize().x;
  REQUIRE(client > 0);
  for (unsigned model_column : model_columns) {
    const unsigned position = position_of(list, model_column);
    int right = 0;
    for (unsigned i = 0; i <= position; ++i) right += list->GetColumn(i)->GetWidth();
    INFO("column \"" << list->GetColumn(position)->GetTitle().utf8_string() << "\" ends at " << right
                     << " px, the table's client width is " << client << " px");
    CHECK(list->GetColumn(position)->GetWidth() > 0);
    CHECK(right <= client);
  }
}

}  // namespace

TEST_CASE("at 1024x700 the round's progress, the overall score and stage and the plan's Responsible are in view",
          "[gui][layout]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  for (const wxString& language : {wxString("English"), wxString::FromUTF8("Svenska")}) {
    CAPTURE(language.utf8_string());
    if (language != "English") switch_language(window, language);
    window->SetSize(wxSize(1024, 700));
    yield_a_bit(10);
    const Project& project = window->document()->project();
    const Round& round = *project.rounds_of(project.communities.front().id).back();

    window->show_round(round.id);
    yield_a_bit(10);
    check_in_view(window->round_page()->interview_list(),
                  {InterviewListModel::ColAnswers, InterviewListModel::ColScorerA, InterviewListModel::ColScorerB,
                   InterviewListModel::ColConsensus});

    window->show_compare();
    yield_a_bit(10);
    PageCompare* compare = window->compare_page();
    REQUIRE(compare->model().GetCount() > 1);
    check_in_view(compare->table_view(), {compare->model().overall_column(), compare->model().stage_column()});

    RoundSelection both;
    both.issue = round.issue;
    both.mode = round.mode;
    both.community_ids = {round.community_id};
    window->show_trend(both);
    yield_a_bit(10);
    PageTrend* trend = window->trend_page();
    REQUIRE(trend->model().GetCount() > 1);
    check_in_view(trend->table_view(), {trend->model().overall_column(), trend->model().stage_column()});

    window->show_action_plan(round.community_id);
    yield_a_bit(10);
    PageActionPlan* plan = window->action_plan_page();
    REQUIRE(plan->actions_table()->GetItemCount() > 0);
    check_in_view(plan->actions_table(), {PageActionPlan::kAStatus, PageActionPlan::kAOverdue,
                                          PageActionPlan::kAResponsible});
    // The yearly follow-up: its status, what was done and the outcome (the
    // next step may scroll).
    plan->tabs()->SetSelection(1);
    yield_a_bit(10);
    REQUIRE(plan->follow_up_table()->GetItemCount() > 0);
    check_in_view(plan->follow_up_table(), {PageActionPlan::kFStatus, PageActionPlan::kFDone,
                                            PageActionPlan::kFOutcome});
    plan->tabs()->SetSelection(0);
  }
  switch_language(window, "English");
}

namespace {

// Checks that every line of `text`'s label fits in the width the page
// gives the text, and the text in the width of its page (nothing cut).
void check_not_cut(wxStaticText* text) {
  REQUIRE(text);
  const wxWindow* page = text->GetParent();
  INFO(text->GetName().utf8_string() << ": \"" << text->GetLabel().utf8_string() << "\"");
  CHECK(text->GetRect().GetRight() <= page->GetClientSize().x);
  wxArrayString lines = wxSplit(text->GetLabel(), '\n', 0);
  for (const wxString& line : lines) CHECK(text->GetTextExtent(line).x <= text->GetSize().x);
  CHECK(text->GetSize().y >= static_cast<int>(lines.size()) * text->GetTextExtent("Ag").y);
}

}  // namespace

TEST_CASE("at 1024x700 the results subtitle and the interview's keyboard hint wrap instead of being cut",
          "[gui][layout]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  // The widest the tree may be made: the pages are at their narrowest.
  for (const int tree : {0, 330}) {
    CAPTURE(tree);
    window->SetSize(wxSize(1024, 700));
    if (tree > 0) {
      auto* splitter = dynamic_cast<wxSplitterWindow*>(window->tree()->GetParent());
      REQUIRE(splitter);
      splitter->SetSashPosition(window->FromDIP(tree));
    }
    yield_a_bit(10);
    const Project& project = window->document()->project();
    const Round& round = *project.rounds_of(project.communities.front().id).back();
    window->show_results(round.id);
    yield_a_bit(10);
    auto* subtitle = dynamic_cast<wxStaticText*>(window->results_page()->FindWindow("results_subtitle"));
    check_not_cut(subtitle);
    window->show_interview(round.id, round.interviews.front().id);
    yield_a_bit(10);
    auto* hint = dynamic_cast<wxStaticText*>(window->interview_page()->FindWindow("interview_progress"));
    check_not_cut(hint);
    // The whole hint is there, to its last words.
    CHECK(hint->GetLabel().Contains("Ctrl+G"));
  }
}

TEST_CASE("a round's whole label in the tree shows as its tooltip", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Round& round = window->document()->project().rounds.front();
  ProjectTree* tree = window->tree();
  REQUIRE(tree->select(ProjectTree::Kind::Round, round.id));
  const wxTreeItemId item = tree->GetSelection();
  REQUIRE(item.IsOk());
  const wxString label = tree->GetItemText(item);
  CHECK(label.Contains(wxString::FromUTF8(round.issue)));
  wxTreeEvent event(wxEVT_TREE_ITEM_GETTOOLTIP, tree, item);
  CHECK(tree->ProcessWindowEvent(event));
  CHECK(event.GetToolTip() == label);
}
