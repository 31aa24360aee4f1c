// CSV injection (issue 12): a field a spreadsheet would run as a formula is
// written with a leading single quote (OWASP's rule), and the score import
// removes it again, so an export still imports back unchanged.
#include <catch2/catch.hpp>

#include <string>

#include "csv_export.h"
#include "csv_formula.h"
#include "csv_reader.h"
#include "survey/import_fixtures.h"

using namespace readiness;
using namespace readiness::testing;

TEST_CASE("fields starting like a formula get a single quote, and lose it again", "[csv][injection]") {
  for (const std::string field : {"=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"}) {
    CHECK(starts_like_formula(field));
    CHECK(neutralise_formula(field) == "'" + field);
    CHECK(restore_formula(neutralise_formula(field)) == field);
  }
  for (const std::string field : {"Arjeplog", "2019", "", "4.5", "'quoted", "a=b", " =1", "''"}) {
    CHECK(neutralise_formula(field) == field);
    CHECK(restore_formula(field) == field);
  }
  // A field that already starts with a quote before a formula keeps its
  // own quote after the round trip.
  CHECK(neutralise_formula("'=1") == "''=1");
  CHECK(restore_formula("''=1") == "'=1");
  // A quote typed by hand before a formula (as in Excel) is taken away.
  CHECK(restore_formula("'=1") == "=1");
}

TEST_CASE("export --csv neutralises formula fields and imports back unchanged", "[csv][injection]") {
  Project p;
  import_text(p, "community,round,interview,dimension,score,issue,sector\n"
                 "=HYPERLINK(\"http://evil\"),-2019,@1,A,4,+cmd|' /C calc'!A0,police\n"
                 "=HYPERLINK(\"http://evil\"),-2019,'=2,A,5,+cmd|' /C calc'!A0,police\n");
  REQUIRE(p.rounds.size() == 1);
  const Round& round = p.rounds[0];
  CHECK(round.label == "-2019");
  CHECK(round.issue == "+cmd|' /C calc'!A0");
  REQUIRE(round.find_interview("@1"));
  REQUIRE(round.find_interview("=2"));  // the hand-typed quote was Excel's, not part of the id

  for (const char separator : {',', ';'}) {
    const std::string csv = scores_csv(p, separator);
    const CsvTable table = read_csv(csv);
    REQUIRE(table.records.size() == 3);
    for (std::size_t r = 1; r < table.records.size(); ++r)
      for (const std::string& field : table.records[r].fields) {
        INFO(field);
        CHECK_FALSE(starts_like_formula(field));
      }
    const auto& row = table.records[1].fields;
    CHECK(row[0] == "'=HYPERLINK(\"http://evil\")");
    CHECK(row[3] == "'-2019");
    CHECK(row[4] == "'+cmd|' /C calc'!A0");
    CHECK(row[6] == "'@1");

    Project back;
    const ImportSummary s = import_text(back, csv);
    CHECK(s.scores_new == 2);
    REQUIRE(back.rounds.size() == 1);
    CHECK(back.communities[0].name == p.communities[0].name);
    CHECK(back.rounds[0].label == "-2019");
    CHECK(back.rounds[0].issue == round.issue);
    CHECK(back.rounds[0].find_interview("@1"));
    CHECK(back.rounds[0].find_interview("=2"));
    CHECK(scores_csv(back, separator) == csv);
  }
}
