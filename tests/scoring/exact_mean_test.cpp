#include <catch2/catch.hpp>

#include <vector>

#include "exact_mean.h"

using namespace readiness;

TEST_CASE("exact mean keeps a reduced fraction of hundredths", "[scoring]") {
  // Worked example dim A: 5+5.5+4+5+6+5 = 30.50 -> 3050/6 hundredths = 1525/3.
  const ExactMean a = ExactMean::of_sum(3050, 6);
  CHECK(a.num == 1525);
  CHECK(a.den == 3);
  CHECK(a.value() == Approx(5.0833).margin(0.00005));
  // 3600/6 reduces to 600/1.
  CHECK(ExactMean::of_sum(3600, 6) == ExactMean{600, 1});
  CHECK_THROWS(ExactMean::of_sum(100, 0));
}

TEST_CASE("stage truncates the exact mean, never rounds", "[scoring]") {
  SECTION("exactly 5.00 is stage 5") {
    CHECK(ExactMean::of_sum(450 + 550, 2).stage() == 5);  // 4.5, 5.5
    CHECK(ExactMean::of_sum(499 + 501, 2).stage() == 5);  // 4.99, 5.01
    CHECK(ExactMean::of_sum(467 + 533, 2).stage() == 5);  // 4.67, 5.33
    CHECK(ExactMean::of_sum(470 + 510 + 520, 3).stage() == 5);  // 15.00/3
    // (4.51+4.64+5.85)/3 in doubles is 4.999999999999999: exact gives 1500/3 = 500.
    CHECK(ExactMean::of_sum(451 + 464 + 585, 3).stage() == 5);
  }
  SECTION("just below a boundary stays below") {
    CHECK(ExactMean::of_sum(499, 1).stage() == 4);        // 4.99
    CHECK(ExactMean::of_sum(498 + 500, 2).stage() == 4);  // 4.99
    CHECK(ExactMean::of_sum(1499, 3).stage() == 4);       // 4.9967
    CHECK(ExactMean::of_sum(483, 1).stage() == 4);        // 4.83 is Preplanning
  }
  SECTION("the ends of the scale") {
    CHECK(ExactMean::of_sum(900, 1).stage() == 9);
    CHECK(ExactMean::of_sum(900 * 7, 7).stage() == 9);
    CHECK(ExactMean::of_sum(100, 1).stage() == 1);
    CHECK(ExactMean::of_sum(199 + 100, 2).stage() == 1);  // 1.495
  }
}

TEST_CASE("mean of means is exact", "[scoring]") {
  SECTION("worked example overall is 2875/6 hundredths") {
    // A..F = 1525/3, 1075/3, 1625/3, 1375/3, 1225/3, 600.
    // Sum = 6825/3 + 600 = 2275 + 600 = 2875; /6 -> 2875/6 = 479.1667.
    const std::vector<ExactMean> m = {{1525, 3}, {1075, 3}, {1625, 3}, {1375, 3}, {1225, 3}, {600, 1}};
    const ExactMean overall = ExactMean::mean_of(m.data(), m.size());
    CHECK(overall == ExactMean{2875, 6});
    CHECK(overall.value() == Approx(4.7917).margin(0.00005));
    CHECK(overall.stage() == 4);
  }
  SECTION("thirds summing to an integer overall give exactly 5") {
    // 1220/3 + 1640/3 + 1640/3 = 4500/3 = 1500; + 3*500 = 3000; /6 = 500.
    // Summed as doubles in this order the overall is 4.999999999999999.
    const std::vector<ExactMean> m = {{1220, 3}, {1640, 3}, {1640, 3}, {500, 1}, {500, 1}, {500, 1}};
    const ExactMean overall = ExactMean::mean_of(m.data(), m.size());
    CHECK(overall == ExactMean{500, 1});
    CHECK(overall.stage() == 5);
  }
  SECTION("dimensions averaging exactly to 5 give stage 5") {
    // 4.5 + 5.5 + 5 + 4.75 + 5.25 = 25; /5 = 5.
    const std::vector<ExactMean> m = {{450, 1}, {550, 1}, {500, 1}, {475, 1}, {525, 1}};
    CHECK(ExactMean::mean_of(m.data(), m.size()) == ExactMean{500, 1});
  }
  CHECK_THROWS(ExactMean::mean_of(nullptr, 0));
}

TEST_CASE("exact means compare without rounding", "[scoring]") {
  // 1049/3 = 349.667 < 350 although both print as 3.50 at two decimals.
  CHECK(ExactMean::of_sum(1049, 3) < ExactMean::of_sum(350, 1));
  CHECK_FALSE(ExactMean::of_sum(350, 1) < ExactMean::of_sum(1049, 3));
  // 700/2 and 1050/3 are the same mean and compare equal.
  CHECK(ExactMean::of_sum(700, 2) == ExactMean::of_sum(1050, 3));
  CHECK_FALSE(ExactMean::of_sum(700, 2) < ExactMean::of_sum(1050, 3));
}
