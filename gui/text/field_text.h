#pragma once
// What people type into the plan's text fields, read the same way by every
// page and dialog.
#include <string>
#include <vector>

#include <wx/string.h>

namespace readiness::gui {

// The text without leading and trailing white space.
wxString trimmed(const wxString& text);

// Codes typed as a list ("a, b; C" or "A B C") → {"A", "B", "C"}, upper
// case, in the order typed; empty entries dropped. Used for dimension
// letters and sector codes; checking them is the model's (validate_plans).
std::vector<std::string> split_codes(const wxString& text);

}  // namespace readiness::gui
