#include <catch2/catch.hpp>

#include "comparison.h"
#include "test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

namespace {

const std::string kAlcohol = "Langning av alkohol till unga";
const std::string kGambling = "spel om pengar bland unga";

// Six-dimension round: A = B = 2.00; C 5,5,5.5 = 1550/3; D 4.5,5,5 = 1450/3;
// E = F = 5.00. Full overall (200+200+1550/3+1450/3+500+500)/6 = 2400/6 = 400
// (stage 4); over C–F only (1550/3+1450/3+1000)/4 = 2000/4 = 500 (stage 5).
Round six_dim_round(const std::string& id, const std::string& community, const std::string& label,
                    const std::string& issue) {
  return make_round(six_dimensions(),
                    {{200, 200, 200}, {200, 200, 200}, {500, 500, 550}, {450, 500, 500},
                     {500, 500, 500}, {500, 500, 500}},
                    id, community, label, issue);
}

// A five-dimension instrument whose merged first dimension has its own code.
Round five_dim_round(const std::string& id, const std::string& community, const std::string& label,
                     const std::string& issue) {
  return make_round(make_instrument({"AB", "C", "D", "E", "F"}, "cr5-test"),
                    {{300}, {400}, {500}, {600}, {700}}, id, community, label, issue);
}

Project county() {
  // Swedish order of the names: Arjeplog, Boden, Åre, Älvsbyn.
  Project p = make_project({six_dim_round("arj-2022", "arj", "2022", kAlcohol),
                            six_dim_round("alv-2022", "alv", "2022", "langning av alkohol till unga"),
                            five_dim_round("bod-2022", "bod", "2022", "  LANGNING av   alkohol till unga "),
                            six_dim_round("arj-2019", "arj", "2019", kAlcohol),
                            six_dim_round("are-2022", "are", "2022", kAlcohol),
                            six_dim_round("bod-spel", "bod", "2023", kGambling)},
                           {{"arj", "Arjeplog"}, {"alv", "Älvsbyn"}, {"bod", "Boden"}, {"are", "Åre"}});
  // A self-rated round of the same issue: never in the same table.
  Round self = six_dim_round("arj-self", "arj", "2021", kAlcohol);
  self.mode = Mode::SelfRating;
  p.rounds.push_back(self);
  return p;
}

}  // namespace

TEST_CASE("issues normalize by case and whitespace", "[scoring]") {
  CHECK(normalize_issue("  Langning av\talkohol   till UNGA ") == "langning av alkohol till unga");
  CHECK(normalize_issue("SPEL OM PENGAR – ÅÄÖ") == "spel om pengar – åäö");
  CHECK(normalize_issue("") == "");
}

TEST_CASE("rounds are grouped by issue and mode", "[scoring]") {
  const auto tables = compare_rounds(county());
  // Alcohol/interview, alcohol/self-rating, gambling/interview.
  REQUIRE(tables.size() == 3);
  CHECK(normalize_issue(tables[0].issue) == "langning av alkohol till unga");
  CHECK(tables[0].issue == kAlcohol);  // as written in the first round
  CHECK(tables[0].mode == Mode::Interview);
  CHECK(tables[0].rows.size() == 5);
  CHECK(tables[1].mode == Mode::SelfRating);
  REQUIRE(tables[1].rows.size() == 1);
  CHECK(tables[1].rows[0].result.round_id == "arj-self");
  CHECK(tables[2].issue == kGambling);
  REQUIRE(tables[2].rows.size() == 1);
  for (const auto& row : tables[0].rows) CHECK(row.result.mode == Mode::Interview);
}

TEST_CASE("rows sort by community name, then label", "[scoring]") {
  const auto tables = compare_rounds(county());
  std::vector<std::string> ids;
  for (const auto& row : tables[0].rows) ids.push_back(row.result.round_id);
  // Å and Ä come after Z in Swedish, Å before Ä.
  CHECK(ids == std::vector<std::string>{"arj-2019", "arj-2022", "bod-2022", "are-2022", "alv-2022"});
}

TEST_CASE("across instruments only common dimensions are compared", "[scoring]") {
  const ComparisonTable t = compare_rounds(county())[0];
  CHECK(t.dimensions == std::vector<std::string>{"C", "D", "E", "F"});
  CHECK(t.dropped_dimensions == std::vector<std::string>{"A", "B", "AB"});
  CHECK(t.instruments == std::vector<std::string>{"cr6-test", "cr5-test"});

  const ComparisonRow& arj = t.rows[0];
  REQUIRE(arj.means.size() == 4);
  CHECK(arj.means[0] == ExactMean{1550, 3});
  CHECK(arj.means[1] == ExactMean{1450, 3});
  CHECK(arj.n == std::vector<int>{3, 3, 3, 3});
  // Full overall stays 400 (stage 4); over the common dimensions it is exactly 500.
  CHECK(arj.result.overall == ExactMean{400, 1});
  CHECK(arj.result.overall_stage == 4);
  CHECK(arj.common_overall == ExactMean{500, 1});
  CHECK(arj.common_overall_stage == 5);

  // Boden (five dimensions): C–F = 4, 5, 6, 7 -> 2200/4 = 550 -> stage 5.
  const ComparisonRow& bod = t.rows[2];
  CHECK(bod.result.instrument_id == "cr5-test");
  CHECK(bod.common_overall == ExactMean{550, 1});
  CHECK(bod.result.overall == ExactMean{500, 1});  // (3+4+5+6+7)/5 over its own five
}

TEST_CASE("one instrument: nothing dropped, common overall equals overall", "[scoring]") {
  const auto tables = compare_rounds(county(), std::string("spel om pengar bland unga"));
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].dropped_dimensions.empty());
  CHECK(tables[0].dimensions.size() == 6);
  CHECK(tables[0].rows[0].common_overall == tables[0].rows[0].result.overall);
}

TEST_CASE("a common dimension without a score withholds the common overall", "[scoring]") {
  Project p = county();
  for (auto& iv : p.find_round("arj-2022")->interviews) iv.scores.erase("E");
  const ComparisonTable t = compare_rounds(p)[0];
  const ComparisonRow& arj = t.rows[1];
  REQUIRE(arj.result.round_id == "arj-2022");
  CHECK_FALSE(arj.means[2]);
  CHECK(arj.n[2] == 0);
  CHECK_FALSE(arj.common_overall);
  CHECK_FALSE(arj.common_overall_stage);
}

TEST_CASE("the issue filter matches normalized issues only", "[scoring]") {
  const auto tables = compare_rounds(county(), std::string("  SPEL om pengar  bland UNGA"));
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows[0].result.round_id == "bod-spel");

  const auto alcohol = compare_rounds(county(), std::string("langning av alkohol till unga"));
  REQUIRE(alcohol.size() == 2);  // interview and self-rating tables
  CHECK(alcohol[0].mode == Mode::Interview);
  CHECK(alcohol[1].mode == Mode::SelfRating);

  CHECK(compare_rounds(county(), std::string("tobak")).empty());
}
