#pragma once
// Results of one round: dimension scores over consensus scores, the overall
// score, stages, the lowest dimension(s), and the gap rule.
//
// Gap rule (stated once, applied everywhere, shown to the user):
//  * a dimension's mean is taken over the interviews that have a consensus
//    score for it, and is reported with that n;
//  * there is no overall score (and no overall stage) while any dimension
//    of the instrument has no consensus score at all;
//  * the round is provisional while any interview has an individual (A or
//    B) score on a dimension without a consensus score on it — consensus
//    is unresolved there.
#include <optional>
#include <string>
#include <vector>

#include "exact_mean.h"
#include "project.h"

namespace readiness {

struct DimensionResult {
  std::string code;
  std::string name;
  int n = 0;                         // interviews with a consensus score
  std::optional<ExactMean> mean;     // none when n == 0
  std::optional<int> stage;          // truncated mean
  double sd = 0.0;                   // sample SD (n-1); 0 when n < 2
  std::optional<Hundredths> min;
  std::optional<Hundredths> max;
  int unresolved = 0;                // interviews with A/B but no consensus here
};

struct RoundResult {
  std::string round_id;
  std::string community_id;
  std::string community_name;
  std::string community_code;
  std::string county_code;
  std::string label;
  std::string issue;
  std::string instrument_id;
  Mode mode = Mode::Interview;
  int interviews = 0;                // interviews in the round
  int scored_interviews = 0;         // with at least one consensus score
  bool provisional = false;
  std::vector<DimensionResult> dimensions;  // in instrument order
  std::optional<ExactMean> overall;  // none while a dimension has no score
  std::optional<int> overall_stage;
  std::string overall_stage_name;    // from the instrument, "" when no overall
  // Code(s) of the lowest mean among dimensions with a score (exact, ties
  // kept, instrument order); empty when nothing is scored.
  std::vector<std::string> lowest;
};

RoundResult score_round(const Project& project, const Round& round);
std::vector<RoundResult> score_project(const Project& project);

}  // namespace readiness
