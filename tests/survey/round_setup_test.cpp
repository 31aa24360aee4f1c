#include <catch2/catch.hpp>

#include "community_removal.h"
#include "round_respondents.h"
#include "round_setup.h"
#include "sector_coverage.h"

using namespace readiness;

namespace {

Instrument small_instrument() {
  Instrument instrument;
  instrument.id = "cr6-sv";
  instrument.language = "sv";
  instrument.title = "Test";
  Dimension a;
  a.code = "A";
  instrument.dimensions.push_back(a);
  Question q;
  q.id = "q01";
  q.dimension = "A";
  instrument.questions.push_back(q);
  return instrument;
}

Respondent respondent(const std::string& id, const std::string& sector) {
  Respondent r;
  r.id = id;
  r.pseudonym = "Person " + id;
  r.sector = sector;
  r.role = "roll";
  return r;
}

// Arjeplog with rounds 2019 (done) and 2022 (one interview planned).
Project two_rounds() {
  Project project;
  Community c;
  c.id = "se-2506";
  c.name = "Arjeplog";
  c.code = "2506";
  c.county_code = "25";
  project.communities.push_back(c);
  for (const char* label : {"2022", "2019"}) {
    RoundSetup setup;
    setup.community_id = c.id;
    setup.label = label;
    setup.issue = std::string("alkohol ") + label;
    setup.areas = {"tobacco", "alcohol"};
    setup.community_definition = "hela kommunen";
    setup.instrument_id = "cr6-sv";
    setup.mode = Mode::SelfRating;
    setup.respondents = {respondent("R1", "police"), respondent("R2", "school")};
    setup.respondents[0].contact = "070-123";
    project.rounds.push_back(make_round(setup, small_instrument(), c.id + "-" + label));
  }
  project.rounds[1].interviews[0].answers["q01"] = "svar";
  project.rounds[1].interviews[1].status = InterviewStatus::Held;
  project.rounds[0].interviews[0].answers["q01"] = "svar";
  return project;
}

}  // namespace

TEST_CASE("make_round snapshots the instrument and plans an interview per respondent", "[survey][round]") {
  const Project project = two_rounds();
  const Round& round = *project.find_round("se-2506-2022");
  CHECK(round.instrument.id == "cr6-sv");
  CHECK(round.instrument.questions.size() == 1);
  CHECK(round.areas == std::vector<std::string>{"alcohol", "tobacco"});  // andts_areas() order
  CHECK(round.status == RoundStatus::Planned);
  CHECK(round.mode == Mode::SelfRating);
  REQUIRE(round.interviews.size() == 2);
  CHECK(round.interviews[0].id == "1");
  CHECK(round.interviews[0].respondent_id == "R1");
  CHECK(round.interviews[1].id == "2");
  CHECK(round.interviews[1].respondent_id == "R2");
  CHECK(round.interviews[1].status == InterviewStatus::Planned);

  SECTION("without planning, respondents come alone; missing ids are made") {
    RoundSetup setup;
    setup.respondents = {respondent("", "police"), respondent("R1", "youth"), respondent("R1", "school")};
    setup.plan_interviews = false;
    const Round r = make_round(setup, small_instrument(), "x");
    CHECK(r.interviews.empty());
    REQUIRE(r.respondents.size() == 3);
    CHECK(r.respondents[0].id == "R1");
    CHECK(r.respondents[1].id == "R2");
    CHECK(r.respondents[2].id == "R3");
  }
}

TEST_CASE("start from the previous round copies settings and respondents, not label or dates", "[survey][round]") {
  Project project = two_rounds();
  project.find_round("se-2506-2022")->start_date = "2022-03-01";
  const Round* previous = previous_round(project, "se-2506");
  REQUIRE(previous);
  CHECK(previous->label == "2022");
  const RoundSetup setup = setup_from_previous(*previous, "2025");
  CHECK(setup.community_id == "se-2506");
  CHECK(setup.label == "2025");
  CHECK(setup.issue == "alkohol 2022");
  CHECK(setup.areas == previous->areas);
  CHECK(setup.community_definition == "hela kommunen");
  CHECK(setup.instrument_id == "cr6-sv");
  CHECK(setup.mode == Mode::SelfRating);
  CHECK(setup.start_date.empty());
  REQUIRE(setup.respondents.size() == 2);
  CHECK(setup.respondents[0].contact == "070-123");
  CHECK(previous_round(project, "se-9999") == nullptr);

  const Round next = make_round(setup, small_instrument(), "se-2506-2025");
  CHECK(next.respondents.size() == 2);
  CHECK(next.interviews.size() == 2);
  CHECK(next.interviews[0].answers.empty());
}

TEST_CASE("a round setup names every problem before the round is made", "[survey][round]") {
  const Project project = two_rounds();
  RoundSetup setup;
  CHECK(check_round_setup(setup, project) ==
        std::vector<RoundSetupProblem>{RoundSetupProblem::NoCommunity, RoundSetupProblem::NoLabel,
                                       RoundSetupProblem::NoIssue, RoundSetupProblem::NoArea,
                                       RoundSetupProblem::NoInstrument});
  setup = setup_from_previous(*previous_round(project, "se-2506"), "2022");
  CHECK(check_round_setup(setup, project) == std::vector<RoundSetupProblem>{RoundSetupProblem::LabelTaken});
  setup.label = "2024";
  setup.start_date = "2024-05-01";
  setup.end_date = "2024-04-30";
  CHECK(check_round_setup(setup, project) == std::vector<RoundSetupProblem>{RoundSetupProblem::EndBeforeStart});
  setup.end_date = "2024-05-01";
  CHECK(check_round_setup(setup, project).empty());
}

TEST_CASE("a round's settings are corrected in place and its own label is not taken", "[survey][round]") {
  const Project project = two_rounds();
  const Round& round = *project.find_round("se-2506-2022");
  RoundSetup s = settings_of(round);
  CHECK(s.label == "2022");
  CHECK(s.issue == "alkohol 2022");
  CHECK(s.instrument_id == "cr6-sv");
  CHECK(s.respondents.empty());
  // Unchanged settings: no problem, although check_round_setup calls the label taken.
  CHECK(check_round_setup(s, project) == std::vector<RoundSetupProblem>{RoundSetupProblem::LabelTaken});
  CHECK(check_round_settings(s, project, round.id).empty());
  // Another round's label is taken; an empty issue and no area are named too.
  s.label = "2019";
  s.issue = "  ";
  s.areas.clear();
  CHECK(check_round_settings(s, project, round.id) ==
        std::vector<RoundSetupProblem>{RoundSetupProblem::LabelTaken, RoundSetupProblem::NoIssue,
                                       RoundSetupProblem::NoArea});

  s.label = "2022 vår";
  s.issue = "langning av alkohol till unga";
  s.areas = {"gambling", "alcohol"};
  s.community_definition = "unga 13-17";
  s.mode = Mode::Interview;
  s.start_date = "2022-03-01";
  s.end_date = "2022-04-15";
  CHECK(check_round_settings(s, project, round.id).empty());
  const Round edited = with_settings(round, s);
  CHECK(edited.label == "2022 vår");
  CHECK(edited.issue == "langning av alkohol till unga");
  CHECK(edited.areas == std::vector<std::string>{"alcohol", "gambling"});  // andts_areas() order
  CHECK(edited.community_definition == "unga 13-17");
  CHECK(edited.mode == Mode::Interview);
  CHECK(edited.start_date == "2022-03-01");
  CHECK(edited.end_date == "2022-04-15");
  // What the wizard fixed stays: id, community, instrument, respondents, interviews.
  CHECK(edited.id == round.id);
  CHECK(edited.community_id == round.community_id);
  CHECK(edited.instrument.questions.size() == round.instrument.questions.size());
  CHECK(edited.respondents.size() == round.respondents.size());
  REQUIRE(edited.interviews.size() == round.interviews.size());
  CHECK(edited.interviews[0].answers == round.interviews[0].answers);
}

TEST_CASE("removing a community spells out the rounds and interviews that go with it", "[survey][community]") {
  const Project project = two_rounds();
  const RemovalConsequences c = community_removal_consequences(project, "se-2506");
  CHECK(c.rounds == 2);
  CHECK(c.interviews == 4);
  CHECK(c.interviews_with_work == 3);  // 2019: answer + held; 2022: answer
  CHECK(c.round_labels == std::vector<std::string>{"2019", "2022"});
  CHECK(community_removal_consequences(project, "se-9999").nothing_lost());
}

TEST_CASE("respondents are added with a planned interview, removed and restored exactly", "[survey][round]") {
  Project project = two_rounds();
  Round round = *project.find_round("se-2506-2022");
  CHECK(next_respondent_id(round) == "R3");
  CHECK(next_interview_id(round) == "3");

  add_respondent(round, respondent("R3", "youth"), "3");
  CHECK(round.respondents.size() == 3);
  CHECK(round.find_interview("3")->respondent_id == "R3");
  CHECK_THROWS_AS(add_respondent(round, respondent("R3", "youth"), ""), std::invalid_argument);
  CHECK(interviews_of(round, "R3") == std::vector<std::string>{"3"});

  Respondent edited = respondent("R2", "business");
  edited.role = "handlare";
  CHECK(update_respondent(round, edited).sector == "school");
  CHECK(round.find_respondent("R2")->role == "handlare");
  CHECK_THROWS_AS(update_respondent(round, respondent("R9", "")), std::out_of_range);

  SECTION("an untouched planned interview goes with its respondent") {
    const Round before = round;
    const RemovedRespondent removed = remove_respondent(round, "R2");
    CHECK(removed.interviews.size() == 1);
    CHECK(removed.unlinked_interview_ids.empty());
    CHECK_FALSE(round.find_interview("2"));
    CHECK_FALSE(round.find_respondent("R2"));
    restore_respondent(round, removed);
    REQUIRE(round.respondents.size() == before.respondents.size());
    CHECK(round.respondents[1].id == "R2");
    CHECK(round.interviews[1].id == "2");
    CHECK(round.interviews[1].respondent_id == "R2");
  }
  SECTION("an interview with answers stays, without its respondent, and is linked again on restore") {
    const RemovedRespondent removed = remove_respondent(round, "R1");
    CHECK(removed.interviews.empty());
    CHECK(removed.unlinked_interview_ids == std::vector<std::string>{"1"});
    CHECK(round.find_interview("1")->respondent_id.empty());
    restore_respondent(round, removed);
    CHECK(round.find_interview("1")->respondent_id == "R1");
    CHECK(round.respondents.front().id == "R1");
  }
  CHECK_THROWS_AS(remove_respondent(round, "R9"), std::out_of_range);
}

TEST_CASE("sector coverage warns under 4 interviews, recommends 6 and names missing sectors", "[survey][round]") {
  Round round;
  for (int i = 1; i <= 3; ++i) add_respondent(round, respondent("R" + std::to_string(i), i == 3 ? "police" : "school"), std::to_string(i));
  add_respondent(round, respondent("R9", "youth"), "");  // no interview yet
  SectorCoverage c = sector_coverage(round);
  CHECK(c.interviews == 3);
  CHECK(c.level == CoverageLevel::TooFew);
  CHECK(c.respondents_without_interview == 1);
  CHECK(c.covered == std::vector<std::string>{"police", "school"});
  CHECK(std::find(c.missing.begin(), c.missing.end(), "youth") != c.missing.end());
  CHECK(std::find(c.missing.begin(), c.missing.end(), "other") == c.missing.end());
  CHECK(c.missing.size() == 7);

  add_respondent(round, respondent("R4", "other"), "4");
  CHECK(sector_coverage(round).level == CoverageLevel::Enough);
  add_respondent(round, respondent("R5", "business"), "5");
  add_respondent(round, respondent("R6", ""), "6");
  c = sector_coverage(round);
  CHECK(c.level == CoverageLevel::Recommended);
  CHECK(c.covered == std::vector<std::string>{"police", "school", "business", "other"});
}

TEST_CASE("the wizard offers bundled instruments and the previous round's snapshot", "[survey][round]") {
  const auto choices = instrument_choices(nullptr);
  REQUIRE(choices.size() >= 4);
  CHECK(choices.front().source == InstrumentSource::Bundled);
  CHECK(default_instrument_id(choices, nullptr, "en") == "cr6-en");
  CHECK(default_instrument_id(choices, nullptr, "sv") == "cr6-sv");

  Round previous;
  previous.instrument = small_instrument();
  previous.instrument.id = "egen-2019";
  const auto with_previous = instrument_choices(&previous);
  REQUIRE(with_previous.size() == choices.size() + 1);
  CHECK(with_previous.back().source == InstrumentSource::PreviousRound);
  CHECK(default_instrument_id(with_previous, &previous, "sv") == "egen-2019");
  CHECK(default_instrument_id({}, nullptr, "sv").empty());
}
