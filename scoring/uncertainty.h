#pragma once
// Uncertainty of a round's scores from the spread between interviews: with
// 4–6 interviews a one-stage change can be noise (community-readiness.md,
// scoring rule 8), so every mean shown on a trend carries a 95% interval.
//
// Rules (stated once, used by trends, the CLI, the GUI and the workbook):
//  * Dimension: the 95% confidence interval of the mean of the consensus
//    scores, mean ± t(0.975, n−1)·sd/√n, sd the sample SD (n−1) of those
//    scores. None for n < 2: one interview has no spread to go on.
//  * Overall: the overall score stays the unweighted mean of the dimension
//    means (scoring rule 4) and the interval is centred on it. Its width
//    comes from per-interview overall scores: an interview's overall is the
//    mean of its consensus scores over the dimensions, and only interviews
//    that scored every one of those dimensions take part (n and sd are over
//    them). Why: the dimension SDs cannot simply be pooled, since one
//    respondent's scores on A–F are correlated; the spread of whole-interview
//    overalls carries that correlation. Without gaps the mean of the
//    per-interview overalls equals the overall score exactly.
//  * Two means (a change between rounds) are told apart by Welch's unequal-
//    variance t-test at 5% two-sided (Welch 1947; Satterthwaite 1946 for df).
#include <optional>
#include <string>
#include <vector>

#include "round_result.h"

namespace readiness {

struct Interval {
  double low = 0.0;
  double high = 0.0;
  double half_width() const { return (high - low) / 2.0; }
};

// t(0.975, df), the two-sided 5% quantile of Student's t, for any real df
// (Welch's fractional df is used as it is, as R's t.test and SciPy do), from
// Boost.Math's students_t distribution to double precision. df < 1 (which
// no interval or Welch test here produces) is taken as 1. NaN df throws
// std::domain_error (Boost.Math's default error policy).
double t_quantile_975(double df);

// mean ± t(0.975, n−1)·sd/√n; none for n < 2.
std::optional<Interval> mean_interval(double mean, double sd, int n);

// The interval of a dimension result; none without a mean or for n < 2.
std::optional<Interval> dimension_interval(const DimensionResult& dimension);

// Per-interview overall scores of a round over the given dimension codes:
// n = interviews with a consensus score on every one of them, sd the sample
// SD (n−1) of their overalls (0 for n < 2), mean their mean (none for n = 0).
struct OverallSpread {
  int n = 0;
  double sd = 0.0;
  std::optional<ExactMean> mean;
};
OverallSpread overall_spread(const Round& round, const std::vector<std::string>& dimension_codes);
// Over all dimensions of the round's instrument.
OverallSpread overall_spread(const Round& round);

// The interval of the overall score over the given dimension codes: centred
// on `overall` (the mean of the dimension means), width from
// overall_spread(). None for n < 2.
std::optional<Interval> overall_interval(const ExactMean& overall, const OverallSpread& spread);

// Welch's t-test of the difference mean2 − mean1 at 5% two-sided:
//   SE = sqrt(s1²/n1 + s2²/n2)
//   df = SE⁴ / ((s1²/n1)²/(n1−1) + (s2²/n2)²/(n2−1))   (Welch–Satterthwaite)
//   beyond noise when |d| > t(0.975, df)·SE.
// When both SDs are 0 there is no noise at all: any d ≠ 0 is beyond it
// (threshold 0, df none) and d = 0 is not. None when n1 < 2 or n2 < 2:
// the change cannot be assessed.
struct WelchTest {
  double difference = 0.0;            // mean2 − mean1
  double se = 0.0;
  std::optional<double> df;           // none when SE = 0
  double threshold = 0.0;             // t(0.975, df)·SE
  bool beyond_noise = false;
};
std::optional<WelchTest> welch_test(double mean1, double sd1, int n1, double mean2, double sd2, int n2);

}  // namespace readiness
