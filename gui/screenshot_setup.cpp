#include "screenshot_setup.h"

#include <cstdio>
#include <cstdlib>

#include <wx/textctrl.h>

#include "app_language.h"
#include "dialog_add_communities.h"
#include "dialog_respondents.h"
#include "dialog_round_settings.h"
#include "dialog_round_wizard.h"
#include "main_frame.h"

namespace readiness::gui {

wxWindow* open_setup_screenshot(MainFrame* frame, const std::string& page) {
  // READINESS_SCREENSHOT_SIZE=1024x700: the window at a small laptop's
  // size (scripts/screenshots, the dark-theme set), in pixels.
  if (const char* size = std::getenv("READINESS_SCREENSHOT_SIZE")) {
    int w = 0, h = 0;
    if (std::sscanf(size, "%dx%d", &w, &h) == 2 && w > 0 && h > 0) frame->SetSize(wxSize(w, h));
  }
  const ProjectDocumentPtr doc = frame->document();
  if (!doc) return nullptr;
  const Project& project = doc->project();
  if (page == "register") {
    // Norrbotten, where the demo's four municipalities are already in the
    // project, with two more chosen.
    auto* dialog = new DialogAddCommunities(frame, project);
    dialog->set_county("25");
    dialog->choose("2584");
    dialog->choose("2523");
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  if ((page == "wizard" || page == "wizard-instrument") && !project.communities.empty()) {
    // The next round in Arjeplog, starting from its 2022 round.
    auto* wizard = new DialogRoundWizard(frame, project, project.communities.front().id, ui_language());
    wizard->label_field()->ChangeValue("2025");
    wizard->ShowPage(wizard->first_page());
    if (page == "wizard-instrument") wizard->ShowPage(wizard->page(1));
    wizard->SetPosition(wxPoint(40, 40));
    wizard->Show();
    return wizard;
  }
  if (page == "round-settings" && !project.rounds.empty()) {
    // Arjeplog's latest round, as the settings dialog shows it.
    const auto rounds = project.rounds_of(project.communities.front().id);
    auto* dialog = new DialogRoundSettings(frame, project, *rounds.back());
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  if (page == "respondents" && !project.rounds.empty()) {
    // Arjeplog's latest round: its respondents and the coverage hint.
    const auto rounds = project.rounds_of(project.communities.front().id);
    auto* dialog = new DialogRespondents(frame, *frame, rounds.back()->id);
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  return nullptr;
}

}  // namespace readiness::gui
