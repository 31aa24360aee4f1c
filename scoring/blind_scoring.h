#pragma once
// Blind double scoring: each scorer rates an interview without seeing the
// other's scores (community-readiness.md, scoring rule 1). A scorer learns
// only whether the other has scored a dimension, until both have scored
// every dimension of the interview; then both see everything, ready for
// the consensus meeting. Per interview, not per cell: seeing B's score on
// one dimension while A still has others to score would colour them.
#include <string>

#include "project.h"

namespace readiness {

enum class OtherScoreView {
  NotScored,  // the other scorer has not scored this dimension
  Hidden,     // scored, but not shown: the scoring is still blind
  Visible,    // both are done with the interview
};

// True when A and B have each scored every dimension of the instrument.
bool both_scorers_done(const Round& round, const Interview& interview);

// What `me` (A or B) may see of the other scorer's score on `dimension`.
// The consensus slot sees everything.
OtherScoreView other_score_view(const Round& round, const Interview& interview, ScorerSlot me,
                                 const std::string& dimension);

inline ScorerSlot other_slot(ScorerSlot me) { return me == ScorerSlot::A ? ScorerSlot::B : ScorerSlot::A; }

}  // namespace readiness
