#pragma once
// Agreement between the two blind scorers (A and B) of interviews. Only
// interview × dimension cells with both an A and a B score count.
#include <optional>
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

struct ScorePair {
  Hundredths a = 0;
  Hundredths b = 0;
};

struct AgreementStats {
  int n = 0;                     // pairs
  double exact = 0.0;            // share with a == b (0..1)
  double within_half = 0.0;      // |a-b| <= 0.50
  double within_one = 0.0;       // |a-b| <= 1.00
  // Quadratic-weighted kappa with weights (a_i - b_j)^2 over the score
  // values: 1 - n*Σ(a_k-b_k)^2 / ΣiΣj (a_i-b_j)^2. None when undefined
  // (n < 2 or no spread at all).
  std::optional<double> weighted_kappa;
  // ICC(2,1), two-way random effects, absolute agreement, single rater
  // (Shrout & Fleiss 1979). None when n < 2 or the denominator is 0.
  std::optional<double> icc;
  int large_differences = 0;     // |a-b| > 1.00: flag for the consensus meeting
};

AgreementStats agreement(const std::vector<ScorePair>& pairs);

struct DimensionAgreement {
  std::string dimension;
  AgreementStats stats;
};

struct ScorerPairAgreement {
  std::string scorer_a;  // names as recorded on the interviews
  std::string scorer_b;
  AgreementStats stats;
};

struct RoundAgreement {
  std::string round_id;
  std::vector<DimensionAgreement> by_dimension;  // instrument order
  std::vector<ScorerPairAgreement> by_pair;
  AgreementStats overall;
};

RoundAgreement round_agreement(const Round& round);

// A difference to settle at the consensus meeting.
struct Disagreement {
  std::string interview_id;
  std::string dimension;
  Hundredths a = 0;
  Hundredths b = 0;
};
// Cells where |A - B| > 1.00.
std::vector<Disagreement> large_disagreements(const Round& round);

}  // namespace readiness
