#include "score_value.h"

#include <cctype>

namespace readiness {

std::optional<Hundredths> parse_hundredths(const std::string& text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  if (begin == end) return std::nullopt;

  long whole = 0;
  std::size_t i = begin;
  std::size_t whole_digits = 0;
  for (; i < end && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
    if (++whole_digits > 4) return std::nullopt;  // keeps the value small
    whole = whole * 10 + (text[i] - '0');
  }
  if (whole_digits == 0) return std::nullopt;
  int fraction = 0;
  if (i < end) {
    if (text[i] != '.' && text[i] != ',') return std::nullopt;
    ++i;
    std::size_t digits = 0;
    for (; i < end && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
      if (++digits > 2) return std::nullopt;  // finer than hundredths is not exact
      fraction = fraction * 10 + (text[i] - '0');
    }
    if (digits == 0 || i != end) return std::nullopt;
    if (digits == 1) fraction *= 10;
  }
  return static_cast<Hundredths>(whole * 100 + fraction);
}

std::string format_hundredths(Hundredths h, char decimal_point) {
  std::string sign = h < 0 ? "-" : "";
  int a = h < 0 ? -h : h;
  std::string frac = std::to_string(a % 100);
  if (frac.size() < 2) frac.insert(0, "0");
  return sign + std::to_string(a / 100) + decimal_point + frac;
}

}  // namespace readiness
