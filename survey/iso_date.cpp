#include "iso_date.h"

namespace readiness {

namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<DateProblem> iso_date_problem(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) ||
      !digits(s.substr(8, 2)))
    return DateProblem::Format;
  const int y = number(s.substr(0, 4)), m = number(s.substr(5, 2)), d = number(s.substr(8, 2));
  if (m < 1 || m > 12) return DateProblem::Month;
  if (d < 1 || d > days_in_month(y, m)) return DateProblem::Day;
  return std::nullopt;
}

std::optional<CalendarDate> parse_iso_date(std::string_view s) {
  if (iso_date_problem(s)) return std::nullopt;
  return CalendarDate{number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2))};
}

bool is_iso_date(std::string_view s) { return !iso_date_problem(s); }

}  // namespace readiness
