// The smaller things from issue 16, item 5, each driven as a user would:
// an emptied score field, Enter in the reason prompt, the focus after
// adding a respondent, statuses that follow the work, the saved state
// after undo, translated dialog buttons, the case in question
// texts, interview dates before the round.
#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/timer.h>
#include <wx/uiaction.h>

#include "dialog_respondents.h"
#include "gui_test_util.h"
#include "page_consensus.h"
#include "page_scoring.h"
#include "wx_text.h"

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
  empty.action_plan.clear();
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
