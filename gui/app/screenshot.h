#pragma once
// Saves what a window shows on screen as a PNG (README screenshots, taken
// under Xvfb by scripts/screenshots).
#include <wx/string.h>

class wxWindow;

namespace readiness::gui {

// Grabs the window's screen area (menu bar and toolbar included for a
// frame). False when the grab or the write failed.
bool save_screenshot(wxWindow* window, const wxString& png_path);

}  // namespace readiness::gui
