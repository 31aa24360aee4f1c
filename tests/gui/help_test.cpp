// Help: F1 opens the user guide in the UI language at the section of the
// page shown; the "?" buttons open their page's section; the About box's
// library list and the app's icon.
#include <catch2/catch.hpp>

#include <string>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/uiaction.h>

#include "app/about_box.h"
#include "app/app_icon.h"
#include "dialogs/help_window.h"
#include "gui_test_util.h"
#include "pages/page_results.h"
#include "pages/page_scoring.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// Presses F1 in the main window, as a user would.
void press_f1(MainFrame* frame) {
  frame->Raise();
  frame->SetFocus();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.KeyDown(WXK_F1);
  sim.KeyUp(WXK_F1);
  yield_a_bit(20);
}

void close_help() {
  if (HelpWindow* help = HelpWindow::current()) help->Destroy();
  yield_a_bit();
}

}  // namespace

TEST_CASE("F1 opens the user guide in Swedish at the section of the page shown", "[gui][help]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  switch_language(window, wxString::FromUTF8("Svenska"));
  const Project& project = window->document()->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();

  window->show_scoring(round.id, round.interviews.front().id);
  yield_a_bit();
  REQUIRE_FALSE(HelpWindow::current());
  press_f1(window.frame);
  HelpWindow* help = HelpWindow::current();
  REQUIRE(help);
  CHECK(help->IsShown());
  CHECK(help->language() == "sv");
  CHECK(help->section() == "scoring");
  CHECK(help->html()->GetOpenedPage().Contains("sv/guide.html"));
  CHECK(help->html()->GetOpenedAnchor() == "scoring");
  // The Swedish text, with the method's rules as the software applies them.
  const wxString text = help->html()->ToText();
  CHECK(text.Contains(wxString::FromUTF8("Användarhandbok för Readiness")));
  CHECK(text.Contains(wxString::FromUTF8("Medelvärden huggs av, de avrundas inte")));
  CHECK(text.Contains(wxString::FromUTF8("Stadieregeln")));
  CHECK(text.Contains(wxString::FromUTF8("Luckregeln")));
  CHECK(text.Contains("Kortkommandon"));

  // On the consensus page F1 moves the same window to its section.
  window->show_consensus(round.id);
  yield_a_bit();
  press_f1(window.frame);
  CHECK(HelpWindow::current() == help);
  CHECK(help->section() == "consensus");
  CHECK(help->html()->GetOpenedAnchor() == "consensus");
  close_help();
  // Back to English for the other tests (the choice is a saved setting).
  switch_language(window, "English");
}

TEST_CASE("the help menu and the question-mark buttons open the English guide at their section", "[gui][help]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Project& project = window->document()->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();

  // Help > User guide on the round overview: the workflow.
  window->show_round(round.id);
  yield_a_bit();
  // The last menu, Help.
  wxMenuBar* bar = window->GetMenuBar();
  CHECK(bar->GetMenuLabelText(bar->GetMenuCount() - 1) == "Help");
  const int id = bar->GetMenu(bar->GetMenuCount() - 1)->FindItem("User guide");
  REQUIRE(id == wxID_HELP);
  wxCommandEvent menu(wxEVT_MENU, id);
  window->ProcessWindowEvent(menu);
  yield_a_bit();
  REQUIRE(HelpWindow::current());
  CHECK(HelpWindow::current()->language() == "en");
  CHECK(HelpWindow::current()->section() == "workflow");
  CHECK(HelpWindow::current()->html()->ToText().Contains("Means are cut, not rounded, at the shown decimals"));
  close_help();

  // The results page's "?" button.
  window->show_results(round.id);
  yield_a_bit();
  auto* button = wxDynamicCast(window->results_page()->FindWindow("help_results"), wxButton);
  REQUIRE(button);
  wxCommandEvent click(wxEVT_BUTTON, button->GetId());
  click.SetEventObject(button);
  button->ProcessWindowEvent(click);
  yield_a_bit();
  REQUIRE(HelpWindow::current());
  CHECK(HelpWindow::current()->section() == "results");
  CHECK(HelpWindow::current()->html()->GetOpenedAnchor() == "results");
  close_help();
}

TEST_CASE("the app has its icon and the About box lists the libraries with versions", "[gui][help]") {
  const wxBitmap icon = app_icon_bitmap(48);
  REQUIRE(icon.IsOk());
  CHECK(icon.GetWidth() == 48);
  CHECK(app_icons().GetIconCount() >= 4);
  Window window;
  CHECK(window->GetIcons().GetIconCount() >= 4);

  const wxString licences = library_licences();
  CHECK(licences.Contains(wxString("wxWidgets ") + wxVERSION_NUM_DOT_STRING));
  CHECK(licences.Contains("Boost 1."));
  for (const char* library : {"libxlsxwriter", "utf8proc", "nlohmann-json", "libharu", "DejaVu", "libhyphen", "hyphenation patterns"}) {
    CAPTURE(library);
    CHECK(licences.Contains(library));
  }
  CHECK(app_version() == "0.1.0");
}
