// Format 3: action plans and joint commitments in the project file — round
// trip with å/ä/ö, the migration of formats 1 and 2 (a round's flat action
// plan moves to its community), the golden file of format 3, and the
// validator's rules for plans.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "test_platform.h"

#include "plan_migration.h"
#include "project_file.h"
#include "survey/sample_project.h"
#include "validate_project.h"

using namespace readiness;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path = test_platform::make_temp_dir("readiness-plan-");
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / fs::u8path(name)).u8string(); }
};

std::string data_file(const char* name) { return std::string(READINESS_TEST_DATA) + "/" + name; }

std::string header_of(const std::string& path) {
  std::ifstream in(fs::u8path(path), std::ios::binary);
  std::string magic, format;
  std::getline(in, magic);
  std::getline(in, format);
  return format;
}

void check_same(const PlanAction& a, const PlanAction& b) {
  INFO("action " << a.id);
  CHECK(a.id == b.id);
  CHECK(a.activity == b.activity);
  CHECK(a.target_group == b.target_group);
  CHECK(a.sectors == b.sectors);
  CHECK(a.responsible == b.responsible);
  CHECK(a.dimensions == b.dimensions);
  CHECK(a.strategy_stage == b.strategy_stage);
  CHECK(a.strategy == b.strategy);
  CHECK(a.start == b.start);
  CHECK(a.end == b.end);
  CHECK(a.priority == b.priority);
  CHECK(a.cost_sek == b.cost_sek);
  CHECK(a.funding == b.funding);
  CHECK(a.status == b.status);
  CHECK(a.channel == b.channel);
  CHECK(a.key_message == b.key_message);
  CHECK(a.note == b.note);
  REQUIRE(a.follow_ups.size() == b.follow_ups.size());
  for (std::size_t i = 0; i < a.follow_ups.size(); ++i) {
    CHECK(a.follow_ups[i].year == b.follow_ups[i].year);
    CHECK(a.follow_ups[i].status == b.follow_ups[i].status);
    CHECK(a.follow_ups[i].done == b.follow_ups[i].done);
    CHECK(a.follow_ups[i].outcome == b.follow_ups[i].outcome);
    CHECK(a.follow_ups[i].next_step == b.follow_ups[i].next_step);
  }
}

void check_same_plans(const Community& a, const Community& b) {
  INFO("community " << a.id);
  REQUIRE(a.plans.size() == b.plans.size());
  for (std::size_t i = 0; i < a.plans.size(); ++i) {
    const ActionPlan& x = a.plans[i];
    const ActionPlan& y = b.plans[i];
    CHECK(x.id == y.id);
    CHECK(x.title == y.title);
    CHECK(x.first_year == y.first_year);
    CHECK(x.last_year == y.last_year);
    CHECK(x.round_ids == y.round_ids);
    CHECK(x.status == y.status);
    REQUIRE(x.actions.size() == y.actions.size());
    for (std::size_t k = 0; k < x.actions.size(); ++k) check_same(x.actions[k], y.actions[k]);
  }
  REQUIRE(a.commitments.size() == b.commitments.size());
  for (std::size_t i = 0; i < a.commitments.size(); ++i) {
    const JointCommitment& x = a.commitments[i];
    const JointCommitment& y = b.commitments[i];
    CHECK(x.id == y.id);
    CHECK(x.title == y.title);
    CHECK(x.partner_sectors == y.partner_sectors);
    CHECK(x.partners == y.partners);
    CHECK(x.first_year == y.first_year);
    CHECK(x.last_year == y.last_year);
    CHECK(x.note == y.note);
    REQUIRE(x.items.size() == y.items.size());
    for (std::size_t k = 0; k < x.items.size(); ++k) check_same(x.items[k], y.items[k]);
  }
}

// Every consensus, A and B score of every round, keyed by place.
std::map<std::string, std::string> all_scores(const Project& project) {
  std::map<std::string, std::string> scores;
  auto text = [](const std::optional<Hundredths>& h) { return h ? std::to_string(*h) : std::string("-"); };
  for (const Round& round : project.rounds)
    for (const Interview& interview : round.interviews)
      for (const auto& [code, s] : interview.scores)
        scores[round.id + "/" + interview.id + "/" + code] =
            text(s.scorer_a) + " " + text(s.scorer_b) + " " + text(s.consensus);
  return scores;
}

}  // namespace

TEST_CASE("plans and commitments with å/ä/ö load back field by field", "[file][plan]") {
  Folder folder;
  const Project original = testing::make_sample_project();
  REQUIRE(validate_project(original).empty());
  const std::string path = folder.file("Handlingsplan Åre.readiness");
  save_project(original, path);
  CHECK(header_of(path) == "format " + std::to_string(kProjectFormatVersion));
  const Project loaded = load_project(path);
  REQUIRE(loaded.communities.size() == original.communities.size());
  for (std::size_t i = 0; i < original.communities.size(); ++i)
    check_same_plans(original.communities[i], loaded.communities[i]);
  // A few literal values, so the test does not only compare the fixture with itself.
  const PlanAction* a1 = loaded.communities[1].find_action("a1");
  REQUIRE(a1 != nullptr);
  CHECK(a1->target_group == "Föräldrar i åk 7–9");
  CHECK(format_plan_time(a1->end) == "2020-06");
  CHECK(a1->cost_sek == 12500);
  REQUIRE(a1->follow_ups.size() == 2);
  CHECK(a1->follow_ups[0].year == 2019);  // set_follow_up keeps year order
  CHECK(a1->follow_ups[1].done == "Genomfört, 40 deltog.");
  CHECK_FALSE(loaded.communities[1].find_action("a2")->cost_sek.has_value());
  CHECK(loaded.communities[1].find_action("m1")->follow_up_for(2020)->next_step == "Vårens flyttas.");
  CHECK(loaded.communities[0].plans.empty());
}

// Formats 1 and 2 kept a flat action plan in round se-2506-2019 (made from
// the fixture of their time): a1 "Föräldramöte om langning" (B, "ht 2019",
// done, follow-up "Genomfört, 40 deltog."), a2 "Utbildning för handlare"
// (no dimension, "2020 H1", cancelled).
TEST_CASE("format 1 and 2 files move the round's action plan to the community", "[file][plan][migration]") {
  for (const char* name : {"golden-v1.readiness", "golden-v2.readiness"}) {
    INFO(name);
    const Project project = load_project(data_file(name));
    for (const Round& round : project.rounds) CHECK(round.legacy_action_plan.empty());
    const Community* arjeplog = project.find_community("se-2506");
    REQUIRE(arjeplog != nullptr);
    REQUIRE(arjeplog->plans.size() == 1);
    const ActionPlan& plan = arjeplog->plans[0];
    CHECK(plan.id == "plan-2019");
    CHECK(plan.title == "Handlingsplan 2019");
    CHECK(plan.round_ids == std::vector<std::string>{"se-2506-2019"});
    CHECK(plan.status == PlanStatus::Adopted);
    CHECK(plan.first_year == 2019);
    CHECK(plan.last_year == 2020);
    REQUIRE(plan.actions.size() == 2);
    const PlanAction& a1 = plan.actions[0];
    CHECK(a1.id == "a1");
    CHECK(a1.activity == "Föräldramöte om langning");
    CHECK(a1.target_group == "Föräldrar i åk 7–9");
    CHECK(a1.responsible == "Skolan");
    CHECK(a1.sectors == std::vector<std::string>{});  // "Skolan" is not a sector's name ("Skola" is)
    CHECK(a1.dimensions == std::vector<std::string>{"B"});
    CHECK(format_plan_time(a1.start) == "2019-Q3");
    CHECK(format_plan_time(a1.end) == "2019-Q4");
    CHECK(a1.note == "Period i tidigare version: ht 2019");
    CHECK(a1.status == ActionStatus::Done);
    REQUIRE(a1.follow_ups.size() == 1);
    CHECK(a1.follow_ups[0].year == 2019);
    CHECK(a1.follow_ups[0].done == "Genomfört, 40 deltog.");
    CHECK(a1.follow_ups[0].status == ActionStatus::Done);
    const PlanAction& a2 = plan.actions[1];
    CHECK(a2.id == "a2");
    CHECK(a2.dimensions.empty());
    CHECK(format_plan_time(a2.start) == "2020-Q1");
    CHECK(format_plan_time(a2.end) == "2020-Q2");
    CHECK(a2.status == ActionStatus::Cancelled);
    CHECK(a2.follow_ups.empty());
    CHECK(project.find_community("se-2560")->plans.empty());
    CHECK(validate_project(project).empty());
  }
}

TEST_CASE("format 1 and 2 files save in the current format and keep every score and plan", "[file][plan][migration]") {
  for (const char* name : {"golden-v1.readiness", "golden-v2.readiness"}) {
    INFO(name);
    Folder folder;
    const Project old = load_project(data_file(name));
    REQUIRE(header_of(data_file(name)) != "format 3");
    const std::string path = folder.file("migrerad.readiness");
    save_project(old, path);
    CHECK(header_of(path) == "format " + std::to_string(kProjectFormatVersion));
    const Project again = load_project(path);
    const auto scores = all_scores(old);
    CHECK(scores.size() == 6 * 3 + 2);  // three interviews of six dimensions, one of two
    CHECK(all_scores(again) == scores);
    CHECK(scores.at("se-2506-2019/3/A") == "375 425 400");  // the fixture of its time: 300+25i, 350+25i, 325+25i
    REQUIRE(again.communities.size() == old.communities.size());
    for (std::size_t i = 0; i < old.communities.size(); ++i) check_same_plans(old.communities[i], again.communities[i]);
    CHECK(again.find_community("se-2506")->plans.at(0).actions.at(0).follow_ups.at(0).done == "Genomfört, 40 deltog.");
  }
}

// The golden file of format 3 must load forever. It was written by
//   READINESS_WRITE_GOLDEN=1 ./build/tests/test_survey "[.golden-writer]"
// (project_file_test.cpp; the fixture make_sample_project of
// tests/survey/sample_project.h at the commit that added it). When format 3
// gains more fields before release, regenerate it with the same command
// and keep the literal checks below.
TEST_CASE("the format 3 golden file keeps its plans and commitments", "[file][plan]") {
  const std::string path = data_file("golden-v3.readiness");
  CHECK(header_of(path) == "format 3");
  const Project project = load_project(path);
  const Community* arjeplog = project.find_community("se-2506");
  REQUIRE(arjeplog != nullptr);
  REQUIRE(arjeplog->plans.size() == 1);
  CHECK(arjeplog->plans[0].title == "Handlingsplan för Arjeplog 2019–2021");
  const PlanAction* a1 = arjeplog->find_action("a1");
  REQUIRE(a1 != nullptr);
  CHECK(a1->responsible == "Skolan och \"Öppna förskolan\"");
  CHECK(a1->sectors == std::vector<std::string>{"school", "police"});
  CHECK(a1->dimensions == std::vector<std::string>{"B", "E"});
  CHECK(format_plan_time(a1->start) == "2019-Q3");
  CHECK(a1->channel == Channel::MeetingsEvents);
  CHECK(a1->key_message == "Vuxna köper inte ut – så enkelt är det.");
  CHECK(a1->note == "Två rader:\nrad två.");
  REQUIRE(a1->follow_ups.size() == 2);
  CHECK(a1->follow_ups[1].outcome == "Nöjda föräldrar.");
  CHECK(arjeplog->find_action("a2")->status == ActionStatus::Postponed);
  REQUIRE(arjeplog->commitments.size() == 1);
  CHECK(arjeplog->commitments[0].title == "Medborgarlöfte 2019–2020");
  CHECK(arjeplog->commitments[0].partner_sectors == std::vector<std::string>{"police", "administration"});
  CHECK(arjeplog->find_action("m1")->follow_up_for(2020)->done == "Höstens utbildning hölls.");
  const Interview* third = project.rounds.at(0).find_interview("3");
  REQUIRE(third != nullptr);
  CHECK(third->scores.at("B").scorer_b == 525);
}

TEST_CASE("plan times parse and format as year, quarter or month", "[plan]") {
  CHECK(format_plan_time(*parse_plan_time("2020")) == "2020");
  CHECK(format_plan_time(*parse_plan_time(" 2020 Q3 ")) == "2020-Q3");
  CHECK(format_plan_time(*parse_plan_time("2020-q1")) == "2020-Q1");
  CHECK(format_plan_time(*parse_plan_time("2020-3")) == "2020-03");
  CHECK(format_plan_time(*parse_plan_time("2020-12")) == "2020-12");
  CHECK(parse_plan_time("")->empty());
  for (const char* bad : {"20", "2020-13", "2020-Q5", "2020-Q0", "2020/03", "1899", "2201", "abcd", "2020-", "2020 3",
                          "-2020"}) {
    INFO(bad);
    CHECK_FALSE(parse_plan_time(bad).has_value());
  }
  const PlanTime q3{2020, 3, 0};
  CHECK(q3.first_month() == 2020 * 12 + 6);
  CHECK(q3.last_month() == 2020 * 12 + 8);
  const PlanTime year{2020, 0, 0};
  CHECK(year.last_month() - year.first_month() == 11);
}

TEST_CASE("an action is overdue when its end has passed and it is not done or cancelled", "[plan]") {
  PlanAction action;
  action.end = PlanTime{2020, 4, 0};
  action.status = ActionStatus::Ongoing;
  CHECK_FALSE(is_overdue(action, 2020));
  CHECK(is_overdue(action, 2021));
  action.status = ActionStatus::Postponed;
  CHECK(is_overdue(action, 2021));
  action.status = ActionStatus::Done;
  CHECK_FALSE(is_overdue(action, 2021));
  action.status = ActionStatus::Cancelled;
  CHECK_FALSE(is_overdue(action, 2030));
  PlanAction open;
  CHECK_FALSE(is_overdue(open, 2030));
  CHECK(is_overdue(open, 2030, 2025));  // without an end, the plan's last year counts
}

TEST_CASE("the validator names each kind of plan problem", "[plan]") {
  Project project = testing::make_sample_project();
  Community& arjeplog = project.communities[1];
  ActionPlan& plan = arjeplog.plans[0];
  plan.round_ids.push_back("se-2560-2022");  // Älvsbyn's
  plan.round_ids.push_back("nope");
  plan.last_year = 2018;
  plan.actions[1].id = "a1";
  plan.actions[0].sectors.push_back("polisen");
  plan.actions[0].end = PlanTime{2019, 0, 1};
  plan.actions[0].priority = 4;
  plan.actions[0].cost_sek = -5;
  plan.actions[0].follow_ups[1].year = 2019;
  arjeplog.commitments[0].items[0].channel = Channel::None;
  arjeplog.commitments[0].items[0].key_message = "Budskap";
  arjeplog.commitments[0].items[0].start = PlanTime{2019, 2, 3};

  std::vector<std::string> found;
  for (const ValidationIssue& issue : validate_project(project)) found.push_back(issue.where + ": " + issue.what);
  INFO(Catch::rangeToString(found));
  auto has = [&](const std::string& text) {
    for (const std::string& line : found)
      if (line.find(text) != std::string::npos) return true;
    return false;
  };
  const std::string plan_where = "community \"se-2506\" \u203a plan \"p1\"";
  CHECK(has(plan_where + ": round \"se-2560-2022\" belongs to another community"));
  CHECK(has(plan_where + ": round \"nope\" does not exist"));
  CHECK(has(plan_where + ": period ends (2018) before it starts (2019)"));
  CHECK(has("action id \"a1\" is used twice"));
  CHECK(has("action \"a1\": sector \"polisen\" is not in sectors.json"));
  CHECK(has("action \"a1\": ends (2019-01) before it starts (2019-Q3)"));
  CHECK(has("priority 4 is not 1–3"));
  CHECK(has("cost -5 is negative"));
  CHECK(has("follow-up 2019: follow-ups are not one per year in year order"));
  CHECK(has("item \"m1\": has a key message but no channel"));
  CHECK(has("item \"m1\": start has both a quarter and a month"));
  CHECK(found.size() == 11);
}
