#pragma once
// Help > About Readiness: the app's icon, version, what it is for, and the
// libraries it is built on with their versions and licences.
#include <wx/string.h>

class wxWindow;

namespace readiness::gui {

// One line per library: "wxWidgets 3.2.2 — wxWindows Library Licence",
// versions as compiled in (none where the header does not say).
wxString library_licences();
// The version shown ("0.1.0").
wxString app_version();
void show_about_box(wxWindow* parent);

}  // namespace readiness::gui
