#include <catch2/catch.hpp>

#include "agreement.h"
#include "test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

TEST_CASE("agreement figures of a small hand-computed case", "[scoring]") {
  // Pairs (A, B): (4,4) (5,6) (3,3.5) (6,5) (7,7); n = 5 targets, k = 2 raters.
  const std::vector<ScorePair> pairs = {{400, 400}, {500, 600}, {300, 350}, {600, 500}, {700, 700}};
  const AgreementStats st = agreement(pairs);
  CHECK(st.n == 5);
  // |A−B| = 0, 1, 0.5, 1, 0: exact 2/5, within 0.5 3/5, within 1.0 5/5; none over 1.00.
  CHECK(st.exact == Approx(0.4));
  CHECK(st.within_half == Approx(0.6));
  CHECK(st.within_one == Approx(1.0));
  CHECK(st.large_differences == 0);

  // Weighted kappa: Σ(a−b)² = 0+1+0.25+1+0 = 2.25.
  // Σa = 25, Σb = 25.5, Σa² = 135, Σb² = 138.25.
  // ΣiΣj(a_i−b_j)² = 5·135 + 5·138.25 − 2·25·25.5 = 675 + 691.25 − 1275 = 91.25.
  // κ = 1 − 5·2.25/91.25 = 80/91.25 = 0.876712328767…
  REQUIRE(st.weighted_kappa);
  CHECK(*st.weighted_kappa == Approx(80.0 / 91.25).margin(1e-9));

  // ICC(2,1): grand mean 50.5/10 = 5.05.
  //   Row means 4, 5.5, 3.25, 5.5, 7 -> SSR = 2·Σ(dev²) = 2·8.55 = 17.1, MSR = 17.1/4 = 4.275.
  //   Column means 5, 5.1 -> SSC = 5·(0.05² + 0.05²) = 0.025, MSC = 0.025.
  //   SST = Σ(x − 5.05)² = 18.225; SSE = 18.225 − 17.1 − 0.025 = 1.1, MSE = 1.1/4 = 0.275.
  //   ICC = (4.275 − 0.275) / (4.275 + 0.275 + 2·(0.025 − 0.275)/5) = 4/4.45 = 0.898876404494…
  REQUIRE(st.icc);
  CHECK(*st.icc == Approx(4.0 / 4.45).margin(1e-9));
}

TEST_CASE("agreement is undefined where the formulas are", "[scoring]") {
  SECTION("no pairs") {
    const AgreementStats st = agreement({});
    CHECK(st.n == 0);
    CHECK_FALSE(st.weighted_kappa);
    CHECK_FALSE(st.icc);
  }
  SECTION("one pair") {
    const AgreementStats st = agreement({{400, 500}});
    CHECK(st.n == 1);
    CHECK(st.within_one == Approx(1.0));
    CHECK_FALSE(st.weighted_kappa);
    CHECK_FALSE(st.icc);
  }
  SECTION("zero variance: every score the same") {
    const AgreementStats st = agreement({{450, 450}, {450, 450}, {450, 450}});
    CHECK(st.exact == Approx(1.0));
    CHECK_FALSE(st.weighted_kappa);
    CHECK_FALSE(st.icc);
  }
  SECTION("perfect agreement with spread is 1") {
    // a == b everywhere: Σ(a−b)² = 0 -> κ = 1; SSE = SSC = 0 -> ICC = MSR/MSR = 1.
    const AgreementStats st = agreement({{400, 400}, {600, 600}, {500, 500}});
    CHECK(*st.weighted_kappa == Approx(1.0).margin(1e-12));
    CHECK(*st.icc == Approx(1.0).margin(1e-12));
  }
}

TEST_CASE("only differences over 1.00 are flagged", "[scoring]") {
  // |A−B| = 1.00 exactly, 1.01, 1.50, 0.99.
  const AgreementStats st = agreement({{500, 600}, {500, 601}, {300, 450}, {501, 600}});
  CHECK(st.large_differences == 2);
  CHECK(st.within_one == Approx(0.5));

  Round round = make_round(make_instrument({"A", "B"}), {{kNone, kNone}, {kNone, kNone}});
  auto set = [&](std::size_t i, const char* dim, Hundredths a, Hundredths b) {
    round.interviews[i].scores[dim].scorer_a = a;
    round.interviews[i].scores[dim].scorer_b = b;
  };
  set(0, "A", 500, 600);  // exactly 1.00: not flagged
  set(0, "B", 600, 450);  // 1.50: flagged
  set(1, "A", 700, 599);  // 1.01: flagged
  round.interviews[1].scores["B"].scorer_a = 100;  // no B score: not a pair
  const auto flagged = large_disagreements(round);
  REQUIRE(flagged.size() == 2);
  CHECK(flagged[0].interview_id == "1");
  CHECK(flagged[0].dimension == "B");
  CHECK(flagged[0].a == 600);
  CHECK(flagged[0].b == 450);
  CHECK(flagged[1].interview_id == "2");
  CHECK(flagged[1].dimension == "A");
}

TEST_CASE("round agreement per dimension, per scorer pair and overall", "[scoring]") {
  Round round = make_round(make_instrument({"A", "B"}), {{kNone, kNone, kNone}, {kNone, kNone, kNone}});
  auto set = [&](std::size_t i, const char* dim, Hundredths a, Hundredths b) {
    round.interviews[i].scores[dim].scorer_a = a;
    round.interviews[i].scores[dim].scorer_b = b;
  };
  // Interview 1: Anna as A, Bo as B. Interview 2: Bo as A, Anna as B.
  // Interview 3: Cia and Dan. Anna always scores 1.00 above Bo.
  round.interviews[0].scorer_a_name = "Anna";
  round.interviews[0].scorer_b_name = "Bo";
  round.interviews[1].scorer_a_name = "Bo";
  round.interviews[1].scorer_b_name = "Anna";
  round.interviews[2].scorer_a_name = "Cia";
  round.interviews[2].scorer_b_name = "Dan";
  set(0, "A", 500, 400);
  set(0, "B", 600, 500);
  set(1, "A", 300, 400);
  set(2, "A", 450, 450);
  set(2, "B", 500, 550);
  round.interviews[1].scores["B"].consensus = 400;  // consensus only: not a pair

  const RoundAgreement ra = round_agreement(round);
  CHECK(ra.round_id == "r1");
  REQUIRE(ra.by_dimension.size() == 2);
  CHECK(ra.by_dimension[0].dimension == "A");
  CHECK(ra.by_dimension[0].stats.n == 3);
  CHECK(ra.by_dimension[1].dimension == "B");
  CHECK(ra.by_dimension[1].stats.n == 2);
  // Dimension A pairs (5,4) (3,4) (4.5,4.5): exact 1/3, within 1.0 all.
  CHECK(ra.by_dimension[0].stats.exact == Approx(1.0 / 3));
  CHECK(ra.overall.n == 5);
  // Overall |A−B| = 1, 1, 1, 0, 0.5: exact 1/5, within 0.5 2/5.
  CHECK(ra.overall.exact == Approx(0.2));
  CHECK(ra.overall.within_half == Approx(0.4));

  // Anna/Bo and Bo/Anna are one pair; each column is one person (Anna, Bo):
  // (5,4) (6,5) (4,3). Grand mean 4.5; row means 4.5, 5.5, 3.5 -> SSR = 2·2 = 4, MSR = 2;
  // column means 5, 4 -> SSC = 3·(0.25+0.25) = 1.5 = MSC; SST = 5.5 -> SSE = 0.
  // ICC = (2 − 0)/(2 + 0 + 2·1.5/3) = 2/3. (Without the swap the columns would mix people.)
  // κ: Σd² = 3, Σa = 15, Σb = 12, Σa² = 77, Σb² = 50 -> 3·77 + 3·50 − 2·15·12 = 21; κ = 1 − 9/21 = 4/7.
  REQUIRE(ra.by_pair.size() == 2);
  CHECK(ra.by_pair[0].scorer_a == "Anna");
  CHECK(ra.by_pair[0].scorer_b == "Bo");
  CHECK(ra.by_pair[0].stats.n == 3);
  CHECK(*ra.by_pair[0].stats.icc == Approx(2.0 / 3).margin(1e-9));
  CHECK(*ra.by_pair[0].stats.weighted_kappa == Approx(4.0 / 7).margin(1e-9));
  CHECK(ra.by_pair[1].scorer_a == "Cia");
  CHECK(ra.by_pair[1].scorer_b == "Dan");
  CHECK(ra.by_pair[1].stats.n == 2);
}

TEST_CASE("round agreement follows the instrument's dimension set", "[scoring]") {
  const Instrument ins = make_instrument({"A", "C", "D", "E", "F"});
  Round round = make_round(ins, {{400}, {500}, {500}, {600}, {300}});
  for (auto& [code, cell] : round.interviews[0].scores) {
    cell.scorer_a = *cell.consensus;
    cell.scorer_b = *cell.consensus;
  }
  const RoundAgreement ra = round_agreement(round);
  REQUIRE(ra.by_dimension.size() == 5);
  CHECK(ra.by_dimension[4].dimension == "F");
  CHECK(ra.overall.n == 5);
  CHECK(ra.overall.exact == Approx(1.0));
}
