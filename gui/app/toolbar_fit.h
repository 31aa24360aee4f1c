#pragma once
// The main toolbar on a narrow window (1024×700, or 200 % scaling): rather
// than letting the last tools (Scoring, Consensus, Results) vanish behind
// the overflow chevron, tools drop their text labels — first those whose
// icon says enough (`icon_enough`: new, open, save, undo, redo), then all —
// and get them back when the window grows. Tooltips keep the names.
#include <vector>

class wxFrame;
class wxToolBar;

namespace readiness::gui {

// Follows the frame's width from now on; call after Realize().
void fit_toolbar_to_width(wxFrame* frame, wxToolBar* bar, std::vector<int> icon_enough);

// The width (pixels) the bar's tools need with the labels they show now,
// estimated from the icon size, the text extents and the platform's
// padding around a tool.
int toolbar_needed_width(wxToolBar* bar);

}  // namespace readiness::gui
