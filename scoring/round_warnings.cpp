#include "round_warnings.h"

#include "consensus.h"

namespace readiness {

RoundWarnings round_warnings(const Round& round, const RoundResult& result) {
  RoundWarnings w;
  w.scored_interviews = result.scored_interviews;
  w.too_few_interviews = result.scored_interviews < kMinimumInterviews;
  w.fewer_than_recommended = !w.too_few_interviews && result.scored_interviews < kRecommendedInterviews;
  w.missing_sectors = sector_coverage(round).missing;
  const ConsensusProgress progress = consensus_progress(round);
  w.cells_without_consensus = progress.cells - progress.with_consensus;
  w.provisional = result.provisional;
  for (const auto& d : result.dimensions)
    if (d.n == 0) w.dimensions_without_score.push_back(d.code);
  return w;
}

}  // namespace readiness
