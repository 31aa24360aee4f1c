#include "community.h"

#include <utility>

namespace readiness {

const char* to_string(CommunityKind kind) {
  switch (kind) {
    case CommunityKind::Municipality: return "municipality";
    case CommunityKind::District: return "district";
    case CommunityKind::Group: return "group";
  }
  return "municipality";
}

bool parse_community_kind(const std::string& text, CommunityKind& out) {
  for (CommunityKind k : {CommunityKind::Municipality, CommunityKind::District, CommunityKind::Group}) {
    if (text == to_string(k)) {
      out = k;
      return true;
    }
  }
  return false;
}

}  // namespace readiness

namespace readiness {

const ActionPlan* Community::find_plan(const std::string& wanted) const {
  for (const ActionPlan& plan : plans)
    if (plan.id == wanted) return &plan;
  return nullptr;
}

ActionPlan* Community::find_plan(const std::string& wanted) {
  return const_cast<ActionPlan*>(std::as_const(*this).find_plan(wanted));
}

const JointCommitment* Community::find_commitment(const std::string& wanted) const {
  for (const JointCommitment& commitment : commitments)
    if (commitment.id == wanted) return &commitment;
  return nullptr;
}

JointCommitment* Community::find_commitment(const std::string& wanted) {
  return const_cast<JointCommitment*>(std::as_const(*this).find_commitment(wanted));
}

const PlanAction* Community::find_action(const std::string& wanted) const {
  for (const ActionPlan& plan : plans)
    if (const PlanAction* action = plan.find_action(wanted)) return action;
  for (const JointCommitment& commitment : commitments)
    if (const PlanAction* item = commitment.find_item(wanted)) return item;
  return nullptr;
}

PlanAction* Community::find_action(const std::string& wanted) {
  return const_cast<PlanAction*>(std::as_const(*this).find_action(wanted));
}

std::vector<std::string> Community::action_ids() const {
  std::vector<std::string> ids;
  for (const ActionPlan& plan : plans)
    for (const PlanAction& action : plan.actions) ids.push_back(action.id);
  for (const JointCommitment& commitment : commitments)
    for (const PlanAction& item : commitment.items) ids.push_back(item.id);
  return ids;
}

}  // namespace readiness
