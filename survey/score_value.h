#pragma once
// Scores are exact: integer hundredths, 1.00–9.00 (design.md, "Scores").
// Parsing accepts a decimal point or a decimal comma ("4.5", "4,5", "4.25").
#include <optional>
#include <string>

namespace readiness {

using Hundredths = int;

constexpr Hundredths kMinScore = 100;
constexpr Hundredths kMaxScore = 900;

inline bool is_valid_score(Hundredths h) { return h >= kMinScore && h <= kMaxScore; }

// Parses "4", "4.5", "4,50", " 5 " into hundredths. Returns nullopt for
// anything else (empty, "x", more than two decimals, a sign, "1e2").
// The range is NOT checked here: callers report "out of range" separately.
std::optional<Hundredths> parse_hundredths(const std::string& text);

// "4.50" style with the given decimal separator; trailing zeros kept to two
// places so columns line up ("5.00", "4.50").
std::string format_hundredths(Hundredths h, char decimal_point = '.');

}  // namespace readiness
