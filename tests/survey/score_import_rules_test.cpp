// Import rules the mutation run (scripts/mutate) found unpinned, tested
// through the public API only (import_scores_text). Each test names its rule.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "instrument_library.h"
#include "project.h"
#include "register.h"
#include "score_import.h"
#include "survey/import_fixtures.h"

using namespace readiness;

namespace {

ImportSummary import(Project& project, const std::string& text) {
  return import_scores_text(project, text, "SCORES.csv", readiness::testing::test_register(), readiness::testing::test_library());
}

// The refusal's rows; an empty list (and a failed check) when it was accepted.
std::vector<ImportRowError> refused(const std::string& text) {
  Project p;
  try {
    import(p, text);
  } catch (const ScoreImportError& e) {
    return e.rows();
  }
  FAIL_CHECK("accepted: " << text);
  return {};
}

bool accepted(const std::string& text) {
  Project p;
  try {
    import(p, text);
    return true;
  } catch (const ScoreImportError& e) {
    UNSCOPED_INFO(e.what());
    return false;
  }
}

const std::string kDated = "community,round,interview,dimension,score,date\n";

}  // namespace

TEST_CASE("rule: a date is a real calendar date, leap years by the Gregorian rule", "[csv][rules]") {
  CHECK(accepted(kDated + "Arjeplog,2024,1,A,4,2024-02-29\n"));  // divisible by 4
  CHECK(accepted(kDated + "Arjeplog,2000,1,A,4,2000-02-29\n"));  // divisible by 400
  CHECK(accepted(kDated + "Arjeplog,2022,1,A,4,2022-12-31\n"));
  CHECK(accepted(kDated + "Arjeplog,2022,1,A,4,2022-01-01\n"));
  for (const char* bad : {"2023-02-29", "1900-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "2022-01-00"}) {
    INFO(bad);
    const auto rows = refused(kDated + "Arjeplog,2022,1,A,4," + bad + "\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].column == "date");
    CHECK_THAT(rows[0].reason, Catch::Contains("is not a date"));
  }
}

TEST_CASE("rule: a county code must be a Swedish county and the community's own", "[csv][rules]") {
  const std::string header = "community,round,interview,dimension,score,county_code\n";
  const auto unknown = refused(header + "Arjeplog,2022,1,A,4,99\n");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].column == "county_code");
  CHECK(unknown[0].reason == "99 is not a Swedish county code");
  // A custom community is checked for the county's existence too.
  const auto custom = refused(header + "Pite älvdal,2022,1,A,4,99\n");
  REQUIRE(custom.size() == 1);
  CHECK(custom[0].reason == "99 is not a Swedish county code");
  // Arjeplog is in Norrbotten (25), not Stockholm (01); Excel's "1" is 01.
  const auto wrong = refused(header + "Arjeplog,2022,1,A,4,1\n");
  REQUIRE(wrong.size() == 1);
  CHECK_THAT(wrong[0].reason, Catch::Contains("Arjeplog is in county 25"));
  CHECK_THAT(wrong[0].reason, Catch::Contains("not 01"));
  CHECK(accepted(header + "Arjeplog,2022,1,A,4,25\n"));
}

TEST_CASE("rule: Excel's dropped leading zeros are put back on codes", "[csv][rules]") {
  // Ale is 1440 (no zero to add); Upplands Väsby is 0114, written 114.
  Project p;
  import(p, "community,round,interview,dimension,score,community_code,county_code\n"
            "Upplands Väsby,2022,1,A,4,114,1\n");
  REQUIRE(p.communities.size() == 1);
  CHECK(p.communities[0].code == "0114");
  CHECK(p.communities[0].county_code == "01");
}

TEST_CASE("rule: the no-break space Excel leaves around pasted cells is trimmed", "[csv][rules]") {
  const std::string nbsp = "\xC2\xA0";
  Project p;
  import(p, "community,round,interview,dimension,score\n" + nbsp + "Arjeplog" + nbsp + "," + nbsp + "2022,1," +
                "A" + nbsp + nbsp + "," + nbsp + "4.5" + nbsp + "\n");
  REQUIRE(p.communities.size() == 1);
  CHECK(p.communities[0].name == "Arjeplog");
  CHECK(p.communities[0].code == "2506");  // matched to the register, not made custom
  REQUIRE(p.rounds.size() == 1);
  CHECK(p.rounds[0].label == "2022");
  REQUIRE(p.rounds[0].interviews.size() == 1);
  const DimensionScore* s = p.rounds[0].interviews[0].score_for("A");
  REQUIRE(s);
  CHECK(s->consensus == 450);
  // Only the no-break space itself: "Ä" (C3 84) must not be eaten.
  Project q;
  import(q, "community,round,interview,dimension,score\nÄlvsbyn" + nbsp + ",2022,1,A,4\n");
  REQUIRE(q.communities.size() == 1);
  CHECK(q.communities[0].name == "Älvsbyn");
}

TEST_CASE("rule: an existing round's empty issue is filled by the import, a different one refused",
          "[csv][rules]") {
  Project p;
  import(p, "community,round,interview,dimension,score\nArjeplog,2022,1,A,4\n");
  REQUIRE(p.rounds.size() == 1);
  CHECK(p.rounds[0].issue.empty());
  const ImportSummary s = import(p, "community,round,interview,dimension,score,issue\n"
                                    "Arjeplog,2022,2,A,5,spel om pengar bland unga\n");
  CHECK(s.rounds_added == 0);
  REQUIRE(p.rounds.size() == 1);
  CHECK(p.rounds[0].issue == "spel om pengar bland unga");
  Project before = p;
  try {
    import(p, "community,round,interview,dimension,score,issue\nArjeplog,2022,3,A,5,langning\n");
    FAIL("a different issue was accepted");
  } catch (const ScoreImportError& e) {
    REQUIRE(e.rows().size() == 1);
    CHECK(e.rows()[0].column == "issue");
  }
  CHECK(p.rounds[0].issue == before.rounds[0].issue);
  CHECK(p.rounds[0].interviews.size() == 2);
}

TEST_CASE("rule: scores are 1.00–9.00 inclusive, in hundredths", "[csv][rules]") {
  const std::string header = "community,round,interview,dimension,score\n";
  Project p;
  import(p, header + "Arjeplog,2022,1,A,9\nArjeplog,2022,1,B,9.00\nArjeplog,2022,1,C,1\nArjeplog,2022,1,D,1.00\n"
                     "Arjeplog,2022,1,E,8.99\nArjeplog,2022,1,F,1.01\n");
  const Interview& iv = p.rounds.at(0).interviews.at(0);
  CHECK(iv.score_for("A")->consensus == 900);
  CHECK(iv.score_for("B")->consensus == 900);
  CHECK(iv.score_for("C")->consensus == 100);
  CHECK(iv.score_for("D")->consensus == 100);
  CHECK(iv.score_for("E")->consensus == 899);
  CHECK(iv.score_for("F")->consensus == 101);
  for (const char* bad : {"9.01", "0.99", "10", "0"}) {
    INFO(bad);
    const auto rows = refused(header + "Arjeplog,2022,1,A," + bad + "\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].column == "score");
    CHECK(rows[0].reason == std::string(bad) + " is outside 1–9");
  }
  const auto fine = refused(header + "Arjeplog,2022,1,A,4.555\n");
  REQUIRE(fine.size() == 1);
  CHECK_THAT(fine[0].reason, Catch::Contains("more than two decimals"));
}

TEST_CASE("rule: re-importing a value counts as unchanged, a new value as changed", "[csv][rules]") {
  const std::string header = "community,round,interview,dimension,score\n";
  Project p;
  import(p, header + "Arjeplog,2022,1,A,4\nArjeplog,2022,1,B,5\n");
  const ImportSummary s = import(p, header + "Arjeplog,2022,1,A,4\nArjeplog,2022,1,B,5.5\nArjeplog,2022,1,C,6\n");
  CHECK(s.rows == 3);
  CHECK(s.scores_unchanged == 1);
  CHECK(s.scores_changed == 1);
  CHECK(s.scores_new == 1);
}

TEST_CASE("rule: a value under a column without a header name is reported, empty ones are not", "[csv][rules]") {
  // Excel writes trailing ";;;" columns; empty they are harmless.
  CHECK(accepted("community,round,interview,dimension,score,\nArjeplog,2022,1,A,4,\n"));
  const auto inside = refused("community,round,interview,,dimension,score\nArjeplog,2022,1,x,A,4\n");
  REQUIRE(inside.size() == 1);
  CHECK(inside[0].line == 2);
  CHECK(inside[0].reason == "a value in a column without a header name");
  const auto trailing = refused("community,round,interview,dimension,score,\nArjeplog,2022,1,A,4,x\n");
  REQUIRE(trailing.size() == 1);
  CHECK(trailing[0].reason == "a value in a column without a header name");
  const auto beyond = refused("community,round,interview,dimension,score\nArjeplog,2022,1,A,4,x\n");
  REQUIRE(beyond.size() == 1);
  CHECK(beyond[0].reason == "a value in a column without a header name");
}
