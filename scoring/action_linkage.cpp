#include "action_linkage.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace readiness {

namespace {

// The month of an ISO date "2019-05-31" (or "2019-05"), -1 when it is not one.
int month_of_date(const std::string& date) {
  if (date.size() < 7 || date[4] != '-') return -1;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return -1;
  const int year = std::stoi(date.substr(0, 4));
  const int month = std::stoi(date.substr(5, 2));
  if (month < 1 || month > 12) return -1;
  return year * 12 + month - 1;
}

// The first 4-digit year in a label ("2019", "Våren 2022"), 0 when none.
int year_of_label(const std::string& label) {
  for (std::size_t i = 0; i + 4 <= label.size(); ++i) {
    bool digits = true;
    for (std::size_t k = i; k < i + 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(label[k]));
    const bool left = i == 0 || !std::isdigit(static_cast<unsigned char>(label[i - 1]));
    const bool right = i + 4 == label.size() || !std::isdigit(static_cast<unsigned char>(label[i + 4]));
    if (digits && left && right) return std::stoi(label.substr(i, 4));
  }
  return 0;
}

int round_end_month(const Round& round) {
  for (const std::string* date : {&round.end_date, &round.start_date})
    if (const int m = month_of_date(*date); m >= 0) return m;
  const int year = year_of_label(round.label);
  return year > 0 ? year * 12 : -1;
}

int round_start_month(const Round& round) {
  for (const std::string* date : {&round.start_date, &round.end_date})
    if (const int m = month_of_date(*date); m >= 0) return m;
  const int year = year_of_label(round.label);
  return year > 0 ? year * 12 + 11 : -1;
}

void collect(std::vector<LinkedAction>& out, const std::vector<PlanAction>& actions, bool commitment,
             const std::string& source_id, const std::string& source_title, int first_year, int last_year,
             const std::string& dimension, int from, int to) {
  for (const PlanAction& action : actions) {
    if (action.status == ActionStatus::Cancelled) continue;
    if (std::find(action.dimensions.begin(), action.dimensions.end(), dimension) == action.dimensions.end())
      continue;
    int first = 0;
    int last = 0;
    if (!action_months(action, first_year, last_year, first, last)) continue;
    if (last < from || first > to) continue;
    out.push_back(LinkedAction{commitment, source_id, source_title, action.id, action.activity,
                               format_plan_time(action.start), format_plan_time(action.end), action.status});
  }
}

}  // namespace

bool months_between(const Round& earlier, const Round& later, int& first_month, int& last_month) {
  const int from = round_end_month(earlier);
  const int to = round_start_month(later);
  if (from < 0 || to < 0 || to < from) return false;
  first_month = from;
  last_month = to;
  return true;
}

std::vector<LinkedAction> actions_between(const Project& project, const std::string& community_id,
                                          const Round& earlier, const Round& later, const std::string& dimension) {
  std::vector<LinkedAction> out;
  const Community* community = project.find_community(community_id);
  int from = 0;
  int to = 0;
  if (!community || !months_between(earlier, later, from, to)) return out;
  for (const ActionPlan& plan : community->plans)
    collect(out, plan.actions, false, plan.id, plan.title, plan.first_year, plan.last_year, dimension, from, to);
  for (const JointCommitment& c : community->commitments)
    collect(out, c.items, true, c.id, c.title, c.first_year, c.last_year, dimension, from, to);
  return out;
}

std::vector<std::vector<LinkedAction>> step_actions(const Project& project, const Trend& trend, std::size_t step) {
  if (step + 1 >= trend.points.size()) throw std::out_of_range("the trend has no step " + std::to_string(step));
  const Round* earlier = project.find_round(trend.points[step].round_id);
  const Round* later = project.find_round(trend.points[step + 1].round_id);
  std::vector<std::vector<LinkedAction>> out(trend.dimensions.size());
  if (!earlier || !later) return out;
  for (std::size_t d = 0; d < trend.dimensions.size(); ++d)
    out[d] = actions_between(project, trend.community_id, *earlier, *later, trend.dimensions[d]);
  return out;
}

}  // namespace readiness
