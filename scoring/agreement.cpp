#include "agreement.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace readiness {

namespace {

// Sums of squares stay exact in integers of hundredths; a product of two
// of them can pass 64 bits on a large project, so the last steps are wide.
__extension__ typedef __int128 Wide;

constexpr Hundredths kHalf = 50;
constexpr Hundredths kOne = 100;

double share(int count, int n) { return static_cast<double>(count) / static_cast<double>(n); }

// Quadratic-weighted kappa: 1 − n·Σ(a_k−b_k)² / ΣiΣj(a_i−b_j)².
// ΣiΣj(a_i−b_j)² = n·Σa² + n·Σb² − 2·Σa·Σb, so it is O(n) and exact.
std::optional<double> weighted_kappa(const std::vector<ScorePair>& pairs) {
  const Wide n = static_cast<Wide>(pairs.size());
  if (n < 2) return std::nullopt;
  Wide sa = 0, sb = 0, saa = 0, sbb = 0, sdd = 0;
  for (const auto& p : pairs) {
    sa += p.a;
    sb += p.b;
    saa += Wide{p.a} * p.a;
    sbb += Wide{p.b} * p.b;
    sdd += Wide{p.a - p.b} * (p.a - p.b);
  }
  const Wide expected = n * saa + n * sbb - 2 * sa * sb;
  if (expected == 0) return std::nullopt;  // every score the same value: no spread
  return 1.0 - static_cast<double>(n * sdd) / static_cast<double>(expected);
}

// ICC(2,1), Shrout & Fleiss: (MSR − MSE) / (MSR + (k−1)MSE + k(MSC − MSE)/n)
// with k = 2 raters (A, B) and n targets (interview × dimension cells).
// With N = 2n and S the grand sum, each sum of squares times N is an integer:
//   SST' = N·Σx² − S²,  SSR' = n·Σr_i² − S² (r_i = a_i + b_i),
//   SSC' = 2·(ΣA² + ΣB²) − S² (column sums),  SSE' = SST' − SSR' − SSC'.
// Multiplying numerator and denominator by N·n(n−1) gives
//   ICC = n(SSR' − SSE') / (n·SSR' + (n−2)·SSE' + 2(n−1)·SSC'),
// so "denominator is 0" is decided exactly.
std::optional<double> icc_2_1(const std::vector<ScorePair>& pairs) {
  const Wide n = static_cast<Wide>(pairs.size());
  if (n < 2) return std::nullopt;
  Wide col_a = 0, col_b = 0, sum_sq = 0, row_sq = 0;
  for (const auto& p : pairs) {
    col_a += p.a;
    col_b += p.b;
    sum_sq += Wide{p.a} * p.a + Wide{p.b} * p.b;
    row_sq += Wide{p.a + p.b} * (p.a + p.b);
  }
  const Wide s = col_a + col_b;
  const Wide sst = 2 * n * sum_sq - s * s;
  const Wide ssr = n * row_sq - s * s;
  const Wide ssc = 2 * (col_a * col_a + col_b * col_b) - s * s;
  const Wide sse = sst - ssr - ssc;
  const Wide num = n * (ssr - sse);
  const Wide den = n * ssr + (n - 2) * sse + 2 * (n - 1) * ssc;
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

// Cells with both blind scores, in interview order then instrument order.
// Calls `visit(interview, dimension code, pair)` for each.
template <class Visit>
void for_each_pair(const Round& round, Visit visit) {
  for (const auto& interview : round.interviews)
    for (const auto& dim : round.instrument.dimensions) {
      const DimensionScore* s = interview.score_for(dim.code);
      if (s && s->scorer_a && s->scorer_b)
        visit(interview, dim.code, ScorePair{*s->scorer_a, *s->scorer_b});
    }
}

}  // namespace

AgreementStats agreement(const std::vector<ScorePair>& pairs) {
  AgreementStats st;
  st.n = static_cast<int>(pairs.size());
  if (pairs.empty()) return st;
  int exact = 0, half = 0, one = 0;
  for (const auto& p : pairs) {
    const int d = std::abs(p.a - p.b);
    if (d == 0) ++exact;
    if (d <= kHalf) ++half;
    if (d <= kOne) ++one;
    // Flag only differences over 1.00; exactly 1.00 is within tolerance.
    if (d > kOne) ++st.large_differences;
  }
  st.exact = share(exact, st.n);
  st.within_half = share(half, st.n);
  st.within_one = share(one, st.n);
  st.weighted_kappa = weighted_kappa(pairs);
  st.icc = icc_2_1(pairs);
  return st;
}

RoundAgreement round_agreement(const Round& round) {
  RoundAgreement out;
  out.round_id = round.id;

  std::vector<ScorePair> all;
  std::vector<std::vector<ScorePair>> per_dim(round.instrument.dimensions.size());
  // A scorer pair is the same two people whichever slot each took; pairs are
  // keyed by the names in sorted order and their scores swapped to match,
  // so a column is always one person. Listed in order of first appearance.
  std::vector<std::pair<std::string, std::string>> pair_names;
  std::vector<std::vector<ScorePair>> per_pair;

  for (const auto& interview : round.interviews) {
    const bool swapped = interview.scorer_b_name < interview.scorer_a_name;
    auto key = swapped ? std::make_pair(interview.scorer_b_name, interview.scorer_a_name)
                       : std::make_pair(interview.scorer_a_name, interview.scorer_b_name);
    for (std::size_t d = 0; d < round.instrument.dimensions.size(); ++d) {
      const DimensionScore* s = interview.score_for(round.instrument.dimensions[d].code);
      if (!s || !s->scorer_a || !s->scorer_b) continue;
      const ScorePair p{*s->scorer_a, *s->scorer_b};
      all.push_back(p);
      per_dim[d].push_back(p);
      auto it = std::find(pair_names.begin(), pair_names.end(), key);
      if (it == pair_names.end()) {
        pair_names.push_back(key);
        per_pair.emplace_back();
        it = pair_names.end() - 1;
      }
      per_pair[static_cast<std::size_t>(it - pair_names.begin())].push_back(
          swapped ? ScorePair{p.b, p.a} : p);
    }
  }

  for (std::size_t d = 0; d < per_dim.size(); ++d)
    out.by_dimension.push_back({round.instrument.dimensions[d].code, agreement(per_dim[d])});
  for (std::size_t i = 0; i < pair_names.size(); ++i)
    out.by_pair.push_back({pair_names[i].first, pair_names[i].second, agreement(per_pair[i])});
  out.overall = agreement(all);
  return out;
}

std::vector<Disagreement> large_disagreements(const Round& round) {
  std::vector<Disagreement> out;
  for_each_pair(round, [&](const Interview& interview, const std::string& code, ScorePair p) {
    if (std::abs(p.a - p.b) > kOne) out.push_back({interview.id, code, p.a, p.b});
  });
  return out;
}

}  // namespace readiness
