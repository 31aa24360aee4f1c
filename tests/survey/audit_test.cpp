// The audit trail (issue 12, item 6): every change of a score, consensus
// or reason recorded where it is made — in the app (ProjectDocument), by a
// score import, by a scorer package — with who, when, from where, old and
// new; kept in the project file (format 3).
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "test_platform.h"

#include "audit.h"
#include "platform.h"
#include "project_document.h"
#include "project_file.h"
#include "scorer_package.h"
#include "survey/import_fixtures.h"
#include "survey/sample_project.h"

using namespace readiness;
using readiness::testing::import_text;
using readiness::testing::make_sample_project;
namespace fs = std::filesystem;

namespace {

// The first round of the sample: se-2506-2019, interviews 1–3 scored by
// Anna (A) and Björn (B), dimension A of interview 1 at 3.25/3.75/3.50.
const std::string kRound = "se-2506-2019";

}  // namespace

TEST_CASE("audit timestamps are UTC in ISO 8601", "[audit]") {
  CHECK(iso_timestamp_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(iso_timestamp_utc(951782400) == "2000-02-29T00:00:00Z");
  CHECK(iso_timestamp_utc(1796070901) == "2026-11-30T20:35:01Z");
  CHECK(iso_timestamp_utc(-1) == "1969-12-31T23:59:59Z");
  const AuditOrigin now = AuditOrigin::now(kAuditFromImport, "x.csv");
  CHECK(now.when.size() == 20);
  CHECK(now.user == platform::user_name());
  CHECK(now.source == "import");
}

TEST_CASE("score edits in the app are recorded with who, old and new", "[audit]") {
  ProjectDocument doc(make_sample_project(), "");
  REQUIRE(doc.project().audit.empty());
  const ScoreRef a{kRound, "1", "A", ScorerSlot::A};
  const ScoreRef consensus{kRound, "1", "A", ScorerSlot::Consensus};

  doc.set_score(a, 450);
  REQUIRE(doc.project().audit.size() == 1);
  const AuditEntry& first = doc.project().audit[0];
  CHECK(first.who == "Anna");  // the interview's scorer A
  CHECK(first.source == "app");
  CHECK(first.detail.empty());
  CHECK(first.round_id == kRound);
  CHECK(first.interview_id == "1");
  CHECK(first.dimension == "A");
  CHECK(first.field == "a");
  CHECK(first.old_value == "3.25");
  CHECK(first.new_value == "4.50");
  CHECK(first.when.size() == 20);

  doc.set_score(a, 450);  // the same value: nothing changed, nothing recorded
  CHECK(doc.project().audit.size() == 1);

  doc.set_score(consensus, std::nullopt);
  doc.set_consensus_reason(consensus, "Ny bedömning efter samtal.");
  REQUIRE(doc.project().audit.size() == 3);
  CHECK(doc.project().audit[1].field == "consensus");
  CHECK(doc.project().audit[1].who == platform::user_name());  // the consensus has no scorer
  CHECK(doc.project().audit[1].old_value == "3.50");
  CHECK(doc.project().audit[1].new_value.empty());
  CHECK(doc.project().audit[2].field == "reason");
  CHECK(doc.project().audit[2].old_value == "Enades efter samtal.");
  CHECK(doc.project().audit[2].new_value == "Ny bedömning efter samtal.");

  SECTION("another origin, as for a scorer package taken in through the app") {
    AuditOrigin origin;
    origin.source = kAuditFromPackage;
    origin.detail = "B.readiness-package";
    origin.user = "lena";
    origin.when = "2026-11-30T12:00:00Z";
    doc.set_audit_origin(origin);
    doc.set_score({kRound, "2", "C", ScorerSlot::B}, 600);
    doc.set_audit_origin(std::nullopt);
    const AuditEntry& e = doc.project().audit.back();
    CHECK(e.source == "scorer-package");
    CHECK(e.detail == "B.readiness-package");
    CHECK(e.who == "Björn");
    CHECK(e.when == "2026-11-30T12:00:00Z");
    doc.set_score({kRound, "2", "C", ScorerSlot::B}, 650);
    CHECK(doc.project().audit.back().source == "app");
  }
  // The consensus slot's note is the reason, and recorded as one; the
  // scorers' own notes are not part of the trail.
  const std::size_t before_notes = doc.project().audit.size();
  doc.set_score_note({kRound, "1", "A", ScorerSlot::A}, "Anteckning");
  CHECK(doc.project().audit.size() == before_notes);
  doc.set_score_note(consensus, "Motivering via anteckningen");
  REQUIRE(doc.project().audit.size() == before_notes + 1);
  CHECK(doc.project().audit.back().field == "reason");
  CHECK(doc.project().audit.back().new_value == "Motivering via anteckningen");
  CHECK(audit_of(doc.project().audit, kRound, "1", "A").size() == 4);
  CHECK(audit_of(doc.project().audit, kRound, "1").size() == 4);
  CHECK(audit_of(doc.project().audit, kRound, "2", "A").empty());
}

TEST_CASE("a score import records the scores it changes, from its file", "[audit]") {
  Project p = make_sample_project();
  import_text(p, "community,round,interview,dimension,score,scorer\n"
                 "Arjeplog,2019,1,A,3.25,A\n"     // unchanged: not recorded
                 "Arjeplog,2019,1,B,6,consensus\n"  // changed
                 "Arjeplog,2019,9,A,5,B\n");      // new interview, new score
  REQUIRE(p.audit.size() == 2);
  CHECK(p.audit[0].source == "import");
  CHECK(p.audit[0].detail == "SCORES.csv");
  CHECK(p.audit[0].who == platform::user_name());
  CHECK(p.audit[0].field == "consensus");
  CHECK(p.audit[0].old_value == "3.50");
  CHECK(p.audit[0].new_value == "6.00");
  CHECK(p.audit[1].interview_id == "9");
  CHECK(p.audit[1].field == "b");
  CHECK(p.audit[1].old_value.empty());
  CHECK(p.audit[1].new_value == "5.00");
  CHECK(p.audit[0].when == p.audit[1].when);  // one file, one moment

  SECTION("a refused file records nothing") {
    Project q = make_sample_project();
    CHECK_THROWS(import_text(q, "community,round,interview,dimension,score\nArjeplog,2019,1,A,12\n"));
    CHECK(q.audit.empty());
  }
}

TEST_CASE("a scorer package records its scores under the package's scorer", "[audit]") {
  Project project = make_sample_project();
  // Scorer B's package of the first round, with a score the project lacks.
  Round& round = *project.find_round(kRound);
  round.interviews[2].scores["B"].scorer_b.reset();
  round.interviews[2].scorer_b_name.clear();
  Project scored = project;
  scored.find_round(kRound)->interviews[2].scores["B"].scorer_b = 500;
  scored.find_round(kRound)->interviews[2].scorer_b_name = "Berit";
  const ScorerPackage package = make_scorer_package(scored, kRound, ScorerSlot::B);
  const PackageImportPlan plan = plan_package_import(project, package);
  REQUIRE(plan.changes.size() == 1);
  AuditOrigin origin;
  origin.source = kAuditFromPackage;
  origin.detail = "berit.rdpkg";
  origin.user = "coordinator";
  origin.when = "2026-11-30T12:00:00Z";
  apply_package_import(project, plan, origin);
  REQUIRE(project.audit.size() == 1);
  CHECK(project.audit[0].who == "Berit");
  CHECK(project.audit[0].source == "scorer-package");
  CHECK(project.audit[0].detail == "berit.rdpkg");
  CHECK(project.audit[0].field == "b");
  CHECK(project.audit[0].old_value.empty());
  CHECK(project.audit[0].new_value == "5.00");
}

TEST_CASE("the audit trail is kept in the project file", "[audit][file]") {
  const fs::path dir = test_platform::make_temp_dir("readiness-audit-");
  const std::string path = (dir / "p.readiness").string();
  ProjectDocument doc(make_sample_project(), "");
  doc.set_score({kRound, "3", "D", ScorerSlot::Consensus}, 725);
  doc.set_consensus_reason({kRound, "3", "D", ScorerSlot::Consensus}, "\"Citat\" och radbrytning\nhär.");
  doc.save_as(path);
  const Project loaded = load_project(path);
  REQUIRE(loaded.audit.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    const AuditEntry& a = loaded.audit[i];
    const AuditEntry& b = doc.project().audit[i];
    CHECK(a.when == b.when);
    CHECK(a.who == b.who);
    CHECK(a.source == b.source);
    CHECK(a.field == b.field);
    CHECK(a.old_value == b.old_value);
    CHECK(a.new_value == b.new_value);
  }
  CHECK(loaded.audit[1].new_value == "\"Citat\" och radbrytning\nhär.");
  // Older formats load with an empty trail.
  CHECK(load_project(std::string(READINESS_TEST_DATA) + "/golden-v2.readiness").audit.empty());
  std::error_code ec;
  fs::remove_all(dir, ec);
}
