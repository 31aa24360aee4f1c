#include "blind_scoring.h"

namespace readiness {

bool both_scorers_done(const Round& round, const Interview& interview) {
  if (round.instrument.dimensions.empty()) return false;
  for (const auto& d : round.instrument.dimensions) {
    const DimensionScore* s = interview.score_for(d.code);
    if (!s || !s->scorer_a || !s->scorer_b) return false;
  }
  return true;
}

OtherScoreView other_score_view(const Round& round, const Interview& interview, ScorerSlot me,
                                const std::string& dimension) {
  const DimensionScore* s = interview.score_for(dimension);
  const bool scored = s && s->get(other_slot(me)).has_value();
  if (!scored) return OtherScoreView::NotScored;
  if (me == ScorerSlot::Consensus || both_scorers_done(round, interview)) return OtherScoreView::Visible;
  return OtherScoreView::Hidden;
}

}  // namespace readiness
