#include "mean_format.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace readiness {

namespace {

// 128 bits: num * 10^12 cannot overflow for any 64-bit numerator we hold.
__extension__ typedef __int128 Wide;

constexpr int kMaxDecimals = 12;

void check_decimals(int decimals) {
  if (decimals < 0 || decimals > kMaxDecimals) throw std::invalid_argument("decimals must be 0–12");
}

Wide power_of_ten(int exponent) {
  Wide p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

std::string digits_of(Wide v) {  // v >= 0
  std::string s;
  do {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v > 0);
  return s;
}

// "whole<point>frac" from a non-negative value scaled by 10^decimals.
std::string scaled_text(bool negative, Wide scaled, int decimals, char point) {
  const Wide scale = power_of_ten(decimals);
  std::string text = (negative && scaled != 0 ? "-" : "") + digits_of(scaled / scale);
  if (decimals > 0) {
    const std::string frac = digits_of(scaled % scale);
    text += point;
    text += std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
  }
  return text;
}

// |mean| * 10^decimals as numerator/denominator (both >= 0), and the sign.
struct Scaled {
  bool negative;
  Wide numerator;
  Wide denominator;
};

Scaled scale(const ExactMean& mean, int decimals) {
  Wide numerator = static_cast<Wide>(mean.num) * power_of_ten(decimals);
  const Wide denominator = static_cast<Wide>(mean.den) * 100;  // num is in hundredths
  const bool negative = numerator < 0;
  return {negative, negative ? -numerator : numerator, denominator};
}

Wide cut(const Scaled& s) { return s.numerator / s.denominator; }
Wide rounded(const Scaled& s) { return (2 * s.numerator + s.denominator) / (2 * s.denominator); }

// True when rounding at `decimals` shows a larger whole part than the mean
// has (the only direction rounding can cross: half away from zero).
bool rounding_crosses(const ExactMean& mean, int decimals) {
  const Scaled s = scale(mean, decimals);
  const Wide unit = power_of_ten(decimals);
  return rounded(s) / unit != cut(s) / unit;
}

std::string with_point(std::string text, char point) {
  if (point != '.')
    for (char& c : text)
      if (c == '.') c = point;
  return text;
}

}  // namespace

std::string format_mean(const ExactMean& mean, int decimals, char decimal_point) {
  check_decimals(decimals);
  const Scaled s = scale(mean, decimals);
  return scaled_text(s.negative, cut(s), decimals, decimal_point);
}

std::string format_mean_value(double value, int decimals, char decimal_point) {
  check_decimals(decimals);
  if (!std::isfinite(value)) return "–";
  const double magnitude = std::fabs(value) * std::pow(10.0, decimals);
  const auto scaled = static_cast<Wide>(std::floor(magnitude + 1e-9 * std::pow(10.0, decimals)));
  return scaled_text(value < 0, scaled, decimals, decimal_point);
}

std::string format_fixed(double value, int decimals, char decimal_point) {
  return with_point(machine_fixed(value, decimals), decimal_point);
}

std::string machine_mean(const ExactMean& mean, int decimals) {
  check_decimals(decimals);
  int shown = decimals;
  while (shown < kMaxDecimals && rounding_crosses(mean, shown)) ++shown;
  const Scaled s = scale(mean, shown);
  return scaled_text(s.negative, rounding_crosses(mean, shown) ? cut(s) : rounded(s), shown, '.');
}

std::string machine_fixed(double value, int decimals) {
  check_decimals(decimals);
  if (!std::isfinite(value)) throw std::invalid_argument("not a finite number");
  char buffer[400];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string text(buffer, result.ptr);
  if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  return text;
}

int decimals_within_stage(const ExactMean& mean, int decimals) {
  check_decimals(decimals);
  int shown = decimals;
  while (shown < kMaxDecimals && rounding_crosses(mean, shown)) ++shown;
  return shown;
}

}  // namespace readiness
