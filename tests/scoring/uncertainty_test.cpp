// The uncertainty rules of scoring/uncertainty.h, pinned with cases worked
// out by hand (every number below can be redone on paper).
#include <catch2/catch.hpp>

#include "round_result.h"
#include "test_fixtures.h"
#include "uncertainty.h"

using namespace readiness;
using namespace readiness::test;

TEST_CASE("t quantiles equal R and SciPy, fractional df used as it is", "[trend]") {
  // Reference values: SciPy 1.10.1, scipy.stats.t.ppf(0.975, df), printed to
  // ten decimals (R's qt(0.975, df) gives the same digits). Integer df agree
  // with the NIST/SEMATECH e-Handbook table 1.3.6.7.2 to its four decimals.
  CHECK(t_quantile_975(1) == Approx(12.7062047364).margin(1e-9));
  CHECK(t_quantile_975(2) == Approx(4.3026527299).margin(1e-9));
  CHECK(t_quantile_975(5) == Approx(2.5705818366).margin(1e-9));
  CHECK(t_quantile_975(9) == Approx(2.2621571627).margin(1e-9));
  CHECK(t_quantile_975(30) == Approx(2.0422724563).margin(1e-9));
  CHECK(t_quantile_975(31) == Approx(2.0395134464).margin(1e-9));
  CHECK(t_quantile_975(60) == Approx(2.0002978211).margin(1e-9));
  CHECK(t_quantile_975(120) == Approx(1.9799304051).margin(1e-9));
  CHECK(t_quantile_975(1000) == Approx(1.9623390808).margin(1e-9));
  // Welch's fractional df is not rounded down to a table row:
  // t.ppf(0.975, 5.95) = 2.4519048538 (the df 5 row would say 2.5706),
  // t.ppf(0.975, 7.9937) = 2.3063205178 (the df 7 row: 2.3646).
  CHECK(t_quantile_975(5.95) == Approx(2.4519048538).margin(1e-9));
  CHECK(t_quantile_975(7.9937) == Approx(2.3063205178).margin(1e-9));
  CHECK(t_quantile_975(2.5) == Approx(3.5746548420).margin(1e-9));
  CHECK(t_quantile_975(1.6606) == Approx(5.2656759900).margin(1e-9));
  CHECK(t_quantile_975(0.4) == t_quantile_975(1));  // below 1 taken as 1
  // Strictly falling in df.
  CHECK(t_quantile_975(5.5) < t_quantile_975(5));
  CHECK(t_quantile_975(6) < t_quantile_975(5.5));
}

TEST_CASE("dimension interval: n = 6 by hand", "[trend]") {
  // Dimension A of the worked example: 5, 5.5, 4, 5, 6, 5.
  //   mean = 30.5/6 = 5.083333
  //   deviations −1/12, 5/12, −13/12, −1/12, 11/12, −1/12
  //   Σd² = (1 + 25 + 169 + 1 + 121 + 1)/144 = 318/144 = 2.208333
  //   var = 2.208333/5 = 0.441667, sd = 0.664580
  //   SE = 0.664580/√6 = 0.271314; t(0.975, 5) = 2.5705818 (SciPy)
  //   half-width = 2.5705818 · 0.271314 = 0.697434
  //   interval = [4.385899, 5.780767]
  const Round round = make_round(six_dimensions(), worked_example_scores());
  const RoundResult r = score_round(make_project({round}), round);
  const DimensionResult& a = r.dimensions[0];
  REQUIRE(a.n == 6);
  CHECK(a.sd == Approx(0.664580).margin(1e-6));
  const auto ci = dimension_interval(a);
  REQUIRE(ci);
  CHECK(ci->low == Approx(4.385899).margin(1e-6));
  CHECK(ci->high == Approx(5.780767).margin(1e-6));
  CHECK(ci->half_width() == Approx(0.697434).margin(1e-6));
}

TEST_CASE("no interval below two interviews and zero width without spread", "[trend]") {
  CHECK_FALSE(mean_interval(5.0, 0.0, 1));
  CHECK_FALSE(mean_interval(5.0, 0.0, 0));
  // One interview scored B, three scored C at 4.00 each.
  const Round round = make_round(make_instrument({"B", "C"}), {{400, kNone, kNone}, {400, 400, 400}});
  const RoundResult r = score_round(make_project({round}), round);
  CHECK_FALSE(dimension_interval(r.dimensions[0]));  // n = 1
  const auto c = dimension_interval(r.dimensions[1]);
  REQUIRE(c);
  CHECK(c->low == 4.0);
  CHECK(c->high == 4.0);
}

TEST_CASE("overall interval from per-interview overall scores, by hand", "[trend]") {
  // Worked example, per interview (sum of A–F)/6, in twelfths:
  //   27/6 = 54/12, 28.5/6 = 57/12, 28/6 = 56/12, 28.5/6 = 57/12,
  //   31.5/6 = 63/12, 29/6 = 58/12; mean 345/72 = 4.791667 = the overall.
  //   deviations (twelfths) −3.5, −0.5, −1.5, −0.5, 5.5, 0.5
  //   Σd² = 45.5/144; var = 9.1/144; sd = √9.1/12 = 0.251385
  //   half-width = 2.5705818 · 0.251385/√6 = 0.263812
  const Round round = make_round(six_dimensions(), worked_example_scores());
  const RoundResult r = score_round(make_project({round}), round);
  const OverallSpread spread = overall_spread(round);
  CHECK(spread.n == 6);
  REQUIRE(spread.mean);
  CHECK(*spread.mean == *r.overall);  // no gaps: the same number exactly
  CHECK(spread.sd == Approx(0.251385).margin(1e-6));
  const auto ci = overall_interval(*r.overall, spread);
  REQUIRE(ci);
  CHECK(ci->low == Approx(4.791667 - 0.263812).margin(1e-6));
  CHECK(ci->high == Approx(4.791667 + 0.263812).margin(1e-6));
}

TEST_CASE("overall spread counts only interviews that scored every dimension", "[trend]") {
  // Interview 3 lacks B: it drops out of the spread (n = 2), yet the overall
  // score itself stays the mean of the dimension means (A 4, B 5 → 4.5).
  //   interview overalls (3+5)/2 = 4, (5+5)/2 = 5 → mean 4.5, sd √0.5 = 0.707107
  const Round round = make_round(make_instrument({"A", "B"}), {{300, 500, 400}, {500, 500, kNone}});
  const OverallSpread spread = overall_spread(round);
  CHECK(spread.n == 2);
  CHECK(spread.sd == Approx(0.707107).margin(1e-6));
  // Over A alone every interview counts: 3, 5, 4 → sd 1.
  const OverallSpread only_a = overall_spread(round, {"A"});
  CHECK(only_a.n == 3);
  CHECK(only_a.sd == Approx(1.0).margin(1e-12));
  // Nobody scored both: no spread, no interval.
  const Round gaps = make_round(make_instrument({"A", "B"}), {{300, kNone}, {kNone, 500}});
  CHECK(overall_spread(gaps).n == 0);
  CHECK_FALSE(overall_spread(gaps).mean);
  CHECK_FALSE(overall_interval(ExactMean::of_sum(800, 2), overall_spread(gaps)));
}

TEST_CASE("Welch test, df worked out by hand", "[trend]") {
  // Round 1: 5, 5.5, 4, 5, 6, 5 → mean 5.083333, s² = 0.441667, n 6
  // Round 2: 6, 6.5, 7, 6.5      → mean 6.5,      s² = 1/6,      n 4
  //   v1 = 0.441667/6 = 0.073611;  v2 = (1/6)/4 = 0.041667
  //   SE = √(0.115278) = 0.339526
  //   df = 0.115278² / (0.073611²/5 + 0.041667²/3)
  //      = 0.0132890 / (0.00108372 + 0.00057870) = 7.9937
  //   t(0.975, 7.9937) = 2.3063205 (SciPy t.ppf; not the df 7 row, 2.3646)
  //   threshold = 2.3063205 · 0.339526 = 0.783055; d = 1.416667 > it: beyond.
  const auto w = welch_test(30.5 / 6, 0.6645800679, 6, 6.5, 0.4082482905, 4);
  REQUIRE(w);
  CHECK(w->difference == Approx(1.416667).margin(1e-6));
  CHECK(w->se == Approx(0.339526).margin(1e-6));
  REQUIRE(w->df);
  CHECK(*w->df == Approx(7.9937).margin(1e-4));
  CHECK(w->threshold == Approx(0.783055).margin(1e-6));
  CHECK(w->beyond_noise);
  // The same difference with n 2 and 2 and these SDs is within noise:
  //   SE = √(0.441667/2 + 0.166667/2) = 0.551513; df = 0.304167²/
  //   (0.220833² + 0.083333²) = 0.092517/0.055711 = 1.6606; t = 5.2656760
  //   (SciPy); threshold = 5.2656760 · 0.551513 = 2.9040.
  const auto small = welch_test(30.5 / 6, 0.6645800679, 2, 6.5, 0.4082482905, 2);
  REQUIRE(small);
  CHECK(*small->df == Approx(1.6606).margin(1e-4));
  CHECK(small->threshold == Approx(2.9040).margin(1e-4));
  CHECK_FALSE(small->beyond_noise);
}

TEST_CASE("Welch test: not assessable below n 2, no spread at all", "[trend]") {
  CHECK_FALSE(welch_test(4.0, 0.0, 1, 6.0, 0.5, 6));
  CHECK_FALSE(welch_test(4.0, 0.5, 6, 6.0, 0.0, 1));
  // Both rounds unanimous: any difference is beyond a noise of zero.
  const auto w = welch_test(4.0, 0.0, 3, 4.5, 0.0, 3);
  REQUIRE(w);
  CHECK(w->beyond_noise);
  CHECK_FALSE(w->df);
  CHECK(w->threshold == 0.0);
  const auto same = welch_test(4.0, 0.0, 3, 4.0, 0.0, 3);
  REQUIRE(same);
  CHECK_FALSE(same->beyond_noise);
  // One SD zero: df = n−1 of the other round: v = 0.25/4, df = 3.
  const auto one = welch_test(4.0, 0.0, 5, 4.0, 0.5, 4);
  REQUIRE(one);
  CHECK(*one->df == Approx(3.0).margin(1e-12));
}
