#pragma once
// Whether a round's respondents are enough, and broad enough, for a
// readiness score: the hint under the respondents editor.
#include <string>
#include <vector>

#include "round.h"

namespace readiness {

// The method asks for at least four key-respondent interviews per round
// and recommends six or more, from different parts of the community.
constexpr int kMinimumInterviews = 4;
constexpr int kRecommendedInterviews = 6;

enum class CoverageLevel {
  TooFew,       // under kMinimumInterviews: warn
  Enough,       // kMinimumInterviews up to kRecommendedInterviews - 1
  Recommended,  // kRecommendedInterviews or more
};

struct SectorCoverage {
  int interviews = 0;  // interviews in the round, planned ones included
  int respondents_without_interview = 0;
  CoverageLevel level = CoverageLevel::TooFew;
  // Sectors of respondents with an interview, in sector_ids() order.
  std::vector<std::string> covered;
  // Sectors nobody speaks for yet, in sector_ids() order; "other" is a
  // catch-all and never missing.
  std::vector<std::string> missing;
};

SectorCoverage sector_coverage(const Round& round);

}  // namespace readiness
