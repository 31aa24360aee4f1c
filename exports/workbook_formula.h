#pragma once
// Pieces of the workbook's formulas, always in US-English syntax
// (conventions.md, item 13). Internal to exports/.
#include <string>

namespace readiness::workbook {

// A string literal inside a formula: quotes doubled.
std::string formula_string(const std::string& s);
// An exact-match criterion for AVERAGEIFS: "=" so text like "<5" is not a
// comparison, and ~ before the wildcards * ? ~.
std::string equals_criterion(const std::string& s);
// Stage of the score in `cell`: INT(ROUND(cell,9)).
std::string stage_formula(const std::string& cell);
// `pattern` with its first "%s" replaced by `value`.
std::string replace_first(std::string pattern, const std::string& value);

}  // namespace readiness::workbook
