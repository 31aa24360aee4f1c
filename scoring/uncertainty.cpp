#include "uncertainty.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <boost/math/distributions/students_t.hpp>

namespace readiness {

double t_quantile_975(double df) {
  // Boost.Math's Student's t inverts the regularised incomplete beta function
  // to full double precision for any real df > 0 (the same quantile as R's
  // qt(0.975, df) and SciPy's t.ppf(0.975, df)).
  const boost::math::students_t distribution(std::max(df, 1.0));
  return boost::math::quantile(boost::math::complement(distribution, 0.025));
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
