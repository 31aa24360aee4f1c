#include "exact_mean.h"

#include <numeric>
#include <stdexcept>

namespace readiness {

namespace {

// Products of numerators and denominators can exceed 64 bits when many
// means are summed; __int128 keeps the intermediate steps exact.
__extension__ typedef __int128 Wide;

std::int64_t narrow(Wide v) {
  if (v > INT64_MAX || v < INT64_MIN) throw std::overflow_error("exact mean out of range");
  return static_cast<std::int64_t>(v);
}

Wide wide_gcd(Wide a, Wide b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    Wide t = a % b;
    a = b;
    b = t;
  }
  return a;
}

ExactMean reduced(Wide num, Wide den) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const Wide g = wide_gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  return ExactMean{narrow(num), narrow(den)};
}

}  // namespace

ExactMean ExactMean::of_sum(std::int64_t sum_hundredths, std::int64_t count) {
  if (count <= 0) throw std::invalid_argument("mean of no values");
  const std::int64_t g = std::gcd(sum_hundredths, count);
  return ExactMean{sum_hundredths / g, count / g};
}

ExactMean ExactMean::mean_of(const ExactMean* means, std::size_t count) {
  if (count == 0) throw std::invalid_argument("mean of no means");
  Wide num = 0;
  Wide den = 1;
  for (std::size_t i = 0; i < count; ++i) {
    // num/den + a/b over the least common denominator, reduced each step.
    const Wide b = means[i].den;
    const Wide l = den / wide_gcd(den, b) * b;
    num = num * (l / den) + Wide{means[i].num} * (l / b);
    den = l;
    const Wide g = wide_gcd(num, den);
    if (g > 1) {
      num /= g;
      den /= g;
    }
  }
  return reduced(num, den * static_cast<Wide>(count));
}

int ExactMean::stage() const {
  // Stage is the integer part, truncated, never rounded (method rule 5).
  // Floor division on the exact fraction: 500/1 hundredths is 5, 499/1 is 4.
  const std::int64_t units = den * 100;
  std::int64_t q = num / units;
  if ((num % units != 0) && (num < 0)) --q;
  return static_cast<int>(q);
}

double ExactMean::value() const {
  return static_cast<double>(num) / static_cast<double>(den) / 100.0;
}

bool ExactMean::operator<(const ExactMean& o) const {
  // Denominators are positive, so cross-multiplication keeps the order.
  return Wide{num} * o.den < Wide{o.num} * den;
}

}  // namespace readiness
