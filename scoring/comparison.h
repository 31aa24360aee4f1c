#pragma once
// Comparisons that only put like with like: one table per issue and mode;
// self-rated rounds never mixed with interview rounds; across instruments
// only the dimensions whose codes all rounds of the table share.
#include <optional>
#include <string>
#include <vector>

#include "round_result.h"

namespace readiness {

struct ComparisonRow {
  RoundResult result;                       // full result of the round
  std::vector<std::optional<ExactMean>> means;  // per common dimension, table order
  std::vector<int> n;                       // per common dimension
  std::optional<ExactMean> common_overall;  // mean over common dimensions only
  std::optional<int> common_overall_stage;
};

struct ComparisonTable {
  std::string issue;                        // as written in the first round
  Mode mode = Mode::Interview;
  std::vector<std::string> dimensions;      // common dimension codes
  std::vector<std::string> instruments;     // instrument ids in the table
  // Dimensions left out because not every instrument has them.
  std::vector<std::string> dropped_dimensions;
  std::vector<ComparisonRow> rows;          // by community name, then label
};

// Issues are matched by normalize_issue(). When `issue` is given only that
// issue is returned.
std::vector<ComparisonTable> compare_rounds(const Project& project,
                                            const std::optional<std::string>& issue = std::nullopt);

// The identity of an issue text: survey's identity_key (text_identity.h) —
// NFC, Unicode spaces folded and collapsed, ends trimmed, case-folded — so
// "Alkohol\u00A0bland  unga" and "alkohol bland unga" are one issue.
std::string normalize_issue(const std::string& issue);

}  // namespace readiness
