#include "action_suggestion.h"

#include <algorithm>

#include "round_result.h"

namespace readiness {

namespace {

bool strategy_in_use(const Community& community, const std::string& text) {
  auto uses = [&](const std::vector<PlanAction>& actions) {
    return std::any_of(actions.begin(), actions.end(), [&](const PlanAction& a) { return a.strategy == text; });
  };
  for (const ActionPlan& plan : community.plans)
    if (uses(plan.actions)) return true;
  for (const JointCommitment& c : community.commitments)
    if (uses(c.items)) return true;
  return false;
}

}  // namespace

std::optional<ActionSuggestion> suggest_action(const Project& project, const std::string& community_id, int year) {
  const Community* community = project.find_community(community_id);
  if (!community) return std::nullopt;
  const auto rounds = project.rounds_of(community_id);  // label order
  for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
    const RoundResult result = score_round(project, **it);
    if (result.lowest.empty()) continue;
    const std::vector<StrategySuggestion> suggestions = suggest_strategies(**it, result);
    if (suggestions.empty() || suggestions.front().strategies.empty()) return std::nullopt;
    const StrategySuggestion& lowest = suggestions.front();
    std::string chosen = lowest.strategies.front();
    for (const std::string& s : lowest.strategies) {
      if (!strategy_in_use(*community, s)) {
        chosen = s;
        break;
      }
    }
    ActionSuggestion out;
    out.round_id = (*it)->id;
    out.strategy = lowest;
    out.action.activity = chosen;
    out.action.strategy = chosen;
    out.action.strategy_stage = lowest.stage;
    out.action.dimensions = {lowest.dimension};
    out.action.start = PlanTime{year, 0, 0};
    out.action.end = PlanTime{year, 0, 0};
    out.action.priority = 1;
    out.action.status = ActionStatus::Planned;
    return out;
  }
  return std::nullopt;
}

}  // namespace readiness
