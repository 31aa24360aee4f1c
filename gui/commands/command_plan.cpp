#include "commands/command_plan.h"

#include <utility>

namespace readiness::gui {

CommandEditPlans::CommandEditPlans(ProjectDocumentPtr document, std::string community_id,
                                   std::vector<ActionPlan> plans, std::vector<JointCommitment> commitments,
                                   const wxString& label)
    : wxCommand(true, label),
      m_document(std::move(document)),
      m_community_id(std::move(community_id)),
      m_after_plans(std::move(plans)),
      m_after_commitments(std::move(commitments)) {}

bool CommandEditPlans::apply(const std::vector<ActionPlan>& plans, const std::vector<JointCommitment>& commitments) {
  const Community* current = m_document->project().find_community(m_community_id);
  if (!current) return false;
  Community edited = *current;
  edited.plans = plans;
  edited.commitments = commitments;
  m_document->update_community(edited);
  return true;
}

bool CommandEditPlans::Do() {
  const Community* current = m_document->project().find_community(m_community_id);
  if (!current) return false;
  const std::vector<ActionPlan> before_plans = current->plans;
  const std::vector<JointCommitment> before_commitments = current->commitments;
  if (!apply(m_after_plans, m_after_commitments)) return false;
  m_before_plans = before_plans;
  m_before_commitments = before_commitments;
  return true;
}

bool CommandEditPlans::Undo() { return apply(m_before_plans, m_before_commitments); }

}  // namespace readiness::gui
