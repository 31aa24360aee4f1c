#include "round_result.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

namespace readiness {

namespace {

// Sample SD (n-1) in score units, from exact integer sums of hundredths:
// var = (n·Σx² − (Σx)²) / (n(n−1)); the numerator is exact, so a constant
// column gives exactly 0, never a tiny negative.
double sample_sd(std::int64_t n, std::int64_t sum, std::int64_t sum_sq) {
  if (n < 2) return 0.0;
  const std::int64_t spread = n * sum_sq - sum * sum;
  const double var = static_cast<double>(spread) / static_cast<double>(n * (n - 1));
  return std::sqrt(var) / 100.0;
}

DimensionResult score_dimension(const Round& round, const Dimension& dim) {
  DimensionResult out;
  out.code = dim.code;
  out.name = dim.name;
  std::int64_t sum = 0;
  std::int64_t sum_sq = 0;
  for (const auto& interview : round.interviews) {
    const DimensionScore* s = interview.score_for(dim.code);
    if (!s) continue;
    if (!s->consensus) {
      // Individual scores without a consensus: unresolved (gap rule).
      if (s->scorer_a || s->scorer_b) ++out.unresolved;
      continue;
    }
    // Only consensus scores count (method rule 2).
    const Hundredths h = *s->consensus;
    ++out.n;
    sum += h;
    sum_sq += std::int64_t{h} * h;
    out.min = out.min ? std::min(*out.min, h) : h;
    out.max = out.max ? std::max(*out.max, h) : h;
  }
  if (out.n > 0) {
    // Dimension score = mean over the interviews that scored it (rules 3, 7).
    out.mean = ExactMean::of_sum(sum, out.n);
    out.stage = out.mean->stage();
    out.sd = sample_sd(out.n, sum, sum_sq);
  }
  return out;
}

bool has_consensus(const Interview& interview, const Instrument& instrument) {
  for (const auto& dim : instrument.dimensions) {
    const DimensionScore* s = interview.score_for(dim.code);
    if (s && s->consensus) return true;
  }
  return false;
}

}  // namespace

RoundResult score_round(const Project& project, const Round& round) {
  RoundResult r;
  r.round_id = round.id;
  r.community_id = round.community_id;
  if (const Community* c = project.find_community(round.community_id)) {
    r.community_name = c->name;
    r.community_code = c->code;
    r.county_code = c->county_code;
  }
  r.label = round.label;
  r.issue = round.issue;
  r.instrument_id = round.instrument.id;
  r.mode = round.mode;
  r.interviews = static_cast<int>(round.interviews.size());
  r.scored_interviews = static_cast<int>(
      std::count_if(round.interviews.begin(), round.interviews.end(),
                    [&](const Interview& i) { return has_consensus(i, round.instrument); }));

  // The dimension set comes from the round's instrument snapshot, never a
  // fixed A–F list (six- and five-dimension instruments both exist).
  std::vector<ExactMean> means;
  bool every_dimension_scored = !round.instrument.dimensions.empty();
  for (const auto& dim : round.instrument.dimensions) {
    DimensionResult d = score_dimension(round, dim);
    if (d.unresolved > 0) r.provisional = true;
    if (d.mean)
      means.push_back(*d.mean);
    else
      every_dimension_scored = false;
    r.dimensions.push_back(std::move(d));
  }

  // Overall = unweighted mean of the dimension scores (rule 4), withheld
  // while any dimension has no score (gap rule).
  if (every_dimension_scored) {
    r.overall = ExactMean::mean_of(means.data(), means.size());
    r.overall_stage = r.overall->stage();
    r.overall_stage_name = round.instrument.stage_name(*r.overall_stage);
  }

  // Lowest dimension(s) among those with a score, exact comparison, ties
  // kept in instrument order: work starts there, and the overall mean can
  // hide one very low dimension.
  if (!means.empty()) {
    const ExactMean lowest = *std::min_element(means.begin(), means.end());
    for (const auto& d : r.dimensions)
      if (d.mean && *d.mean == lowest) r.lowest.push_back(d.code);
  }
  return r;
}

std::vector<RoundResult> score_project(const Project& project) {
  std::vector<RoundResult> out;
  out.reserve(project.rounds.size());
  for (const auto& round : project.rounds) out.push_back(score_round(project, round));
  return out;
}

}  // namespace readiness
