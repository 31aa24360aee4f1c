#pragma once
// Undoable edits of a community's action plans and joint commitments
// (issue 13): every edit on the action plan page — an action added from a
// strategy, a cell edited in place, a year's follow-up, a commitment — is
// one command that replaces the community's plans and commitments with
// the edited copy and keeps the previous ones for undo (stable ids, never
// indexes).
#include <string>
#include <vector>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandEditPlans : public wxCommand {
 public:
  // `plans` and `commitments` replace the community's; `label` names the
  // edit in the Edit menu ("Undo Add action").
  CommandEditPlans(ProjectDocumentPtr document, std::string community_id, std::vector<ActionPlan> plans,
                   std::vector<JointCommitment> commitments, const wxString& label);
  bool Do() override;
  bool Undo() override;

 private:
  bool apply(const std::vector<ActionPlan>& plans, const std::vector<JointCommitment>& commitments);

  ProjectDocumentPtr m_document;
  std::string m_community_id;
  std::vector<ActionPlan> m_after_plans;
  std::vector<JointCommitment> m_after_commitments;
  std::vector<ActionPlan> m_before_plans;
  std::vector<JointCommitment> m_before_commitments;
};

}  // namespace readiness::gui
