#pragma once
// The consensus meeting (community-readiness.md, scoring rule 2 and
// "Agreement between scorers"): per interview × dimension the two blind
// scores, the agreed consensus and its reason; which differences to flag;
// which consensus scores still need a reason; how far the round has come.
#include <optional>
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

// Differences over 1.00 are flagged for the consensus meeting.
constexpr Hundredths kLargeDifference = 100;

inline bool is_large_difference(Hundredths a, Hundredths b) {
  return (a > b ? a - b : b - a) > kLargeDifference;
}

// A consensus different from both individual scores must say why (issue 6):
// true when `consensus` equals neither A nor B (a missing score differs).
bool consensus_needs_reason(const DimensionScore& scores, Hundredths consensus);

struct ConsensusCell {
  std::string interview_id;
  std::string dimension;
  std::optional<Hundredths> a;
  std::optional<Hundredths> b;
  std::optional<Hundredths> consensus;
  std::string reason;
  bool large_difference = false;  // both scored and |A - B| > 1.00
  bool reason_missing = false;    // consensus differs from both, no reason given
};

ConsensusCell consensus_cell(const Interview& interview, const std::string& dimension);

// Which interviews take part in the consensus matrix: those held (not
// merely planned) and any with a score already.
bool interview_in_consensus(const Interview& interview);

struct ConsensusProgress {
  int cells = 0;              // interviews in the matrix × dimensions
  int with_consensus = 0;
  int large_differences = 0;  // flagged cells (with or without consensus)
  int reasons_missing = 0;
  bool complete() const { return cells > 0 && with_consensus == cells; }
};

ConsensusProgress consensus_progress(const Round& round);

}  // namespace readiness
