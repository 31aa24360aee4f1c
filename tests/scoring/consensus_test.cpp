// Consensus matrix rules, blind visibility and the results page warnings.
#include <catch2/catch.hpp>

#include "blind_scoring.h"
#include "consensus.h"
#include "round_warnings.h"
#include "test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

TEST_CASE("a difference over 1.00 is flagged but exactly 1.00 is not", "[consensus]") {
  CHECK_FALSE(is_large_difference(400, 500));
  CHECK(is_large_difference(400, 501));
  CHECK(is_large_difference(650, 525));
}

TEST_CASE("a consensus equal to neither scorer needs a reason", "[consensus]") {
  DimensionScore s;
  s.scorer_a = 400;
  s.scorer_b = 600;
  CHECK_FALSE(consensus_needs_reason(s, 400));
  CHECK_FALSE(consensus_needs_reason(s, 600));
  CHECK(consensus_needs_reason(s, 500));
  Interview interview;
  interview.id = "1";
  s.consensus = 500;
  interview.scores["A"] = s;
  ConsensusCell cell = consensus_cell(interview, "A");
  CHECK(cell.large_difference);
  CHECK(cell.reason_missing);
  interview.scores["A"].reason = "Mitt emellan efter samtal.";
  CHECK_FALSE(consensus_cell(interview, "A").reason_missing);
}

TEST_CASE("consensus progress counts the cells of held interviews", "[consensus]") {
  Round round = make_round(make_instrument({"A", "B"}), {{500, kNone}, {400, 450}});
  round.interviews[0].status = InterviewStatus::Transcribed;
  round.interviews[1].status = InterviewStatus::Transcribed;
  Interview planned;
  planned.id = "3";
  round.interviews.push_back(planned);
  const ConsensusProgress p = consensus_progress(round);
  CHECK(p.cells == 4);
  CHECK(p.with_consensus == 3);
  CHECK_FALSE(p.complete());
}

TEST_CASE("scorer A sees only whether B scored until both are done with the interview", "[blind]") {
  Round round = make_round(make_instrument({"A", "B"}), {{kNone}, {kNone}});
  Interview& i = round.interviews.front();
  CHECK(other_score_view(round, i, ScorerSlot::A, "A") == OtherScoreView::NotScored);
  i.scores["A"].scorer_b = 500;
  CHECK(other_score_view(round, i, ScorerSlot::A, "A") == OtherScoreView::Hidden);
  i.scores["A"].scorer_a = 400;
  i.scores["B"].scorer_a = 400;
  // A is done, B not yet with dimension B: still blind both ways.
  CHECK(other_score_view(round, i, ScorerSlot::A, "A") == OtherScoreView::Hidden);
  CHECK(other_score_view(round, i, ScorerSlot::B, "A") == OtherScoreView::Hidden);
  i.scores["B"].scorer_b = 300;
  CHECK(both_scorers_done(round, i));
  CHECK(other_score_view(round, i, ScorerSlot::A, "A") == OtherScoreView::Visible);
  CHECK(other_score_view(round, i, ScorerSlot::B, "B") == OtherScoreView::Visible);
}

TEST_CASE("results warnings name few interviews and missing sectors and open consensus", "[consensus]") {
  Round round = make_round(make_instrument({"A", "B"}), {{500, 400, 450}, {400, kNone, 300}});
  for (auto& i : round.interviews) i.status = InterviewStatus::Transcribed;
  round.interviews[1].scores["B"].scorer_a = 400;
  const Project project = make_project({round});
  const RoundResult result = score_round(project, project.rounds.front());
  const RoundWarnings w = round_warnings(project.rounds.front(), result);
  CHECK(w.too_few_interviews);
  CHECK(w.scored_interviews == 3);
  CHECK(w.cells_without_consensus == 1);
  CHECK(w.provisional);
  CHECK(w.missing_sectors.size() == 9);  // no respondents: every sector but "other"
  CHECK(w.dimensions_without_score.empty());
}
