#include "app/toolbar_fit.h"

#include <algorithm>
#include <map>
#include <memory>

#include <wx/control.h>
#include <wx/frame.h>
#include <wx/toolbar.h>

namespace readiness::gui {

namespace {

// Space around a tool's icon and label, and a separator's width, in
// device-independent pixels (GTK's Adwaita and Windows' toolbars both
// stay within these); the overflow chevron's room at the end.
constexpr int kToolPadding = 20;
constexpr int kLabelGap = 12;
constexpr int kSeparator = 20;
constexpr int kChevron = 40;

struct FitState {
  std::vector<int> icon_enough;
  std::map<int, wxString> labels;  // every labelled tool's own label
  int level = 0;                   // 0 all labels, 1 some dropped, 2 none
};

// The label tool `id` shows at `level`.
wxString label_at(const FitState& state, int id, int level) {
  const auto it = state.labels.find(id);
  if (it == state.labels.end()) return {};
  const bool optional = std::find(state.icon_enough.begin(), state.icon_enough.end(), id) != state.icon_enough.end();
  return level == 0 || (level == 1 && !optional) ? it->second : wxString();
}

template <typename Label>
int needed_width(wxToolBar* bar, Label label_of) {
  const int icon = bar->GetToolBitmapSize().x;
  int width = bar->FromDIP(kChevron);
  for (size_t i = 0; i < bar->GetToolsCount(); ++i) {
    const wxToolBarToolBase* tool = bar->GetToolByPos(static_cast<int>(i));
    if (tool->IsSeparator()) {
      width += bar->FromDIP(kSeparator);
      continue;
    }
    width += icon + bar->FromDIP(kToolPadding);
    const wxString label = label_of(tool);
    if (!label.empty()) width += bar->GetTextExtent(wxControl::RemoveMnemonics(label)).x + bar->FromDIP(kLabelGap);
  }
  return width;
}

void apply_level(wxToolBar* bar, const FitState& state, int level) {
  for (const auto& entry : state.labels) {
    wxToolBarToolBase* tool = bar->FindById(entry.first);
    const wxString label = label_at(state, entry.first, level);
    if (tool && tool->GetLabel() != label) tool->SetLabel(label);
  }
  bar->Realize();
}

}  // namespace

int toolbar_needed_width(wxToolBar* bar) {
  return needed_width(bar, [](const wxToolBarToolBase* tool) { return tool->GetLabel(); });
}

void fit_toolbar_to_width(wxFrame* frame, wxToolBar* bar, std::vector<int> icon_enough) {
  auto state = std::make_shared<FitState>();
  state->icon_enough = std::move(icon_enough);
  for (size_t i = 0; i < bar->GetToolsCount(); ++i) {
    const wxToolBarToolBase* tool = bar->GetToolByPos(static_cast<int>(i));
    if (!tool->IsSeparator() && !tool->GetLabel().empty()) state->labels[tool->GetId()] = tool->GetLabel();
  }
  auto fit = [frame, bar, state] {
    const int available = frame->GetClientSize().x;
    if (available <= 0) return;
    // The most labels that fit (their widths depend on the language).
    int level = 0;
    while (level < 2 && needed_width(bar, [&](const wxToolBarToolBase* tool) {
                          return label_at(*state, tool->GetId(), level);
                        }) > available)
      ++level;
    if (level == state->level) return;
    apply_level(bar, *state, level);
    state->level = level;
  };
  frame->Bind(wxEVT_SIZE, [frame, fit](wxSizeEvent& event) {
    event.Skip();
    frame->CallAfter(fit);
  });
  fit();
}

}  // namespace readiness::gui
