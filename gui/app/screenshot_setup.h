#pragma once
// The README screenshots of the setup dialogs (scripts/screenshots): the
// register dialog and the round wizard, opened modelessly over the main
// window and filled in as an analyst would have them.
#include <string>

class wxWindow;

namespace readiness::gui {

class MainFrame;

// Opens the dialog for `page` ("register", "wizard", "wizard-instrument",
// "respondents", "help") and returns it, the
// window to grab; nullptr for any other page or without a project.
wxWindow* open_setup_screenshot(MainFrame* frame, const std::string& page);

}  // namespace readiness::gui
