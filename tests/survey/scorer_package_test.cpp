// Scorer packages: a round out to scorer B without A's scores, B's scores
// back in, conflicts reported and never overwritten.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "demo_project.h"
#include "instrument_library.h"
#include "project_document.h"
#include "scorer_package.h"

using namespace readiness;

namespace {

Project demo() { return make_demo_project(InstrumentLibrary::load_default().get(kDefaultInstrumentId)); }

// The demo's first community, latest round (Arjeplog 2022).
const Round& round_of(const Project& p) { return *p.rounds_of(p.communities.front().id).back(); }

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("readiness-pkg-" + std::to_string(getpid()) + "-" + name)).string();
}

}  // namespace

TEST_CASE("a package for scorer B carries answers and anchors but no A scores or consensus or contacts", "[package]") {
  Project project = demo();
  Round& round = *project.find_round(round_of(project).id);
  round.respondents.front().contact = "070-123 45 67";
  round.interviews.front().scores["A"].note_a = "A:s egen anteckning";
  round.interviews.front().scores["A"].note_b = "B:s egen anteckning";
  const ScorerPackage p = make_scorer_package(project, round.id, ScorerSlot::B);
  const std::string bytes = package_to_bytes(p);
  CHECK(bytes.rfind("READINESS-SCORER-PACKAGE\nformat 1\nlength ", 0) == 0);
  CHECK(bytes.find("070-123 45 67") == std::string::npos);
  CHECK(bytes.find(round.instrument.dimensions.front().anchors[3]) != std::string::npos);
  CHECK(bytes.find(round.instrument.scorer_guide.substr(0, 20)) != std::string::npos);
  REQUIRE(p.interviews.size() == round.interviews.size());
  const Interview& first = round.interviews.front();
  const DimensionScore& s = first.scores.at("A");
  REQUIRE(s.scorer_a);
  REQUIRE(s.scorer_b);
  CHECK(p.interviews.front().scores.at("A") == *s.scorer_b);
  CHECK(p.interviews.front().scorer_name == first.scorer_b_name);
  CHECK(bytes.find("A:s egen anteckning") == std::string::npos);  // A's note stays home
  CHECK(p.interviews.front().notes.at("A") == "B:s egen anteckning");
  // A's own name appears nowhere (it is on every interview as scorer A).
  CHECK(bytes.find("\"" + first.scorer_a_name + "\"") == std::string::npos);

  const ScorerPackage back = package_from_bytes(bytes);
  CHECK(back.round_id == round.id);
  CHECK(back.slot == ScorerSlot::B);
  CHECK(back.instrument.dimensions.size() == round.instrument.dimensions.size());
  CHECK(back.instrument.dimensions[2].anchors == round.instrument.dimensions[2].anchors);
  CHECK(back.interviews.front().answers == first.answers);
  CHECK(back.interviews.front().answers_hash == answers_hash(first.answers));
  CHECK_THROWS_AS(make_scorer_package(project, round.id, ScorerSlot::Consensus), std::invalid_argument);
}

TEST_CASE("a damaged or truncated or newer or foreign package is refused with its own reason", "[package]") {
  const Project project = demo();
  const std::string bytes = package_to_bytes(make_scorer_package(project, round_of(project).id, ScorerSlot::B));
  auto kind_of = [](const std::string& b) {
    try {
      package_from_bytes(b);
    } catch (const ScorerPackageError& e) {
      return e.kind();
    }
    FAIL("accepted");
    return ScorerPackageError::Kind::NotFound;
  };
  CHECK(kind_of("{\"round\": 1}") == ScorerPackageError::Kind::NotAPackage);
  CHECK(kind_of(bytes.substr(0, bytes.size() - 10)) == ScorerPackageError::Kind::Truncated);
  std::string flipped = bytes;
  flipped[flipped.size() - 40] = flipped[flipped.size() - 40] == 'x' ? 'y' : 'x';
  CHECK(kind_of(flipped) == ScorerPackageError::Kind::Corrupted);
  std::string newer = bytes;
  newer.replace(newer.find("format 1"), 8, "format 7");
  CHECK(kind_of(newer) == ScorerPackageError::Kind::NewerFormat);
  CHECK_THROWS_AS(load_scorer_package(temp_path("missing")), ScorerPackageError);
}

TEST_CASE("B scores a package on another laptop and the scores come back in", "[package]") {
  Project main = demo();
  const std::string round_id = round_of(main).id;
  // Wipe B's scores in the main project: B has not scored yet.
  for (auto& interview : main.find_round(round_id)->interviews)
    for (auto& [code, s] : interview.scores) s.scorer_b.reset();
  const std::string out = temp_path("out.rsp");
  save_scorer_package(make_scorer_package(main, round_id, ScorerSlot::B), out);

  // B's laptop: a project from the package, scored there.
  Project laptop = project_from_package(load_scorer_package(out));
  REQUIRE(laptop.rounds.size() == 1);
  Round& lr = laptop.rounds.front();
  CHECK(lr.id == round_id);
  for (const auto& interview : lr.interviews)
    for (const auto& [code, s] : interview.scores) CHECK_FALSE(s.scorer_a);
  Interview& first = lr.interviews.front();
  first.scores["A"].scorer_b = 450;
  first.scores["B"].scorer_b = 300;
  first.scores["B"].note_b = "\u201dVi har inte hört om det\u201d";
  const std::string back = temp_path("back.rsp");
  save_scorer_package(make_scorer_package(laptop, round_id, ScorerSlot::B), back);

  SECTION("empty cells are filled") {
    const PackageImportPlan plan = plan_package_import(main, load_scorer_package(back));
    CHECK(plan.conflicts.empty());
    REQUIRE(plan.changes.size() == 2);
    apply_package_import(main, plan);
    const Interview& i = *main.find_round(round_id)->find_interview(first.id);
    CHECK(i.scores.at("A").scorer_b == 450);
    CHECK(i.scores.at("B").scorer_b == 300);
    CHECK(i.scores.at("B").note_b == "\u201dVi har inte hört om det\u201d");
    // Importing twice changes nothing.
    const PackageImportPlan again = plan_package_import(main, load_scorer_package(back));
    CHECK(again.changes.empty());
    CHECK(again.unchanged == 2);
  }
  SECTION("answers edited meanwhile: that interview's scores are not taken") {
    Interview& i = *main.find_round(round_id)->find_interview(first.id);
    i.answers.begin()->second += " Tillägg.";
    const PackageImportPlan plan = plan_package_import(main, load_scorer_package(back));
    CHECK(plan.changes.empty());
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts.front().kind == PackageConflict::Kind::AnswersChanged);
    CHECK(plan.conflicts.front().interview_id == first.id);
  }
  SECTION("a different B score already in the project is reported, not overwritten") {
    main.find_round(round_id)->find_interview(first.id)->scores["A"].scorer_b = 500;
    const PackageImportPlan plan = plan_package_import(main, load_scorer_package(back));
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts.front().kind == PackageConflict::Kind::ScoreDiffers);
    CHECK(plan.conflicts.front().in_project == 500);
    CHECK(plan.conflicts.front().in_package == 450);
    apply_package_import(main, plan);
    CHECK(main.find_round(round_id)->find_interview(first.id)->scores.at("A").scorer_b == 500);
  }
  std::filesystem::remove(out);
  std::filesystem::remove(back);
}

TEST_CASE("answers hash changes with any answer text and keeps id/text boundaries", "[package]") {
  const std::map<std::string, std::string> a{{"q1", "ab"}, {"q2", "c"}};
  const std::map<std::string, std::string> b{{"q1", "a"}, {"q2", "bc"}};
  CHECK(answers_hash(a) != answers_hash(b));
  // Values from a second implementation (Python, FNV-1a 64 over question,
  // NUL, answer, NUL in question order), not from answers_hash itself.
  CHECK(answers_hash(a) == "fnv1a64:eb0781c0a61ee3f4");
  CHECK(answers_hash(b) == "fnv1a64:568cb290d7bf3da6");
  CHECK(answers_hash({}) == "fnv1a64:cbf29ce484222325");  // the FNV-1a 64 offset basis
  CHECK(answers_hash({{"q1", "å"}}) == "fnv1a64:e307a685a378409f");  // UTF-8 bytes
}

TEST_CASE("score edits through the document are announced and checked", "[document]") {
  ProjectDocument doc(demo(), "");
  const Round& round = round_of(doc.project());
  const Interview& interview = round.interviews.front();
  struct Listener : ProjectObserver {
    std::string field;
    void on_project_changed(const ChangeEvent& e) override { field = e.field; }
  } listener;
  doc.add_observer(&listener);
  const ScoreRef ref{round.id, interview.id, "C", ScorerSlot::Consensus};
  doc.set_score(ref, 725);
  CHECK(doc.score(ref) == 725);
  CHECK(listener.field == "score:C:consensus");
  CHECK(doc.modified());
  doc.set_consensus_reason(ref, "Enades.");
  CHECK(doc.consensus_reason(ref) == "Enades.");
  CHECK_THROWS_AS(doc.set_score(ref, 950), std::invalid_argument);
  CHECK_THROWS_AS(doc.set_score({round.id, interview.id, "Z", ScorerSlot::A}, 400), std::out_of_range);
  doc.set_scorer_name(round.id, interview.id, ScorerSlot::B, "Eva");
  CHECK(doc.scorer_name(round.id, interview.id, ScorerSlot::B) == "Eva");
  doc.remove_observer(&listener);
}
