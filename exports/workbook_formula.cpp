#include "workbook_formula.h"

namespace readiness::workbook {

std::string formula_string(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string equals_criterion(const std::string& s) {
  std::string escaped = "=";
  for (char c : s) {
    if (c == '*' || c == '?' || c == '~') escaped += '~';
    escaped += c;
  }
  return formula_string(escaped);
}

// Stage is truncated, never rounded; ROUND(…,9) only strips float noise.
std::string stage_formula(const std::string& cell) { return "INT(ROUND(" + cell + ",9))"; }

std::string cut_mean_formula(const std::string& exact) { return "TRUNC(ROUND(" + exact + ",9),2)"; }

ExactMean cut_mean(const ExactMean& mean) { return ExactMean{mean.num / mean.den, 1}; }

std::string replace_first(std::string pattern, const std::string& value) {
  const auto at = pattern.find("%s");
  if (at != std::string::npos) pattern.replace(at, 2, value);
  return pattern;
}

}  // namespace readiness::workbook
