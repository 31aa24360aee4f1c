#include "app/project_tree.h"

#include <algorithm>
#include <map>

#include <wx/intl.h>

#include "text/labels.h"
#include "register.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

struct TreeNode : wxTreeItemData {
  TreeNode(ProjectTree::Kind k, std::string i) : kind(k), id(std::move(i)) {}
  ProjectTree::Kind kind;
  std::string id;
};

const TreeNode* node_of(const wxTreeCtrl& tree, const wxTreeItemId& item) {
  return item.IsOk() ? static_cast<const TreeNode*>(tree.GetItemData(item)) : nullptr;
}

}  // namespace

ProjectTree::ProjectTree(wxWindow* parent)
    : wxTreeCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE | wxBORDER_NONE) {
  SetName("project_tree");
  // A narrow tree cuts the rounds' labels (year · badge · issue): the whole
  // label shows as the item's tooltip (review item 12).
  Bind(wxEVT_TREE_ITEM_GETTOOLTIP, [this](wxTreeEvent& event) {
    if (event.GetItem().IsOk()) event.SetToolTip(GetItemText(event.GetItem()));
  });
}

ProjectTree::~ProjectTree() {
  if (m_document) m_document->remove_observer(this);
}

void ProjectTree::set_document(ProjectDocumentPtr document) {
  if (m_document) m_document->remove_observer(this);
  m_document = std::move(document);
  if (m_document) m_document->add_observer(this);
  rebuild();
}

void ProjectTree::on_project_changed(const ChangeEvent& event) {
  switch (event.what) {
    case ChangeEvent::What::State:
    case ChangeEvent::What::Project:
      return;
    case ChangeEvent::What::Interview:
      // An interview's status or scores move the round's badge only.
      update_round_label(event.round_id);
      return;
    case ChangeEvent::What::Round:
      if (find(Kind::Round, event.round_id).IsOk() && m_document->project().find_round(event.round_id)) {
        update_round_label(event.round_id);
        return;
      }
      rebuild();
      return;
    default:
      rebuild();
  }
}

wxString ProjectTree::round_label(const Round& round) const {
  // "2022 · 5/6 ✓ · langning till unga": the badge before the issue, so a
  // narrow tree still shows it.
  const wxString dot = wxString::FromUTF8(" \u00b7 ");
  wxString label = to_wx(round.label) + dot + round_badge(round_progress(round));
  if (!round.issue.empty()) label += dot + to_wx(round.issue);
  return label;
}

void ProjectTree::update_round_label(const std::string& round_id) {
  const wxTreeItemId item = find(Kind::Round, round_id);
  const Round* round = m_document ? m_document->project().find_round(round_id) : nullptr;
  if (item.IsOk() && round) SetItemText(item, round_label(*round));
}

void ProjectTree::rebuild() {
  Kind kind = Kind::County;
  std::string id;
  const bool had_selection = selected(kind, id);

  Freeze();
  DeleteAllItems();
  const wxTreeItemId root = AddRoot("project");
  if (m_document) {
    const Project& project = m_document->project();
    // County groups in code order, communities by name inside; custom
    // communities without a county last.
    std::map<std::string, std::vector<const Community*>> by_county;
    for (const auto& c : project.communities) by_county[c.county_code].push_back(&c);
    std::vector<std::string> counties;
    for (const auto& [code, list] : by_county)
      if (!code.empty()) counties.push_back(code);
    if (by_county.count("")) counties.push_back("");
    for (const auto& county : counties) {
      auto& list = by_county[county];
      std::sort(list.begin(), list.end(),
                [](const Community* a, const Community* b) { return fold_case(a->name) < fold_case(b->name); });
      const wxTreeItemId county_item = AppendItem(root, county_label(county), -1, -1, new TreeNode(Kind::County, county));
      SetItemBold(county_item);
      for (const Community* c : list) {
        wxString name = to_wx(c->name);
        if (!c->code.empty()) name += " (" + to_wx(c->code) + ")";
        const wxTreeItemId community_item = AppendItem(county_item, name, -1, -1, new TreeNode(Kind::Community, c->id));
        for (const Round* r : project.rounds_of(c->id))
          AppendItem(community_item, round_label(*r), -1, -1, new TreeNode(Kind::Round, r->id));
      }
      Expand(county_item);
    }
    // Small projects open fully; large ones show counties and communities.
    if (project.rounds.size() <= 40) {
      wxTreeItemIdValue cookie;
      for (wxTreeItemId county = GetFirstChild(root, cookie); county.IsOk(); county = GetNextChild(root, cookie)) {
        wxTreeItemIdValue inner;
        for (wxTreeItemId c = GetFirstChild(county, inner); c.IsOk(); c = GetNextChild(county, inner)) Expand(c);
      }
    }
  }
  Thaw();
  if (had_selection) {
    const wxTreeItemId item = find(kind, id);
    if (item.IsOk()) {
      SelectItem(item);
      EnsureVisible(item);
    }
  }
}

bool ProjectTree::selected(Kind& kind, std::string& id) const {
  const TreeNode* node = node_of(*this, GetSelection());
  if (!node) return false;
  kind = node->kind;
  id = node->id;
  return true;
}

wxTreeItemId ProjectTree::find(Kind kind, const std::string& id) const {
  const wxTreeItemId root = GetRootItem();
  if (!root.IsOk()) return {};
  // Depth-first over at most three levels.
  std::vector<wxTreeItemId> stack{root};
  while (!stack.empty()) {
    const wxTreeItemId item = stack.back();
    stack.pop_back();
    const TreeNode* node = item == root ? nullptr : node_of(*this, item);
    if (node && node->kind == kind && node->id == id) return item;
    if (node && node->kind == Kind::Round) continue;
    wxTreeItemIdValue cookie;
    for (wxTreeItemId child = GetFirstChild(item, cookie); child.IsOk(); child = GetNextChild(item, cookie))
      stack.push_back(child);
  }
  return {};
}

bool ProjectTree::select(Kind kind, const std::string& id) {
  const wxTreeItemId item = find(kind, id);
  if (!item.IsOk()) return false;
  EnsureVisible(item);
  SelectItem(item);
  return true;
}

}  // namespace readiness::gui
