#pragma once
// From stage to action: work starts with the lowest-scoring dimension(s)
// (community-readiness.md, "From stage to action"). For each lowest
// dimension, the goal, channels and strategies of the stage it is at, taken
// from the round's instrument snapshot so the texts match the instrument
// (and language) the round was scored with.
#include <string>
#include <vector>

#include "round_result.h"

namespace readiness {

struct StrategySuggestion {
  std::string dimension;       // code, "B"
  std::string dimension_name;  // from the instrument
  int stage = 0;               // the dimension's truncated stage, 1..9
  std::string stage_name;
  std::string goal;
  std::string channels;
  std::vector<std::string> strategies;
};

// One entry per code in result.lowest, in that order. Texts are empty when
// the instrument has no entry for the stage.
std::vector<StrategySuggestion> suggest_strategies(const Round& round, const RoundResult& result);

}  // namespace readiness
