#pragma once
// Trends: one community's rounds of one issue over time, with the noise
// from the interview spread shown and every change judged against it.
//
// Like with like (community-readiness.md, "Known pitfalls"):
//  * one trend = one community, one normalized issue (normalize_issue), one
//    mode, rounds in label order; self-rated rounds (which score higher) are
//    never on the same axis as interview rounds — make_trend() refuses a mix,
//    trends() splits it into two trends and says so;
//  * rounds on different instruments are followed on the dimension codes
//    they all share only; the others are listed as dropped, and the overall
//    score of every point is recomputed over the common dimensions.
//
// Change rule between consecutive rounds, per dimension and overall (see
// uncertainty.h for the formulas): Welch's t-test at 5% two-sided decides
// "beyond noise" or "within noise"; when either round has n < 2 (or a mean
// is missing) the change is "not assessable", which is not the same as
// "within noise". For the overall score d is the difference of the points'
// overall scores and each side's s and n are those of its per-interview
// overalls (uncertainty.h, overall_spread). A stage change within noise is flagged: the truncation
// cliff makes 4.95 → 5.05 look like a step up that the data do not support.
#include <optional>
#include <string>
#include <vector>

#include "round_result.h"
#include "uncertainty.h"

namespace readiness {

// One mean at one round with its uncertainty.
struct Estimate {
  std::optional<ExactMean> mean;     // none when nothing to average
  std::optional<int> stage;          // truncated mean
  int n = 0;                         // dimension: interviews that scored it;
                                     // overall: interviews that scored every
                                     // trend dimension
  double sd = 0.0;                   // sample SD (n−1); 0 for n < 2
  std::optional<Interval> interval;  // 95%; none for n < 2
};

struct TrendPoint {
  std::string round_id;
  std::string label;
  std::string instrument_id;
  int interviews = 0;                // in the round, planned ones included
  int scored_interviews = 0;         // with at least one consensus score
  bool provisional = false;
  std::vector<Estimate> dimensions;  // per Trend::dimensions
  Estimate overall;                  // over Trend::dimensions only
};

enum class ChangeVerdict { NotAssessable, WithinNoise, BeyondNoise };
// "not_assessable", "within_noise", "beyond_noise" (JSON and file values).
const char* to_string(ChangeVerdict verdict);

struct Change {
  ChangeVerdict verdict = ChangeVerdict::NotAssessable;
  std::optional<double> difference;  // later − earlier; none when a mean is missing
  std::optional<double> threshold;   // t(0.975, df)·SE; none when not assessable
  std::optional<double> df;          // Welch df; none when not assessable or SE = 0
  bool stage_changed = false;        // both stages known and different
  bool stage_change_within_noise = false;  // stage_changed && WithinNoise
};

struct TrendStep {
  std::string from_label;
  std::string to_label;
  std::vector<Change> dimensions;    // per Trend::dimensions
  Change overall;
};

struct Trend {
  std::string community_id;
  std::string community_name;
  std::string community_code;
  std::string issue;                 // as written in the first round
  Mode mode = Mode::Interview;
  std::vector<std::string> instruments;          // ids, first-seen order
  std::vector<std::string> dimensions;           // common codes, first instrument's order
  std::vector<std::string> dropped_dimensions;   // not shared by every round
  // The same community and issue also has rounds in the other mode; they
  // form their own trend, never this one's axis.
  bool other_mode_split = false;
  std::vector<TrendPoint> points;    // label order
  std::vector<TrendStep> steps;      // points[i] → points[i+1]
};

enum class TrendRefusal { None, NoRounds, MixedCommunities, MixedIssues, MixedModes };
// "no_rounds", "mixed_communities", "mixed_issues", "mixed_modes" ("" for None).
const char* to_string(TrendRefusal refusal);

struct TrendOrRefusal {
  std::optional<Trend> trend;
  TrendRefusal refusal = TrendRefusal::None;  // why there is no trend
};

// The trend of exactly these rounds, or the reason they cannot share one
// axis (checked in the order: no rounds, communities, issues, modes).
// `dimensions`, when given, are the codes to follow (e.g. shared with other
// communities drawn alongside); they must be in every round's instrument,
// otherwise the common codes of these rounds are used.
TrendOrRefusal make_trend(const Project& project, const std::vector<const Round*>& rounds,
                          const std::optional<std::vector<std::string>>& dimensions = std::nullopt);

struct TrendOptions {
  std::optional<std::string> issue;       // only this issue (normalized match)
  std::vector<std::string> community_ids; // empty: every community
  // When several communities are drawn on one axis: follow the dimensions
  // common to every selected round of the issue and mode, not just to each
  // community's own rounds, so all lines (and overalls) mean the same.
  bool shared_dimensions = false;
};

// Every trend of the project (or of the selection), split by issue and mode:
// issues and modes in compare_rounds() order (interview before self-rating),
// communities in Swedish alphabetical order within them.
std::vector<Trend> trends(const Project& project, const TrendOptions& options = {});

}  // namespace readiness
