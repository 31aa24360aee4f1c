#include "consensus.h"

#include <algorithm>
#include <cctype>

namespace readiness {

bool consensus_needs_reason(const DimensionScore& scores, Hundredths consensus) {
  return scores.scorer_a != consensus && scores.scorer_b != consensus;
}

ConsensusCell consensus_cell(const Interview& interview, const std::string& dimension) {
  ConsensusCell cell;
  cell.interview_id = interview.id;
  cell.dimension = dimension;
  if (const DimensionScore* s = interview.score_for(dimension)) {
    cell.a = s->scorer_a;
    cell.b = s->scorer_b;
    cell.consensus = s->consensus;
    cell.reason = s->reason;
    cell.large_difference = s->scorer_a && s->scorer_b && is_large_difference(*s->scorer_a, *s->scorer_b);
    const bool blank = std::all_of(s->reason.begin(), s->reason.end(),
                                   [](unsigned char c) { return std::isspace(c) != 0; });
    cell.reason_missing = s->consensus && consensus_needs_reason(*s, *s->consensus) && blank;
  }
  return cell;
}

bool interview_in_consensus(const Interview& interview) {
  return interview.status != InterviewStatus::Planned || !interview.scores.empty();
}

ConsensusProgress consensus_progress(const Round& round) {
  ConsensusProgress p;
  for (const auto& interview : round.interviews) {
    if (!interview_in_consensus(interview)) continue;
    for (const auto& d : round.instrument.dimensions) {
      const ConsensusCell cell = consensus_cell(interview, d.code);
      ++p.cells;
      if (cell.consensus) ++p.with_consensus;
      if (cell.large_difference) ++p.large_differences;
      if (cell.reason_missing) ++p.reasons_missing;
    }
  }
  return p;
}

}  // namespace readiness
