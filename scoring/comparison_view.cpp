#include "comparison_view.h"

#include <algorithm>
#include <cstdint>

namespace readiness {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool selected(const Round& round, const RoundSelection& selection, const std::string& issue) {
  return round.mode == selection.mode && normalize_issue(round.issue) == issue &&
         (selection.labels.empty() || contains(selection.labels, round.label)) &&
         (selection.community_ids.empty() || contains(selection.community_ids, round.community_id));
}

// Less for optional exact means: a missing value is never less.
bool less_present(const std::optional<ExactMean>& a, const std::optional<ExactMean>& b) {
  return a && b && *a < *b;
}

}  // namespace

std::vector<ComparisonChoice> comparison_choices(const Project& project) {
  std::vector<ComparisonChoice> out;
  for (const ComparisonTable& table : compare_rounds(project)) {
    ComparisonChoice choice;
    choice.issue = table.issue;
    choice.mode = table.mode;
    for (const ComparisonRow& row : table.rows) {
      if (!contains(choice.labels, row.result.label)) choice.labels.push_back(row.result.label);
      if (!contains(choice.community_ids, row.result.community_id))
        choice.community_ids.push_back(row.result.community_id);
    }
    std::sort(choice.labels.begin(), choice.labels.end());
    out.push_back(std::move(choice));
  }
  return out;
}

Project select_rounds(const Project& project, const RoundSelection& selection) {
  Project out;
  out.title = project.title;
  out.owner = project.owner;
  out.created = project.created;
  out.communities = project.communities;
  const std::string issue = normalize_issue(selection.issue);
  for (const Round& round : project.rounds)
    if (selected(round, selection, issue)) out.rounds.push_back(round);
  return out;
}

std::optional<ComparisonTable> compare_selection(const Project& project, const RoundSelection& selection) {
  const Project picked = select_rounds(project, selection);
  for (ComparisonTable& table : compare_rounds(picked))
    if (table.mode == selection.mode) return std::move(table);
  return std::nullopt;
}

std::vector<Trend> trend_selection(const Project& project, const RoundSelection& selection) {
  const Project picked = select_rounds(project, selection);
  TrendOptions options;
  options.issue = selection.issue;
  options.community_ids = selection.community_ids;
  // Several lines on one axis must follow the same dimensions.
  std::vector<std::string> communities;
  for (const Round& r : picked.rounds)
    if (!contains(communities, r.community_id)) communities.push_back(r.community_id);
  options.shared_dimensions = communities.size() > 1;
  std::vector<Trend> out = trends(picked, options);
  // The other mode was filtered out before trends() could see it: say so
  // as trends() would, from the whole project.
  for (Trend& t : out)
    for (const Round& r : project.rounds)
      if (r.community_id == t.community_id && r.mode != t.mode &&
          normalize_issue(r.issue) == normalize_issue(t.issue))
        t.other_mode_split = true;
  return out;
}

std::vector<std::string> communities_in_county(const Project& project, const ComparisonChoice& choice,
                                               const std::string& county_code) {
  std::vector<std::string> out;
  for (const auto& id : choice.community_ids)
    if (const Community* c = project.find_community(id); c && c->county_code == county_code) out.push_back(id);
  return out;
}

std::vector<std::string> counties_of(const Project& project, const ComparisonChoice& choice) {
  std::vector<std::string> out;
  for (const auto& id : choice.community_ids)
    if (const Community* c = project.find_community(id); c && !contains(out, c->county_code))
      out.push_back(c->county_code);
  return out;
}

std::vector<std::size_t> sorted_rows(const ComparisonTable& table, const ComparisonSort& sort) {
  const std::size_t count = table.rows.size();
  std::vector<std::size_t> order(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = i;

  if (sort.column == ComparisonColumn::Community) {
    // Rows are already in Swedish community order; a community's rows are
    // adjacent, ranked by its first row. Descending reverses communities
    // and keeps each one's rounds in label order.
    std::vector<std::size_t> rank(count);
    for (std::size_t i = 0; i < count; ++i)
      rank[i] = i > 0 && table.rows[i].result.community_id == table.rows[i - 1].result.community_id ? rank[i - 1] : i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return sort.ascending ? rank[a] < rank[b] : rank[a] > rank[b];
    });
    return order;
  }
  if (sort.column == ComparisonColumn::Round) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const std::string& la = table.rows[a].result.label;
      const std::string& lb = table.rows[b].result.label;
      return sort.ascending ? la < lb : lb < la;
    });
    return order;
  }
  if (sort.column == ComparisonColumn::Interviews) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const int na = table.rows[a].result.interviews;
      const int nb = table.rows[b].result.interviews;
      return sort.ascending ? na < nb : nb < na;
    });
    return order;
  }
  // Dimension, overall and stage: exact means; missing values last.
  const auto value = [&](std::size_t row) -> std::optional<ExactMean> {
    const ComparisonRow& r = table.rows[row];
    switch (sort.column) {
      case ComparisonColumn::Dimension:
        return sort.dimension < r.means.size() ? r.means[sort.dimension] : std::nullopt;
      case ComparisonColumn::Overall: return r.common_overall;
      case ComparisonColumn::Lowest: {
        std::optional<ExactMean> lowest;
        for (const auto& m : r.means)
          if (m && (!lowest || *m < *lowest)) lowest = m;
        return lowest;
      }
      case ComparisonColumn::Stage:
        if (!r.common_overall_stage) return std::nullopt;
        return ExactMean::of_sum(static_cast<std::int64_t>(*r.common_overall_stage) * 100, 1);
      default: return std::nullopt;
    }
  };
  std::vector<std::optional<ExactMean>> values(count);
  for (std::size_t i = 0; i < count; ++i) values[i] = value(i);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& va = values[a];
    const auto& vb = values[b];
    if (va.has_value() != vb.has_value()) return va.has_value();  // present before missing
    return sort.ascending ? less_present(va, vb) : less_present(vb, va);
  });
  return order;
}

std::vector<std::string> lowest_dimensions(const ComparisonTable& table, std::size_t row) {
  std::vector<std::string> out;
  if (row >= table.rows.size()) return out;
  const ComparisonRow& r = table.rows[row];
  std::optional<ExactMean> lowest;
  for (std::size_t d = 0; d < r.means.size() && d < table.dimensions.size(); ++d) {
    if (!r.means[d]) continue;
    if (!lowest || *r.means[d] < *lowest) {
      lowest = r.means[d];
      out.assign(1, table.dimensions[d]);
    } else if (*r.means[d] == *lowest) {
      out.push_back(table.dimensions[d]);
    }
  }
  return out;
}

std::vector<PeriodProfile> period_profiles(const ComparisonTable& table) {
  std::vector<std::string> labels;
  for (const auto& row : table.rows)
    if (!contains(labels, row.result.label)) labels.push_back(row.result.label);
  std::sort(labels.begin(), labels.end());

  const std::size_t dims = table.dimensions.size();
  std::vector<PeriodProfile> out;
  for (const auto& label : labels) {
    PeriodProfile p;
    p.label = label;
    p.n.assign(dims, 0);
    p.lowest_in.assign(dims, 0);
    std::vector<std::vector<ExactMean>> values(dims);
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      const ComparisonRow& row = table.rows[i];
      if (row.result.label != label) continue;
      ++p.communities;
      for (std::size_t d = 0; d < dims && d < row.means.size(); ++d)
        if (row.means[d]) values[d].push_back(*row.means[d]);
      for (const auto& code : lowest_dimensions(table, i)) {
        const auto at = std::find(table.dimensions.begin(), table.dimensions.end(), code);
        ++p.lowest_in[static_cast<std::size_t>(at - table.dimensions.begin())];
      }
    }
    std::optional<ExactMean> lowest;
    for (std::size_t d = 0; d < dims; ++d) {
      p.n[d] = static_cast<int>(values[d].size());
      if (values[d].empty()) {
        p.means.push_back(std::nullopt);
        continue;
      }
      const ExactMean m = ExactMean::mean_of(values[d].data(), values[d].size());
      p.means.push_back(m);
      if (!lowest || m < *lowest) {
        lowest = m;
        p.lowest.assign(1, table.dimensions[d]);
      } else if (m == *lowest) {
        p.lowest.push_back(table.dimensions[d]);
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace readiness
