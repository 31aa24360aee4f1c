// The one date rule (survey/iso_date.h): YYYY-MM-DD, a real day of the
// Gregorian calendar. Expected answers worked out from the calendar.
#include <catch2/catch.hpp>

#include "iso_date.h"

using namespace readiness;

TEST_CASE("a date is YYYY-MM-DD with a month 01 to 12 and a day that month has", "[date]") {
  CHECK_FALSE(iso_date_problem("2026-11-20"));
  CHECK_FALSE(iso_date_problem("2026-12-31"));  // the last month
  CHECK_FALSE(iso_date_problem("2026-01-01"));  // the first
  CHECK(iso_date_problem("2026-13-01") == DateProblem::Month);
  CHECK(iso_date_problem("2026-00-10") == DateProblem::Month);
  CHECK(iso_date_problem("2026-04-31") == DateProblem::Day);
  CHECK(iso_date_problem("2026-04-00") == DateProblem::Day);
  CHECK(iso_date_problem("20/11/2026") == DateProblem::Format);
  CHECK(iso_date_problem("2026-1-05") == DateProblem::Format);
}

TEST_CASE("29 February exists in leap years only: every 4th year, not centuries, but every 400th", "[date]") {
  CHECK_FALSE(iso_date_problem("2024-02-29"));
  CHECK(iso_date_problem("2026-02-29") == DateProblem::Day);
  CHECK(iso_date_problem("1900-02-29") == DateProblem::Day);
  CHECK_FALSE(iso_date_problem("2000-02-29"));
}
