// Setting a project up through the dialogs: municipalities from the
// register, a custom community, the round wizard, respondents; undo, redo,
// save, reopen. Modal dialogs are driven with wxTEST_DIALOG: inside the
// expectation the dialog is shown modelessly, typed into with
// wxUIActionSimulator, and answered.
#include <catch2/catch.hpp>

#include <functional>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/cmdproc.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "commands/command_community.h"
#include "community_removal.h"
#include "dialogs/dialog_add_communities.h"
#include "dialogs/dialog_community.h"
#include "dialogs/dialog_respondents.h"
#include "dialogs/dialog_round_wizard.h"
#include "gui_test_util.h"
#include "pages/page_round_overview.h"
#include "app/project_tree.h"
#include "models/register_list_model.h"
#include "app/setup_actions.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// Shows the dialog without a modal loop, so the simulator can type into it.
void show(wxWindow& dialog) {
  dialog.Show();
  dialog.Raise();
  yield_a_bit(10);
}

void type_into(wxWindow* field, const wxString& text) {
  field->SetFocus();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.Text(text.utf8_str());
  yield_a_bit(10);
}

void click(wxWindow* control) {
  wxUIActionSimulator sim;
  const wxSize size = control->GetSize();
  sim.MouseMove(control->ClientToScreen(wxPoint(std::min(10, size.x / 2), size.y / 2)));
  yield_a_bit();
  sim.MouseClick();
  yield_a_bit(10);
}

struct RespondentText {
  std::string id, pseudonym, sector, role, contact;
  bool operator==(const RespondentText& o) const {
    return id == o.id && pseudonym == o.pseudonym && sector == o.sector && role == o.role && contact == o.contact;
  }
};

std::vector<RespondentText> respondents_of(const Round& round) {
  std::vector<RespondentText> out;
  for (const auto& r : round.respondents) out.push_back({r.id, r.pseudonym, r.sector, r.role, r.contact});
  return out;
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<RespondentText> {
  static std::string convert(const RespondentText& r) {
    return "{" + r.id + " | " + r.pseudonym + " | " + r.sector + " | " + r.role + " | " + r.contact + "}";
  }
};
}  // namespace Catch

TEST_CASE("a new project gets municipalities, a round and respondents that survive undo, redo and reopening",
          "[gui][setup]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->new_project());
  auto doc = window->document();
  PageHost& host = *window.frame;

  // ---- two municipalities from the register, typed and ticked -------------
  bool added = false;
  wxTEST_DIALOG(added = add_communities_from_register(window.frame, host),
                ExpectDialog<DialogAddCommunities>([](DialogAddCommunities& dialog) {
                  show(dialog);
                  type_into(dialog.search_field(), "arjeplog");
                  CHECK(dialog.model().rows().size() == 1);
                  // Down from the search field, space ticks the row.
                  wxUIActionSimulator sim;
                  sim.Char(WXK_DOWN);
                  yield_a_bit(10);
                  sim.Char(WXK_SPACE);
                  yield_a_bit(10);
                  CHECK(dialog.chosen_codes() == std::vector<std::string>{"2506"});
                  dialog.set_search(wxString());
                  // Typed without the ring and dots, as on a foreign keyboard.
                  type_into(dialog.search_field(), "ALVSBYN");
                  REQUIRE(dialog.model().rows().size() == 1);
                  dialog.toggle_row(0);
                  CHECK(dialog.chosen_codes() == std::vector<std::string>{"2506", "2560"});
                  CHECK(dialog.FindWindow(wxID_OK)->GetLabel().Contains("2"));
                  dialog.Hide();
                  return wxID_OK;
                }));
  REQUIRE(added);
  REQUIRE(doc->project().communities.size() == 2);
  CHECK(doc->project().find_community("se-2506")->name == "Arjeplog");
  CHECK(doc->project().find_community("se-2560")->county_code == "25");
  CHECK(window->tree()->find(ProjectTree::Kind::Community, "se-2560").IsOk());
  // One step to undo for both.
  window->undo();
  CHECK(doc->project().communities.empty());
  window->redo();
  CHECK(doc->project().communities.size() == 2);

  // ---- a round through the wizard ---------------------------------------
  REQUIRE(window->tree()->select(ProjectTree::Kind::Community, "se-2506"));
  wxTEST_DIALOG(added = new_round(window.frame, host, "se-2506"),
                ExpectDialog<DialogRoundWizard>([](DialogRoundWizard& wizard) {
                  show(wizard);
                  CHECK_FALSE(wizard.previous_box()->IsEnabled());  // no earlier round
                  CHECK(wizard.label_field()->GetValue() == wxString::Format("%d", wxDateTime::Now().GetYear()));
                  wizard.label_field()->ChangeValue("2024");
                  type_into(wizard.issue_field(), "langning av alkohol till unga");
                  CHECK_FALSE(wizard.problems().empty());  // no area yet
                  click(wizard.area_box("alcohol"));
                  CHECK(wizard.area_box("alcohol")->IsChecked());
                  wizard.definition_field()->ChangeValue("Unga 13-17 i Arjeplogs kommun");
                  CHECK(wizard.chosen_instrument());
                  CHECK(wizard.chosen_instrument()->id == "cr6-en");  // the tests run in English
                  CHECK(wizard.choose_instrument("cr6-sv"));
                  CHECK(wizard.problems().empty());
                  wizard.Hide();
                  return wxID_OK;
                }));
  REQUIRE(added);
  REQUIRE(doc->project().rounds.size() == 1);
  const std::string round_id = doc->project().rounds.front().id;
  {
    const Round& round = doc->project().rounds.front();
    CHECK(round_id == "se-2506-2024");
    CHECK(round.label == "2024");
    CHECK(round.issue == "langning av alkohol till unga");
    CHECK(round.areas == std::vector<std::string>{"alcohol"});
    CHECK(round.instrument.id == "cr6-sv");
    CHECK(round.instrument.dimensions.size() == 6);
    CHECK(round.interviews.empty());
  }
  CHECK(window->current_page() == window->round_page());
  CHECK(window->round_page()->round_id() == round_id);

  // ---- respondents --------------------------------------------------------
  wxTEST_DIALOG(added = edit_respondents(window.frame, host, round_id),
                ExpectDialog<DialogRespondents>([](DialogRespondents& dialog) {
                  show(dialog);
                  const std::string first = dialog.add_respondent();
                  // A moment, as a person takes: GTK redraws the list after a
                  // row is added and keys typed during that are lost.
                  yield_a_bit(20);
                  CHECK(first == "R1");
                  CHECK(dialog.pseudonym_field()->GetValue() == "Respondent 1");
                  dialog.pseudonym_field()->SelectAll();
                  type_into(dialog.pseudonym_field(), "Polisen");
                  CHECK(dialog.pseudonym_field()->GetValue() == "Polisen");
                  CHECK(dialog.selected_id() == "R1");
                  dialog.set_sector("police");
                  type_into(dialog.role_field(), "Kommunpolis");
                  type_into(dialog.contact_field(), "070-111 22 33");
                  dialog.commit();
                  CHECK(dialog.coverage_text()->GetLabel().Contains("Only 1 interview"));
                  CHECK(dialog.coverage_text()->GetLabel().Contains("School"));
                  const std::string second = dialog.add_respondent();
                  yield_a_bit(20);
                  CHECK(second == "R2");
                  dialog.set_sector("school");
                  type_into(dialog.role_field(), "Rektor");
                  dialog.commit();
                  CHECK(dialog.coverage_text()->GetLabel().Contains("Only 2 interviews"));
                  CHECK_FALSE(dialog.coverage_text()->GetLabel().Contains("School"));
                  dialog.Hide();
                  return wxID_OK;
                }));
  CHECK(added);
  const std::vector<RespondentText> expected = {{"R1", "Polisen", "police", "Kommunpolis", "070-111 22 33"},
                                                {"R2", "Respondent 2", "school", "Rektor", ""}};
  {
    const Round& round = *doc->project().find_round(round_id);
    CHECK(respondents_of(round) == expected);
    REQUIRE(round.interviews.size() == 2);
    CHECK(round.interviews[0].respondent_id == "R1");
    CHECK(round.interviews[1].respondent_id == "R2");
    CHECK(round.interviews[1].status == InterviewStatus::Planned);
  }

  // ---- undo back to the empty round, redo everything ------------------------
  int steps = 0;
  while (!doc->project().find_round(round_id)->respondents.empty()) {
    window->undo();
    REQUIRE(++steps < 20);
  }
  CHECK(doc->project().find_round(round_id)->interviews.empty());
  for (int i = 0; i < steps; ++i) window->redo();
  CHECK(respondents_of(*doc->project().find_round(round_id)) == expected);
  CHECK(doc->project().find_round(round_id)->interviews.size() == 2);
  window->undo();  // the school role...
  CHECK(doc->project().find_round(round_id)->respondents[1].role.empty());
  window->redo();

  // ---- save, reopen, intact ------------------------------------------------------
  const std::string path = (scratch.dir / "ny.readiness").string();
  REQUIRE(window->save_as(wxString::FromUTF8(path)));
  window.close();

  Window again;
  REQUIRE(again->open_project(wxString::FromUTF8(path)));
  const Project& reopened = again->document()->project();
  REQUIRE(reopened.communities.size() == 2);
  CHECK(reopened.find_community("se-2560")->name == "Älvsbyn");
  const Round* round = reopened.find_round(round_id);
  REQUIRE(round);
  CHECK(round->issue == "langning av alkohol till unga");
  CHECK(round->community_definition == "Unga 13-17 i Arjeplogs kommun");
  CHECK(round->instrument.id == "cr6-sv");
  CHECK(respondents_of(*round) == expected);
  CHECK(round->interviews.size() == 2);
  CHECK(again->tree()->find(ProjectTree::Kind::Round, round_id).IsOk());
}

TEST_CASE("the register dialog shows municipalities already added and chooses a whole county", "[gui][setup]") {
  Project project;
  Community arjeplog;
  arjeplog.id = "se-2506";
  arjeplog.name = "Arjeplog";
  arjeplog.code = "2506";
  arjeplog.county_code = "25";
  project.communities.push_back(arjeplog);

  DialogAddCommunities dialog(nullptr, project);
  CHECK(dialog.model().rows().size() == 290);
  dialog.set_county("25");
  REQUIRE(dialog.model().rows().size() == 14);
  unsigned arjeplog_row = 0;
  while (dialog.model().rows()[arjeplog_row]->code != "2506") ++arjeplog_row;
  CHECK_FALSE(dialog.model().IsEnabledByRow(arjeplog_row, RegisterListModel::ColChosen));
  wxVariant state;
  dialog.model().GetValueByRow(state, arjeplog_row, RegisterListModel::ColState);
  CHECK(state.GetString() == "Already in the project");
  CHECK_FALSE(dialog.choose("2506"));

  dialog.set_search("pite");  // the whole county, whatever the search shows
  CHECK(dialog.model().rows().size() == 1);
  dialog.choose_whole_county();
  const std::vector<std::string> chosen = dialog.chosen_codes();
  CHECK(chosen.size() == 13);
  CHECK(std::find(chosen.begin(), chosen.end(), "2506") == chosen.end());

  dialog.set_county("");
  dialog.set_search("2584");
  REQUIRE(dialog.model().rows().size() == 1);
  CHECK(dialog.model().rows()[0]->name == "Kiruna");
}

TEST_CASE("removing a community names its rounds and interviews and can be undone", "[gui][setup]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  PageHost& host = *window.frame;
  const std::size_t rounds_before = doc->project().rounds.size();
  const RemovalConsequences c = community_removal_consequences(doc->project(), "se-2506");
  REQUIRE(c.rounds == 2);
  const wxString needle = wxString::Format("2 rounds (2019, 2022) with %d interviews", c.interviews);

  bool removed = true;
  wxTEST_DIALOG(removed = remove_community(window.frame, host, "se-2506"), ExpectMessage(wxID_NO, needle));
  CHECK_FALSE(removed);
  CHECK(doc->project().find_community("se-2506"));

  wxTEST_DIALOG(removed = remove_community(window.frame, host, "se-2506"), ExpectMessage(wxID_YES, needle));
  CHECK(removed);
  CHECK_FALSE(doc->project().find_community("se-2506"));
  CHECK(doc->project().rounds.size() == rounds_before - 2);
  window->undo();
  CHECK(doc->project().find_community("se-2506"));
  CHECK(doc->project().rounds.size() == rounds_before);
}

TEST_CASE("the wizard starts from the previous round: settings and respondents carried over", "[gui][setup]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round previous = *doc->project().rounds_of("se-2506").back();  // a copy: adding a round moves them
  const std::size_t respondents = previous.respondents.size();
  REQUIRE(respondents > 0);

  bool added = false;
  wxTEST_DIALOG(added = new_round(window.frame, *window.frame, "se-2506"),
                ExpectDialog<DialogRoundWizard>([&](DialogRoundWizard& wizard) {
                  CHECK(wizard.previous_box()->IsChecked());
                  CHECK(wizard.previous_box()->GetLabel().Contains(to_wx(previous.label)));
                  CHECK(to_utf8(wizard.issue_field()->GetValue()) == previous.issue);
                  CHECK(wizard.area_box("alcohol")->IsChecked());
                  CHECK(wizard.chosen_instrument()->id == previous.instrument.id);
                  CHECK(wizard.setup().respondents.size() == respondents);
                  wizard.label_field()->ChangeValue("2025");
                  // Unticking keeps the texts but drops the respondents.
                  wizard.start_from_previous(false);
                  CHECK(wizard.setup().respondents.empty());
                  CHECK(to_utf8(wizard.issue_field()->GetValue()) == previous.issue);
                  wizard.start_from_previous(true);
                  CHECK(wizard.setup().respondents.size() == respondents);
                  return wxID_OK;
                }));
  REQUIRE(added);
  const Round* round = doc->project().find_round("se-2506-2025");
  REQUIRE(round);
  CHECK(round->respondents.size() == respondents);
  CHECK(round->interviews.size() == respondents);
  for (const auto& interview : round->interviews) CHECK(interview.status == InterviewStatus::Planned);
  CHECK(round->respondents.front().sector == previous.respondents.front().sector);

  SECTION("the label of an existing round is refused") {
    wxTEST_DIALOG(added = new_round(window.frame, *window.frame, "se-2506"),
                  ExpectDialog<DialogRoundWizard>([](DialogRoundWizard& wizard) {
                    wizard.label_field()->ChangeValue("2025");
                    return wxID_OK;
                  }),
                  ExpectMessage(wxID_OK, "already has a round labelled \"2025\""));
    CHECK_FALSE(added);
  }
  SECTION("undo takes the round away") {
    window->undo();
    CHECK_FALSE(doc->project().find_round("se-2506-2025"));
  }
}

TEST_CASE("a custom community is added and edited through its dialog", "[gui][setup]") {
  Window window;
  REQUIRE(window->new_project());
  auto doc = window->document();
  bool done = false;
  wxTEST_DIALOG(done = add_custom_community(window.frame, *window.frame),
                ExpectDialog<DialogCommunity>([](DialogCommunity& dialog) {
                  show(dialog);
                  // The simulator types ASCII only (XTest keymap).
                  type_into(dialog.name_field(), "Pite");
                  dialog.name_field()->AppendText(wxString::FromUTF8(" älvdal"));
                  dialog.note_field()->ChangeValue(wxString::FromUTF8("Arvidsjaur, Arjeplog, Piteå, Älvsbyn"));
                  dialog.set_kind(CommunityKind::Group);
                  dialog.Hide();
                  return wxID_OK;
                }));
  REQUIRE(done);
  REQUIRE(doc->project().communities.size() == 1);
  const Community c = doc->project().communities.front();
  CHECK(c.id == "c-pite-alvdal");
  CHECK(c.name == "Pite älvdal");
  CHECK(c.kind == CommunityKind::Group);
  CHECK(c.code.empty());

  wxTEST_DIALOG(done = edit_community(window.frame, *window.frame, c.id),
                ExpectDialog<DialogCommunity>([](DialogCommunity& dialog) {
                  CHECK(dialog.kind_choice()->GetCount() == 2);  // district or group
                  dialog.note_field()->ChangeValue("Fyra kommuner");
                  return wxID_OK;
                }));
  CHECK(done);
  CHECK(doc->project().communities.front().note == "Fyra kommuner");
  window->undo();
  CHECK(doc->project().communities.front().note == "Arvidsjaur, Arjeplog, Piteå, Älvsbyn");
}

TEST_CASE("the Communities menu is there and follows the selection", "[gui][setup]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  wxMenuBar* bar = window->GetMenuBar();
  const int menu = bar->FindMenu("Communities");
  REQUIRE(menu != wxNOT_FOUND);
  const int respondents = bar->FindMenuItem("Communities", "Respondents...");
  REQUIRE(respondents != wxNOT_FOUND);
  const auto& round = *window->document()->project().rounds_of("se-2506").back();
  REQUIRE(window->tree()->select(ProjectTree::Kind::Round, round.id));
  yield_a_bit();
  window->UpdateWindowUI();
  CHECK(bar->IsEnabled(respondents));
  REQUIRE(window->tree()->select(ProjectTree::Kind::Community, "se-2506"));
  yield_a_bit();
  window->UpdateWindowUI();
  CHECK_FALSE(bar->IsEnabled(respondents));
}

TEST_CASE("the wizard will not go on past a page with a missing field", "[gui][setup]") {
  Window window;
  REQUIRE(window->new_project());
  Community kiruna;
  kiruna.id = "se-2584";
  kiruna.name = "Kiruna";
  kiruna.code = "2584";
  kiruna.county_code = "25";
  REQUIRE(window->submit(new CommandAddCommunities(window->document(), {kiruna})));

  auto* wizard = new DialogRoundWizard(window.frame, window->document()->project(), "", "en");
  CHECK(wizard->community_choice()->GetSelection() == 0);  // the only community
  wizard->ShowPage(wizard->first_page());
  show(*wizard);
  auto press_next = [&] {
    wxCommandEvent next(wxEVT_BUTTON, wxID_FORWARD);
    next.SetEventObject(wizard->FindWindow(wxID_FORWARD));
    wizard->FindWindow(wxID_FORWARD)->GetEventHandler()->ProcessEvent(next);
    yield_a_bit();
  };
  wxTEST_DIALOG(press_next(), ExpectMessage(wxID_OK, "Describe the issue"));
  CHECK(wizard->GetCurrentPage() == wizard->first_page());
  wizard->issue_field()->ChangeValue("spel om pengar");
  wizard->area_box("gambling")->SetValue(true);
  press_next();
  CHECK(wizard->GetCurrentPage() == wizard->page(1));
  CHECK(wizard->FindWindow(wxID_FORWARD)->GetLabel() == "&Next >");
  press_next();
  REQUIRE(wizard->GetCurrentPage() == wizard->page(2));
  CHECK(wizard->FindWindow(wxID_FORWARD)->GetLabel() == "&Finish");
  auto* summary = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("wizard_summary", wizard));
  REQUIRE(summary);
  CHECK(summary->GetLabel().Contains("Kiruna"));
  CHECK(summary->GetLabel().Contains("0 planned interviews"));
  wizard->Destroy();
  yield_a_bit();
}
