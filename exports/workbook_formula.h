#pragma once
// Pieces of the workbook's formulas, always in US-English syntax
// (conventions.md, item 13). Internal to exports/.
#include <string>

#include "exact_mean.h"

namespace readiness::workbook {

// A string literal inside a formula: quotes doubled.
std::string formula_string(const std::string& s);
// An exact-match criterion for AVERAGEIFS: "=" so text like "<5" is not a
// comparison, and ~ before the wildcards * ? ~.
std::string equals_criterion(const std::string& s);
// Stage of the score in `cell`: INT(ROUND(cell,9)).
std::string stage_formula(const std::string& cell);
// A mean as the workbook shows it: cut at two decimals like every other
// output (mean_format.h, format_mean), TRUNC(ROUND(exact,9),2) — ROUND only
// strips float noise so 4.23 stored as 4.2299999… stays 4.23. `exact` is a
// formula expression for the exact mean (AVERAGEIFS, or AVERAGE of them for
// an overall); a stage is INT of the cut cell, the same integer as INT of
// the exact mean, since cutting at hundredths never crosses a whole number.
std::string cut_mean_formula(const std::string& exact);
// The cut mean's value (positive means): 4.2366… → 4.23, exactly hundredths.
ExactMean cut_mean(const ExactMean& mean);
// `pattern` with its first "%s" replaced by `value`.
std::string replace_first(std::string pattern, const std::string& value);

}  // namespace readiness::workbook
