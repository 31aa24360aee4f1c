// CSV reading and score import (design.md, "SCORES.csv").
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "csv_reader.h"
#include "instrument_library.h"
#include "project.h"
#include "register.h"
#include "score_import.h"
#include "survey/import_fixtures.h"
#include "sectors.h"

using namespace readiness;
using namespace readiness::testing;

namespace {

std::optional<Hundredths> score_of(const Project& p, const std::string& round_id, const std::string& interview,
                                   const std::string& dimension, ScorerSlot slot = ScorerSlot::Consensus) {
  const Round* r = p.find_round(round_id);
  if (!r) return std::nullopt;
  const Interview* i = r->find_interview(interview);
  if (!i) return std::nullopt;
  const DimensionScore* d = i->score_for(dimension);
  return d ? d->get(slot) : std::nullopt;
}

int score_count(const Project& p) {
  int n = 0;
  for (const auto& r : p.rounds)
    for (const auto& i : r.interviews)
      for (const auto& [code, d] : i.scores)
        n += d.scorer_a.has_value() + d.scorer_b.has_value() + d.consensus.has_value();
  return n;
}

const std::string kHeader = "community,round,interview,dimension,score\n";

}  // namespace

TEST_CASE("csv reader handles quotes, separators and line numbers", "[csv]") {
  SECTION("quoted fields keep separators, doubled quotes and line breaks") {
    const CsvTable t = read_csv("a,b,c\n\"x,y\",\"say \"\"hej\"\"\",\"two\nlines\"\nlast,row,here");
    REQUIRE(t.separator == ',');
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[1].fields == std::vector<std::string>{"x,y", "say \"hej\"", "two\nlines"});
    CHECK(t.records[1].line == 2);
    CHECK(t.records[2].line == 4);  // the quoted line break moved it down
    CHECK(t.records[2].fields[2] == "here");
  }
  SECTION("a BOM is stripped and CRLF is one line break") {
    const CsvTable t = read_csv("\xEF\xBB\xBF" "community;score\r\nPiteå;4,5\r\n\"a\r\nb\";5\r\n");
    CHECK(t.separator == ';');
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields[0] == "community");
    CHECK(t.records[1].fields == std::vector<std::string>{"Piteå", "4,5"});
    CHECK(t.records[2].fields[0] == "a\nb");
    CHECK(t.records[2].line == 3);
  }
  SECTION("the separator comes from the header, outside quotes; ';' wins when both occur") {
    CHECK(detect_separator("a,b,c\n1;2;3") == ',');
    CHECK(detect_separator("a;b;c\n1,2,3") == ';');
    CHECK(detect_separator("\"a;b\",c\n") == ',');
    CHECK(detect_separator("a;b,c\n") == ';');
  }
  SECTION("blank rows are recognised, including Excel's bare separators") {
    const CsvTable t = read_csv("a;b\n\n;;\n1;2\n");
    REQUIRE(t.records.size() == 4);
    CHECK(t.records[1].blank());
    CHECK(t.records[2].blank());
    CHECK_FALSE(t.records[3].blank());
    CHECK(t.records[3].line == 4);
  }
  SECTION("an unterminated quote is reported on the line it opens") {
    try {
      read_csv("a,b\n1,2\n3,\"open\nstill open\n");
      FAIL("no error");
    } catch (const CsvError& e) {
      CHECK(e.line() == 3);
    }
  }
  SECTION("text after a closing quote is an error; spaces are not") {
    CHECK_THROWS_AS(read_csv("a,b\n\"x\"y,2\n"), CsvError);
    CHECK(read_csv("a,b\n\"x\" ,2\n").records[1].fields[0] == "x");
  }
  SECTION("blank lines before the header do not hide its separator") {
    CHECK(detect_separator("\r\n\na;b\n") == ';');
  }
  SECTION("Swedish Excel's plain \"CSV\" (Windows-1252) is read as such and says so") {
    // 0xE5 is "å", 0xC4 "Ä", 0x96 an en dash in Windows-1252.
    const CsvTable t = read_csv("community;score;note\nPite\xE5;4;\xC4lvsbyn \x96 test\n");
    CHECK(t.encoding == "Windows-1252");
    CHECK(t.separator == ';');
    CHECK(t.records[1].fields[0] == "Pite\xC3\xA5");                      // "Piteå" in UTF-8
    CHECK(t.records[1].fields[2] == "\xC3\x84lvsbyn \xE2\x80\x93 test");  // "Älvsbyn – test"
    CHECK(read_csv("a,b\n1,2\n").encoding == "UTF-8");
  }
  SECTION("UTF-8 mixed with other bytes, or a BOM before them, is refused with its line") {
    for (const char* text : {"community,score\n\xC3\xA4lvsbyn,4\nPite\xE5,4\n",  // a real "ä", then a cp1252 "å"
                             "\xEF\xBB\xBF" "community,score\nx,1\nPite\xE5,4\n"}) {
      try {
        read_csv(text);
        FAIL("no error");
      } catch (const CsvError& e) {
        CHECK(e.line() == 3);
        CHECK_THAT(e.what(), Catch::Contains("not UTF-8"));
      }
    }
  }
}

TEST_CASE("sectors are matched by id or display name", "[csv]") {
  CHECK(sector_ids().size() == 10);
  CHECK(sector_id_from_text("police") == "police");
  CHECK(sector_id_from_text("Polis") == "police");
  CHECK(sector_id_from_text("SOCIALTJÄNST") == "social_services");
  CHECK(sector_id_from_text("Övrigt") == "other");
  CHECK(sector_id_from_text("brandkår").empty());
}

TEST_CASE("a comma file creates the municipality, round and interviews", "[csv]") {
  Project p;
  const ImportSummary s = import_file(p, "arjeplog_comma.csv");
  CHECK(s.rows == 6);
  CHECK(s.communities_added == 1);
  CHECK(s.rounds_added == 1);
  CHECK(s.interviews_added == 2);
  CHECK(s.scores_new == 6);
  CHECK(s.scores_changed == 0);

  REQUIRE(p.communities.size() == 1);
  const Community& c = p.communities[0];
  CHECK(c.id == "se-2506");
  CHECK(c.name == "Arjeplog");
  CHECK(c.code == "2506");
  CHECK(c.county_code == "25");
  CHECK(c.kind == CommunityKind::Municipality);

  REQUIRE(p.rounds.size() == 1);
  const Round& r = p.rounds[0];
  CHECK(r.id == "se-2506-2019");
  CHECK(r.community_id == "se-2506");
  CHECK(r.label == "2019");
  CHECK(r.issue == "langning av alkohol till unga");
  CHECK(r.instrument.id == kDefaultInstrumentId);  // no instrument column
  CHECK(r.mode == Mode::Interview);
  CHECK(r.status == RoundStatus::Ongoing);

  const Interview* i1 = r.find_interview("1");
  REQUIRE(i1);
  CHECK(i1->status == InterviewStatus::Held);
  CHECK(i1->date == "2019-03-14");
  REQUIRE(r.find_respondent(i1->respondent_id));
  CHECK(i1->respondent_id == "R1");
  CHECK(r.find_respondent("R1")->pseudonym == "R1");
  CHECK(r.find_respondent("R1")->sector == "police");
  CHECK(r.find_respondent("R2")->sector == "school");

  CHECK(score_of(p, r.id, "1", "A") == 400);
  CHECK(score_of(p, r.id, "1", "B") == 350);
  CHECK(score_of(p, r.id, "1", "A", ScorerSlot::A) == 425);
  CHECK(score_of(p, r.id, "1", "A", ScorerSlot::B) == 375);
  CHECK(score_of(p, r.id, "2", "B") == 450);  // "4,5" quoted in a comma file

  SECTION("importing the same file again changes nothing and counts every score unchanged") {
    const ImportSummary again = import_file(p, "arjeplog_comma.csv");
    CHECK(again.rows == 6);
    CHECK(again.communities_added == 0);
    CHECK(again.rounds_added == 0);
    CHECK(again.interviews_added == 0);
    CHECK(again.scores_new == 0);
    CHECK(again.scores_changed == 0);
    CHECK(again.scores_unchanged == 6);
    CHECK(p.communities.size() == 1);
    CHECK(p.rounds.size() == 1);
    CHECK(p.rounds[0].respondents.size() == 2);
  }
  SECTION("a later file replaces scores and counts new, changed and unchanged") {
    const ImportSummary later = import_text(p, kHeader +
                                                   "Arjeplog,2019,1,A,4\n"
                                                   "arjeplog,2019,1,B,4\n"
                                                   "Arjeplog,2019,1,C,6\n");
    CHECK(later.scores_unchanged == 1);
    CHECK(later.scores_changed == 1);
    CHECK(later.scores_new == 1);
    CHECK(score_of(p, "se-2506-2019", "1", "B") == 400);
    CHECK(p.rounds.size() == 1);
  }
}

TEST_CASE("a semicolon file with BOM, CRLF and decimal commas matches å/ä/ö names", "[csv]") {
  Project p;
  const ImportSummary s = import_file(p, "norrbotten_semicolon_bom_crlf.csv");
  CHECK(s.rows == 5);
  CHECK(s.communities_added == 2);
  CHECK(s.rounds_added == 2);
  REQUIRE(p.communities.size() == 2);
  CHECK(p.communities[0].id == "se-2581");
  CHECK(p.communities[0].name == "Piteå");  // the register's spelling, not "piteå"
  CHECK(p.communities[1].id == "se-2560");
  CHECK(p.communities[1].name == "Älvsbyn");
  CHECK(score_of(p, "se-2581-2022", "1", "A") == 450);
  CHECK(score_of(p, "se-2581-2022", "1", "B") == 525);
  CHECK(score_of(p, "se-2560-2022", "1", "A", ScorerSlot::A) == 600);
  CHECK(score_of(p, "se-2560-2022", "1", "A", ScorerSlot::B) == 650);
  CHECK(score_of(p, "se-2560-2022", "1", "A") == 600);  // empty scorer is consensus
}

TEST_CASE("communities are matched to the project, the register or made custom", "[csv]") {
  Project p;
  import_text(p, "community,round,interview,dimension,score,county_code,issue\n"
                 "Pite älvdal,2023,1,A,3,25,\"spel om pengar, bland unga\"\n"
                 "  pite ÄLVDAL  ,2023,2,A,4,,\n"
                 "Upplands Väsby,2023,1,A,5,1,\n");
  REQUIRE(p.communities.size() == 2);
  CHECK(p.communities[0].id == "c-pite-alvdal");
  CHECK(p.communities[0].kind == CommunityKind::Group);
  CHECK(p.communities[0].code.empty());
  CHECK(p.communities[0].county_code == "25");
  CHECK(p.find_round("c-pite-alvdal-2023")->issue == "spel om pengar, bland unga");
  CHECK(p.find_round("c-pite-alvdal-2023")->interviews.size() == 2);
  CHECK(p.communities[1].code == "0114");  // county "1" read as Excel's "01"

  SECTION("a community code finds the project's community even under another name") {
    p.communities.push_back(Community{"kommun-x", "Arjeplogs kommun", "2506", "25", CommunityKind::Municipality, "", {}, {}});
    const auto s = import_text(p, "community,community_code,round,interview,dimension,score\n"
                                  "Arjeplogs kommun,2506,2020,1,A,5\n"
                                  "Arjeplog,2506,2020,1,B,5\n");
    CHECK(s.communities_added == 0);
    CHECK(p.find_round("kommun-x-2020"));
  }
}

TEST_CASE("the instrument column chooses the round's instrument", "[csv]") {
  Project p;
  const auto s = import_text(p, "community,round,interview,dimension,score,instrument\n"
                                "Luleå,2024,1,AB,5,cr5-sv\n"
                                "Luleå,2024,1,c,5,\n");  // empty cell: the round's own instrument
  CHECK(s.rows == 2);
  CHECK(p.rounds[0].instrument.id == "cr5-sv");
  CHECK(score_of(p, p.rounds[0].id, "1", "C") == 500);  // dimension codes are case-insensitive

  const auto errors = refusal(p, "community,round,interview,dimension,score,instrument\n"
                                 "Luleå,2024,1,A,5,cr6-sv\n"
                                 "Luleå,2024,1,A,5,\n");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].line == 2);
  CHECK(errors[0].column == "instrument");
  CHECK_THAT(errors[0].reason, Catch::Contains("round 2024 of Luleå uses instrument cr5-sv"));
  CHECK(errors[1].line == 3);
  CHECK(errors[1].column == "dimension");
  CHECK_THAT(errors[1].reason, Catch::Contains("AB, C, D, E, F"));
  CHECK(errors[2].line == 3);  // both rows aim at the same slot
  CHECK_THAT(errors[2].reason, Catch::Contains("as line 2"));
}

TEST_CASE("a file with bad rows is refused whole, every bad row listed", "[csv]") {
  Project p;
  import_file(p, "arjeplog_comma.csv");
  const Project before = p;

  std::vector<ImportRowError> errors;
  try {
    import_file(p, "bad_rows.csv");
    FAIL("not refused");
  } catch (const ScoreImportError& e) {
    errors = e.rows();
    const std::string what = e.what();
    CHECK_THAT(what, Catch::Contains("bad_rows.csv:3: column \"score\": 12 is outside 1–9"));
    CHECK_THAT(what, Catch::Contains("nothing imported"));
  }

  struct Expected { int line; const char* column; const char* reason; };
  const Expected expected[] = {
      {2, "score", "0 is outside 1–9"},
      {3, "score", "12 is outside 1–9"},
      {4, "score", "\"x\" is not a number"},
      {5, "score", "missing"},
      {7, "dimension", "\"G\" is not a dimension of instrument cr6-sv (A, B, C, D, E, F)"},
      {8, "scorer", "\"C\" is not a scorer; use A, B or consensus"},
      {9, "instrument", "\"cr7-sv\" is not in the instrument library"},
      {10, "", "as line 6"},
      {11, "date", "\"2022-02-30\" is not a date"},
      {12, "community_code", "2506 is Arjeplog, but community says Piteå"},
      {13, "score", "9.5 is outside 1–9"},
      {14, "score", "finer than hundredths are not supported"},
      {15, "county_code", "Arjeplog is in county 25 (Norrbottens län), not 01"},
      {16, "community_code", "9999 is not a municipality code"},
  };
  REQUIRE(errors.size() == std::size(expected));
  for (std::size_t k = 0; k < errors.size(); ++k) {
    INFO("error " << k << ": line " << errors[k].line << " " << errors[k].column << ": " << errors[k].reason);
    CHECK(errors[k].line == expected[k].line);
    CHECK(errors[k].column == expected[k].column);
    CHECK_THAT(errors[k].reason, Catch::Contains(expected[k].reason));
  }

  // Line 6 alone was good, but nothing of the file reached the project.
  CHECK(p.communities.size() == before.communities.size());
  CHECK(p.rounds.size() == before.rounds.size());
  CHECK(p.rounds[0].interviews.size() == before.rounds[0].interviews.size());
  CHECK(score_count(p) == score_count(before));
  CHECK_FALSE(score_of(p, "se-2506-2019", "1", "E").has_value());
}

TEST_CASE("the header is checked before any row", "[csv]") {
  Project p;
  SECTION("unknown columns are named") {
    const auto errors = refusal(p, "community,round,interview,dimension,score,Poäng,comment\nArjeplog,2019,1,A,5,,\n");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 1);
    CHECK(errors[0].column == "Poäng");
    CHECK_THAT(errors[0].reason, Catch::Contains("unknown column"));
    CHECK(errors[1].column == "comment");
  }
  SECTION("missing required columns are named") {
    const auto errors = refusal(p, "community,round,dimension\nArjeplog,2019,A\n");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 1);
    CHECK(errors[0].column == "interview");
    CHECK(errors[0].reason == "required column is missing");
    CHECK(errors[1].column == "score");
  }
  SECTION("names are case-insensitive, trimmed and in any order") {
    const auto s = import_text(p, " Score ;DIMENSION; Interview;Round;Community\n5;A;1;2019;Arjeplog\n");
    CHECK(s.rows == 1);
  }
  SECTION("an empty file is refused") {
    CHECK_THROWS_AS(import_text(p, ""), ScoreImportError);
  }
}

TEST_CASE("interview, round and row consistency within a file", "[csv]") {
  Project p;
  SECTION("a round with another issue is refused") {
    import_text(p, "community,round,interview,dimension,score,issue\nArjeplog,2019,1,A,5,langning\n");
    const auto errors = refusal(p, "community,round,interview,dimension,score,issue\nArjeplog,2019,1,B,5,spel\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].column == "issue");
    CHECK_THAT(errors[0].reason, Catch::Contains("round 2019 of Arjeplog has issue \"langning\""));
  }
  SECTION("one interview with two dates or sectors is refused on the later line") {
    const auto errors = refusal(p, "community,round,interview,dimension,score,date,sector\n"
                                   "Arjeplog,2019,1,A,5,2019-03-14,police\n"
                                   "Arjeplog,2019,1,B,5,2019-03-15,school\n");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 3);
    CHECK(errors[0].column == "date");
    CHECK(errors[1].column == "sector");
  }
  SECTION("an unknown sector lists the ids") {
    const auto errors = refusal(p, "community,round,interview,dimension,score,sector\nArjeplog,2019,1,A,5,brandkår\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].reason, Catch::Contains("police, school, social_services"));
  }
  SECTION("a value under a column without a name is refused; empty trailing columns are not") {
    CHECK(import_text(p, "community;round;interview;dimension;score;;\nArjeplog;2019;1;A;5;;\n").rows == 1);
    const auto errors = refusal(p, kHeader + "Arjeplog,2019,1,B,5,extra\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 2);
  }
  SECTION("a CSV syntax error is reported with its line") {
    const std::string message = refusal_message(p, kHeader + "Arjeplog,2019,1,A,5\n\"Arjeplog,2019,1,B,5\n");
    CHECK_THAT(message, Catch::Contains("SCORES.csv:3: "));
    CHECK(p.rounds.empty());
  }
}
