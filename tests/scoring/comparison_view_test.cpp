// The compare and trend pages' selection, sorting and lowest-dimension
// rules (scoring/comparison_view.h), with hand-computed cases.
#include <catch2/catch.hpp>

#include "comparison_view.h"
#include "test_fixtures.h"

using namespace readiness;
using namespace readiness::test;

namespace {

const std::string kAlcohol = "langning av alkohol till unga";
const std::string kGambling = "spel om pengar bland unga";

// Three interviews per round; dimension means (hundredths) are the scores
// themselves since every interview scored the same.
Round flat_round(const std::vector<int>& means, const std::string& id, const std::string& community,
                 const std::string& label, const std::string& issue = kAlcohol) {
  std::vector<std::vector<int>> scores;
  for (int m : means) scores.push_back({m, m, m});
  return make_round(six_dimensions(), scores, id, community, label, issue);
}

// Arjeplog, Boden, Åre, Älvsbyn (Swedish order) in county 25, Kiruna in 99.
//            A    B    C    D    E    F
// arj 2022  400  300  500  500  500  500   lowest B
// bod 2022  300  400  500  500  500  300   lowest A, F (tie)
// are 2022  600  200  500  500  500  500   lowest B
// alv 2022  500  (B has no score)  …       lowest among present: A..F except B
// arj 2019  200  200  300  300  300  300
Project county() {
  Project p = make_project(
      {flat_round({400, 300, 500, 500, 500, 500}, "arj-2022", "arj", "2022"),
       flat_round({300, 400, 500, 500, 500, 300}, "bod-2022", "bod", "2022"),
       flat_round({600, 200, 500, 500, 500, 500}, "are-2022", "are", "2022"),
       flat_round({500, kNone, 450, 500, 500, 500}, "alv-2022", "alv", "2022"),
       flat_round({200, 200, 300, 300, 300, 300}, "arj-2019", "arj", "2019"),
       flat_round({500, 500, 500, 500, 500, 500}, "kir-2022", "kir", "2022"),
       flat_round({600, 600, 600, 600, 600, 600}, "bod-spel", "bod", "2023", kGambling)},
      {{"arj", "Arjeplog"}, {"alv", "Älvsbyn"}, {"bod", "Boden"}, {"are", "Åre"}, {"kir", "Kiruna"}});
  p.find_community("kir")->county_code = "99";
  Round self = flat_round({700, 700, 700, 700, 700, 700}, "arj-self", "arj", "2022");
  self.mode = Mode::SelfRating;
  p.rounds.push_back(self);
  return p;
}

std::vector<std::string> ids_in(const ComparisonTable& t, const std::vector<std::size_t>& order) {
  std::vector<std::string> ids;
  for (std::size_t i : order) ids.push_back(t.rows[i].result.round_id);
  return ids;
}

RoundSelection alcohol_2022() {
  RoundSelection s;
  s.issue = "  LANGNING av alkohol till unga";
  s.labels = {"2022"};
  s.community_ids = {"arj", "bod", "are", "alv"};
  return s;
}

}  // namespace

TEST_CASE("choices are one per issue and mode, never both modes in one", "[scoring]") {
  const auto choices = comparison_choices(county());
  REQUIRE(choices.size() == 3);
  CHECK(choices[0].issue == kAlcohol);
  CHECK(choices[0].mode == Mode::Interview);
  CHECK(choices[0].labels == std::vector<std::string>{"2019", "2022"});
  CHECK(choices[0].community_ids == std::vector<std::string>{"arj", "bod", "kir", "are", "alv"});
  CHECK(choices[1].mode == Mode::SelfRating);
  CHECK(choices[1].community_ids == std::vector<std::string>{"arj"});
  CHECK(choices[2].issue == kGambling);
}

TEST_CASE("a whole county is picked in one go", "[scoring]") {
  const Project p = county();
  const auto choices = comparison_choices(p);
  CHECK(counties_of(p, choices[0]) == std::vector<std::string>{"25", "99"});
  CHECK(communities_in_county(p, choices[0], "25") == std::vector<std::string>{"arj", "bod", "are", "alv"});
  CHECK(communities_in_county(p, choices[0], "99") == std::vector<std::string>{"kir"});
  CHECK(communities_in_county(p, choices[0], "01").empty());
}

TEST_CASE("a selection compares only its periods, communities and mode", "[scoring]") {
  const Project p = county();
  const auto table = compare_selection(p, alcohol_2022());
  REQUIRE(table);
  CHECK(table->mode == Mode::Interview);
  CHECK(ids_in(*table, sorted_rows(*table, {})) ==
        std::vector<std::string>{"arj-2022", "bod-2022", "are-2022", "alv-2022"});
  // The numbers are compare_rounds()' own: Arjeplog 2022 overall
  // (400+300+500*4)/6 = 2700/6 = 450, stage 4.
  CHECK(table->rows[0].common_overall == ExactMean{450, 1});
  CHECK(table->rows[0].common_overall_stage == 4);

  RoundSelection self = alcohol_2022();
  self.mode = Mode::SelfRating;
  const auto self_table = compare_selection(p, self);
  REQUIRE(self_table);
  REQUIRE(self_table->rows.size() == 1);
  CHECK(self_table->rows[0].result.round_id == "arj-self");

  RoundSelection none = alcohol_2022();
  none.labels = {"2031"};
  CHECK_FALSE(compare_selection(p, none));
}

TEST_CASE("the common dimensions are those of the selected rounds", "[scoring]") {
  Project p = county();
  Round five = make_round(make_instrument({"AB", "C", "D", "E", "F"}, "cr5-test"), {{300}, {400}, {500}, {600}, {700}},
                          "arj-2016", "arj", "2016");
  p.rounds.push_back(five);
  // 2022 alone: one instrument, nothing dropped.
  const auto recent = compare_selection(p, alcohol_2022());
  REQUIRE(recent);
  CHECK(recent->dimensions.size() == 6);
  CHECK(recent->dropped_dimensions.empty());
  // With the 2016 five-dimension round: C–F only, and the page says so.
  RoundSelection both = alcohol_2022();
  both.labels = {"2016", "2022"};
  const auto mixed = compare_selection(p, both);
  REQUIRE(mixed);
  CHECK(mixed->dimensions == std::vector<std::string>{"C", "D", "E", "F"});
  CHECK(mixed->dropped_dimensions == std::vector<std::string>{"A", "B", "AB"});
}

TEST_CASE("rows sort by a dimension, missing values last either way", "[scoring]") {
  const auto table = compare_selection(county(), alcohol_2022());
  REQUIRE(table);
  ComparisonSort by_b{ComparisonColumn::Dimension, 1, true};
  // B: arj 3.00, bod 4.00, are 2.00, alv none.
  CHECK(ids_in(*table, sorted_rows(*table, by_b)) ==
        std::vector<std::string>{"are-2022", "arj-2022", "bod-2022", "alv-2022"});
  by_b.ascending = false;
  CHECK(ids_in(*table, sorted_rows(*table, by_b)) ==
        std::vector<std::string>{"bod-2022", "arj-2022", "are-2022", "alv-2022"});

  // A: arj 4, bod 3, are 6, alv 5.
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Dimension, 0, false})) ==
        std::vector<std::string>{"are-2022", "alv-2022", "arj-2022", "bod-2022"});

  // Overall: arj 450, bod 2500/6 = 416.67, are 2800/6 = 466.67, alv none
  // (B has no score: gap rule).
  CHECK_FALSE(table->rows[3].common_overall);
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Overall, 0, true})) ==
        std::vector<std::string>{"bod-2022", "arj-2022", "are-2022", "alv-2022"});
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Overall, 0, false})) ==
        std::vector<std::string>{"are-2022", "arj-2022", "bod-2022", "alv-2022"});
  // Lowest dimension, whichever it is: are 2 (B), arj 3 (B), bod 3 (A, F),
  // alv 4.5 (C); ties keep the table's order.
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Lowest, 0, true})) ==
        std::vector<std::string>{"are-2022", "arj-2022", "bod-2022", "alv-2022"});
  // Community descending: Swedish order reversed (Älvsbyn, Åre, Boden, Arjeplog).
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Community, 0, false})) ==
        std::vector<std::string>{"alv-2022", "are-2022", "bod-2022", "arj-2022"});
}

TEST_CASE("community sort keeps each community's rounds in label order", "[scoring]") {
  RoundSelection s = alcohol_2022();
  s.labels.clear();
  s.community_ids = {"arj", "bod"};
  const auto table = compare_selection(county(), s);
  REQUIRE(table);
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Community, 0, false})) ==
        std::vector<std::string>{"bod-2022", "arj-2019", "arj-2022"});
  CHECK(ids_in(*table, sorted_rows(*table, {ComparisonColumn::Round, 0, false})) ==
        std::vector<std::string>{"arj-2022", "bod-2022", "arj-2019"});
}

TEST_CASE("the lowest dimension per community keeps ties and skips gaps", "[scoring]") {
  const auto table = compare_selection(county(), alcohol_2022());
  REQUIRE(table);
  CHECK(lowest_dimensions(*table, 0) == std::vector<std::string>{"B"});
  CHECK(lowest_dimensions(*table, 1) == std::vector<std::string>{"A", "F"});
  CHECK(lowest_dimensions(*table, 2) == std::vector<std::string>{"B"});
  CHECK(lowest_dimensions(*table, 3) == std::vector<std::string>{"C"});  // B unscored; C 4.50
  CHECK(lowest_dimensions(*table, 99).empty());
}

TEST_CASE("across the county each period is averaged on its own", "[scoring]") {
  RoundSelection s = alcohol_2022();
  s.labels.clear();
  const auto table = compare_selection(county(), s);
  REQUIRE(table);
  const auto profiles = period_profiles(*table);
  REQUIRE(profiles.size() == 2);
  CHECK(profiles[0].label == "2019");
  CHECK(profiles[0].communities == 1);
  CHECK(profiles[0].lowest == std::vector<std::string>{"A", "B"});

  const PeriodProfile& p = profiles[1];
  CHECK(p.label == "2022");
  CHECK(p.communities == 4);
  // A: (4+3+6+5)/4 = 4.50; B: (3+4+2)/3 = 3.00 over the three that scored it.
  CHECK(p.means[0] == ExactMean{450, 1});
  CHECK(p.means[1] == ExactMean{300, 1});
  CHECK(p.n[1] == 3);
  CHECK(p.n[0] == 4);
  CHECK(p.lowest == std::vector<std::string>{"B"});
  // B lowest in Arjeplog and Åre; A and F tie in Boden; C in Älvsbyn.
  CHECK(p.lowest_in == std::vector<int>{1, 2, 1, 0, 0, 1});
}

TEST_CASE("a trend selection follows the chosen periods in one mode", "[scoring]") {
  Project p = county();
  p.rounds.push_back(flat_round({300, 300, 300, 300, 300, 300}, "arj-2016", "arj", "2016"));
  RoundSelection s;
  s.issue = kAlcohol;
  s.labels = {"2019", "2022"};
  s.community_ids = {"arj"};
  const auto trends = trend_selection(p, s);
  REQUIRE(trends.size() == 1);
  const Trend& t = trends[0];
  CHECK(t.mode == Mode::Interview);
  REQUIRE(t.points.size() == 2);
  CHECK(t.points[0].label == "2019");
  CHECK(t.points[1].label == "2022");
  // The self-rated 2022 round is its own trend, and this one says so.
  CHECK(t.other_mode_split);
  // Every interview scored alike: no spread, so any change is beyond noise.
  REQUIRE(t.steps.size() == 1);
  CHECK(t.steps[0].overall.verdict == ChangeVerdict::BeyondNoise);

  // Several communities share the dimensions every selected round has.
  s.community_ids = {"arj", "bod"};
  s.labels.clear();
  const auto two = trend_selection(p, s);
  REQUIRE(two.size() == 2);
  CHECK(two[0].community_id == "arj");
  CHECK(two[0].points.size() == 3);
  CHECK(two[1].community_id == "bod");
  CHECK_FALSE(two[1].other_mode_split);
}
