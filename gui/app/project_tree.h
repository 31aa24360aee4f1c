#pragma once
// The left pane: county -> community -> rounds, each round with its issue,
// label and a progress badge ("5/6 ✓": interviews with complete consensus
// of all interviews). Listens to the document and rebuilds only what
// changed; a 290-municipality project is a few hundred items.
#include <string>

#include <wx/treectrl.h>

#include "project_document.h"

namespace readiness::gui {

class ProjectTree : public wxTreeCtrl, public ProjectObserver {
 public:
  enum class Kind { County, Community, Round };

  explicit ProjectTree(wxWindow* parent);
  ~ProjectTree() override;

  void set_document(ProjectDocumentPtr document);
  void on_project_changed(const ChangeEvent& event) override;

  // The selection by id; false when nothing of that kind is selected.
  bool selected(Kind& kind, std::string& id) const;
  // Selects the item (and so shows its page); false when not found.
  bool select(Kind kind, const std::string& id);
  // The item of a round or community, or an invalid id.
  wxTreeItemId find(Kind kind, const std::string& id) const;

 private:
  void rebuild();
  void update_round_label(const std::string& round_id);
  wxString round_label(const Round& round) const;

  ProjectDocumentPtr m_document;
};

}  // namespace readiness::gui
