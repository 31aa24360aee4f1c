#include "csv_formula.h"

namespace readiness {

namespace {
bool needs_quote(const std::string& field, std::size_t from) {
  // Skip the quotes already there: "'=x" needs one more, and so does "''=x".
  while (from < field.size() && field[from] == '\'') ++from;
  if (from >= field.size()) return false;
  const char c = field[from];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
}  // namespace

bool starts_like_formula(const std::string& field) {
  if (field.empty()) return false;
  const char c = field[0];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string neutralise_formula(const std::string& field) {
  return needs_quote(field, 0) ? "'" + field : field;
}

std::string restore_formula(const std::string& field) {
  if (field.size() >= 2 && field[0] == '\'' && needs_quote(field, 1)) return field.substr(1);
  return field;
}

}  // namespace readiness
