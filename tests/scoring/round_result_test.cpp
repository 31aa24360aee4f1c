#include <catch2/catch.hpp>

#include "round_result.h"
#include "test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

namespace {
const DimensionResult& dim(const RoundResult& r, const std::string& code) {
  for (const auto& d : r.dimensions)
    if (d.code == code) return d;
  FAIL("no dimension " << code);
  throw;  // unreachable
}
}  // namespace

TEST_CASE("worked example of the method scores as published", "[scoring]") {
  const Project p = make_project({make_round(six_dimensions(), worked_example_scores())});
  const RoundResult r = score_round(p, p.rounds[0]);

  // Sums over six interviews in hundredths, reduced by gcd:
  //   A 3050/6 = 1525/3 (5.0833)  B 2150/6 = 1075/3 (3.5833)
  //   C 3250/6 = 1625/3 (5.4167)  D 2750/6 = 1375/3 (4.5833)
  //   E 2450/6 = 1225/3 (4.0833)  F 3600/6 = 600/1  (6.0000)
  struct Expected { const char* code; std::int64_t num, den; double value; int stage; };
  const Expected expected[] = {{"A", 1525, 3, 5.0833, 5}, {"B", 1075, 3, 3.5833, 3},
                               {"C", 1625, 3, 5.4167, 5}, {"D", 1375, 3, 4.5833, 4},
                               {"E", 1225, 3, 4.0833, 4}, {"F", 600, 1, 6.0000, 6}};
  REQUIRE(r.dimensions.size() == 6);
  for (const auto& e : expected) {
    INFO("dimension " << e.code);
    const DimensionResult& d = dim(r, e.code);
    CHECK(d.n == 6);
    REQUIRE(d.mean);
    CHECK(*d.mean == ExactMean{e.num, e.den});
    CHECK(d.mean->value() == Approx(e.value).margin(0.00005));
    CHECK(d.stage == e.stage);
  }
  // Overall (6825/3 + 600)/6 = 2875/6 = 4.7917 -> stage 4, Preplanning.
  REQUIRE(r.overall);
  CHECK(*r.overall == ExactMean{2875, 6});
  CHECK(r.overall->value() == Approx(4.7917).margin(0.00005));
  CHECK(r.overall_stage == 4);
  CHECK(r.overall_stage_name == "Preplanning");
  CHECK(r.lowest == std::vector<std::string>{"B"});
  CHECK_FALSE(r.provisional);
  CHECK(r.interviews == 6);
  CHECK(r.scored_interviews == 6);
  CHECK(r.community_name == "Arjeplog");
  CHECK(r.instrument_id == "cr6-test");
}

TEST_CASE("overall stage name comes from the round's instrument", "[scoring]") {
  Instrument ins = six_dimensions();
  ins.stages[3].name = "Förplanering";
  const Project p = make_project({make_round(ins, worked_example_scores())});
  CHECK(score_round(p, p.rounds[0]).overall_stage_name == "Förplanering");
}

TEST_CASE("spread is the sample SD with min and max", "[scoring]") {
  const Project p = make_project({make_round(six_dimensions(), worked_example_scores())});
  const RoundResult r = score_round(p, p.rounds[0]);
  // Dim A: Σx = 30.5, Σx² = 157.25; var = (6·157.25 − 30.5²)/(6·5) = 13.25/30
  // = 0.441667, sd = 0.66458 (population SD would be 0.6067).
  const DimensionResult& a = dim(r, "A");
  CHECK(a.sd == Approx(0.664580).margin(1e-6));
  CHECK(a.min == 400);
  CHECK(a.max == 600);
  // Dim F: 6,6,5.5,6,6.5,6: Σx = 36, Σx² = 216.5; (6·216.5 − 1296)/30 = 3/30 -> 0.316228.
  CHECK(dim(r, "F").sd == Approx(0.316228).margin(1e-6));

  SECTION("one interview has sd 0") {
    const Project one = make_project({make_round(make_instrument({"A"}), {{450}})});
    const RoundResult result = score_round(one, one.rounds[0]);  // keep it alive: d refers into it
    const DimensionResult& d = result.dimensions[0];
    CHECK(d.n == 1);
    CHECK(d.sd == 0.0);
    CHECK(d.min == 450);
    CHECK(d.max == 450);
  }
  SECTION("equal scores have sd exactly 0") {
    const Project same = make_project({make_round(make_instrument({"A"}), {{433, 433, 433}})});
    CHECK(score_round(same, same.rounds[0]).dimensions[0].sd == 0.0);
  }
}

TEST_CASE("dimension and overall stages truncate at exact boundaries", "[scoring]") {
  // Two interviews; each dimension's pair sums to an exact boundary or just under it.
  const Instrument ins = make_instrument({"A", "B", "C", "D", "E", "F"});
  const Project p = make_project({make_round(ins, {
      {450, 550},   // 5.00 -> 5
      {499, 501},   // 5.00 -> 5
      {467, 533},   // 5.00 -> 5
      {499, 499},   // 4.99 -> 4
      {900, 900},   // 9.00 -> 9
      {100, 100},   // 1.00 -> 1
  })});
  const RoundResult r = score_round(p, p.rounds[0]);
  CHECK(dim(r, "A").stage == 5);
  CHECK(dim(r, "B").stage == 5);
  CHECK(dim(r, "C").stage == 5);
  CHECK(dim(r, "D").stage == 4);
  CHECK(dim(r, "E").stage == 9);
  CHECK(dim(r, "F").stage == 1);
  // Overall (500·3 + 499 + 900 + 100)/6 = 2999/6 = 499.83 -> stage 4.
  CHECK(r.overall == ExactMean{2999, 6});
  CHECK(r.overall_stage == 4);

  SECTION("three scores 4.7, 5.1, 5.2 are exactly 5") {
    const Project q = make_project({make_round(make_instrument({"A"}), {{470, 510, 520}})});
    const RoundResult rq = score_round(q, q.rounds[0]);
    CHECK(rq.dimensions[0].stage == 5);
    CHECK(rq.overall_stage == 5);
  }
  SECTION("4.51, 4.64, 5.85 are exactly 5, though doubles give 4.999999999999999") {
    const Project q = make_project({make_round(make_instrument({"A"}), {{451, 464, 585}})});
    CHECK(score_round(q, q.rounds[0]).dimensions[0].stage == 5);
  }
  SECTION("dimension means of thirds summing to an integer overall") {
    // A 400+400+420 = 1220/3; B, C 550+550+540 = 1640/3; D–F 5.00.
    // Overall (4500/3 + 1500)/6 = 3000/6 = 500 -> stage 5 (doubles: 4.999999999999999).
    const Project q = make_project({make_round(ins, {{400, 400, 420}, {550, 550, 540}, {550, 550, 540},
                                                     {500, 500, 500}, {500, 500, 500}, {500, 500, 500}})});
    const RoundResult rq = score_round(q, q.rounds[0]);
    CHECK(rq.overall == ExactMean{500, 1});
    CHECK(rq.overall_stage == 5);
    CHECK(rq.overall_stage_name == "Preparation");
  }
}

TEST_CASE("gap rule: means over scored interviews, no overall without every dimension", "[scoring]") {
  const Instrument ins = six_dimensions();
  auto scores = worked_example_scores();

  SECTION("a missing consensus score shrinks n") {
    scores[0][2] = kNone;  // A loses the 4.00 of interview 3
    const Project p = make_project({make_round(ins, scores)});
    const RoundResult r = score_round(p, p.rounds[0]);
    // A = (5+5.5+5+6+5)/5 = 26.5/5 = 5.30 -> 2650/5 = 530/1.
    CHECK(dim(r, "A").n == 5);
    CHECK(dim(r, "A").mean == ExactMean{530, 1});
    CHECK(dim(r, "A").min == 500);
    // No A/B score without consensus there: not provisional, overall kept.
    CHECK_FALSE(r.provisional);
    REQUIRE(r.overall);
    // Overall = (530 + 1075/3 + 1625/3 + 1375/3 + 1225/3 + 600)/6
    //         = (1130 + 5300/3)/6 = (3390 + 5300)/18 = 8690/18 = 4345/9 (4.8278).
    CHECK(*r.overall == ExactMean{4345, 9});
  }
  SECTION("a dimension without any score withholds the overall") {
    scores[3] = {kNone, kNone, kNone, kNone, kNone, kNone};  // D unscored
    const Project p = make_project({make_round(ins, scores)});
    const RoundResult r = score_round(p, p.rounds[0]);
    CHECK(dim(r, "D").n == 0);
    CHECK_FALSE(dim(r, "D").mean);
    CHECK_FALSE(dim(r, "D").stage);
    CHECK_FALSE(dim(r, "D").min);
    CHECK_FALSE(r.overall);
    CHECK_FALSE(r.overall_stage);
    CHECK(r.overall_stage_name.empty());
    // The other dimensions are still reported, B still the lowest scored.
    CHECK(dim(r, "A").mean == ExactMean{1525, 3});
    CHECK(r.lowest == std::vector<std::string>{"B"});
  }
  SECTION("A/B scores without consensus make the round provisional") {
    Round round = make_round(ins, scores);
    DimensionScore& cell = round.interviews[1].scores["C"];
    cell.consensus.reset();
    cell.scorer_a = 500;
    cell.scorer_b = 600;
    round.interviews[4].scores["E"].consensus.reset();
    round.interviews[4].scores["E"].scorer_b = 450;  // only B has scored
    const Project p = make_project({round});
    const RoundResult r = score_round(p, p.rounds[0]);
    CHECK(r.provisional);
    CHECK(dim(r, "C").unresolved == 1);
    CHECK(dim(r, "E").unresolved == 1);
    CHECK(dim(r, "A").unresolved == 0);
    // C over five consensus scores: 5+6+5.5+5+6 = 27.5 -> 2750/5 = 550.
    CHECK(dim(r, "C").n == 5);
    CHECK(dim(r, "C").mean == ExactMean{550, 1});
    // Individual scores never count, so the overall exists but is provisional.
    CHECK(r.overall);
  }
  SECTION("consensus present with A/B is resolved, not provisional") {
    Round round = make_round(ins, scores);
    round.interviews[0].scores["A"].scorer_a = 400;
    round.interviews[0].scores["A"].scorer_b = 600;
    const Project p = make_project({round});
    const RoundResult r = score_round(p, p.rounds[0]);
    CHECK_FALSE(r.provisional);
    // Only the consensus (5.00) counts, not the mean of A and B: A unchanged.
    CHECK(dim(r, "A").mean == ExactMean{1525, 3});
  }
  SECTION("a round with no scores at all") {
    Round round = make_round(ins, {});
    for (int i = 0; i < 4; ++i) round.interviews.push_back(Interview{});
    const Project p = make_project({round});
    const RoundResult r = score_round(p, p.rounds[0]);
    CHECK(r.interviews == 4);
    CHECK(r.scored_interviews == 0);
    REQUIRE(r.dimensions.size() == 6);
    for (const auto& d : r.dimensions) {
      CHECK(d.n == 0);
      CHECK_FALSE(d.mean);
    }
    CHECK_FALSE(r.overall);
    CHECK_FALSE(r.provisional);
    CHECK(r.lowest.empty());
  }
  SECTION("scored_interviews counts interviews with any consensus score") {
    for (auto& row : scores) row[5] = kNone;  // interview 6 not scored
    const Project p = make_project({make_round(ins, scores)});
    const RoundResult r = score_round(p, p.rounds[0]);
    CHECK(r.interviews == 6);
    CHECK(r.scored_interviews == 5);
  }
}

TEST_CASE("lowest dimensions keep ties in instrument order", "[scoring]") {
  // B = (3+4)/2 = 3.50 and E = (3.5+3.5) / 2 = 3.50: equal, both lowest.
  // D = 3.51 is not. Instrument order puts B before E.
  const Project p = make_project({make_round(six_dimensions(), {
      {500, 500}, {300, 400}, {500, 500}, {351, 351}, {350, 350}, {600, 600}})});
  const RoundResult r = score_round(p, p.rounds[0]);
  CHECK(r.lowest == std::vector<std::string>{"B", "E"});

  SECTION("a difference smaller than a hundredth still decides") {
    // B 3.00,4.00,3.49 = 1049/3 = 3.4967 < E 3.50.
    Round round = make_round(six_dimensions(), {
        {500, 500, 500}, {300, 400, 349}, {500, 500, 500}, {400, 400, 400}, {350, 350, 350}, {600, 600, 600}});
    const Project q = make_project({round});
    CHECK(score_round(q, q.rounds[0]).lowest == std::vector<std::string>{"B"});
  }
}

TEST_CASE("a five-dimension instrument scores over its own dimensions", "[scoring]") {
  // 2014 handbook: efforts and knowledge of efforts merged.
  const Instrument ins = make_instrument({"A", "C", "D", "E", "F"}, "cr5-test");
  const Project p = make_project({make_round(ins, {
      {450, 500}, {600, 600}, {400, 500}, {300, 400}, {700, 650}})});
  const RoundResult r = score_round(p, p.rounds[0]);
  REQUIRE(r.dimensions.size() == 5);
  CHECK(r.dimensions[0].code == "A");
  CHECK(r.dimensions[1].code == "C");
  // Means 475, 600, 450, 350, 675 -> sum 2550 / 5 = 510 -> stage 5.
  CHECK(r.overall == ExactMean{510, 1});
  CHECK(r.overall_stage == 5);
  CHECK(r.lowest == std::vector<std::string>{"E"});
}

TEST_CASE("score_project scores every round in project order", "[scoring]") {
  const Project p = make_project({make_round(six_dimensions(), worked_example_scores(), "r1"),
                                  make_round(make_instrument({"A"}), {{300}}, "r2")});
  const auto results = score_project(p);
  REQUIRE(results.size() == 2);
  CHECK(results[0].round_id == "r1");
  CHECK(results[1].round_id == "r2");
  CHECK(results[1].overall_stage == 3);
}
