// A newcomer's path (issue 16, "first steps"): from an empty project to a
// first round with respondents, pressing only the buttons the window
// offers, each step offering the next.
#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "dialogs/dialog_add_communities.h"
#include "dialogs/dialog_respondents.h"
#include "app/first_steps.h"
#include "app/project_tree.h"
#include "dialogs/dialog_round_wizard.h"
#include "gui_test_util.h"
#include "pages/page_interview.h"
#include "pages/page_round_overview.h"
#include "pages/page_summary.h"
#include "text/labels.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// A click on an offered button, as the user gives it; its action runs after.
void press(wxButton* button) {
  REQUIRE(button);
  REQUIRE(button->IsShownOnScreen());
  REQUIRE(button->IsEnabled());
  wxCommandEvent click(wxEVT_BUTTON, button->GetId());
  click.SetEventObject(button);
  button->GetEventHandler()->ProcessEvent(click);
  yield_a_bit(10);
}

// "Add municipalities…" on the summary page, Arjeplog picked from the register.
void add_arjeplog(PageSummary* summary) {
  wxTEST_DIALOG(press(summary->action_button("first_step_municipalities")),
                ExpectDialog<DialogAddCommunities>([](DialogAddCommunities& dialog) {
                  dialog.set_search("Arjeplog");
                  REQUIRE(dialog.model().rows().size() == 1);
                  dialog.toggle_row(0);
                  return wxID_OK;
                }));
}

}  // namespace

TEST_CASE("a newcomer gets from an empty project to a round with respondents by the offered buttons",
          "[gui][first-steps]") {
  Window window;
  REQUIRE(window->new_project());
  yield_a_bit();
  auto doc = window->document();
  PageSummary* summary = window->summary_page();
  REQUIRE(window->current_page() == summary);
  // An empty project: municipalities, a custom community or the demo.
  CHECK(summary->action_button("first_step_municipalities"));
  CHECK(summary->action_button("first_step_custom"));
  CHECK(summary->action_button("first_step_demo"));
  CHECK_FALSE(summary->action_button("first_step_round"));

  add_arjeplog(summary);
  REQUIRE(doc->project().communities.size() == 1);
  yield_a_bit();

  // Communities but no round: a new round is offered.
  REQUIRE(window->current_page() == summary);
  wxTEST_DIALOG(press(summary->action_button("first_step_round")),
                ExpectDialog<DialogRoundWizard>([](DialogRoundWizard& wizard) {
                  wizard.label_field()->ChangeValue("2025");
                  wizard.issue_field()->ChangeValue("langning av alkohol till unga");
                  wizard.area_box("alcohol")->SetValue(true);
                  wizard.definition_field()->ChangeValue("Unga 13-17 i Arjeplogs kommun");
                  CHECK(wizard.problems().empty());
                  return wxID_OK;
                }));
  REQUIRE(doc->project().rounds.size() == 1);
  const std::string round_id = doc->project().rounds.front().id;
  yield_a_bit();

  // The new round shows; its empty list says respondents come next.
  PageRoundOverview* round = window->round_page();
  REQUIRE(window->current_page() == round);
  CHECK(round->next_step_text()->GetLabel().Contains("No interviews yet"));
  CHECK(round->next_step_button()->GetName() == "next_step_respondents");
  wxTEST_DIALOG(press(round->next_step_button()),
                ExpectDialog<DialogRespondents>([](DialogRespondents& dialog) {
                  dialog.add_respondent();
                  yield_a_bit(10);
                  dialog.set_sector("police");
                  dialog.commit();
                  dialog.add_respondent();
                  yield_a_bit(10);
                  dialog.set_sector("school");
                  dialog.commit();
                  return wxID_OK;
                }));
  yield_a_bit();
  const Round* made = doc->project().find_round(round_id);
  REQUIRE(made);
  CHECK(made->respondents.size() == 2);
  REQUIRE(made->interviews.size() == 2);

  // Respondents in: capture the first interview is next.
  REQUIRE(window->current_page() == round);
  CHECK(round->next_step_button()->GetName() == "next_step_capture");
  CHECK(round->next_step_text()->GetLabel().Contains("0 of 2"));
  press(round->next_step_button());
  CHECK(window->current_page() == window->interview_page());
  CHECK(window->interview_page()->interview_id() == made->interviews.front().id);
}

TEST_CASE("a round under way offers the step after capture and keeps its respondents button", "[gui][first-steps]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  // The demo's rounds all have interviews: the next step follows the work.
  PageRoundOverview* round = window->round_page();
  REQUIRE(window->current_page() == round);
  CHECK(round->next_step_button()->IsShown());
  CHECK(round->next_step_button()->GetName() != "next_step_respondents");
  CHECK(round->FindWindow("round_respondents"));
}

TEST_CASE("a round whose captured interviews are scored asks for the planned ones, not for scorers",
          "[gui][first-steps]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  // The demo round with an interview still planned (review item 24).
  const Round* planned_round = nullptr;
  const Interview* planned = nullptr;
  for (const Round& r : window->document()->project().rounds)
    for (const Interview& i : r.interviews)
      if (!planned && interview_progress(r, i).answered == 0 && i.scores.empty()) {
        planned_round = &r;
        planned = &i;
      }
  REQUIRE(planned);
  int held = 0;
  for (const Interview& i : planned_round->interviews) {
    const InterviewProgress p = interview_progress(*planned_round, i);
    if (p.answered == 0 && i.scores.empty()) continue;
    ++held;
    REQUIRE((p.consensus_complete() || (p.scored_a == p.dimensions && p.scored_b == p.dimensions)));
  }
  REQUIRE(held > 0);
  REQUIRE(held < static_cast<int>(planned_round->interviews.size()));
  const wxString counted = wxString::Format("%d of %d", held, static_cast<int>(planned_round->interviews.size()));

  window->show_round(planned_round->id);
  PageRoundOverview* round = window->round_page();
  CHECK(round->next_step_button()->GetName() == "next_step_capture");
  CHECK(round->next_step_text()->GetLabel().Contains(counted));
  CHECK_FALSE(round->next_step_text()->GetLabel().Contains("scorers score"));
  press(round->next_step_button());
  CHECK(window->current_page() == window->interview_page());
  CHECK(window->interview_page()->interview_id() == planned->id);

  // One held interview without scores: scoring is next, counted among the
  // held interviews only.
  Round copy = *planned_round;
  for (Interview& i : copy.interviews)
    if (!i.scores.empty()) {
      i.scores.clear();
      break;
    }
  const NextStep step = round_next_step(copy, window.frame, *window.frame);
  CHECK(step.kind == NextStep::Kind::Score);
  CHECK(step.text.Contains(wxString::Format("%d of %d", held - 1, held)));
}

TEST_CASE("the project page counts with plural forms: 1 community, 1 round", "[gui][first-steps]") {
  Window window;
  REQUIRE(window->new_project());
  switch_language(window, wxString::FromUTF8("Svenska"));
  auto doc = window->document();
  Community one;
  one.id = "se-2506";
  one.name = "Arjeplog";
  one.code = "2506";
  one.county_code = "25";
  doc->insert_community(one);
  yield_a_bit();
  REQUIRE(window->current_page() == window->summary_page());
  wxString body;
  for (wxWindow* child : window->summary_page()->GetChildren())
    if (auto* text = dynamic_cast<wxStaticText*>(child)) body += text->GetLabel() + " ";
  body.Replace("\n", " ");
  INFO(to_utf8(body));
  CHECK(body.Contains(wxString::FromUTF8("1 samhälle, 0 omgångar, 0 intervjuer.")));
  CHECK_FALSE(body.Contains(wxString::FromUTF8("1 samhällen")));
  switch_language(window, "English");  // the setting is kept: leave it as found
}

// Windows's tree selects the first county by itself when it gets the focus
// (seen under Wine after adding a municipality): the county's page must
// offer the next step as the project's page does.
TEST_CASE("a county selected in a project without rounds offers the new round", "[gui][first-steps]") {
  Window window;
  REQUIRE(window->new_project());
  yield_a_bit();
  auto doc = window->document();
  add_arjeplog(window->summary_page());
  REQUIRE(doc->project().communities.size() == 1);
  const Community& arjeplog = doc->project().communities.front();
  REQUIRE(window->tree()->select(ProjectTree::Kind::County, arjeplog.county_code));
  yield_a_bit();
  PageSummary* summary = window->summary_page();
  REQUIRE(window->current_page() == summary);
  CHECK(summary->heading() == county_label(arjeplog.county_code));
  wxButton* round = summary->action_button("first_step_round");
  REQUIRE(round);
  wxTEST_DIALOG(press(round), ExpectDialog<DialogRoundWizard>([&](DialogRoundWizard& wizard) {
                  wizard.label_field()->ChangeValue("2025");
                  wizard.issue_field()->ChangeValue("langning av alkohol till unga");
                  wizard.area_box("alcohol")->SetValue(true);
                  wizard.definition_field()->ChangeValue("Unga 13-17 i Arjeplogs kommun");
                  return wxID_OK;
                }));
  REQUIRE(doc->project().rounds.size() == 1);
  CHECK(doc->project().rounds.front().community_id == arjeplog.id);

  // With a round, the county's page is an overview again, without buttons.
  REQUIRE(window->tree()->select(ProjectTree::Kind::County, arjeplog.county_code));
  yield_a_bit();
  CHECK_FALSE(window->summary_page()->action_button("first_step_round"));
}
