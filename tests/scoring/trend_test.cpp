// Trends (scoring/trend.h): like-with-like refusals and splits, the common-
// dimension rule across instruments, and the change rule with cases worked
// out by hand (formulas in uncertainty.h).
#include <catch2/catch.hpp>

#include "test_fixtures.h"
#include "trend.h"

using namespace readiness;
using namespace readiness::test;

namespace {

const std::string kAlcohol = "langning av alkohol till unga";
const std::string kGambling = "spel om pengar bland unga";

// A one-dimension round: its overall equals its only dimension, which keeps
// the hand computations short.
Round one_dim(const std::vector<int>& scores, const std::string& id, const std::string& label,
              const std::string& community = "c1", const std::string& issue = kAlcohol) {
  return make_round(make_instrument({"A"}), {scores}, id, community, label, issue);
}

Trend only_trend(const Project& p) {
  const auto all = trends(p);
  REQUIRE(all.size() == 1);
  return all.front();
}

}  // namespace

TEST_CASE("a clear rise is beyond noise (Welch, hand-computed)", "[trend]") {
  // 2019: 5, 5.5, 4, 5, 6, 5 → mean 5.083333, sd 0.664580, n 6
  // 2022: 6, 6.5, 7, 6.5     → mean 6.5,      sd 0.408248, n 4
  // From uncertainty_test: SE 0.339526, df 7.9937 → t(0.975, 7.9937) 2.3063205
  // (SciPy t.ppf), threshold 0.783055 < d = 1.416667: beyond noise; stage 5 → 6.
  const Trend t = only_trend(make_project({one_dim({500, 550, 400, 500, 600, 500}, "r19", "2019"),
                                           one_dim({600, 650, 700, 650}, "r22", "2022")}));
  REQUIRE(t.points.size() == 2);
  CHECK(t.points[0].dimensions[0].n == 6);
  CHECK(t.points[1].dimensions[0].n == 4);
  // 2022 interval: sd 0.408248, t(0.975, 3) = 3.1824463 (SciPy), half = 3.1824463·0.408248/2 = 0.649614.
  REQUIRE(t.points[1].dimensions[0].interval);
  CHECK(t.points[1].dimensions[0].interval->half_width() == Approx(0.649614).margin(1e-6));
  REQUIRE(t.steps.size() == 1);
  const Change& c = t.steps[0].dimensions[0];
  CHECK(c.verdict == ChangeVerdict::BeyondNoise);
  REQUIRE(c.difference);
  CHECK(*c.difference == Approx(1.416667).margin(1e-6));
  CHECK(*c.threshold == Approx(0.783055).margin(1e-6));
  CHECK(*c.df == Approx(7.9937).margin(1e-4));
  CHECK(c.stage_changed);
  CHECK_FALSE(c.stage_change_within_noise);
  CHECK(t.steps[0].overall.verdict == ChangeVerdict::BeyondNoise);
  CHECK(t.steps[0].from_label == "2019");
  CHECK(t.steps[0].to_label == "2022");
}

TEST_CASE("a stage change across the truncation cliff within noise is flagged", "[trend]") {
  // 2019: 4.5, 5.0, 5.5, 4.8, 5.2, 4.7 → mean 29.7/6 = 4.95 (stage 4)
  //   Σd² = .2025+.0025+.3025+.0225+.0625+.0625 = .655; s² = .131; sd .361939
  //   half-width = 2.5705818·.361939/√6 = .379832 (t from SciPy t.ppf)
  // 2022: 5.0, 5.5, 4.6, 5.1, 5.3, 4.8 → mean 30.3/6 = 5.05 (stage 5)
  //   Σd² = .0025+.2025+.2025+.0025+.0625+.0625 = .535; s² = .107; sd .327109
  // v1 = .131/6 = .021833, v2 = .107/6 = .017833; SE = √.039667 = .199165
  // df = .039667²/((.021833² + .017833²)/5) = .00157344/.00015894 = 9.8993
  //   t(0.975, 9.8993) = 2.2312 (SciPy); threshold = .444380 > d = 0.10: within noise.
  const Trend t = only_trend(make_project({one_dim({450, 500, 550, 480, 520, 470}, "r19", "2019"),
                                           one_dim({500, 550, 460, 510, 530, 480}, "r22", "2022")}));
  const Estimate& before = t.points[0].dimensions[0];
  CHECK(before.stage == 4);
  CHECK(before.sd == Approx(0.361939).margin(1e-6));
  CHECK(before.interval->low == Approx(4.95 - 0.379832).margin(1e-6));
  CHECK(t.points[1].dimensions[0].stage == 5);
  const Change& c = t.steps[0].dimensions[0];
  CHECK(c.verdict == ChangeVerdict::WithinNoise);
  CHECK(*c.difference == Approx(0.10).margin(1e-9));
  CHECK(*c.df == Approx(9.8993).margin(1e-4));
  CHECK(*c.threshold == Approx(0.444380).margin(1e-6));
  CHECK(c.stage_changed);
  CHECK(c.stage_change_within_noise);
  // One dimension: the overall is the same numbers, flagged the same way.
  CHECK(t.steps[0].overall.stage_change_within_noise);
}

TEST_CASE("a change with n < 2 on either side is not assessable, not 'within noise'", "[trend]") {
  // A: 2019 one interview (4.00), 2022 four (6, 6.5, 7, 6.5): n 1 → not assessable.
  // B: 2019 has no score at all → no difference either.
  const Instrument ins = make_instrument({"A", "B"});
  const Trend t = only_trend(make_project(
      {make_round(ins, {{400}, {kNone}}, "r19", "c1", "2019"),
       make_round(ins, {{600, 650, 700, 650}, {500, 500, 500, 500}}, "r22", "c1", "2022")}));
  const Change& a = t.steps[0].dimensions[0];
  CHECK(a.verdict == ChangeVerdict::NotAssessable);
  REQUIRE(a.difference);
  CHECK(*a.difference == Approx(2.5));
  CHECK_FALSE(a.threshold);
  CHECK(a.stage_changed);  // 4 → 6, but nothing can be said about it
  CHECK_FALSE(a.stage_change_within_noise);
  CHECK_FALSE(t.points[0].dimensions[0].interval);
  const Change& b = t.steps[0].dimensions[1];
  CHECK(b.verdict == ChangeVerdict::NotAssessable);
  CHECK_FALSE(b.difference);
  // No overall in 2019 (B unscored, gap rule): the overall change neither.
  CHECK_FALSE(t.points[0].overall.mean);
  CHECK(t.steps[0].overall.verdict == ChangeVerdict::NotAssessable);
}

TEST_CASE("make_trend refuses rounds that do not share one axis", "[trend]") {
  Project p = make_project({one_dim({400, 500}, "r19", "2019"), one_dim({500, 600}, "r22", "2022"),
                            one_dim({500, 600}, "other", "2022", "c2"),
                            one_dim({500, 600}, "spel", "2023", "c1", kGambling)},
                           {{"c1", "Arjeplog"}, {"c2", "Boden"}});
  Round self = one_dim({700, 800}, "self", "2021");
  self.mode = Mode::SelfRating;
  p.rounds.push_back(self);
  const Round* r19 = p.find_round("r19");
  const Round* r22 = p.find_round("r22");

  CHECK(make_trend(p, {}).refusal == TrendRefusal::NoRounds);
  CHECK(make_trend(p, {r19, p.find_round("other")}).refusal == TrendRefusal::MixedCommunities);
  CHECK(make_trend(p, {r19, p.find_round("spel")}).refusal == TrendRefusal::MixedIssues);
  const TrendOrRefusal mixed = make_trend(p, {r19, p.find_round("self"), r22});
  CHECK(mixed.refusal == TrendRefusal::MixedModes);
  CHECK_FALSE(mixed.trend);
  CHECK(std::string(to_string(TrendRefusal::MixedModes)) == "mixed_modes");

  // Given out of order, the rounds come back in label order.
  const TrendOrRefusal ok = make_trend(p, {r22, r19});
  REQUIRE(ok.trend);
  CHECK(ok.refusal == TrendRefusal::None);
  CHECK(ok.trend->points[0].label == "2019");
  CHECK(ok.trend->points[1].label == "2022");
}

TEST_CASE("trends() splits modes and issues, and says so", "[trend]") {
  // Same issue written differently (case, spaces) is one trend.
  Project p = make_project({one_dim({400, 500}, "r22", "2022", "c1", "  Langning av  ALKOHOL till unga"),
                            one_dim({400, 500}, "r19", "2019"),
                            one_dim({500, 600}, "spel", "2023", "c1", kGambling)});
  Round self = one_dim({700, 800}, "self", "2021");
  self.mode = Mode::SelfRating;
  p.rounds.push_back(self);

  const auto all = trends(p);
  // alcohol/interview, alcohol/self-rating, gambling/interview.
  REQUIRE(all.size() == 3);
  CHECK(all[0].mode == Mode::Interview);
  REQUIRE(all[0].points.size() == 2);
  CHECK(all[0].points[0].round_id == "r19");
  CHECK(all[0].points[1].round_id == "r22");
  CHECK(all[0].other_mode_split);
  CHECK(all[1].mode == Mode::SelfRating);
  REQUIRE(all[1].points.size() == 1);
  CHECK(all[1].steps.empty());
  CHECK(all[1].other_mode_split);
  CHECK(all[2].issue == kGambling);
  CHECK_FALSE(all[2].other_mode_split);
  for (const auto& t : all)
    for (const auto& point : t.points) CHECK((point.round_id == "self") == (t.mode == Mode::SelfRating));

  TrendOptions gambling;
  gambling.issue = "SPEL om pengar bland unga";
  REQUIRE(trends(p, gambling).size() == 1);
}

TEST_CASE("across a cr6 and a cr5-like instrument only common dimensions are followed", "[trend]") {
  // 2019 on A–F (the worked example); 2022 on AB, C, D, E, F (efforts and
  // knowledge of efforts merged). Common: C, D, E, F; dropped A, B, AB.
  // 2019 over C–F: C 32.5/6, D 27.5/6, E 24.5/6, F 36/6 → (120.5/6)/4 = 5.020833
  //   (the round's own overall over A–F is 4.791667: not the trend's number).
  // 2022 over C–F: C 6.0, D 5.25, E 4.875, F 6.5 → 22.625/4 = 5.65625.
  const Round r19 = make_round(six_dimensions(), worked_example_scores(), "r19", "c1", "2019");
  const Round r22 = make_round(make_instrument({"AB", "C", "D", "E", "F"}, "cr5-test"),
                               {{300, 350, 400, 350},
                                {600, 600, 650, 550},
                                {500, 550, 500, 550},
                                {500, 450, 500, 500},
                                {650, 650, 700, 600}},
                               "r22", "c1", "2022");
  const Trend t = only_trend(make_project({r19, r22}));
  CHECK(t.instruments == std::vector<std::string>{"cr6-test", "cr5-test"});
  CHECK(t.dimensions == std::vector<std::string>{"C", "D", "E", "F"});
  CHECK(t.dropped_dimensions == std::vector<std::string>{"A", "B", "AB"});
  REQUIRE(t.points[0].dimensions.size() == 4);
  REQUIRE(t.points[0].overall.mean);
  CHECK(t.points[0].overall.mean->value() == Approx(5.020833).margin(1e-6));
  CHECK(t.points[0].overall.stage == 5);
  CHECK(t.points[0].overall.n == 6);
  CHECK(t.points[1].overall.mean->value() == Approx(5.65625).margin(1e-9));
  // Overall spread over C–F in 2019: interview sums of C–F 19, 19, 20.5,
  // 19.5, 21.5, 21 (mean 20.083333); deviations −1.0833, −1.0833, 0.4167,
  // −0.5833, 1.4167, 0.9167; Σd² = 5.708333, s² = 1.141667; the overalls
  // are the sums / 4, so sd = √1.141667 / 4 = 0.267122.
  CHECK(t.points[0].overall.sd == Approx(0.267122).margin(1e-6));
  REQUIRE(t.steps[0].dimensions.size() == 4);
}

TEST_CASE("shared dimensions put several communities on one dimension set", "[trend]") {
  const Instrument cr6 = six_dimensions();
  const Instrument cr5 = make_instrument({"AB", "C", "D", "E", "F"}, "cr5-test");
  const std::vector<std::vector<int>> six = worked_example_scores();
  const std::vector<std::vector<int>> five = {{300, 400}, {500, 500}, {500, 500}, {500, 500}, {500, 500}};
  const Project p = make_project({make_round(cr6, six, "a19", "a", "2019"), make_round(cr6, six, "a22", "a", "2022"),
                                  make_round(cr5, five, "b19", "b", "2019"), make_round(cr5, five, "b22", "b", "2022")},
                                 {{"a", "Arjeplog"}, {"b", "Boden"}});
  const auto own = trends(p);
  REQUIRE(own.size() == 2);
  CHECK(own[0].community_name == "Arjeplog");
  CHECK(own[0].dimensions.size() == 6);  // each community on its own rounds
  CHECK(own[0].dropped_dimensions.empty());

  TrendOptions options;
  options.shared_dimensions = true;
  const auto shared = trends(p, options);
  REQUIRE(shared.size() == 2);
  CHECK(shared[0].dimensions == std::vector<std::string>{"C", "D", "E", "F"});
  CHECK(shared[0].dropped_dimensions == std::vector<std::string>{"A", "B"});
  CHECK(shared[1].dimensions == shared[0].dimensions);

  TrendOptions just_b;
  just_b.community_ids = {"b"};
  const auto b = trends(p, just_b);
  REQUIRE(b.size() == 1);
  CHECK(b[0].community_name == "Boden");
}
