#include <catch2/catch.hpp>

#include "score_value.h"

using namespace readiness;

TEST_CASE("scores parse as exact hundredths with point or comma", "[survey]") {
  CHECK(parse_hundredths("4") == 400);
  CHECK(parse_hundredths("4.5") == 450);
  CHECK(parse_hundredths("4,5") == 450);
  CHECK(parse_hundredths(" 4.25 ") == 425);
  CHECK(parse_hundredths("9.00") == 900);
  CHECK_FALSE(parse_hundredths("x").has_value());
  CHECK_FALSE(parse_hundredths("").has_value());
  CHECK_FALSE(parse_hundredths("4.125").has_value());
  CHECK_FALSE(parse_hundredths("-4").has_value());
  CHECK_FALSE(parse_hundredths("4.").has_value());
  CHECK_FALSE(parse_hundredths("1e2").has_value());
  CHECK(parse_hundredths("12") == 1200);  // parsed; range is checked by the caller
  CHECK_FALSE(is_valid_score(1200));
  CHECK_FALSE(is_valid_score(0));
}

TEST_CASE("scores format with two decimals and the chosen separator", "[survey]") {
  CHECK(format_hundredths(450) == "4.50");
  CHECK(format_hundredths(500, ',') == "5,00");
  CHECK(format_hundredths(905) == "9.05");
}
