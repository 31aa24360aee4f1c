#include <catch2/catch.hpp>

#include "strategy.h"
#include "test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

TEST_CASE("strategies come from the lowest dimension's own stage", "[scoring]") {
  // Worked example: overall stage 4, but the lowest dimension B is at stage 3
  // (3.5833), so the suggestion is stage 3's goal and strategies.
  const Project p = make_project({make_round(six_dimensions(), worked_example_scores())});
  const RoundResult r = score_round(p, p.rounds[0]);
  const auto s = suggest_strategies(p.rounds[0], r);
  REQUIRE(s.size() == 1);
  CHECK(s[0].dimension == "B");
  CHECK(s[0].dimension_name == "Dimension B");
  CHECK(s[0].stage == 3);
  CHECK(s[0].stage_name == "Vague awareness");
  CHECK(s[0].goal == "goal 3");
  CHECK(s[0].channels == "channels 3");
  CHECK(s[0].strategies == std::vector<std::string>{"strategy 3.1", "strategy 3.2"});
}

TEST_CASE("tied lowest dimensions each get a suggestion", "[scoring]") {
  // B = E = 2.00 (stage 2), in instrument order.
  Instrument ins = six_dimensions();
  ins.stages[1].goal = "visa att det händer här";
  const Project p = make_project({make_round(ins, {{500}, {200}, {500}, {400}, {200}, {600}})});
  const auto s = suggest_strategies(p.rounds[0], score_round(p, p.rounds[0]));
  REQUIRE(s.size() == 2);
  CHECK(s[0].dimension == "B");
  CHECK(s[1].dimension == "E");
  CHECK(s[1].stage == 2);
  CHECK(s[1].goal == "visa att det händer här");
}

TEST_CASE("no scores, no suggestions", "[scoring]") {
  const Project p = make_project({make_round(six_dimensions(), {})});
  CHECK(suggest_strategies(p.rounds[0], score_round(p, p.rounds[0])).empty());
}
