#pragma once
// What the compare and trend pages show, decided outside the views (views
// adapt, never own): which issue × mode choices a project offers, which
// rounds a selection (periods, communities) puts on one axis, the row order
// when a table is sorted by a column, and the lowest dimension per row and
// across the selection. The numbers themselves come from compare_rounds()
// and trends() unchanged, so the pages show what readiness-cli shows.
//
// A selection is compared like with like: one normalized issue, one mode
// (self-rated rounds never beside interview rounds), and the dimensions
// common to the selected rounds (comparison.h, trend.h).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "comparison.h"
#include "trend.h"

namespace readiness {

// One table the project can show: an issue in one mode.
struct ComparisonChoice {
  std::string issue;                       // as written in its first round
  Mode mode = Mode::Interview;
  std::vector<std::string> labels;         // round labels, ascending
  std::vector<std::string> community_ids;  // communities with a round, Swedish order
};

// In compare_rounds() order: issues alphabetically, interviews before self-rating.
std::vector<ComparisonChoice> comparison_choices(const Project& project);

struct RoundSelection {
  std::string issue;                       // matched as normalize_issue() does
  Mode mode = Mode::Interview;
  std::vector<std::string> labels;         // empty: every period
  std::vector<std::string> community_ids;  // empty: every community
};

// The project with only the selected rounds (communities kept), so that
// compare_rounds() and trends() work on exactly what the user picked.
Project select_rounds(const Project& project, const RoundSelection& selection);

// The comparison of the selected rounds: the dimensions common to them,
// rows in compare_rounds() order. None when nothing is selected.
std::optional<ComparisonTable> compare_selection(const Project& project, const RoundSelection& selection);

// One trend per selected community over the selected periods, in the
// selection's mode only. With several communities the dimensions are the
// ones every selected round shares, so all lines mean the same.
std::vector<Trend> trend_selection(const Project& project, const RoundSelection& selection);

// Community ids of `choice` in a county (the county "one click").
std::vector<std::string> communities_in_county(const Project& project, const ComparisonChoice& choice,
                                               const std::string& county_code);
// County codes of the choice's communities, first-seen order ("" for none).
std::vector<std::string> counties_of(const Project& project, const ComparisonChoice& choice);

// ---- sorting ---------------------------------------------------------------

// Lowest: the row's lowest dimension mean, whichever dimension it is.
enum class ComparisonColumn { Community, Round, Dimension, Overall, Stage, Interviews, Lowest };

struct ComparisonSort {
  ComparisonColumn column = ComparisonColumn::Community;
  std::size_t dimension = 0;  // index into ComparisonTable::dimensions
  bool ascending = true;
};

// Row indices of `table` in the sorted order. Rows without a value in the
// sort column (no consensus score, no overall) go last either way; ties keep
// the table's own order (community in Swedish order, then round label).
std::vector<std::size_t> sorted_rows(const ComparisonTable& table, const ComparisonSort& sort);

// ---- the lowest dimension ----------------------------------------------------

// Codes of the row's lowest mean among the table's dimensions (exact, ties
// kept, table order); empty when none has a score. Work starts there
// (community-readiness.md, "From stage to action").
std::vector<std::string> lowest_dimensions(const ComparisonTable& table, std::size_t row);

// Across the selection, per period: each dimension's unweighted mean of the
// communities' dimension means (each community counts once), the lowest of
// those, and in how many communities each dimension is the lowest. Periods
// are kept apart: 2019 and 2022 are never averaged together.
struct PeriodProfile {
  std::string label;
  int communities = 0;                         // rows of this period
  std::vector<std::optional<ExactMean>> means;  // per table dimension
  std::vector<int> n;                          // communities with a mean
  std::vector<int> lowest_in;                  // communities where it is lowest
  std::vector<std::string> lowest;             // code(s) of the lowest mean
};
std::vector<PeriodProfile> period_profiles(const ComparisonTable& table);

}  // namespace readiness
