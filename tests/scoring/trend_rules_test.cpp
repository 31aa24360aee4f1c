// Rules the mutation run (scripts/mutate) found unpinned: each test names the
// rule it holds. Expected values are worked out by hand in the comments.
#include <catch2/catch.hpp>

#include <limits>
#include <stdexcept>

#include "comparison.h"
#include "exact_mean.h"
#include "round_result.h"
#include "round_warnings.h"
#include "test_fixtures.h"
#include "trend.h"

using namespace readiness;
using namespace readiness::test;

namespace {

Round one_dimension(const std::vector<int>& scores, const std::string& id, const std::string& label,
                    const std::string& issue = "langning av alkohol till unga") {
  return make_round(make_instrument({"A"}), {scores}, id, "c1", label, issue);
}

}  // namespace

TEST_CASE("rule: a change that keeps its stage is no stage change, within noise or beyond", "[trend][rules]") {
  // 2019: 5.1, 5.3, 5.2 → mean 5.2 (stage 5); 2022: 5.4, 5.6, 5.5 → 5.5 (stage 5).
  // sd both 0.1, n 3: SE = √(.01/3 + .01/3) = .081650, df = 4 → t 2.7764451 (SciPy t.ppf),
  // threshold 2.7764451·.0816497 = .226696 < d .3: beyond noise, and still no stage change.
  // 2025: 5.5, 5.7, 5.3 → 5.5 (stage 5), d 0: within noise, no stage change.
  const Project p = make_project({one_dimension({510, 530, 520}, "r19", "2019"),
                                  one_dimension({540, 560, 550}, "r22", "2022"),
                                  one_dimension({550, 570, 530}, "r25", "2025")});
  const auto all = trends(p);
  REQUIRE(all.size() == 1);
  const Trend& t = all.front();
  REQUIRE(t.steps.size() == 2);
  const Change& rise = t.steps[0].dimensions[0];
  CHECK(rise.verdict == ChangeVerdict::BeyondNoise);
  CHECK(*rise.threshold == Approx(0.226696).margin(1e-6));
  CHECK_FALSE(rise.stage_changed);
  CHECK_FALSE(rise.stage_change_within_noise);
  CHECK_FALSE(t.steps[0].overall.stage_changed);
  const Change& flat = t.steps[1].dimensions[0];
  CHECK(flat.verdict == ChangeVerdict::WithinNoise);
  CHECK_FALSE(flat.stage_changed);
  CHECK_FALSE(flat.stage_change_within_noise);
  CHECK_FALSE(t.steps[1].overall.stage_change_within_noise);
}

TEST_CASE("rule: a trend's issue is written as in its earliest round, whatever order the rounds come in",
          "[trend][rules]") {
  // The same issue (normalised), written differently in the two rounds.
  Project p = make_project({one_dimension({500, 600}, "r22", "2022", "Langning av  alkohol till unga"),
                            one_dimension({400, 500}, "r19", "2019", "langning av alkohol till unga")});
  const TrendOrRefusal made = make_trend(p, {p.find_round("r22"), p.find_round("r19")});
  REQUIRE(made.trend);
  CHECK(made.trend->issue == "langning av alkohol till unga");
  CHECK(made.trend->points.front().label == "2019");
}

TEST_CASE("rule: an interview with only A/B scores is not a scored interview", "[scoring][rules]") {
  // Interviews 1 and 2 have consensus scores; 3 has A and B but no consensus.
  Round r = make_round(make_instrument({"A", "B"}), {{500, 600, kNone}, {500, kNone, kNone}});
  r.interviews[2].scores["A"].scorer_a = 400;
  r.interviews[2].scores["A"].scorer_b = 450;
  r.interviews[2].scores["B"].scorer_a = 400;
  const Project p = make_project({r});
  const RoundResult res = score_round(p, p.rounds[0]);
  CHECK(res.interviews == 3);
  CHECK(res.scored_interviews == 2);
  CHECK(res.provisional);
  CHECK(res.dimensions[0].n == 2);
  CHECK(res.dimensions[0].unresolved == 1);
  CHECK(res.dimensions[1].unresolved == 1);
  // Only A on a cell is unresolved as well.
  Round only_a = make_round(make_instrument({"A"}), {{kNone}});
  only_a.interviews[0].scores["A"].scorer_a = 400;
  const Project q = make_project({only_a});
  const RoundResult res_a = score_round(q, q.rounds[0]);
  CHECK(res_a.scored_interviews == 0);
  CHECK(res_a.dimensions[0].unresolved == 1);
  CHECK(res_a.provisional);
}

TEST_CASE("rule: one interview has SD 0, never NaN", "[scoring][rules]") {
  const Project p = make_project({make_round(make_instrument({"A"}), {{470}})});
  const RoundResult res = score_round(p, p.rounds[0]);
  CHECK(res.dimensions[0].n == 1);
  CHECK(res.dimensions[0].sd == 0.0);
}

TEST_CASE("rule: an instrument without dimensions has no overall score", "[scoring][rules]") {
  const Project p = make_project({make_round(make_instrument({}), {})});
  const RoundResult res = score_round(p, p.rounds[0]);
  CHECK_FALSE(res.overall);
  CHECK_FALSE(res.overall_stage);
}

TEST_CASE("rule: fewer than 4 scored interviews is too few, 4 and 5 fewer than recommended, 6 enough",
          "[scoring][rules]") {
  struct Case { int interviews; bool too_few; bool fewer; };
  const Case cases[] = {{0, true, false}, {3, true, false}, {4, false, true},
                        {5, false, true}, {6, false, false}, {7, false, false}};
  for (const Case& c : cases) {
    INFO(c.interviews << " scored interviews");
    const Project p = make_project({make_round(make_instrument({"A"}),
                                               {std::vector<int>(static_cast<std::size_t>(c.interviews), 500)})});
    const RoundResult res = score_round(p, p.rounds[0]);
    REQUIRE(res.scored_interviews == c.interviews);
    const RoundWarnings w = round_warnings(p.rounds[0], res);
    CHECK(w.too_few_interviews == c.too_few);
    CHECK(w.fewer_than_recommended == c.fewer);
  }
}

TEST_CASE("rule: an exact mean that no longer fits 64 bits throws, never wraps", "[scoring][rules]") {
  // 1/4e9 + 1/(4e9+1): the common denominator 4e9·(4e9+1) = 1.6e19 (and
  // twice that for the mean of two) is beyond INT64_MAX ≈ 9.22e18; the
  // numerator 8e9+1 shares no factor with it.
  const ExactMean means[] = {ExactMean::of_sum(1, 4000000000), ExactMean::of_sum(1, 4000000001)};
  CHECK_THROWS_AS(ExactMean::mean_of(means, 2), std::overflow_error);
  // Just inside: 1/2e9 + 1/(2e9+1) = (4e9+1)/(2e9·(2e9+1)), halved:
  // den 2·(4e18 + 2e9) = 8.000000004e18 fits, nothing to cancel.
  const ExactMean fits[] = {ExactMean::of_sum(1, 2000000000), ExactMean::of_sum(1, 2000000001)};
  const ExactMean m = ExactMean::mean_of(fits, 2);
  CHECK(m.num == 4000000001);
  CHECK(m.den == 8000000004000000000);
}

TEST_CASE("rule: a mean of no values is refused", "[scoring][rules]") {
  CHECK_THROWS_AS(ExactMean::of_sum(500, 0), std::invalid_argument);
  CHECK_THROWS_AS(ExactMean::mean_of(nullptr, 0), std::invalid_argument);
}

TEST_CASE("rule: issues differing only in white space, the no-break space or case are one issue",
          "[comparison][rules]") {
  CHECK(normalize_issue("Langning av\xC2\xA0" "alkohol  till\tunga ") == "langning av alkohol till unga");
  CHECK(normalize_issue("\xC2\xA0" "spel") == "spel");
  CHECK(normalize_issue("SPEL OM PENGAR") == "spel om pengar");
}
