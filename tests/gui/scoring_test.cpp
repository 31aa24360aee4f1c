// Blind double scoring end to end: score an interview as A and as B by
// typing and clicking, check that B never sees A's scores, settle the
// consensus with a reason, read the results page and compare it with
// `readiness-cli score --json`; scorer packages out and back.
#include <catch2/catch.hpp>

#include <filesystem>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/srchctrl.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/tglbtn.h>
#include <wx/uiaction.h>

#include "app/app_language.h"
#include "cli_json.h"
#include "gui_test_util.h"
#include "number_oracle.h"
#include "pages/page_consensus.h"
#include "pages/page_results.h"
#include "pages/page_round_overview.h"
#include "pages/page_scoring.h"
#include "instrument_library.h"
#include "scorer_package.h"
#include "consensus.h"
#include "pages/agreement_panel.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// The demo's Arjeplog 2022: its last interview is planned, with no scores.
const Round& arjeplog_2022(const Project& p) { return *p.rounds_of(p.communities.front().id).back(); }

std::optional<Hundredths> score_of(const ProjectDocument& doc, const std::string& round, const std::string& interview,
                                   const std::string& dimension, ScorerSlot slot) {
  return doc.score({round, interview, dimension, slot});
}

// Every label and text value on a window and its children.
void collect_text(wxWindow* window, wxString& out) {
  if (auto* t = dynamic_cast<wxStaticText*>(window)) out += t->GetLabel() + "\n";
  if (auto* t = dynamic_cast<wxTextCtrl*>(window)) out += t->GetValue() + "\n";
  if (auto* c = dynamic_cast<wxChoice*>(window))
    for (unsigned i = 0; i < c->GetCount(); ++i) out += c->GetString(i) + "\n";
  for (wxWindow* child : window->GetChildren()) collect_text(child, out);
}

void click(wxWindow* button) {
  wxUIActionSimulator sim;
  sim.MouseMove(button->GetScreenRect().GetPosition() + button->GetSize() / 2);
  yield_a_bit();
  sim.MouseClick();
  yield_a_bit(10);
}

// Types into the score field and presses Enter (which saves and moves on).
void type_score(PageScoring* page, const char* text) {
  page->score_field()->SetFocus();
  page->score_field()->SelectAll();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.Text(text);
  sim.Char(WXK_RETURN);
  yield_a_bit(10);
}

// Answers the reason dialog of the consensus page.
class AnswerReason : public wxExpectModalBase<wxTextEntryDialog, AnswerReason> {
 public:
  explicit AnswerReason(wxString reason, wxString* asked = nullptr) : m_reason(std::move(reason)), m_asked(asked) {}

 protected:
  int OnInvoked(wxTextEntryDialog* dialog) const override {
    if (m_asked) *m_asked = dialog->GetTitle();
    dialog->SetValue(m_reason);
    dialog->TransferDataFromWindow();  // what OK does; ShowModal never ran
    return wxID_OK;
  }

 private:
  wxString m_reason;
  wxString* m_asked;
};

}  // namespace

TEST_CASE("an interview scored blind by A and B and settled with a reason gives the same result as the CLI", "[gui][scoring]") {
  Scratch scratch;
  Window window;
  // Tall enough that all nine level buttons are on screen for the clicks.
  window->SetSize(wxSize(1400, 1150));
  yield_a_bit();
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = arjeplog_2022(doc->project());
  const std::string round_id = round.id;
  const Interview& interview = round.interviews.back();
  const std::string iid = interview.id;
  REQUIRE(interview.scores.empty());
  std::vector<std::string> dims;
  for (const auto& d : round.instrument.dimensions) dims.push_back(d.code);
  REQUIRE(dims.size() == 6);

  window->show_scoring(round_id, iid);
  yield_a_bit();
  PageScoring* page = window->scoring_page();
  REQUIRE(window->current_page() == page);
  CHECK(page->interview_id() == iid);

  // ---- scorer A: typed (point, comma, finer step) and clicked levels -------
  page->set_slot(ScorerSlot::A);
  page->set_dimension(dims[0]);
  type_score(page, "4.5");
  CHECK(score_of(*doc, round_id, iid, dims[0], ScorerSlot::A) == 450);
  CHECK(page->dimension() == dims[1]);  // Enter moved on
  type_score(page, "3,5");
  CHECK(score_of(*doc, round_id, iid, dims[1], ScorerSlot::A) == 350);
  type_score(page, "5.25");
  CHECK(score_of(*doc, round_id, iid, dims[2], ScorerSlot::A) == 525);
  type_score(page, "12");  // out of range: refused, nothing stored
  CHECK_FALSE(score_of(*doc, round_id, iid, dims[3], ScorerSlot::A));
  CHECK(page->dimension() == dims[3]);
  for (std::size_t k = 3; k < 6; ++k) {
    page->set_dimension(dims[k]);
    click(page->level_button(static_cast<int>(k)));  // levels 3, 4, 5
    CHECK(score_of(*doc, round_id, iid, dims[k], ScorerSlot::A) == static_cast<int>(k) * 100);
    CHECK(page->level_button(static_cast<int>(k))->GetValue());
  }
  // + and − step by half a level.
  page->set_dimension(dims[5]);
  page->score_field()->SetFocus();
  yield_a_bit();
  wxUIActionSimulator().Char(WXK_NUMPAD_ADD);
  yield_a_bit(10);
  INFO("field after +: " << to_utf8(page->score_field()->GetValue()));
  CHECK(score_of(*doc, round_id, iid, dims[5], ScorerSlot::A) == 550);
  wxUIActionSimulator().Char(WXK_NUMPAD_SUBTRACT);
  yield_a_bit(10);
  CHECK(score_of(*doc, round_id, iid, dims[5], ScorerSlot::A) == 500);

  // Every score edit is undoable.
  window->undo();
  CHECK(score_of(*doc, round_id, iid, dims[5], ScorerSlot::A) == 550);
  window->redo();
  CHECK(score_of(*doc, round_id, iid, dims[5], ScorerSlot::A) == 500);

  // A note with evidence quoted from the answers.
  page->set_dimension(dims[0]);
  const wxString answers = page->answers_view()->GetValue();
  const long quote_at = static_cast<long>(answers.find(wxString::FromUTF8("\n", 1)) + 1);  // the first answer line
  page->answers_view()->SetSelection(quote_at, quote_at + 12);
  const wxString quoted = page->answers_view()->GetStringSelection();
  REQUIRE(page->quote_selection());
  const std::string note_a = doc->score_note({round_id, iid, dims[0], ScorerSlot::A});
  CHECK(note_a.find(to_utf8(quoted.Strip(wxString::both))) != std::string::npos);

  // The consensus page is blind too while B has not finished: marks, no numbers.
  window->show_consensus(round_id);
  yield_a_bit();
  {
    const wxString cell = window->consensus_page()->cell_text(iid, dims[0]);
    INFO(to_utf8(cell));
    CHECK(cell.Contains(wxString::FromUTF8("A \u2713")));
    CHECK_FALSE(cell.Contains("4.50"));
  }
  window->show_scoring(round_id, iid);
  yield_a_bit();

  // ---- scorer B: blind to A ---------------------------------------------------
  page->set_slot(ScorerSlot::B);
  page->set_dimension(dims[0]);
  yield_a_bit();
  CHECK(page->score_field()->GetValue().empty());
  const wxString other = page->other_scorer_label()->GetLabel();
  CHECK(other.Contains("Scorer A"));
  CHECK(other.Contains("hidden"));
  {
    wxString everything;
    collect_text(page, everything);
    // A's note is not on B's page either.
    CHECK_FALSE(everything.Contains(wxString::FromUTF8(doc->score_note({round_id, iid, dims[0], ScorerSlot::A}))));
    for (const char* a_score : {"4.50", "3.50", "5.25", "4.5", "5.25"}) {
      INFO(a_score);
      CHECK_FALSE(everything.Contains(wxString::Format("Scorer A (%s): %s", to_wx(interview.scorer_a_name), a_score)));
      CHECK_FALSE(page->other_scorer_label()->GetLabel().Contains(a_score));
    }
  }
  // B scores: far from A on the first dimension (flagged), equal elsewhere.
  type_score(page, "6");
  type_score(page, "3.5");
  type_score(page, "5,25");
  for (std::size_t k = 3; k < 6; ++k) {
    page->set_dimension(dims[k]);
    click(page->level_button(static_cast<int>(k)));
  }
  CHECK(score_of(*doc, round_id, iid, dims[0], ScorerSlot::B) == 600);
  CHECK(score_of(*doc, round_id, iid, dims[5], ScorerSlot::B) == 500);
  // Both done: now each sees the other.
  page->set_dimension(dims[0]);
  CHECK(page->other_scorer_label()->GetLabel().Contains("4.50"));

  // ---- consensus ---------------------------------------------------------------
  window->show_consensus(round_id);
  yield_a_bit();
  PageConsensus* consensus = window->consensus_page();
  REQUIRE(window->current_page() == consensus);
  CHECK(consensus->cell_text(iid, dims[0]).Contains("4.50"));
  CHECK(consensus->cell_text(iid, dims[0]).Contains("6.00"));
  CHECK(consensus->cell_text(iid, dims[0]).Contains("!"));  // over 1.0 apart
  const wxString before = consensus->progress_label()->GetLabel();
  CHECK(before.Contains("cells have consensus"));

  // 5.00 is neither A nor B: a reason is asked for.
  REQUIRE(consensus->select_cell(iid, dims[0]));
  consensus->consensus_field()->SetFocus();
  consensus->consensus_field()->SelectAll();
  yield_a_bit();
  wxUIActionSimulator().Text("5");
  yield_a_bit(10);
  INFO("consensus field: " << to_utf8(consensus->consensus_field()->GetValue()));
  wxString asked;
  bool saved = false;
  wxTEST_DIALOG(saved = consensus->save_consensus(), AnswerReason(wxString::FromUTF8("Polisens svar väger tyngst."), &asked));
  CHECK(saved);
  CHECK(asked == "Reason for the consensus");
  CHECK(score_of(*doc, round_id, iid, dims[0], ScorerSlot::Consensus) == 500);
  CHECK(doc->consensus_reason({round_id, iid, dims[0], ScorerSlot::Consensus}) == "Polisens svar väger tyngst.");
  // Typed with Enter: saved (equal to both, so no reason) and on to the next open cell.
  REQUIRE(consensus->select_cell(iid, dims[1]));
  consensus->consensus_field()->SetFocus();
  consensus->consensus_field()->SelectAll();
  yield_a_bit();
  wxUIActionSimulator().Text("3,5");
  wxUIActionSimulator().Char(WXK_RETURN);
  yield_a_bit(10);
  CHECK(score_of(*doc, round_id, iid, dims[1], ScorerSlot::Consensus) == 350);
  CHECK(consensus->selected_interview() == iid);
  CHECK(consensus->selected_dimension() == dims[2]);
  // The others: take A's score (equal to B's), no reason needed.
  for (std::size_t k = 2; k < 6; ++k) {
    REQUIRE(consensus->select_cell(iid, dims[k]));
    consensus->take_score(ScorerSlot::A);
    CHECK(consensus->save_consensus());
  }
  CHECK(score_of(*doc, round_id, iid, dims[2], ScorerSlot::Consensus) == 525);
  yield_a_bit();
  const ConsensusProgress progress = consensus_progress(*doc->project().find_round(round_id));
  CHECK(consensus->progress_label()->GetLabel().Contains(
      wxString::Format("%d of %d cells have consensus", progress.with_consensus, progress.cells)));
  CHECK(consensus->agreement()->table()->GetItemCount() >= 7);  // six dimensions + overall (+ pairs)

  // ---- results equal the CLI's, for the saved file -----------------------------
  REQUIRE(window->save());
  window->show_results(round_id);
  yield_a_bit();
  PageResults* results = window->results_page();
  REQUIRE(window->current_page() == results);
  const nlohmann::json cli = run_cli_json("score " + scratch.demo);
  const nlohmann::json* mine = nullptr;
  for (const auto& r : cli.at("rounds"))
    if (r.at("community").get<std::string>() == "Arjeplog" && r.at("round").get<std::string>() == round.label)
      mine = &r;
  REQUIRE(mine);
  REQUIRE(mine->at("overall").is_object());
  const std::string overall = to_utf8(results->overall_label()->GetLabel());
  INFO("page: " << overall << ", cli: " << mine->at("overall").dump());
  CHECK(overall.size() == std::string("4.1234").size());
  // Cut at 4 decimals (the CLI's JSON rounds there): the exact mean of the
  // dimension means, from the CLI's means and n in integers (number_oracle.h).
  CHECK(overall == overall_mean_cut(mine->at("dimensions"), 4));
  // The JSON names the stage in the round instrument's language (cr6-sv);
  // the English window in English: the library's cr6-en (instrument_names.h).
  REQUIRE(mine->at("instrument") == "cr6-sv");
  const int stage = mine->at("overall").at("stage").get<int>();
  CHECK(mine->at("overall").at("stage_name") == InstrumentLibrary::load_default().get("cr6-sv").stage_name(stage));
  CHECK(results->stage_label()->GetLabel() ==
        wxString::Format("Stage %d: %s", stage, to_wx(InstrumentLibrary::load_default().get("cr6-en").stage_name(stage))));
  CHECK(results->dimension_table()->GetItemCount() == 6);
  CHECK_FALSE(results->lowest_label()->GetLabel().empty());
  CHECK(results->provisional_label()->GetLabel().empty() == !mine->at("provisional").get<bool>());

  // Undo the six consensus scores: A and B remain without consensus, so
  // the round is provisional again, and the page says so.
  for (int i = 0; i < 6; ++i) window->undo();  // four taken, one typed, one reasoned
  CHECK_FALSE(score_of(*doc, round_id, iid, dims[0], ScorerSlot::Consensus));
  yield_a_bit();
  CHECK_FALSE(results->provisional_label()->GetLabel().empty());
  CHECK(results->warnings_label()->GetLabel().Contains("Consensus missing in 6 cells"));
}

TEST_CASE("a scorer package goes out to B and comes back scored from another laptop", "[gui][scoring]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = arjeplog_2022(doc->project());
  const std::string round_id = round.id;
  const std::string iid = round.interviews.back().id;
  const std::string first_dim = round.instrument.dimensions.front().code;
  const std::string out = (scratch.dir / "for-b.readiness-package").string();
  const std::string back = (scratch.dir / "from-b.readiness-package").string();
  // A scores the planned interview's first dimension; B's package must not carry it.
  doc->set_score({round_id, iid, first_dim, ScorerSlot::A}, 725);
  REQUIRE(window->export_scorer_package(round_id, ScorerSlot::B, wxString::FromUTF8(out)));
  const ScorerPackage package = load_scorer_package(out);
  for (const auto& pi : package.interviews)
    if (pi.id == iid) CHECK(pi.scores.empty());

  {
    // B's laptop: no project open; the package opens as a project of its own.
    Window laptop;
    bool opened = false;
    wxTEST_DIALOG(opened = laptop->import_scorer_package(wxString::FromUTF8(out)),
                  ExpectMessage(wxID_YES, "not in the open project"));
    REQUIRE(opened);
    PageScoring* page = laptop->scoring_page();
    REQUIRE(laptop->current_page() == page);
    CHECK(page->slot() == ScorerSlot::B);
    REQUIRE(page->set_interview(iid));
    page->set_dimension(first_dim);
    // Blind here too: A's 7.25 is nowhere in the package, so nowhere on screen.
    wxString everything;
    collect_text(page, everything);
    CHECK_FALSE(everything.Contains("7.25"));
    type_score(page, "4");
    type_score(page, "4.5");
    REQUIRE(laptop->export_scorer_package(round_id, ScorerSlot::B, wxString::FromUTF8(back)));
    laptop.close();
  }

  // Back home: B's new scores come in; nothing overwritten.
  bool imported = false;
  wxString seen;
  wxTEST_DIALOG(imported = window->import_scorer_package(wxString::FromUTF8(back)),
                ExpectMessage(wxID_OK, "2 new scores taken in", &seen));
  INFO(to_utf8(seen));
  REQUIRE(imported);
  CHECK(score_of(*doc, round_id, iid, first_dim, ScorerSlot::B) == 400);
  CHECK(score_of(*doc, round_id, iid, first_dim, ScorerSlot::A) == 725);
  CHECK(window->current_page() == window->consensus_page());

  // The answers edited meanwhile: reported, that interview's scores not taken.
  window->undo();  // the import, as one step
  CHECK_FALSE(score_of(*doc, round_id, iid, first_dim, ScorerSlot::B));
  doc->set_interview_field({round_id, iid, InterviewFieldRef::Field::Answer, round.instrument.questions.front().id},
                           "Ett svar skrivet efter exporten.");
  wxTEST_DIALOG(imported = window->import_scorer_package(wxString::FromUTF8(back)),
                ExpectMessage(wxID_OK, "answers have changed", &seen));
  CHECK_FALSE(score_of(*doc, round_id, iid, first_dim, ScorerSlot::B));
}

TEST_CASE("the scoring page finds evidence with a highlighting search and all questions one click away", "[gui][scoring]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Round& round = arjeplog_2022(window->document()->project());
  // From the round overview's button, on the selected interview.
  window->show_round(round.id);
  REQUIRE(window->round_page()->select_interview(round.interviews[1].id));
  yield_a_bit();
  auto* score_button = wxWindow::FindWindowByName("open_scoring", window.frame);
  REQUIRE(score_button);
  click(score_button);
  PageScoring* page = window->scoring_page();
  REQUIRE(window->current_page() == page);
  CHECK(page->interview_id() == round.interviews[1].id);

  page->set_dimension(round.instrument.dimensions[1].code);
  const wxString own_only = page->answers_view()->GetValue();
  page->all_questions()->SetValue(true);
  wxCommandEvent toggle(wxEVT_CHECKBOX, page->all_questions()->GetId());
  toggle.SetInt(1);
  page->all_questions()->GetEventHandler()->ProcessEvent(toggle);
  const wxString everything = page->answers_view()->GetValue();
  CHECK(everything.length() > own_only.length());
  CHECK(everything.StartsWith(own_only.Left(40)));  // the dimension's own questions stay first

  page->search_field()->SetFocus();
  yield_a_bit();
  wxUIActionSimulator().Text("skol");
  yield_a_bit(10);
  CHECK(page->search_field()->GetValue() == "skol");
  int expected = 0;
  for (size_t at = everything.Lower().find("skol"); at != wxString::npos; at = everything.Lower().find("skol", at + 4))
    ++expected;
  CHECK(page->match_count() == expected);
  CHECK(expected > 0);
}

TEST_CASE("switching the language keeps the scoring, consensus and results pages where they were", "[gui][scoring]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Round& round = window->document()->project().rounds.back();
  REQUIRE(round.interviews.size() >= 2);
  const std::string interview = round.interviews[1].id;
  const std::string dimension = round.instrument.dimensions[2].code;

  window->show_scoring(round.id, interview);
  window->scoring_page()->set_slot(ScorerSlot::B);
  REQUIRE(window->scoring_page()->set_dimension(dimension));
  switch_language(window, wxString::FromUTF8("Svenska"));
  REQUIRE(window->current_page() == window->scoring_page());
  CHECK(window->scoring_page()->round_id() == round.id);
  CHECK(window->scoring_page()->interview_id() == interview);
  CHECK(window->scoring_page()->slot() == ScorerSlot::B);
  CHECK(window->scoring_page()->dimension() == dimension);

  window->show_consensus(round.id);
  switch_language(window, "English");
  REQUIRE(window->current_page() == window->consensus_page());
  CHECK(window->consensus_page()->round_id() == round.id);

  window->show_results(round.id);
  switch_language(window, wxString::FromUTF8("Svenska"));
  REQUIRE(window->current_page() == window->results_page());
  CHECK(window->results_page()->round_id() == round.id);
  switch_language(window, "English");  // as the other tests expect it
  CHECK(window->current_page() == window->results_page());
  set_language_setting("");
}
