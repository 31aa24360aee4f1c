#include "trend.h"

#include <algorithm>

#include "comparison.h"

namespace readiness {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool has_dimension(const Round& round, const std::string& code) {
  return round.instrument.find_dimension(code) != nullptr;
}

// Codes every round's instrument has, in the order first seen (so the first
// round's instrument order leads); every other code goes to `dropped`.
std::vector<std::string> common_dimensions(const std::vector<const Round*>& rounds,
                                           std::vector<std::string>* dropped = nullptr) {
  std::vector<std::string> common;
  for (const Round* r : rounds)
    for (const auto& dim : r->instrument.dimensions) {
      const bool shared = std::all_of(rounds.begin(), rounds.end(),
                                      [&](const Round* o) { return has_dimension(*o, dim.code); });
      if (shared && !contains(common, dim.code)) common.push_back(dim.code);
      if (!shared && dropped && !contains(*dropped, dim.code)) dropped->push_back(dim.code);
    }
  return common;
}

Estimate dimension_estimate(const DimensionResult& d) {
  Estimate e;
  e.mean = d.mean;
  e.stage = d.stage;
  e.n = d.n;
  e.sd = d.sd;
  e.interval = dimension_interval(d);
  return e;
}

TrendPoint make_point(const Project& project, const Round& round, const std::vector<std::string>& codes) {
  const RoundResult r = score_round(project, round);
  TrendPoint p;
  p.round_id = r.round_id;
  p.label = r.label;
  p.instrument_id = r.instrument_id;
  p.interviews = r.interviews;
  p.scored_interviews = r.scored_interviews;
  p.provisional = r.provisional;
  std::vector<ExactMean> means;
  for (const auto& code : codes) {
    const auto it = std::find_if(r.dimensions.begin(), r.dimensions.end(),
                                 [&](const DimensionResult& d) { return d.code == code; });
    p.dimensions.push_back(dimension_estimate(*it));
    if (it->mean) means.push_back(*it->mean);
  }
  // Overall over the trend's dimensions only, exact, withheld like the
  // round's own overall while one of them has no score (gap rule).
  const OverallSpread spread = overall_spread(round, codes);
  p.overall.n = spread.n;
  p.overall.sd = spread.sd;
  if (!codes.empty() && means.size() == codes.size()) {
    p.overall.mean = ExactMean::mean_of(means.data(), means.size());
    p.overall.stage = p.overall.mean->stage();
    p.overall.interval = overall_interval(*p.overall.mean, spread);
  }
  return p;
}

Change make_change(const Estimate& before, const Estimate& after) {
  Change c;
  if (before.stage && after.stage) c.stage_changed = *before.stage != *after.stage;
  if (!before.mean || !after.mean) return c;
  c.difference = after.mean->value() - before.mean->value();
  const auto w = welch_test(before.mean->value(), before.sd, before.n, after.mean->value(), after.sd, after.n);
  if (!w) return c;  // n < 2 on one side: not assessable, never "within noise"
  c.threshold = w->threshold;
  c.df = w->df;
  c.verdict = w->beyond_noise ? ChangeVerdict::BeyondNoise : ChangeVerdict::WithinNoise;
  c.stage_change_within_noise = c.stage_changed && c.verdict == ChangeVerdict::WithinNoise;
  return c;
}

}  // namespace

const char* to_string(ChangeVerdict verdict) {
  switch (verdict) {
    case ChangeVerdict::NotAssessable: return "not_assessable";
    case ChangeVerdict::WithinNoise: return "within_noise";
    case ChangeVerdict::BeyondNoise: return "beyond_noise";
  }
  return "";
}

const char* to_string(TrendRefusal refusal) {
  switch (refusal) {
    case TrendRefusal::None: return "";
    case TrendRefusal::NoRounds: return "no_rounds";
    case TrendRefusal::MixedCommunities: return "mixed_communities";
    case TrendRefusal::MixedIssues: return "mixed_issues";
    case TrendRefusal::MixedModes: return "mixed_modes";
  }
  return "";
}

TrendOrRefusal make_trend(const Project& project, const std::vector<const Round*>& rounds,
                          const std::optional<std::vector<std::string>>& dimensions) {
  TrendOrRefusal out;
  if (rounds.empty()) {
    out.refusal = TrendRefusal::NoRounds;
    return out;
  }
  const Round& first = *rounds.front();
  const std::string issue = normalize_issue(first.issue);
  for (const Round* r : rounds)
    if (r->community_id != first.community_id) out.refusal = TrendRefusal::MixedCommunities;
  if (out.refusal == TrendRefusal::None)
    for (const Round* r : rounds)
      if (normalize_issue(r->issue) != issue) out.refusal = TrendRefusal::MixedIssues;
  if (out.refusal == TrendRefusal::None)
    for (const Round* r : rounds)
      if (r->mode != first.mode) out.refusal = TrendRefusal::MixedModes;
  if (out.refusal != TrendRefusal::None) return out;

  std::vector<const Round*> ordered = rounds;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Round* a, const Round* b) { return a->label < b->label; });

  Trend t;
  t.community_id = first.community_id;
  if (const Community* c = project.find_community(first.community_id)) {
    t.community_name = c->name;
    t.community_code = c->code;
  }
  t.issue = ordered.front()->issue;
  t.mode = first.mode;
  for (const Round* r : ordered)
    if (!contains(t.instruments, r->instrument.id)) t.instruments.push_back(r->instrument.id);

  const bool given_fits =
      dimensions && std::all_of(dimensions->begin(), dimensions->end(), [&](const std::string& code) {
        return std::all_of(ordered.begin(), ordered.end(), [&](const Round* r) { return has_dimension(*r, code); });
      });
  if (given_fits) {
    t.dimensions = *dimensions;
    for (const Round* r : ordered)
      for (const auto& dim : r->instrument.dimensions)
        if (!contains(t.dimensions, dim.code) && !contains(t.dropped_dimensions, dim.code))
          t.dropped_dimensions.push_back(dim.code);
  } else {
    t.dimensions = common_dimensions(ordered, &t.dropped_dimensions);
  }

  for (const Round* r : ordered) t.points.push_back(make_point(project, *r, t.dimensions));
  for (std::size_t i = 1; i < t.points.size(); ++i) {
    const TrendPoint& a = t.points[i - 1];
    const TrendPoint& b = t.points[i];
    TrendStep step;
    step.from_label = a.label;
    step.to_label = b.label;
    for (std::size_t d = 0; d < t.dimensions.size(); ++d)
      step.dimensions.push_back(make_change(a.dimensions[d], b.dimensions[d]));
    step.overall = make_change(a.overall, b.overall);
    t.steps.push_back(std::move(step));
  }
  out.trend = std::move(t);
  return out;
}

std::vector<Trend> trends(const Project& project, const TrendOptions& options) {
  const auto selected = [&](const std::string& community_id) {
    return options.community_ids.empty() || contains(options.community_ids, community_id);
  };
  std::vector<Trend> out;
  // compare_rounds() already groups like with like (normalized issue × mode)
  // and orders communities the Swedish way; a trend is a community's slice.
  for (const ComparisonTable& table : compare_rounds(project, options.issue)) {
    std::vector<std::string> community_order;
    std::vector<const Round*> all;
    for (const ComparisonRow& row : table.rows) {
      if (!selected(row.result.community_id)) continue;
      if (!contains(community_order, row.result.community_id))
        community_order.push_back(row.result.community_id);
      all.push_back(project.find_round(row.result.round_id));
    }
    std::optional<std::vector<std::string>> shared;
    if (options.shared_dimensions && !all.empty()) shared = common_dimensions(all);
    for (const auto& community_id : community_order) {
      std::vector<const Round*> rounds;
      for (const Round* r : all)
        if (r->community_id == community_id) rounds.push_back(r);
      TrendOrRefusal made = make_trend(project, rounds, shared);
      if (made.trend) out.push_back(std::move(*made.trend));
    }
  }
  // Split, not mixed: tell each trend when the other mode has its own.
  for (Trend& t : out)
    for (const Trend& o : out)
      if (o.community_id == t.community_id && o.mode != t.mode &&
          normalize_issue(o.issue) == normalize_issue(t.issue))
        t.other_mode_split = true;
  return out;
}

}  // namespace readiness
