#pragma once
// Independent oracles for the numbers the GUI pages show (issue 17): the
// expected text is worked out here from readiness-cli's JSON numbers with
// string and integer arithmetic, never with scoring/mean_format's
// formatters, so a broken formatter cannot agree with itself.
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace readiness::gui::testing {

// `digits` (an integer >= 0 in units of 10^-decimals) as "whole.frac".
inline std::string oracle_fixed_text(long long digits, int decimals) {
  std::string text = std::to_string(digits);
  if (decimals == 0) return text;
  if (text.size() <= static_cast<std::size_t>(decimals))
    text.insert(0, static_cast<std::size_t>(decimals) + 1 - text.size(), '0');
  text.insert(text.size() - static_cast<std::size_t>(decimals), ".");
  return text;
}

// A non-negative JSON number cut (not rounded) at `decimals` by editing its
// text: nlohmann prints a double as the shortest text that reads back as
// it, which is the CLI's own text ("4.1667"; 5.0000 as "5.0").
inline std::string cut_json_text(const nlohmann::json& number, int decimals) {
  const std::string text = number.dump();
  if (!number.is_number() || text.find_first_of("eE-") != std::string::npos)
    throw std::invalid_argument("not a plain non-negative decimal: " + text);
  const std::size_t point = text.find('.');
  const std::string whole = text.substr(0, point);
  std::string frac = point == std::string::npos ? "" : text.substr(point + 1);
  frac.resize(static_cast<std::size_t>(decimals), '0');  // cut, or pad with zeros
  return decimals == 0 ? whole : whole + "." + frac;
}

// A dimension mean (the CLI's "mean", rounded at 4 decimals, and its "n")
// cut at 2 decimals. Exact: the mean is S/n hundredths, and rounding at 4
// decimals can only carry it over a hundredth when S/n's fraction is at
// least 0.995, i.e. n >= 200.
inline std::string dimension_mean_cut_2(const nlohmann::json& dimension) {
  if (dimension.at("n").get<int>() >= 200) throw std::invalid_argument("n >= 200: the JSON's 4 decimals are too few");
  return cut_json_text(dimension.at("mean"), 2);
}

// The unweighted mean of the dimension means, cut at `decimals`, in exact
// integer arithmetic: each dimension's sum of hundredths S = mean·100·n is
// recovered from the CLI's 4-decimal mean (off by at most 0.005·n < 0.5),
// then Σ S/n over k dimensions is put over a common denominator.
inline std::string overall_mean_cut(const nlohmann::json& dimensions, int decimals) {
  long long common = 1;
  for (const auto& d : dimensions) {
    const int n = d.at("n").get<int>();
    if (n <= 0 || n >= 100) throw std::invalid_argument("n outside 1–99");
    common = std::lcm(common, static_cast<long long>(n));
  }
  long long numerator = 0;  // Σ S·(common/n), in hundredths·common
  for (const auto& d : dimensions) {
    const long long n = d.at("n").get<int>();
    const long long sum = std::llround(d.at("mean").get<double>() * 100.0 * static_cast<double>(n));
    numerator += sum * (common / n);
  }
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const long long k = static_cast<long long>(dimensions.size());
  // value = numerator / (100·common·k) score units; cut at `decimals`.
  return oracle_fixed_text(numerator * scale / (100 * common * k), decimals);
}

// Half the width of the CLI's 95 % interval, rounded at 2 decimals, from
// its 4-decimal bounds in integers (refused when that is too close to a
// tie for the bounds' own rounding to decide).
inline std::string half_width_rounded_2(const nlohmann::json& ci95) {
  const long long low = std::llround(ci95.at("low").get<double>() * 10000.0);
  const long long high = std::llround(ci95.at("high").get<double>() * 10000.0);
  const long long width = high - low;  // ten-thousandths; half width in hundredths = width / 200
  if (std::llabs(width % 200 - 100) <= 2) throw std::invalid_argument("half width too close to a tie");
  return oracle_fixed_text((width + 100) / 200, 2);
}

}  // namespace readiness::gui::testing
