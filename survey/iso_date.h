#pragma once
// Dates as ISO 8601 writes them and Swedes read them: YYYY-MM-DD
// (2026-11-20). One check for every place a date comes in: the score
// import, the round wizard, the round settings, interview capture.
#include <optional>
#include <string_view>

namespace readiness {

// What is wrong with a typed date, most basic first.
enum class DateProblem {
  Format,  // not YYYY-MM-DD: "20/11/2026", "2026-1-5", letters
  Month,   // month not 01–12: "2026-13-01"
  Day,     // no such day in that month: "2026-02-29", "2026-04-31"
};

struct CalendarDate {
  int year = 0, month = 0, day = 0;
};

// The date, or what is wrong with it. Leap years by the Gregorian rule:
// 2024-02-29 and 2000-02-29 exist, 2026-02-29 and 2100-02-29 do not.
std::optional<DateProblem> iso_date_problem(std::string_view text);
std::optional<CalendarDate> parse_iso_date(std::string_view text);
// A real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

int days_in_month(int year, int month);

}  // namespace readiness
