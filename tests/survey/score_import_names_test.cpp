// Score import of files as Excel and the municipalities write them (issue
// 15): the "sep=" line, official names, no-break spaces, decomposed
// letters, cp1252 mojibake, "did you mean". The fault files of the issue
// are kept in tests/data/csv (excel_sep_line, official_names,
// issue_with_nbsp).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "csv_reader.h"
#include "demo_project.h"
#include "instrument_library.h"
#include "project.h"
#include "register.h"
#include "score_import.h"
#include "survey/import_fixtures.h"

using namespace readiness;
using namespace readiness::testing;

namespace {

Project demo() { return make_demo_project(*test_library().find("cr6-sv")); }

std::optional<Hundredths> score_of(const Project& p, const std::string& round_id, const std::string& interview,
                                   const std::string& dimension) {
  const Round* r = p.find_round(round_id);
  if (!r) return std::nullopt;
  const Interview* i = r->find_interview(interview);
  if (!i) return std::nullopt;
  const DimensionScore* d = i->score_for(dimension);
  return d ? d->get(ScorerSlot::Consensus) : std::nullopt;
}

std::vector<std::string> community_names(const Project& p) {
  std::vector<std::string> out;
  for (const auto& c : p.communities) out.push_back(c.name);
  return out;
}

const std::vector<std::string> kDemoCommunities{"Arjeplog", "Arvidsjaur", "Pite\xC3\xA5", "\xC3\x84lvsbyn"};

}  // namespace

TEST_CASE("an Excel sep= first line is honoured and skipped", "[csv][excel]") {
  SECTION("the fault file: sep=; with CRLF, decimal commas") {
    Project p;
    const ImportSummary s = import_file(p, "excel_sep_line.csv");
    CHECK(s.rows == 2);
    REQUIRE(p.communities.size() == 1);
    CHECK(p.communities[0].code == "2581");
    CHECK(score_of(p, "se-2581-2023", "1", "A") == 450);
    CHECK(score_of(p, "se-2581-2023", "1", "B") == 500);
  }
  SECTION("sep=, after a BOM: the comma wins although the header has a semicolon") {
    Project p;
    import_text(p, "\xEF\xBB\xBF" "sep=,\ncommunity,round,interview,dimension,score,issue\n"
                   "Arjeplog,2023,1,A,4.5,spel; dobbel\n");
    REQUIRE(p.rounds.size() == 1);
    CHECK(p.rounds[0].issue == "spel; dobbel");
    CHECK(score_of(p, "se-2506-2023", "1", "A") == 450);
  }
  SECTION("line numbers still count the sep line") {
    Project p;
    const auto rows = refusal(p, "sep=;\r\ncommunity;round;interview;dimension;score\r\n"
                                 "Arjeplog;2023;1;A;4,5\r\nArjeplog;2023;1;B;12\r\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].line == 4);
    CHECK(rows[0].column == "score");
  }
  SECTION("the reader reports the declared separator") {
    CHECK(detect_separator("sep=;\nA,B\n") == ';');
    CHECK(read_csv("SEP=,\r\na;b,c\r\n").records.at(0).fields == std::vector<std::string>{"a;b", "c"});
    CHECK(read_csv("sep=;;;;\na;b\n").records.at(0).line == 2);
    // Only a whole first line of that form is a sep line.
    CHECK(read_csv("sep=;x\n").records.at(0).fields == std::vector<std::string>{"sep=", "x"});
  }
}

TEST_CASE("official municipality names match the register and the summary says so", "[csv][names]") {
  SECTION("the fault file, into the demo: Piteå kommun, Älvsbyns kommun") {
    Project p = demo();
    const ImportSummary s = import_file(p, "official_names.csv");
    CHECK(s.communities_added == 0);
    CHECK(community_names(p) == kDemoCommunities);
    CHECK(s.rounds_added == 2);
    CHECK(score_of(p, "se-2581-2024", "2", "F") == 500);
    CHECK(score_of(p, "se-2560-2024", "1", "A") == 500);
    REQUIRE(s.names_matched.size() == 2);
    CHECK(s.names_matched[0].written == "Pite\xC3\xA5 kommun");
    CHECK(s.names_matched[0].community.name == "Pite\xC3\xA5");
    CHECK(s.names_matched[0].community.code == "2581");
    CHECK(s.names_matched[1].written == "\xC3\x84lvsbyns kommun");
    CHECK(s.names_matched[1].community.code == "2560");
    CHECK(s.custom_communities.empty());
  }
  SECTION("into an empty project the register's municipalities are created") {
    Project p;
    const ImportSummary s = import_text(p, "community,round,interview,dimension,score\n"
                                           "Stockholms stad,2024,1,A,5\n"
                                           "Region Gotland,2024,1,A,5\n"
                                           "Upplands-V\xC3\xA4sby,2024,1,A,5\n"
                                           "\xC3\x84lvsbyns kommun,2024,1,A,5\n");
    REQUIRE(p.communities.size() == 4);
    CHECK(p.communities[0].code == "0180");
    CHECK(p.communities[0].name == "Stockholm");
    CHECK(p.communities[1].code == "0980");
    CHECK(p.communities[1].name == "Gotland");
    CHECK(p.communities[2].code == "0114");
    CHECK(p.communities[2].name == "Upplands V\xC3\xA4sby");
    CHECK(p.communities[3].code == "2560");
    CHECK(s.names_matched.size() == 4);
    CHECK(s.custom_communities.empty());
  }
  SECTION("a decomposed Piteå (as macOS pastes it) is the demo's Piteå") {
    Project p = demo();
    const ImportSummary s =
        import_text(p, "community,round,interview,dimension,score\nPitea\xCC\x8A,2024,1,A,5\n");
    CHECK(s.communities_added == 0);
    CHECK(p.find_round("se-2581-2024"));
    CHECK(s.names_matched.empty());  // it reads exactly as Piteå
  }
  SECTION("a name that contradicts its code is still refused") {
    Project p = demo();
    const auto rows = refusal(p, "community,community_code,round,interview,dimension,score\n"
                                 "Pite\xC3\xA5 kommun,2581,2024,1,A,5\n"
                                 "Lule\xC3\xA5,2581,2024,1,B,5\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].line == 3);
    CHECK(rows[0].column == "community_code");
    CHECK(rows[0].reason == "2581 is Pite\xC3\xA5, but community says Lule\xC3\xA5");
    CHECK(community_names(p) == kDemoCommunities);
  }
  SECTION("Region X is no municipality where the region is a county council") {
    Project p;
    const ImportSummary s = import_text(p, "community,round,interview,dimension,score\n"
                                           "Region Stockholm,2024,1,A,5\n");
    REQUIRE(p.communities.size() == 1);
    CHECK(p.communities[0].code.empty());
    REQUIRE(s.custom_communities.size() == 1);
    CHECK(s.custom_communities[0].name == "Region Stockholm");
  }
}

TEST_CASE("a new custom community is listed, with a hint when it is close to a known name", "[csv][names]") {
  Project p = demo();
  p.communities.push_back(Community{"c-pite-alvdal", "Pite \xC3\xA4lvdal", "", "25", CommunityKind::Group, "", {}, {}});
  const ImportSummary s = import_text(p, "community,round,interview,dimension,score\n"
                                         "Pitea,2024,1,A,5\n"
                                         "Pitea,2024,2,A,5\n"
                                         "Pite alvdal,2024,1,A,5\n"
                                         "Norrbottens kustland,2024,1,A,5\n");
  CHECK(s.communities_added == 3);
  REQUIRE(s.custom_communities.size() == 3);
  CHECK(s.custom_communities[0].name == "Pitea");
  REQUIRE(s.custom_communities[0].close.size() == 1);
  CHECK(s.custom_communities[0].close[0].name == "Pite\xC3\xA5");
  CHECK(s.custom_communities[0].close[0].code == "2581");
  CHECK(s.custom_communities[1].name == "Pite alvdal");
  REQUIRE(s.custom_communities[1].close.size() == 1);
  CHECK(s.custom_communities[1].close[0].name == "Pite \xC3\xA4lvdal");
  CHECK(s.custom_communities[1].close[0].code == "");
  CHECK(s.custom_communities[2].name == "Norrbottens kustland");
  CHECK(s.custom_communities[2].close.empty());
}

TEST_CASE("no-break and doubled spaces do not make a new community or a new issue", "[csv][names]") {
  SECTION("the fault file: Piteå 2022 rows whose issue has U+00A0 / a doubled space") {
    Project p = demo();
    const std::size_t rounds = p.rounds.size();
    const ImportSummary s = import_file(p, "issue_with_nbsp.csv");
    CHECK(s.rows == 2);
    CHECK(s.rounds_added == 0);
    CHECK(p.rounds.size() == rounds);
    CHECK(s.interviews_added == 1);
    CHECK(score_of(p, "se-2581-2022", "9", "A") == 400);
    CHECK(p.find_round("se-2581-2022")->issue == "langning av alkohol till unga");
  }
  SECTION("a custom community name with U+00A0") {
    Project p;
    p.communities.push_back(Community{"c-pite-alvdal", "Pite \xC3\xA4lvdal", "", "25", CommunityKind::Group, "", {}, {}});
    const ImportSummary s = import_text(p, "community,round,interview,dimension,score\n"
                                           "Pite\xC2\xA0\xC3\xA4lvdal,2024,1,A,5\n"
                                           "PITE  \xC3\x84LVDAL ,2024,1,B,5\n");
    CHECK(s.communities_added == 0);
    REQUIRE(p.communities.size() == 1);
    REQUIRE(p.rounds.size() == 1);
    CHECK(p.rounds[0].community_id == "c-pite-alvdal");
  }
  SECTION("a new name is stored tidied, and its later spellings find it") {
    Project p;
    import_text(p, "community,round,interview,dimension,score,issue\n"
                   "Pite\xC2\xA0\xC3\xA4lvdal ,2024,1,A,5,spel\xC2\xA0om  pengar\n"
                   "pite \xC3\xA4lvdal,2024,2,A,5,SPEL OM PENGAR\n");
    REQUIRE(p.communities.size() == 1);
    CHECK(p.communities[0].name == "Pite \xC3\xA4lvdal");
    REQUIRE(p.rounds.size() == 1);
    CHECK(p.rounds[0].issue == "spel om pengar");
  }
  SECTION("a different issue is still refused") {
    Project p = demo();
    const auto rows = refusal(p, "community,round,interview,dimension,score,issue\n"
                                 "Pite\xC3\xA5,2022,9,A,4,spel om pengar\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].column == "issue");
  }
}

TEST_CASE("cp1252 mojibake is refused, naming the row and the text it was", "[csv][excel]") {
  // "Pite älvdal" exported without a BOM, opened by Excel as Windows-1252
  // and saved as CSV UTF-8: "Pite Ã¤lvdal".
  Project p;
  p.communities.push_back(Community{"c-pite-alvdal", "Pite \xC3\xA4lvdal", "", "25", CommunityKind::Group, "", {}, {}});
  const auto rows = refusal(p, "community,round,interview,dimension,score,issue\n"
                               "Pite \xC3\x83\xC2\xA4lvdal,2024,1,A,5,spel\n"
                               "Pite \xC3\xA4lvdal,2024,1,B,5,l\xC3\x83\xC2\xA4kemedel\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].line == 2);
  CHECK(rows[0].column == "community");
  CHECK(rows[0].reason.find("probably \"Pite \xC3\xA4lvdal\"") != std::string::npos);
  CHECK(rows[1].line == 3);
  CHECK(rows[1].column == "issue");
  CHECK(rows[1].reason.find("probably \"l\xC3\xA4kemedel\"") != std::string::npos);
  CHECK(p.communities.size() == 1);
  CHECK(p.rounds.empty());
}
