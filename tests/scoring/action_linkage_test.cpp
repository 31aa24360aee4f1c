// Which actions fall between two rounds (scoring/action_linkage.h): the
// months between the rounds, the overlap with each action's time, the
// dimension tie, cancelled actions left out, fallbacks to the plan's years.
#include <catch2/catch.hpp>

#include "action_linkage.h"
#include "action_suggestion.h"
#include "scoring/test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

namespace {

PlanAction act(const char* id, std::vector<std::string> dims, PlanTime start, PlanTime end,
               ActionStatus status = ActionStatus::Ongoing) {
  PlanAction a;
  a.id = id;
  a.activity = std::string("Åtgärd ") + id;
  a.dimensions = std::move(dims);
  a.start = start;
  a.end = end;
  a.status = status;
  return a;
}

std::vector<std::string> ids(const std::vector<LinkedAction>& list) {
  std::vector<std::string> out;
  for (const LinkedAction& a : list) out.push_back(a.action_id);
  return out;
}

// Arjeplog: rounds in March–May 2019 and March 2022; a plan 2019–2021.
Project linked_project() {
  const Instrument ins = six_dimensions();
  const std::vector<std::vector<int>> first = {{300, 400}, {200, 300}, {500, 500}, {400, 400}, {300, 300}, {400, 400}};
  const std::vector<std::vector<int>> second = {{500, 600}, {300, 300}, {500, 500}, {400, 400}, {300, 300}, {400, 400}};
  Round r1 = make_round(ins, first, "r2019", "c1", "2019");
  r1.start_date = "2019-03-11";
  r1.end_date = "2019-05-31";
  Round r2 = make_round(ins, second, "r2022", "c1", "2022");
  r2.start_date = "2022-03-14";
  r2.end_date = "2022-05-31";
  Project p = make_project({r1, r2});
  ActionPlan plan;
  plan.id = "p1";
  plan.title = "Plan 2019–2021";
  plan.first_year = 2019;
  plan.last_year = 2021;
  plan.actions = {
      act("before", {"B"}, PlanTime{2018, 0, 0}, PlanTime{2019, 0, 4}),          // ends April 2019
      act("edge", {"B"}, PlanTime{2019, 0, 5}, PlanTime{2019, 0, 5}),            // May 2019: the first month
      act("inside", {"B", "A"}, PlanTime{2020, 0, 0}, PlanTime{2020, 0, 0}),
      act("other-dim", {"C"}, PlanTime{2020, 0, 0}, PlanTime{2020, 0, 0}),
      act("cancelled", {"B"}, PlanTime{2020, 0, 0}, PlanTime{2020, 0, 0}, ActionStatus::Cancelled),
      act("planned", {"B"}, PlanTime{2021, 2, 0}, PlanTime{2021, 3, 0}, ActionStatus::Planned),
      act("no-time", {"B"}, PlanTime{}, PlanTime{}),                              // plan years 2019–2021
      act("after", {"B"}, PlanTime{2022, 0, 4}, PlanTime{2022, 4, 0}),            // starts April 2022
      act("last-month", {"B"}, PlanTime{2022, 1, 0}, PlanTime{2022, 2, 0}),       // Q1 2022 includes March
  };
  p.communities[0].plans.push_back(plan);
  JointCommitment ml;
  ml.id = "ml";
  ml.title = "Medborgarlöfte";
  ml.first_year = 2020;
  ml.last_year = 2020;
  ml.items = {act("m1", {"B"}, PlanTime{}, PlanTime{})};
  p.communities[0].commitments.push_back(ml);
  return p;
}

}  // namespace

TEST_CASE("the time between two rounds runs from the earlier's end to the later's start", "[linkage]") {
  Round a;
  Round b;
  a.start_date = "2019-03-11";
  a.end_date = "2019-05-31";
  b.start_date = "2022-03-14";
  int first = 0;
  int last = 0;
  REQUIRE(months_between(a, b, first, last));
  CHECK(first == 2019 * 12 + 4);  // May 2019
  CHECK(last == 2022 * 12 + 2);   // March 2022
  SECTION("without dates the labels' years count, whole") {
    a = Round{};
    b = Round{};
    a.label = "Våren 2019";
    b.label = "2021";
    REQUIRE(months_between(a, b, first, last));
    CHECK(first == 2019 * 12);
    CHECK(last == 2021 * 12 + 11);
  }
  SECTION("no date and no year, or the later before the earlier: not known") {
    Round none;
    none.label = "första";
    CHECK_FALSE(months_between(none, b, first, last));
    CHECK_FALSE(months_between(b, a, first, last));
  }
}

TEST_CASE("actions tied to a dimension whose time overlaps the time between rounds are linked", "[linkage]") {
  const Project p = linked_project();
  const Round& r1 = p.rounds[0];
  const Round& r2 = p.rounds[1];
  CHECK(ids(actions_between(p, "c1", r1, r2, "B")) ==
        std::vector<std::string>{"edge", "inside", "planned", "no-time", "last-month", "m1"});
  CHECK(ids(actions_between(p, "c1", r1, r2, "A")) == std::vector<std::string>{"inside"});
  CHECK(ids(actions_between(p, "c1", r1, r2, "C")) == std::vector<std::string>{"other-dim"});
  CHECK(actions_between(p, "c1", r1, r2, "F").empty());
  CHECK(actions_between(p, "nobody", r1, r2, "B").empty());
  const auto b = actions_between(p, "c1", r1, r2, "B");
  CHECK_FALSE(b[0].commitment);
  CHECK(b[0].source_title == "Plan 2019–2021");
  CHECK(b[0].start == "2019-05");
  CHECK(b[2].status == ActionStatus::Planned);
  CHECK(b[3].start.empty());  // placed by its plan's years, shown without a time of its own
  CHECK(b[5].commitment);
  CHECK(b[5].source_id == "ml");
}

TEST_CASE("a trend step gets one list of actions per trend dimension", "[linkage]") {
  const Project p = linked_project();
  const auto all = trends(p);
  REQUIRE(all.size() == 1);
  const Trend& t = all[0];
  REQUIRE(t.steps.size() == 1);
  const auto linked = step_actions(p, t, 0);
  REQUIRE(linked.size() == t.dimensions.size());
  REQUIRE(t.dimensions[1] == "B");
  CHECK(linked[1].size() == 6);
  CHECK(ids(linked[0]) == std::vector<std::string>{"inside"});
  CHECK_THROWS_AS(step_actions(p, t, 1), std::out_of_range);
}

TEST_CASE("an action is suggested from the lowest dimension's stage strategies, unused ones first", "[linkage][suggestion]") {
  Project p = linked_project();
  p.communities[0].plans.clear();
  p.communities[0].commitments.clear();
  // The latest round (2022): B is lowest at 3.00, stage 3.
  const auto first = suggest_action(p, "c1", 2023);
  REQUIRE(first.has_value());
  CHECK(first->round_id == "r2022");
  CHECK(first->strategy.dimension == "B");
  CHECK(first->strategy.stage == 3);
  const Instrument& ins = p.rounds[1].instrument;
  REQUIRE_FALSE(ins.stages[2].strategies.empty());
  CHECK(first->action.activity == ins.stages[2].strategies[0]);
  CHECK(first->action.strategy_stage == 3);
  CHECK(first->action.dimensions == std::vector<std::string>{"B"});
  CHECK(format_plan_time(first->action.start) == "2023");
  CHECK(first->action.status == ActionStatus::Planned);
  // Once that strategy is in a plan, the next one is offered.
  ActionPlan plan;
  plan.id = "p";
  PlanAction used = first->action;
  used.id = "a1";
  plan.actions.push_back(used);
  p.communities[0].plans.push_back(plan);
  REQUIRE(ins.stages[2].strategies.size() > 1);  // the fixture gives every stage two
  CHECK(suggest_action(p, "c1", 2023)->action.activity == ins.stages[2].strategies[1]);
  CHECK_FALSE(suggest_action(p, "nobody", 2023).has_value());
}
