// The desktop app end to end: open the demo, pick a round, capture an
// answer by typing, undo/redo, save, reopen and find the text intact.
#include <catch2/catch.hpp>

#include <chrono>

#include <wx/cmdproc.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "commands/command_project.h"
#include "app/app_language.h"
#include "gui_test_util.h"
#include "pages/page_interview.h"
#include "pages/page_round_overview.h"
#include "pages/page_summary.h"
#include "app/project_tree.h"
#include "register.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

std::string answer_of(const ProjectDocument& doc, const std::string& round_id, const std::string& interview_id,
                      const std::string& question_id) {
  return doc.interview_field({round_id, interview_id, InterviewFieldRef::Field::Answer, question_id});
}

}  // namespace

TEST_CASE("a typed answer survives undo, redo, save and reopening", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  REQUIRE(doc);
  CHECK_FALSE(doc->read_only());
  CHECK(window->GetTitle().StartsWith("demo.readiness"));

  // The tree shows Norrbotten's four communities with their rounds.
  const Project& project = doc->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();
  REQUIRE(window->tree()->select(ProjectTree::Kind::Round, round.id));
  yield_a_bit();
  REQUIRE(window->current_page() == window->round_page());
  CHECK(window->round_page()->round_id() == round.id);
  CHECK(static_cast<wxDataViewVirtualListModel*>(window->round_page()->interview_list()->GetModel())->GetCount() ==
        round.interviews.size());

  // Open the planned (empty) interview if there is one, else the last.
  const Interview& interview = round.interviews.back();
  REQUIRE(window->round_page()->select_interview(interview.id));
  window->round_page()->open_selected();
  yield_a_bit();
  REQUIRE(window->current_page() == window->interview_page());
  PageInterview* page = window->interview_page();
  REQUIRE(page->question_count() == static_cast<int>(round.instrument.questions.size()));

  const std::string question = round.instrument.questions[1].id;
  const std::string before = answer_of(*doc, round.id, interview.id, question);
  page->go_to_question(1);
  wxTextCtrl* field = page->answer_field(1);
  REQUIRE(field);
  field->SetInsertionPointEnd();
  yield_a_bit();

  wxUIActionSimulator sim;
  sim.Text(" Kommunpolisen deltar.");
  yield_a_bit(10);
  REQUIRE(field->GetValue().EndsWith(" Kommunpolisen deltar."));
  page->commit_pending();
  const std::string typed = answer_of(*doc, round.id, interview.id, question);
  CHECK(typed == before + " Kommunpolisen deltar.");
  CHECK(doc->modified());
  CHECK(window->GetTitle().Contains("*"));

  SECTION("undo and redo restore the field and the document") {
    window->undo();
    yield_a_bit();
    CHECK(answer_of(*doc, round.id, interview.id, question) == before);
    CHECK(field->GetValue().utf8_string() == before);
    window->redo();
    yield_a_bit();
    CHECK(answer_of(*doc, round.id, interview.id, question) == typed);
    CHECK(field->GetValue().utf8_string() == typed);
  }

  SECTION("Ctrl+Z from the keyboard undoes the typing") {
    sim.Char('z', wxMOD_CONTROL);
    yield_a_bit(10);
    CHECK(answer_of(*doc, round.id, interview.id, question) == before);
  }

  SECTION("Ctrl+PgDn and Alt+Up move between questions") {
    sim.Char(WXK_PAGEDOWN, wxMOD_CONTROL);
    yield_a_bit(10);
    CHECK(page->current_question() == 2);
    CHECK(page->answer_field(2)->HasFocus());
    sim.Char(WXK_UP, wxMOD_ALT);
    yield_a_bit(10);
    CHECK(page->current_question() == 1);
  }

  // Save, close, reopen in a new window: the text is there.
  REQUIRE(window->save());
  CHECK_FALSE(doc->modified());
  CHECK_FALSE(window->GetTitle().Contains("*"));
  const std::string saved = answer_of(*doc, round.id, interview.id, question);
  window.close();
  CHECK_FALSE(std::filesystem::exists(scratch.demo + ".lock"));

  Window again;
  REQUIRE(again->open_project(wxString::FromUTF8(scratch.demo)));
  CHECK(answer_of(*again->document(), round.id, interview.id, question) == saved);
}

TEST_CASE("interview fields and status are undoable commands", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = doc->project().rounds.front();
  const Interview& interview = round.interviews.front();
  window->show_interview(round.id, interview.id);
  yield_a_bit();

  auto* interviewer = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("interviewer", window.frame));
  REQUIRE(interviewer);
  interviewer->SetFocus();
  interviewer->SelectAll();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.Text("Lena");
  yield_a_bit(10);
  window->interview_page()->commit_pending();
  const InterviewFieldRef ref{round.id, interview.id, InterviewFieldRef::Field::Interviewer, {}};
  CHECK(doc->interview_field(ref) == "Lena");
  // The Edit menu names what Undo would take back.
  wxMenu* edit = window->GetMenuBar()->GetMenu(1);
  wxMenuEvent open(wxEVT_MENU_OPEN, 0, edit);
  window->ProcessWindowEvent(open);
  CHECK(edit->FindItemByPosition(0)->GetItemLabelText() == "Undo interviewer");
  window->undo();
  CHECK(doc->interview_field(ref) == interview.interviewer);
  CHECK(interviewer->GetValue().utf8_string() == interview.interviewer);
}

TEST_CASE("communities and rounds are added and removed with undo", "[gui]") {
  Window window;
  REQUIRE(window->new_project());
  auto doc = window->document();
  REQUIRE(doc);
  CHECK(doc->untitled());

  Community community;
  community.id = doc->new_community_id("Kiruna");
  community.name = "Kiruna";
  community.code = "2584";
  community.county_code = "25";
  REQUIRE(window->submit(new CommandAddCommunity(doc, community)));
  CHECK(window->tree()->find(ProjectTree::Kind::Community, community.id).IsOk());

  Round round;
  round.id = doc->new_round_id(community.id, "2024");
  round.community_id = community.id;
  round.label = "2024";
  round.issue = "alkohol bland unga";
  round.instrument = InstrumentLibrary::load_default().get(kDefaultInstrumentId);
  Interview interview;
  interview.id = "1";
  round.interviews.push_back(interview);
  REQUIRE(window->submit(new CommandAddRound(doc, round)));
  REQUIRE(window->tree()->find(ProjectTree::Kind::Round, round.id).IsOk());
  window->show_round(round.id);
  CHECK(window->current_page() == window->round_page());

  REQUIRE(window->submit(new CommandRemoveCommunity(doc, community.id)));
  CHECK(doc->project().rounds.empty());
  CHECK_FALSE(window->tree()->find(ProjectTree::Kind::Round, round.id).IsOk());
  CHECK(window->current_page() != window->round_page());

  window->undo();
  CHECK(doc->project().find_round(round.id));
  CHECK(window->tree()->find(ProjectTree::Kind::Round, round.id).IsOk());
  window->undo();
  window->undo();
  CHECK(doc->project().communities.empty());
  CHECK_FALSE(window->commands().CanUndo());
}

TEST_CASE("unsaved changes are never dropped without asking", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->new_demo_project());
  auto doc = window->document();
  REQUIRE(doc->modified());

  // Cancel keeps everything as it was.
  bool opened = true;
  wxTEST_DIALOG(opened = window->open_project(wxString::FromUTF8(scratch.demo)),
                ExpectMessage(wxID_CANCEL, "Save changes"));
  CHECK_FALSE(opened);
  CHECK(window->document() == doc);

  bool closed = true;
  wxTEST_DIALOG(closed = window->close_project(), ExpectMessage(wxID_CANCEL, "Save changes"));
  CHECK_FALSE(closed);
  CHECK(window->document() == doc);

  // Don't save: the other project opens.
  wxTEST_DIALOG(opened = window->open_project(wxString::FromUTF8(scratch.demo)),
                ExpectMessage(wxID_NO, "Save changes"));
  CHECK(opened);
  CHECK(window->document() != doc);
  CHECK_FALSE(window->document()->untitled());
}

TEST_CASE("save as writes a new file that opens", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->new_demo_project());
  const std::string path = (scratch.dir / "ny.readiness").string();
  REQUIRE(window->save_as(wxString::FromUTF8(path)));
  CHECK(window->document()->path() == path);
  CHECK_FALSE(window->document()->modified());
  CHECK(std::filesystem::exists(path + ".lock"));
  CHECK(load_project(path).rounds.size() == window->document()->project().rounds.size());
}

TEST_CASE("a 290-municipality project opens and fills the tree quickly", "[gui]") {
  Scratch scratch;
  const Project demo = load_project(scratch.demo);
  Project county_scale;
  county_scale.title = "Alla kommuner";
  for (const auto& m : SwedishRegister::bundled().municipalities()) {
    Community c;
    c.id = "se-" + m.code;
    c.name = m.name;
    c.code = m.code;
    c.county_code = m.county_code;
    county_scale.communities.push_back(c);
    Round r = demo.rounds.front();
    r.id = c.id + "-2022";
    r.community_id = c.id;
    county_scale.rounds.push_back(r);
  }
  REQUIRE(county_scale.communities.size() == 290);
  const std::string path = (scratch.dir / "alla.readiness").string();
  save_project(county_scale, path);

  Window window;
  const auto start = std::chrono::steady_clock::now();
  REQUIRE(window->open_project(wxString::FromUTF8(path)));
  yield_a_bit(1);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 3.0);
  CHECK(window->tree()->find(ProjectTree::Kind::Community, "se-2584").IsOk());
  CHECK(window->tree()->find(ProjectTree::Kind::Round, "se-2584-2022").IsOk());
}

TEST_CASE("switching the language keeps the open project, its page and its undo history", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = doc->project().rounds.front();
  window->show_interview(round.id, round.interviews.front().id);
  window->interview_page()->go_to_question(3);
  wxTextCtrl* field = window->interview_page()->answer_field(3);
  field->SetInsertionPointEnd();
  yield_a_bit();
  wxUIActionSimulator().Text(" Tillagg.");
  yield_a_bit(10);
  window->interview_page()->commit_pending();
  REQUIRE(window->commands().CanUndo());

  auto switch_to = [&](const wxString& item) { switch_language(window, item); };
  switch_to(wxString::FromUTF8("Svenska"));
  CHECK(window->GetMenuBar()->GetMenuLabelText(0) == "Arkiv");
  CHECK(window->document() == doc);
  CHECK(window->current_page() == window->interview_page());
  CHECK(window->interview_page()->current_question() == 3);
  CHECK(window->commands().CanUndo());
  CHECK(std::filesystem::exists(scratch.demo + ".lock"));

  switch_to("English");
  CHECK(window->GetMenuBar()->GetMenuLabelText(0) == "File");
  window->undo();
  CHECK(window->interview_page()->answer_field(3)->GetValue().Find(" Tillagg.") == wxNOT_FOUND);
  set_language_setting("");
}
