#include "models/selection_lists.h"

#include <algorithm>

#include <wx/checklst.h>
#include <wx/choice.h>

#include "comparison.h"
#include "text/comparison_labels.h"
#include "text/wx_text.h"

namespace readiness::gui {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

int find_choice(const std::vector<ComparisonChoice>& choices, const std::string& issue, Mode mode) {
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (normalize_issue(choices[i].issue) == normalize_issue(issue) && choices[i].mode == mode)
      return static_cast<int>(i);
  return -1;
}

void fill_issue_picker(wxChoice& picker, const std::vector<ComparisonChoice>& choices,
                       const RoundSelection& selection) {
  picker.Clear();
  for (const auto& c : choices) picker.Append(choice_label(c));
  const int kept = find_choice(choices, selection.issue, selection.mode);
  picker.SetSelection(kept >= 0 ? kept : (choices.empty() ? -1 : 0));
}

void fill_selection_lists(wxCheckListBox& periods, wxCheckListBox& communities, const ComparisonChoice& choice,
                          const RoundSelection& selection, const Project& project) {
  for (const auto& label : choice.labels) {
    const int i = periods.Append(to_wx(label));
    periods.Check(static_cast<unsigned>(i), contains(selection.labels, label));
  }
  for (const auto& id : choice.community_ids) {
    const Community* c = project.find_community(id);
    const int i = communities.Append(c ? to_wx(c->name) : to_wx(id));
    communities.Check(static_cast<unsigned>(i), contains(selection.community_ids, id));
  }
}

namespace {
std::vector<std::string> ticked(const wxCheckListBox& list, const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (unsigned i = 0; i < list.GetCount() && i < items.size(); ++i)
    if (list.IsChecked(i)) out.push_back(items[i]);
  return out;
}
}  // namespace

void read_selection_lists(const wxCheckListBox& periods, const wxCheckListBox& communities,
                          const ComparisonChoice& choice, RoundSelection& selection) {
  selection.labels = ticked(periods, choice.labels);
  selection.community_ids = ticked(communities, choice.community_ids);
}

void tick_matching(wxCheckListBox& list, const std::vector<std::string>& items, const std::vector<std::string>& wanted) {
  for (unsigned i = 0; i < list.GetCount() && i < items.size(); ++i) list.Check(i, contains(wanted, items[i]));
}

const ComparisonChoice* picked_choice(const wxChoice& picker, const std::vector<ComparisonChoice>& choices) {
  const int i = picker.GetSelection();
  return i >= 0 && static_cast<std::size_t>(i) < choices.size() ? &choices[static_cast<std::size_t>(i)] : nullptr;
}

}  // namespace readiness::gui
