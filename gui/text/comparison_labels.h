#pragma once
// Words for the compare and trend pages' pickers, in the UI language.
#include <wx/string.h>

#include "comparison_view.h"

namespace readiness::gui {

// "langning av alkohol till unga (interviews)": short enough for a choice
// control, and the mode always shown, since modes are never mixed.
wxString choice_label(const ComparisonChoice& choice);

}  // namespace readiness::gui
