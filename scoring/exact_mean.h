#pragma once
// Exact arithmetic for means of hundredths. Stage = integer part of the
// mean, truncated, never rounded: 4.99 is stage 4, 5.00 is stage 5
// (community-readiness.md, scoring rule 5). A mean is kept as a fraction
// num/den of *score units* (den > 0, reduced), so 5.00 can never become 4.999….
#include <cstddef>
#include <cstdint>

namespace readiness {

struct ExactMean {
  std::int64_t num = 0;  // in hundredths
  std::int64_t den = 1;

  // Mean of `count` values whose sum (in hundredths) is `sum_hundredths`.
  static ExactMean of_sum(std::int64_t sum_hundredths, std::int64_t count);
  // Unweighted mean of means: (m1 + m2 + ... + mk) / k, exact.
  static ExactMean mean_of(const ExactMean* means, std::size_t count);

  // Integer part of the mean in score units (hundredths / 100), truncated.
  int stage() const;
  // For printing only; never used for stage decisions.
  double value() const;  // in score units, e.g. 4.7917
  bool operator==(const ExactMean& o) const { return num == o.num && den == o.den; }
  bool operator<(const ExactMean& o) const;  // exact comparison
};

}  // namespace readiness
