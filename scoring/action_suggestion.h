#pragma once
// "Add an action from the lowest dimension's strategies" in one step
// (issue 13): the method's advice is to start from the lowest dimension(s)
// with the goal and strategies of the stage each is at
// (community-readiness.md, "From stage to action"; strategy.h). This picks
// the community's latest round with a score, its first lowest dimension,
// and the first strategy of that stage the community's plans do not use
// yet, and pre-fills an action from it for the user to edit.
#include <optional>
#include <string>

#include "project.h"
#include "strategy.h"

namespace readiness {

struct ActionSuggestion {
  std::string round_id;        // the round whose result it answers
  StrategySuggestion strategy; // the lowest dimension, its stage, goal, channels, strategies
  PlanAction action;           // pre-filled: activity = the strategy, dimension, stage, start/end = `year`
};

// nullopt when the community has no round with a lowest dimension, or its
// stage offers no strategy. When every strategy is in use already, the
// first one is offered again. The action has no id (the caller gives one).
std::optional<ActionSuggestion> suggest_action(const Project& project, const std::string& community_id, int year);

}  // namespace readiness
