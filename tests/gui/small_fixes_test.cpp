// The smaller things from issue 16, item 5, each driven as a user would:
// an emptied score field, Enter in the reason prompt, the focus after
// adding a respondent, statuses that follow the work, the saved state
// after undo, translated dialog buttons, the issue's case in question
// texts, interview dates before the round.
#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "commands/command_interview.h"
#include "commands/command_score.h"
#include "widgets/date_field.h"
#include "dialogs/dialog_buttons.h"
#include "dialogs/dialog_respondents.h"
#include "dialogs/dialog_round_settings.h"
#include "gui_test_util.h"
#include "instrument.h"
#include "pages/page_consensus.h"
#include "pages/page_interview.h"
#include "pages/page_scoring.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// The demo's Arjeplog 2022: its last interview is planned, with no scores.
const Round& arjeplog_2022(const Project& p) { return *p.rounds_of(p.communities.front().id).back(); }

// Every label on a window and its children.
void collect_labels(wxWindow* window, wxString& out) {
  if (auto* t = dynamic_cast<wxStaticText*>(window)) out += t->GetLabel() + "\n";
  for (wxWindow* child : window->GetChildren()) collect_labels(child, out);
}

void click(wxWindow* button) {
  wxUIActionSimulator sim;
  sim.MouseMove(button->GetScreenRect().GetPosition() + button->GetSize() / 2);
  yield_a_bit();
  sim.MouseClick();
  yield_a_bit(10);
}

// Ends whatever modal dialog is still open after a few seconds, so a test
// whose keys did not close it fails instead of hanging.
class ModalGuard : public wxTimer {
 public:
  ModalGuard() { StartOnce(4000); }
  bool fired = false;
  void Notify() override {
    for (wxWindow* w : wxTopLevelWindows)
      if (auto* d = dynamic_cast<wxDialog*>(w); d && d->IsModal()) {
        fired = true;
        d->EndModal(wxID_CANCEL);
      }
  }
};

}  // namespace

TEST_CASE("an emptied score field with Enter keeps the stored score and says how to clear it", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = arjeplog_2022(doc->project());
  const std::string round_id = round.id;
  const std::string iid = round.interviews.back().id;
  const std::string dim = round.instrument.dimensions.front().code;
  const ScoreRef ref{round_id, iid, dim, ScorerSlot::A};
  doc->set_score(ref, 450);
  window->show_scoring(round_id, iid);
  yield_a_bit();
  PageScoring* page = window->scoring_page();
  page->set_slot(ScorerSlot::A);
  page->set_dimension(dim);
  yield_a_bit();
  REQUIRE(page->score_field()->GetValue() == "4.50");

  // Select all, delete, Enter: the score stays, the field shows it again.
  page->score_field()->SetFocus();
  page->score_field()->SelectAll();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.Char(WXK_DELETE);
  yield_a_bit();
  CHECK(page->score_field()->GetValue().empty());
  sim.Char(WXK_RETURN);
  yield_a_bit(10);
  CHECK(doc->score(ref) == 450);
  CHECK(page->dimension() == dim);  // not moved on
  CHECK(page->score_field()->GetValue() == "4.50");
  wxString labels;
  collect_labels(page, labels);
  CHECK(labels.Contains("use Clear to remove a score"));

  // The Clear button still removes it.
  wxWindow* clear = wxWindow::FindWindowByName("clear_score", page);
  REQUIRE(clear);
  wxCommandEvent press(wxEVT_BUTTON, clear->GetId());
  press.SetEventObject(clear);
  clear->GetEventHandler()->ProcessEvent(press);
  yield_a_bit();
  CHECK_FALSE(doc->score(ref).has_value());

  // An empty field on a dimension without a score is fine: Enter moves on.
  page->score_field()->SetFocus();
  yield_a_bit();
  sim.Char(WXK_RETURN);
  yield_a_bit(10);
  CHECK(page->dimension() != dim);
}

TEST_CASE("Enter in the consensus reason prompt is OK and saves the reason", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = arjeplog_2022(doc->project());
  const std::string round_id = round.id;
  const std::string iid = round.interviews.back().id;
  const std::string dim = round.instrument.dimensions.front().code;
  doc->set_score({round_id, iid, dim, ScorerSlot::A}, 450);
  doc->set_score({round_id, iid, dim, ScorerSlot::B}, 600);
  window->show_consensus(round_id);
  yield_a_bit();
  PageConsensus* consensus = window->consensus_page();
  REQUIRE(consensus->select_cell(iid, dim));
  consensus->consensus_field()->ChangeValue("5");

  // The real prompt: typed into and closed with Enter alone.
  ModalGuard guard;
  bool prompted = false;
  wxTheApp->CallAfter([&] {
    prompted = true;
    yield_a_bit(5);
    wxUIActionSimulator sim;
    sim.Text("Polisen");
    yield_a_bit(5);
    sim.Char(WXK_RETURN);
    yield_a_bit(5);
  });
  const bool saved = consensus->save_consensus();
  CHECK(prompted);
  CHECK_FALSE(guard.fired);
  CHECK(saved);
  CHECK(doc->score({round_id, iid, dim, ScorerSlot::Consensus}) == 500);
  CHECK(doc->consensus_reason({round_id, iid, dim, ScorerSlot::Consensus}) == "Polisen");
}

TEST_CASE("after Add respondent the new pseudonym field has the focus and a typed space adds nothing", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  // A new round with nobody in it yet: the fields start disabled.
  Round empty = arjeplog_2022(doc->project());
  empty.id = doc->new_round_id(empty.community_id, "2030");
  empty.label = "2030";
  empty.respondents.clear();
  empty.interviews.clear();
  doc->insert_round(empty);
  const std::string round_id = empty.id;
  const std::size_t before = 0;
  auto* dialog = new DialogRespondents(window.frame, *window.frame, round_id);
  dialog->Show();
  yield_a_bit(10);
  wxWindow* add = dialog->FindWindow(wxID_ADD);
  REQUIRE(add);
  click(add);
  const Round* r = doc->project().find_round(round_id);
  REQUIRE(r->respondents.size() == before + 1);
  CHECK(wxWindow::FindFocus() == dialog->pseudonym_field());
  // A space goes into the pseudonym, not to the button.
  wxUIActionSimulator().Char(' ');
  yield_a_bit(10);
  CHECK(doc->project().find_round(round_id)->respondents.size() == before + 1);
  dialog->Destroy();
  yield_a_bit();
}

TEST_CASE("statuses follow the work and an undo takes the status back with it", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();

  // Typed answers: the planned interview of the demo becomes transcribed.
  const Round& demo_round = arjeplog_2022(doc->project());
  const std::string demo_round_id = demo_round.id;
  const std::string planned = demo_round.interviews.back().id;
  REQUIRE(demo_round.interviews.back().status == InterviewStatus::Planned);
  window->show_interview(demo_round_id, planned);
  yield_a_bit();
  PageInterview* page = window->interview_page();
  page->answer_field(0)->SetFocus();
  yield_a_bit();
  wxUIActionSimulator().Text("Ja");
  yield_a_bit(10);
  page->commit_pending();
  yield_a_bit();
  const auto status_of = [&](const std::string& round_id, const std::string& iid) {
    return doc->project().find_round(round_id)->find_interview(iid)->status;
  };
  CHECK(status_of(demo_round_id, planned) == InterviewStatus::Transcribed);
  // Undone until the answer is gone (typing may have been stored in steps).
  for (int k = 0; k < 5 && !doc->project().find_round(demo_round_id)->find_interview(planned)->answers.empty() &&
                  !doc->project().find_round(demo_round_id)->find_interview(planned)->answers.begin()->second.empty();
       ++k)
    window->undo();
  yield_a_bit();
  CHECK(status_of(demo_round_id, planned) == InterviewStatus::Planned);
  window->redo();
  CHECK(status_of(demo_round_id, planned) == InterviewStatus::Transcribed);
  // A status the user sets stays as set, answers or not.
  CHECK(window->submit(new CommandSetInterviewField(doc, {demo_round_id, planned, InterviewFieldRef::Field::Status, {}},
                                                    "transcribed", "held")));
  CHECK(status_of(demo_round_id, planned) == InterviewStatus::Held);

  // A planned round: ongoing with the first score, completed with the last consensus.
  Round fresh = arjeplog_2022(doc->project());
  fresh.id = doc->new_round_id(fresh.community_id, "2031");
  fresh.label = "2031";
  fresh.status = RoundStatus::Planned;
  fresh.interviews.resize(1);
  Interview& only = fresh.interviews.front();
  only.status = InterviewStatus::Planned;
  only.answers.clear();
  only.scores.clear();
  doc->insert_round(fresh);
  const std::string rid = fresh.id;
  const std::string iid = only.id;
  const auto round_status = [&] { return doc->project().find_round(rid)->status; };
  REQUIRE(round_status() == RoundStatus::Planned);
  const auto& dims = fresh.instrument.dimensions;
  REQUIRE(window->submit(new CommandSetScore(doc, {rid, iid, dims.front().code, ScorerSlot::A}, 500)));
  CHECK(status_of(rid, iid) == InterviewStatus::Transcribed);
  CHECK(round_status() == RoundStatus::Ongoing);
  for (const auto& d : dims)
    REQUIRE(window->submit(new CommandSetConsensus(doc, {rid, iid, d.code, ScorerSlot::Consensus}, 500, "")));
  CHECK(round_status() == RoundStatus::Completed);
  window->undo();
  CHECK(round_status() == RoundStatus::Ongoing);
  for (std::size_t k = 0; k < dims.size(); ++k) window->undo();
  CHECK(round_status() == RoundStatus::Planned);
  CHECK(status_of(rid, iid) == InterviewStatus::Planned);
}

TEST_CASE("undoing back to the saved state leaves nothing to save", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = arjeplog_2022(doc->project());
  const ScoreRef ref{round.id, round.interviews.back().id, round.instrument.dimensions.front().code, ScorerSlot::A};
  REQUIRE_FALSE(doc->modified());
  REQUIRE(window->submit(new CommandSetScore(doc, ref, 400)));
  CHECK(doc->modified());
  window->undo();
  CHECK_FALSE(doc->modified());
  CHECK_FALSE(window->GetTitle().Contains("*"));
  window->redo();
  CHECK(doc->modified());
  // Saved after the change: the saved point moves with it.
  REQUIRE(window->save());
  CHECK_FALSE(doc->modified());
  window->undo();
  CHECK(doc->modified());
  window->redo();
  CHECK_FALSE(doc->modified());
  // A new change after an undo: the saved state is out of reach.
  window->undo();
  REQUIRE(window->submit(new CommandSetScore(doc, ref, 300)));
  window->undo();
  CHECK(doc->modified());
}

TEST_CASE("Cancel buttons are our own translated ones and not GTK's stock button", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  switch_language(window, "Svenska");
  auto doc = window->document();
  const Round& round = arjeplog_2022(doc->project());

  {  // the dialogs go before the window they belong to
  DialogRoundSettings settings(window.frame, doc->project(), round);
  CHECK(settings.FindWindow(wxID_CANCEL) == nullptr);
  wxWindow* cancel = settings.FindWindow(settings.GetEscapeId());
  REQUIRE(cancel);
  CHECK(cancel->GetLabel() == "&Avbryt");

  // Escape still cancels, through the new button.
  wxTextEntryDialog ask(window.frame, "?", "?", wxString(), wxOK | wxCANCEL);
  wxButton* own = use_own_cancel_button(ask);
  REQUIRE(own);
  CHECK(ask.FindWindow(wxID_CANCEL) == nullptr);
  CHECK(own->GetLabel() == "&Avbryt");
  ModalGuard guard;
  wxTheApp->CallAfter([] {
    yield_a_bit(5);
    wxUIActionSimulator().Char(WXK_ESCAPE);
    yield_a_bit(5);
  });
  CHECK(ask.ShowModal() == wxID_CANCEL);
  CHECK_FALSE(guard.fired);
  }
  yield_a_bit();
  switch_language(window, "English");
}

TEST_CASE("the issue inside a question keeps no capital unless it is an acronym or the community", "[gui][small-fixes]") {
  CHECK(fill_placeholders("Hur mycket oroar man sig för {issue}?", "Alkohol bland unga", "Arjeplog") ==
        "Hur mycket oroar man sig för alkohol bland unga?");
  CHECK(fill_placeholders("{issue}: vad görs?", "Alkohol bland unga", "Arjeplog") == "Alkohol bland unga: vad görs?");
  CHECK(fill_placeholders("Bra. {issue} är viktigt.", "Alkohol", "Arjeplog") == "Bra. Alkohol är viktigt.");
  CHECK(fill_placeholders("Insatser kring {issue}?", "ANDTS bland unga", "Arjeplog") == "Insatser kring ANDTS bland unga?");
  CHECK(fill_placeholders("Insatser kring {issue}?", "Arjeplogs ungdomar", "Arjeplog") ==
        "Insatser kring Arjeplogs ungdomar?");
  CHECK(fill_placeholders("Insatser kring {issue}?", "Ätstörningar", "Arjeplog") == "Insatser kring ätstörningar?");
  CHECK(fill_placeholders("Insatser kring {issue}?", "A", "Arjeplog") == "Insatser kring A?");

  // On the interview page.
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  Round edited = arjeplog_2022(doc->project());
  edited.issue = "Alkohol bland unga";
  doc->update_round(edited);
  window->show_interview(edited.id, edited.interviews.front().id);
  yield_a_bit();
  wxString labels;
  collect_labels(window->interview_page(), labels);
  CHECK(labels.Contains(wxString::FromUTF8("oroar man sig för alkohol bland unga?")));
  CHECK_FALSE(labels.Contains(wxString::FromUTF8("för Alkohol")));
}

TEST_CASE("an interview dated before the round's start is warned about on the interview page", "[gui][small-fixes]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  Round edited = arjeplog_2022(doc->project());
  edited.start_date = "2022-03-01";
  doc->update_round(edited);
  const std::string rid = edited.id;
  const std::string iid = edited.interviews.front().id;
  window->show_interview(rid, iid);
  yield_a_bit();
  PageInterview* page = window->interview_page();
  // Typed into the date field, as a user would.
  page->date_field()->text()->SetFocus();
  page->date_field()->text()->SelectAll();
  yield_a_bit();
  wxUIActionSimulator().Text("2022-01-15");
  yield_a_bit(5);
  page->commit_pending();
  yield_a_bit();
  REQUIRE(doc->project().find_round(rid)->find_interview(iid)->date == "2022-01-15");
  CHECK(page->date_warning()->GetLabel().Contains("2022-03-01"));
  CHECK(page->date_warning()->GetLabel().Contains("Before the round's start"));
  CHECK(page->date_warning()->IsShownOnScreen());
  REQUIRE(window->submit(new CommandSetInterviewField(doc, {rid, iid, InterviewFieldRef::Field::Date, {}}, "2022-01-15",
                                                      "2022-03-01")));
  yield_a_bit();
  CHECK(page->date_warning()->GetLabel().empty());
  // After the round's end: warned too, in the words validate uses.
  const std::string end = doc->project().find_round(rid)->end_date;
  REQUIRE_FALSE(end.empty());
  REQUIRE(window->submit(new CommandSetInterviewField(doc, {rid, iid, InterviewFieldRef::Field::Date, {}}, "2022-03-01",
                                                      "2023-01-10")));
  yield_a_bit();
  CHECK(page->date_warning()->GetLabel() == wxString::FromUTF8("After the round's end (" + end + ")"));
}
