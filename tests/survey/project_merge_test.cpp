// Merging projects (issue 12, item 8): joined by stable ids, identical
// items once, a value only one file has taken, different values listed as
// conflicts with both files and values, audit trails carried.
#include <catch2/catch.hpp>

#include <string>

#include "project_merge.h"
#include "survey/sample_project.h"

using namespace readiness;
using readiness::testing::make_sample_project;

namespace {

const std::string kRound = "se-2506-2019";

// A municipality's own file: one community, one round on the sample's instrument.
Project municipality(const std::string& code, const std::string& name) {
  Project p = make_sample_project();
  Round round = p.rounds[0];
  round.id = "se-" + code + "-2019";
  round.community_id = "se-" + code;
  p.communities = {{"se-" + code, name, code, "25", CommunityKind::Municipality, "", {}, {}}};
  p.rounds = {round};
  p.audit.clear();
  return p;
}

AuditEntry entry(const std::string& when, const std::string& round, const std::string& value) {
  return {when, "Anna", kAuditFromApp, "", round, "1", "A", "consensus", "", value};
}

}  // namespace

TEST_CASE("projects of different municipalities merge into one", "[merge]") {
  Project kalix = municipality("2514", "Kalix");
  Project lulea = municipality("2580", "Luleå");
  kalix.audit = {entry("2026-02-01T10:00:00Z", "se-2514-2019", "4.00")};
  lulea.audit = {entry("2026-01-01T10:00:00Z", "se-2580-2019", "5.00")};
  const MergeResult r = merge_projects({{"kalix.readiness", kalix}, {"lulea.readiness", lulea}});
  REQUIRE(r.conflicts.empty());
  CHECK(r.communities == 2);
  CHECK(r.rounds == 2);
  CHECK(r.rounds_joined == 0);
  CHECK(r.project.title == kalix.title);
  CHECK(r.project.find_round("se-2580-2019")->interviews.size() == 3);
  // The audit trails travel, ordered by time.
  REQUIRE(r.project.audit.size() == 2);
  CHECK(r.project.audit[0].round_id == "se-2580-2019");
  CHECK(r.project.audit[1].round_id == "se-2514-2019");
}

TEST_CASE("the same round from two files is joined, each value taken once", "[merge]") {
  // Scorer A's copy has A's scores, scorer B's copy B's; both come from one
  // original and share its history.
  Project base = make_sample_project();
  base.audit = {entry("2026-01-01T10:00:00Z", kRound, "3.50")};
  Project a_copy = base, b_copy = base;
  Interview& a_iv = a_copy.find_round(kRound)->interviews[1];
  Interview& b_iv = b_copy.find_round(kRound)->interviews[1];
  a_iv.scores.erase("F");
  b_iv.scores.erase("F");
  a_iv.scores["F"].scorer_a = 450;
  b_iv.scores["F"].scorer_b = 500;
  b_iv.answers["q1"] = base.find_round(kRound)->interviews[1].answers.at("q1");  // identical
  b_copy.find_round(kRound)->interviews[1].notes.clear();                     // empty: the other value is taken
  b_copy.audit.push_back(entry("2026-01-02T10:00:00Z", kRound, "5.00"));

  const MergeResult r = merge_projects({{"a.readiness", a_copy}, {"b.readiness", b_copy}});
  REQUIRE(r.conflicts.empty());
  CHECK(r.rounds == 2);
  CHECK(r.rounds_joined == 2);
  const Interview& merged = r.project.find_round(kRound)->interviews[1];
  CHECK(merged.scores.at("F").scorer_a == 450);
  CHECK(merged.scores.at("F").scorer_b == 500);
  CHECK_FALSE(merged.scores.at("F").consensus.has_value());
  CHECK(merged.notes == base.find_round(kRound)->interviews[1].notes);
  CHECK(r.values_filled == 1);  // B's score
  CHECK(r.project.find_round(kRound)->interviews.size() == 3);
  // The shared entry once, B's own entry after it.
  REQUIRE(r.project.audit.size() == 2);
  CHECK(r.project.audit[1].new_value == "5.00");

  SECTION("merging a file with itself changes nothing") {
    const MergeResult same = merge_projects({{"a.readiness", base}, {"a-copy.readiness", base}});
    REQUIRE(same.conflicts.empty());
    CHECK(same.values_filled == 0);
    REQUIRE(same.project.rounds.size() == base.rounds.size());
    for (std::size_t i = 0; i < base.rounds.size(); ++i) CHECK(same_round(same.project.rounds[i], base.rounds[i]));
    CHECK(same.project.audit.size() == 1);
  }
}

TEST_CASE("different values are conflicts, listed with both files, nothing overwritten", "[merge]") {
  Project first = make_sample_project();
  Project second = make_sample_project();
  second.find_round(kRound)->interviews[0].scores["A"].consensus = 600;  // first has 3.50
  second.communities[1].name = "Arjeplogs kommun";
  second.find_round(kRound)->instrument.dimensions[0].anchors[0] = "Ändrad förankring";
  second.find_round(kRound)->interviews[0].answers["q5"] = "Ett annat svar.";
  const MergeResult r = merge_projects({{"first.readiness", first}, {"second.readiness", second}});
  REQUIRE(r.conflicts.size() == 4);
  std::string all;
  for (const auto& c : r.conflicts) all += to_string(c) + "\n";
  INFO(all);
  CHECK(r.conflicts[0].where == "community se-2506, name");
  CHECK(r.conflicts[0].first_value == "Arjeplog");
  CHECK(r.conflicts[0].second_value == "Arjeplogs kommun");
  CHECK(r.conflicts[0].first_file == "first.readiness");
  CHECK(r.conflicts[0].second_file == "second.readiness");
  CHECK(all.find("round se-2506-2019, instrument: \"cr6-sv 1.0\" in first.readiness, \"cr6-sv 1.0 (edited)\" in "
                 "second.readiness") != std::string::npos);
  CHECK(all.find("round se-2506-2019, interview 1, dimension A, consensus: \"3.50\" in first.readiness, \"6.00\" "
                 "in second.readiness") != std::string::npos);
  CHECK(all.find("interview 1, answer q5") != std::string::npos);

  SECTION("a value filled from one file and contradicted by a third names the file it came from") {
    Project a = make_sample_project(), b = make_sample_project(), c = make_sample_project();
    a.find_round(kRound)->interviews[1].date.clear();
    b.find_round(kRound)->interviews[1].date = "2019-03-20";
    c.find_round(kRound)->interviews[1].date = "2019-03-21";
    a.find_round(kRound)->interviews[1].date.clear();
    // b's own date differs from the sample's too: make a and b agree otherwise.
    const std::string sample_date = make_sample_project().find_round(kRound)->interviews[1].date;
    REQUIRE(sample_date != "2019-03-20");
    const MergeResult three = merge_projects({{"a", a}, {"b", b}, {"c", c}});
    REQUIRE(three.conflicts.size() == 1);
    CHECK(three.conflicts[0].first_file == "b");
    CHECK(three.conflicts[0].first_value == "2019-03-20");
    CHECK(three.conflicts[0].second_file == "c");
  }
}

TEST_CASE("action plans and medborgarlöften merge by id: follow-up years join, different words are conflicts",
          "[merge][plan]") {
  Project base = municipality("2514", "Kalix");
  ActionPlan plan;
  plan.id = "plan-2019";
  plan.title = "Handlingsplan Kalix 2019–2021";
  PlanAction action;
  action.id = "a1";
  action.activity = "Föräldraträffar om langning";
  action.dimensions = {"B"};
  action.start = {2020, 0, 0};
  plan.actions = {action};
  base.communities[0].plans = {plan};
  JointCommitment promise;
  promise.id = "ml-2019";
  promise.title = "Medborgarlöfte Kalix 2019–2020";
  base.communities[0].commitments = {promise};

  // The coordinator follows up 2020, the police 2021; the police also add a promise item.
  Project coordinator = base, police = base;
  coordinator.communities[0].plans[0].actions[0].set_follow_up({2020, ActionStatus::Ongoing, "Två träffar.", "", ""});
  police.communities[0].plans[0].actions[0].set_follow_up({2021, ActionStatus::Done, "Tre träffar.", "", ""});
  PlanAction item;
  item.id = "m1";
  item.activity = "Polis och socialtjänst utbildar föräldrar en gång per år";
  police.communities[0].commitments[0].items = {item};

  const MergeResult joined = merge_projects({{"samordnare.readiness", coordinator}, {"polis.readiness", police}});
  INFO((joined.conflicts.empty() ? std::string() : to_string(joined.conflicts[0])));
  REQUIRE(joined.conflicts.empty());
  const Community& kalix = joined.project.communities.at(0);
  REQUIRE(kalix.plans.size() == 1);
  const PlanAction& merged = kalix.plans[0].actions.at(0);
  REQUIRE(merged.follow_ups.size() == 2);
  CHECK(merged.follow_up_for(2020)->done == "Två träffar.");
  CHECK(merged.follow_up_for(2021)->done == "Tre träffar.");
  REQUIRE(kalix.commitments.size() == 1);
  CHECK(kalix.commitments[0].items.size() == 1);

  // The same year followed up in other words, and the activity reworded: listed, nothing taken.
  Project other = coordinator;
  other.communities[0].plans[0].actions[0].follow_ups[0].done = "Tre träffar, en inställd.";
  other.communities[0].plans[0].actions[0].activity = "Föräldrakvällar om langning";
  const MergeResult clash = merge_projects({{"samordnare.readiness", coordinator}, {"kopia.readiness", other}});
  REQUIRE(clash.conflicts.size() == 2);
  CHECK(clash.conflicts[0].where == "community se-2514, plan plan-2019, action a1, activity");
  CHECK(clash.conflicts[1].where == "community se-2514, plan plan-2019, action a1, follow-up 2020, done");
  CHECK(clash.conflicts[1].first_value == "Två träffar.");
  CHECK(clash.conflicts[1].second_value == "Tre träffar, en inställd.");
}
