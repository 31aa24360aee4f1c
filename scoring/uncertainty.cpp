#include "uncertainty.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace readiness {

namespace {

// t(0.975, df) for df = 1..30, to four decimals, as printed in the NIST/
// SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2 "Critical values of
// the Student's t distribution" (and Abramowitz & Stegun, table 26.10);
// re-checked against a numerical inversion of the t CDF.
constexpr std::array<double, 30> kT975 = {
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
    2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
    2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

// Beyond the table: the Cornish–Fisher expansion of the t quantile in powers
// of 1/ν around the normal quantile z (Abramowitz & Stegun 26.7.5):
//   t ≈ z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴
//   g1 = (z³ + z)/4
//   g2 = (5z⁵ + 16z³ + 3z)/96
//   g3 = (3z⁷ + 19z⁵ + 17z³ − 15z)/384
//   g4 = (79z⁹ + 776z⁷ + 1482z⁵ − 1920z³ − 945z)/92160
// For ν ≥ 31 its error is below 3·10⁻⁸ (checked against the exact quantile).
double cornish_fisher_975(double nu) {
  const double z = 1.959963984540054;  // Φ⁻¹(0.975)
  const double z2 = z * z;
  const double z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
  const double g1 = (z3 + z) / 4.0;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96.0;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384.0;
  const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160.0;
  return z + g1 / nu + g2 / (nu * nu) + g3 / (nu * nu * nu) + g4 / (nu * nu * nu * nu);
}

}  // namespace

double t_quantile_975(double df) {
  const double whole = std::floor(std::max(df, 1.0));
  if (whole <= static_cast<double>(kT975.size())) return kT975[static_cast<std::size_t>(whole) - 1];
  return cornish_fisher_975(whole);
}

std::optional<Interval> mean_interval(double mean, double sd, int n) {
  if (n < 2) return std::nullopt;
  const double half = t_quantile_975(n - 1) * sd / std::sqrt(static_cast<double>(n));
  return Interval{mean - half, mean + half};
}

std::optional<Interval> dimension_interval(const DimensionResult& dimension) {
  if (!dimension.mean) return std::nullopt;
  return mean_interval(dimension.mean->value(), dimension.sd, dimension.n);
}

OverallSpread overall_spread(const Round& round, const std::vector<std::string>& dimension_codes) {
  OverallSpread out;
  if (dimension_codes.empty()) return out;
  const auto k = static_cast<std::int64_t>(dimension_codes.size());
  // An interview's overall is x/(100k) with x its sum of hundredths over the
  // k dimensions; the sums stay exact integers, so a round where every
  // interview has the same overall gets sd exactly 0.
  std::int64_t n = 0, sum = 0, sum_sq = 0;
  for (const auto& interview : round.interviews) {
    std::int64_t x = 0;
    bool complete = true;
    for (const auto& code : dimension_codes) {
      const DimensionScore* s = interview.score_for(code);
      if (!s || !s->consensus) {
        complete = false;
        break;
      }
      x += *s->consensus;
    }
    if (!complete) continue;
    ++n;
    sum += x;
    sum_sq += x * x;
  }
  out.n = static_cast<int>(n);
  if (n > 0) out.mean = ExactMean::of_sum(sum, n * k);
  if (n >= 2) {
    // var of x = (n·Σx² − (Σx)²) / (n(n−1)), exact numerator; then /(100k).
    const std::int64_t spread = n * sum_sq - sum * sum;
    out.sd = std::sqrt(static_cast<double>(spread) / static_cast<double>(n * (n - 1))) /
             (100.0 * static_cast<double>(k));
  }
  return out;
}

OverallSpread overall_spread(const Round& round) {
  std::vector<std::string> codes;
  for (const auto& dim : round.instrument.dimensions) codes.push_back(dim.code);
  return overall_spread(round, codes);
}

std::optional<Interval> overall_interval(const ExactMean& overall, const OverallSpread& spread) {
  return mean_interval(overall.value(), spread.sd, spread.n);
}

std::optional<WelchTest> welch_test(double mean1, double sd1, int n1, double mean2, double sd2, int n2) {
  if (n1 < 2 || n2 < 2) return std::nullopt;
  WelchTest w;
  w.difference = mean2 - mean1;
  const double v1 = sd1 * sd1 / n1;  // squared standard errors of each mean
  const double v2 = sd2 * sd2 / n2;
  w.se = std::sqrt(v1 + v2);
  if (w.se == 0.0) {
    w.beyond_noise = w.difference != 0.0;
    return w;
  }
  w.df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
  w.threshold = t_quantile_975(*w.df) * w.se;
  w.beyond_noise = std::fabs(w.difference) > w.threshold;
  return w;
}

}  // namespace readiness
