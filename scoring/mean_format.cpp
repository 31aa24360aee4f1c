#include "mean_format.h"

#include <cmath>
#include <cstdio>

namespace readiness {

namespace {
// 128 bits: num * 10^decimals must not overflow for any mean we print.
__extension__ typedef __int128 Wide;

std::string with_point(std::string text, char decimal_point) {
  if (decimal_point != '.')
    for (char& c : text)
      if (c == '.') c = decimal_point;
  return text;
}
}  // namespace

std::string format_mean(const ExactMean& mean, int decimals, char decimal_point) {
  // mean = num/den hundredths; scaled = value * 10^decimals, rounded exactly.
  Wide scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  Wide numerator = static_cast<Wide>(mean.num) * scale;
  Wide denominator = static_cast<Wide>(mean.den) * 100;
  const bool negative = numerator < 0;
  if (negative) numerator = -numerator;
  Wide scaled = (2 * numerator + denominator) / (2 * denominator);
  const long long whole = static_cast<long long>(scaled / scale);
  long long frac = static_cast<long long>(scaled % scale);
  std::string text = (negative && scaled != 0 ? "-" : "") + std::to_string(whole);
  if (decimals > 0) {
    std::string digits = std::to_string(frac);
    text += '.' + std::string(static_cast<std::size_t>(decimals) - digits.size(), '0') + digits;
  }
  return with_point(text, decimal_point);
}

std::string format_fixed(double value, int decimals, char decimal_point) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string text = buffer;
  if (text == "-0" || text.rfind("-0.", 0) == 0) {
    bool all_zero = text.find_first_not_of("-0.") == std::string::npos;
    if (all_zero) text.erase(0, 1);
  }
  return with_point(text, decimal_point);
}

}  // namespace readiness
