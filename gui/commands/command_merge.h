#pragma once
// File > Merge projects as ONE undoable step (issue 12, item 8):
// survey/project_merge.h makes the merged project; this command applies the
// difference to the open document through its own edits — new and filled
// communities, new rounds, rounds that gained values, the other files'
// audit entries — and undo takes every one of them back.
#include <utility>
#include <vector>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandMergeProjects : public wxCommand {
 public:
  // `merged`: the document's project merged with the other files (no conflicts).
  CommandMergeProjects(ProjectDocumentPtr document, const Project& merged);
  bool Do() override;
  bool Undo() override;
  bool changes_anything() const;

 private:
  ProjectDocumentPtr m_document;
  std::vector<Community> m_new_communities;
  std::vector<std::pair<Community, Community>> m_changed_communities;  // before, after
  std::vector<Round> m_new_rounds;
  std::vector<std::pair<Round, Round>> m_changed_rounds;  // before, after
  std::vector<AuditEntry> m_audit;                        // entries the other files brought
};

}  // namespace readiness::gui
