#include "strategy.h"

#include <algorithm>
#include <utility>

namespace readiness {

std::vector<StrategySuggestion> suggest_strategies(const Round& round, const RoundResult& result) {
  std::vector<StrategySuggestion> out;
  for (const auto& code : result.lowest) {
    const auto dim = std::find_if(result.dimensions.begin(), result.dimensions.end(),
                                  [&](const DimensionResult& d) { return d.code == code; });
    if (dim == result.dimensions.end() || !dim->stage) continue;
    StrategySuggestion s;
    s.dimension = code;
    s.dimension_name = dim->name;
    // The dimension's own stage, not the overall one: a low dimension needs
    // the strategies of the stage it is at.
    s.stage = *dim->stage;
    const auto& stages = round.instrument.stages;
    const auto st = std::find_if(stages.begin(), stages.end(),
                                 [&](const Stage& x) { return x.number == s.stage; });
    if (st != stages.end()) {
      s.stage_name = st->name;
      s.goal = st->goal;
      s.channels = st->channels;
      s.strategies = st->strategies;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace readiness
