#pragma once
// What the results page warns about before anyone reads a stage
// (community-readiness.md, "The interview" and scoring rule 7): too few
// interviews, sectors not heard, consensus not settled, dimensions with no
// score (so no overall).
#include <string>
#include <vector>

#include "round_result.h"
#include "sector_coverage.h"  // kMinimumInterviews, kRecommendedInterviews, missing sectors

namespace readiness {

struct RoundWarnings {
  int scored_interviews = 0;              // with at least one consensus score
  bool too_few_interviews = false;        // scored_interviews < 4
  bool fewer_than_recommended = false;    // 4 <= scored_interviews < 6
  std::vector<std::string> missing_sectors;  // from sector_coverage(): nobody interviewed speaks for them
  int cells_without_consensus = 0;        // in the consensus matrix
  bool provisional = false;               // from RoundResult
  std::vector<std::string> dimensions_without_score;  // codes: no overall while any
  bool any() const {
    return too_few_interviews || fewer_than_recommended || !missing_sectors.empty() || cells_without_consensus > 0 ||
           provisional || !dimensions_without_score.empty();
  }
};

RoundWarnings round_warnings(const Round& round, const RoundResult& result);

}  // namespace readiness
