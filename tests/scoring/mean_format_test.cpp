// The one formatting place (scoring/mean_format.h): numbers for people are
// cut at the shown precision and take the UI's decimal point; numbers for
// machines are '.'-only and locale-free. Every expected text here is worked
// out by hand from the fraction, never produced by the code under test.
#include <catch2/catch.hpp>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <string>

#include "exact_mean.h"
#include "mean_format.h"

using namespace readiness;

namespace {
// sum of hundredths / count, as the scorer would add them up by hand.
ExactMean mean_of(long long sum_hundredths, long long count) { return ExactMean::of_sum(sum_hundredths, count); }
}  // namespace

TEST_CASE("a mean shown for people is cut, never rounded, at the shown decimals", "[format][scoring]") {
  // Six interviews whose scores sum to 29.99: 4.998333…, stage 4.
  const ExactMean cliff = mean_of(2999, 6);
  REQUIRE(cliff.stage() == 4);
  CHECK(format_mean(cliff, 2) == "4.99");  // rounding would say 5.00: stage 5
  CHECK(format_mean(cliff, 1) == "4.9");
  CHECK(format_mean(cliff, 0) == "4");
  CHECK(format_mean(cliff, 4) == "4.9983");
  // 28.75 / 6 = 4.791666…: cut at 4 decimals is 4.7916 (rounding: 4.7917).
  CHECK(format_mean(mean_of(2875, 6), 4) == "4.7916");
  CHECK(format_mean(mean_of(2875, 6), 2) == "4.79");
  // Exact values keep their trailing zeros so columns line up.
  CHECK(format_mean(mean_of(500, 1), 2) == "5.00");
  CHECK(format_mean(mean_of(1000, 2), 4) == "5.0000");
  CHECK(format_mean(mean_of(407, 1), 2) == "4.07");
  // 9.00 is the top of the scale; 1.00 the bottom.
  CHECK(format_mean(mean_of(900, 1), 2) == "9.00");
  CHECK(format_mean(mean_of(100, 1), 1) == "1.0");
}

TEST_CASE("a mean for people takes the UI language's decimal point", "[format][scoring]") {
  CHECK(format_mean(mean_of(2999, 6), 2, ',') == "4,99");
  CHECK(format_mean(mean_of(2875, 6), 4, ',') == "4,7916");
  CHECK(format_mean(mean_of(500, 1), 0, ',') == "5");  // no decimals, no comma
}

TEST_CASE("a negative mean is cut toward zero and never shows as minus zero", "[format][scoring]") {
  CHECK(format_mean(mean_of(-2999, 6), 2) == "-4.99");
  CHECK(format_mean(mean_of(-250, 1), 2) == "-2.50");
  CHECK(format_mean(mean_of(-1, 3), 2) == "0.00");  // -0.00333… cut is zero
}

TEST_CASE("a mean only at hand as a double is cut, tolerant of binary representation", "[format][scoring]") {
  CHECK(format_mean_value(2999.0 / 600.0, 2) == "4.99");
  CHECK(format_mean_value(4.57, 2) == "4.57");  // 4.57 is stored as 4.5699999999999998…
  CHECK(format_mean_value(0.29, 2) == "0.29");  // 0.28999999999999998…
  CHECK(format_mean_value(5.0, 2, ',') == "5,00");
  CHECK(format_mean_value(-2.505, 1) == "-2.5");
  CHECK(format_mean_value(4.0 + 1.0 / 3.0, 3) == "4.333");
}

TEST_CASE("other figures are rounded correctly, with the UI's decimal point", "[format][scoring]") {
  CHECK(format_fixed(0.5, 4) == "0.5000");
  CHECK(format_fixed(0.66666, 2) == "0.67");
  CHECK(format_fixed(0.66666, 2, ',') == "0,67");
  CHECK(format_fixed(1.005, 2) == "1.00");  // 1.005 is stored as 1.00499999999999989…
  CHECK(format_fixed(-0.001, 2) == "0.00");  // no "-0.00"
  CHECK(format_fixed(-0.25, 1) == "-0.2");   // -0.25 is exact: ties to even
  CHECK(format_fixed(83.4, 0) == "83");
}

TEST_CASE("a mean for machines is rounded at 4 decimals but never onto the next stage", "[format][scoring]") {
  CHECK(machine_mean(mean_of(2875, 6)) == "4.7917");   // design.md's example: 4.791666…
  CHECK(machine_mean(mean_of(3050, 6)) == "5.0833");   // 5.083333…
  CHECK(machine_mean(mean_of(2999, 6)) == "4.9983");
  CHECK(machine_mean(mean_of(500, 1)) == "5.0000");
  // 99999 / 200 hundredths = 4.99995: rounding at 4 would print 5.0000.
  CHECK(machine_mean(mean_of(99999, 200)) == "4.99995");
  // 4.999995 (999999 / 2000): two more decimals are needed.
  CHECK(machine_mean(mean_of(999999, 2000)) == "4.999995");
  // 269999 / 300 hundredths = 8.9999666…: 9.0000 at 4 decimals, so 5: 8.99997.
  CHECK(machine_mean(mean_of(269999, 300)) == "8.99997");
  CHECK(machine_mean(mean_of(2999, 6), 2) == "4.998");
}

TEST_CASE("a number for machines uses '.' even when the C library's locale is Swedish", "[format][scoring][locale]") {
  const std::string before = std::setlocale(LC_NUMERIC, nullptr);
  // scripts/setup generates sv_SE.UTF-8; without it this test cannot show anything.
  REQUIRE(std::setlocale(LC_NUMERIC, "sv_SE.UTF-8") != nullptr);
  char printed[32];
  std::snprintf(printed, sizeof printed, "%.1f", 3.5);
  CHECK(std::string(printed) == "3,5");  // printf now writes a decimal comma…
  CHECK(machine_fixed(3.5, 1) == "3.5");  // …our machine text does not
  CHECK(machine_fixed(0.5, 4) == "0.5000");
  CHECK(machine_mean(mean_of(2875, 6)) == "4.7917");
  CHECK(format_fixed(0.5, 4) == "0.5000");  // people's text: the caller's point only
  std::setlocale(LC_NUMERIC, before.c_str());
}

TEST_CASE("the decimals a spreadsheet needs to show a mean on its own stage", "[format][scoring]") {
  CHECK(decimals_within_stage(mean_of(2875, 6), 2) == 2);  // 4.79
  CHECK(decimals_within_stage(mean_of(2999, 6), 2) == 3);  // 5.00 → 4.998
  CHECK(decimals_within_stage(mean_of(99999, 200), 2) == 5);  // 4.99995
  CHECK(decimals_within_stage(mean_of(500, 1), 2) == 2);
  CHECK(decimals_within_stage(mean_of(299, 1), 2) == 2);  // 2.99 exactly
  CHECK(decimals_within_stage(mean_of(2999, 6), 4) == 4);  // 4.9983 is fine
}

TEST_CASE("decimals outside 0–12 are refused", "[format][scoring]") {
  CHECK_THROWS_AS(format_mean(mean_of(500, 1), -1), std::invalid_argument);
  CHECK_THROWS_AS(format_mean(mean_of(500, 1), 13), std::invalid_argument);
  CHECK_THROWS_AS(machine_fixed(1.0, 13), std::invalid_argument);
}

TEST_CASE("a mean for machines rounds an exact half away from zero", "[format][scoring]") {
  // 825 / 2 hundredths = 4.125 exactly: half away from zero is 4.13.
  CHECK(machine_mean(mean_of(825, 2), 2) == "4.13");
  CHECK(machine_mean(mean_of(-825, 2), 2) == "-4.13");
  // Just under the half stays down: 4.12 + 1/300 = 4.12333…
  CHECK(machine_mean(mean_of(1237, 3), 2) == "4.12");
}

TEST_CASE("a mean for machines gets at most 12 decimals, then is cut below its stage", "[format][scoring]") {
  // (5·10^14 − 1) hundredths / 10^12 = 5 − 10^-14 = 4.99999999999999 (14 nines):
  // rounded at 12 it would still read 5.000000000000, so it is cut there.
  const ExactMean just_under = mean_of(500'000'000'000'000 - 1, 1'000'000'000'000);
  REQUIRE(just_under.stage() == 4);
  CHECK(machine_mean(just_under) == "4.999999999999");
  CHECK(decimals_within_stage(just_under, 2) == 12);
  // (5·10^12 − 1) / 10^10 hundredths = 5 − 10^-12 = 4.999999999999 (12 nines)
  // needs exactly 12: rounded there it is itself.
  const ExactMean twelve = mean_of(5'000'000'000'000 - 1, 10'000'000'000);
  CHECK(machine_mean(twelve) == "4.999999999999");
  CHECK(decimals_within_stage(twelve, 2) == 12);
  CHECK(decimals_within_stage(twelve, 12) == 12);
}

TEST_CASE("12 decimals and 0 decimals are both in range", "[format][scoring]") {
  // 28.75 / 6 = 4.791666…: cut at 12.
  CHECK(format_mean(mean_of(2875, 6), 12) == "4.791666666666");
  CHECK(machine_fixed(0.5, 12) == "0.500000000000");
  CHECK(format_mean(mean_of(2875, 6), 0) == "4");
  CHECK(machine_fixed(2.5, 0) == "2");  // ties to even
}

TEST_CASE("the double tolerance is 1e-9 in score units, whatever the decimals", "[format][scoring]") {
  // 5·10^-10 under 4.57 is binary noise: it shows 4.57.
  CHECK(format_mean_value(4.57 - 5e-10, 2) == "4.57");
  CHECK(format_mean_value(4.57 - 5e-10, 4) == "4.5700");
  // 10^-8 under 4.57 is a value below 4.57: it is cut to 4.56.
  CHECK(format_mean_value(4.57 - 1e-8, 2) == "4.56");
  CHECK(format_mean_value(4.57 - 1e-8, 4) == "4.5699");
}

TEST_CASE("zero shows without a minus and keeps its digits", "[format][scoring]") {
  CHECK(machine_fixed(0.0, 2) == "0.00");
  CHECK(machine_fixed(-0.0, 2) == "0.00");
  CHECK(format_fixed(0.004, 2) == "0.00");
  CHECK(format_fixed(-0.004, 2, ',') == "0,00");
  CHECK(machine_fixed(-0.004, 0) == "0");
  CHECK(format_mean_value(-0.001, 2) == "0.00");
  CHECK(format_mean_value(-0.25, 2) == "-0.25");
}

TEST_CASE("a number that is not finite is a dash for people and refused for machines", "[format][scoring]") {
  CHECK(format_mean_value(std::nan(""), 2) == "–");
  CHECK(format_mean_value(HUGE_VAL, 2) == "–");
  CHECK_THROWS_AS(machine_fixed(HUGE_VAL, 2), std::invalid_argument);
  CHECK_THROWS_AS(machine_fixed(std::nan(""), 2), std::invalid_argument);
}
