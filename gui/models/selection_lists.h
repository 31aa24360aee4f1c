#pragma once
// The period and community check lists shared by the compare and trend
// pages: filled from a ComparisonChoice and read back into a RoundSelection.
#include <string>
#include <vector>

#include "comparison_view.h"
#include "project.h"

class wxCheckListBox;
class wxChoice;

namespace readiness::gui {

bool contains(const std::vector<std::string>& list, const std::string& item);

// Index of the choice with this issue (normalized) and mode, or -1.
int find_choice(const std::vector<ComparisonChoice>& choices, const std::string& issue, Mode mode);
// Lists the choices in the issue picker, keeping the one `selection` names
// when it is still there (else the first).
void fill_issue_picker(wxChoice& picker, const std::vector<ComparisonChoice>& choices,
                       const RoundSelection& selection);
// The choice the issue picker shows, or nullptr.
const ComparisonChoice* picked_choice(const wxChoice& picker, const std::vector<ComparisonChoice>& choices);

// Lists the choice's periods and communities, ticking what `selection` has.
void fill_selection_lists(wxCheckListBox& periods, wxCheckListBox& communities, const ComparisonChoice& choice,
                          const RoundSelection& selection, const Project& project);
// The ticked periods and communities, in the choice's order.
void read_selection_lists(const wxCheckListBox& periods, const wxCheckListBox& communities,
                          const ComparisonChoice& choice, RoundSelection& selection);
// Ticks the rows whose item is in `wanted` (items in the list's order).
void tick_matching(wxCheckListBox& list, const std::vector<std::string>& items, const std::vector<std::string>& wanted);

}  // namespace readiness::gui
