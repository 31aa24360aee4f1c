#include "comparison.h"

#include "text_identity.h"

#include <algorithm>
#include <tuple>

namespace readiness {

namespace {

ComparisonRow make_row(const Project& project, const Round& round,
                       const std::vector<std::string>& common) {
  ComparisonRow row;
  row.result = score_round(project, round);
  std::vector<ExactMean> present;
  for (const auto& code : common) {
    const auto it = std::find_if(row.result.dimensions.begin(), row.result.dimensions.end(),
                                 [&](const DimensionResult& d) { return d.code == code; });
    row.means.push_back(it->mean);
    row.n.push_back(it->n);
    if (it->mean) present.push_back(*it->mean);
  }
  // Recomputed over the common dimensions only, exactly, and withheld like
  // the round's own overall while one of them has no score (gap rule).
  if (!common.empty() && present.size() == common.size()) {
    row.common_overall = ExactMean::mean_of(present.data(), present.size());
    row.common_overall_stage = row.common_overall->stage();
  }
  return row;
}

ComparisonTable make_table(const Project& project, const std::vector<const Round*>& rounds) {
  ComparisonTable t;
  t.issue = rounds.front()->issue;
  t.mode = rounds.front()->mode;
  for (const Round* r : rounds)
    if (std::find(t.instruments.begin(), t.instruments.end(), r->instrument.id) == t.instruments.end())
      t.instruments.push_back(r->instrument.id);

  // Common dimensions in the first round's instrument order; every other
  // code seen is dropped (comparisons across dimension sets use the common
  // dimensions only).
  // A code is common when every round's instrument has it; counting per
  // code keeps this linear in the number of rounds (a national project has
  // thousands). Codes are unique within an instrument.
  std::vector<std::pair<std::string, std::size_t>> seen;  // code, rounds having it
  for (const Round* r : rounds)
    for (const auto& dim : r->instrument.dimensions) {
      auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == dim.code; });
      if (it == seen.end()) seen.emplace_back(dim.code, 1);
      else ++it->second;
    }
  for (const auto& [code, count] : seen) (count == rounds.size() ? t.dimensions : t.dropped_dimensions).push_back(code);

  struct Keyed {
    std::string key;
    ComparisonRow row;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(rounds.size());
  for (const Round* r : rounds) {
    ComparisonRow row = make_row(project, *r, t.dimensions);
    keyed.push_back({swedish_sort_key(row.result.community_name), std::move(row)});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.key, a.row.result.community_name, a.row.result.label) <
           std::tie(b.key, b.row.result.community_name, b.row.result.label);
  });
  for (auto& k : keyed) t.rows.push_back(std::move(k.row));
  return t;
}

}  // namespace

// One normaliser for identity, the import's too (survey/text_identity.h):
// NFC, Unicode spaces folded and collapsed, ends trimmed, Unicode case fold.
std::string normalize_issue(const std::string& issue) { return identity_key(issue); }

std::vector<ComparisonTable> compare_rounds(const Project& project,
                                            const std::optional<std::string>& issue) {
  const std::optional<std::string> wanted =
      issue ? std::optional<std::string>(normalize_issue(*issue)) : std::nullopt;

  // Like with like: one group per normalized issue and mode, so self-rated
  // rounds (which score higher) are never mixed with interview rounds.
  struct Group {
    std::string issue;
    Mode mode;
    std::vector<const Round*> rounds;
  };
  std::vector<Group> groups;
  for (const auto& round : project.rounds) {
    const std::string key = normalize_issue(round.issue);
    if (wanted && key != *wanted) continue;
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const Group& g) { return g.issue == key && g.mode == round.mode; });
    if (it == groups.end()) {
      groups.push_back({key, round.mode, {}});
      it = groups.end() - 1;
    }
    it->rounds.push_back(&round);
  }
  // Tables by issue, interview rounds before self-rated ones.
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    return std::make_tuple(swedish_sort_key(a.issue), a.issue, static_cast<int>(a.mode)) <
           std::make_tuple(swedish_sort_key(b.issue), b.issue, static_cast<int>(b.mode));
  });

  std::vector<ComparisonTable> tables;
  for (const auto& g : groups) tables.push_back(make_table(project, g.rounds));
  return tables;
}

}  // namespace readiness
