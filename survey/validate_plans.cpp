#include "validate_plans.h"

#include <algorithm>
#include <set>
#include <string>

#include "sectors.h"

namespace readiness {

namespace {

const char* const kSep = " \u203a ";  // " › ", as validate_project.cpp

std::string part(const char* kind, const std::string& id) { return std::string(kind) + " \"" + id + "\""; }

bool is_sector(const std::string& id) {
  const auto& ids = sector_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

class PlanValidator {
 public:
  PlanValidator(const Project& project, const Community& community)
      : m_project(project), m_community(community), m_where(part("community", community.id)) {}

  std::vector<ValidationIssue> issues;

  void run() {
    std::set<std::string> plan_ids;
    for (const ActionPlan& plan : m_community.plans) {
      const std::string here = m_where + kSep + part("plan", plan.id);
      check_id(here, "plan", plan.id, plan_ids);
      check_years(here, plan.first_year, plan.last_year);
      for (const std::string& round_id : plan.round_ids) {
        const Round* round = m_project.find_round(round_id);
        if (!round)
          add(here, "round \"" + round_id + "\" does not exist");
        else if (round->community_id != m_community.id)
          add(here, "round \"" + round_id + "\" belongs to another community");
      }
      for (const PlanAction& action : plan.actions) check_action(here + kSep + part("action", action.id), action);
    }
    std::set<std::string> commitment_ids;
    for (const JointCommitment& commitment : m_community.commitments) {
      const std::string here = m_where + kSep + part("commitment", commitment.id);
      check_id(here, "commitment", commitment.id, commitment_ids);
      check_years(here, commitment.first_year, commitment.last_year);
      for (const std::string& sector : commitment.partner_sectors)
        if (!is_sector(sector)) add(here, "partner sector \"" + sector + "\" is not in sectors.json");
      for (const PlanAction& item : commitment.items) check_action(here + kSep + part("item", item.id), item);
    }
  }

 private:
  const Project& m_project;
  const Community& m_community;
  std::string m_where;
  std::set<std::string> m_action_ids;  // unique across plans and commitments

  void add(const std::string& where, const std::string& what) { issues.push_back({where, what}); }

  void check_id(const std::string& where, const char* kind, const std::string& id, std::set<std::string>& seen) {
    if (id.empty())
      add(where, std::string(kind) + " without an id");
    else if (!seen.insert(id).second)
      add(where, std::string(kind) + " id \"" + id + "\" is used twice");
  }

  void check_years(const std::string& where, int first, int last) {
    for (int year : {first, last})
      if (year != 0 && (year < 1900 || year > 2200)) add(where, "year " + std::to_string(year) + " is outside 1900–2200");
    if (first != 0 && last != 0 && last < first)
      add(where, "period ends (" + std::to_string(last) + ") before it starts (" + std::to_string(first) + ")");
  }

  void check_time(const std::string& where, const char* which, const PlanTime& time) {
    if (time.empty()) {
      if (time.quarter != 0 || time.month != 0) add(where, std::string(which) + " has a quarter or month but no year");
      return;
    }
    if (time.year < 1900 || time.year > 2200)
      add(where, std::string(which) + " year " + std::to_string(time.year) + " is outside 1900–2200");
    if (time.quarter < 0 || time.quarter > 4)
      add(where, std::string(which) + " quarter " + std::to_string(time.quarter) + " is not 1–4");
    if (time.month < 0 || time.month > 12)
      add(where, std::string(which) + " month " + std::to_string(time.month) + " is not 1–12");
    if (time.quarter != 0 && time.month != 0) add(where, std::string(which) + " has both a quarter and a month");
  }

  void check_action(const std::string& where, const PlanAction& action) {
    check_id(where, "action", action.id, m_action_ids);
    for (const std::string& sector : action.sectors)
      if (!is_sector(sector)) add(where, "sector \"" + sector + "\" is not in sectors.json");
    for (const std::string& code : action.dimensions)
      if (!community_knows_dimension(m_project, m_community.id, code))
        add(where, "dimension \"" + code + "\" is not in any instrument of the community's rounds");
    if (action.strategy_stage < 0 || action.strategy_stage > 9)
      add(where, "strategy stage " + std::to_string(action.strategy_stage) + " is not 1–9");
    check_time(where, "start", action.start);
    check_time(where, "end", action.end);
    if (!action.start.empty() && !action.end.empty() && action.end.last_month() < action.start.first_month())
      add(where, "ends (" + format_plan_time(action.end) + ") before it starts (" + format_plan_time(action.start) + ")");
    if (action.priority < 0 || action.priority > 3)
      add(where, "priority " + std::to_string(action.priority) + " is not 1–3");
    if (action.cost_sek && *action.cost_sek < 0) add(where, "cost " + std::to_string(*action.cost_sek) + " is negative");
    if (action.channel == Channel::None && !action.key_message.empty())
      add(where, "has a key message but no channel");
    int previous = 0;
    for (const FollowUp& entry : action.follow_ups) {
      const std::string here = where + kSep + "follow-up " + std::to_string(entry.year);
      if (entry.year < 1900 || entry.year > 2200) add(here, "year is outside 1900–2200");
      else if (entry.year <= previous) add(here, "follow-ups are not one per year in year order");
      previous = entry.year;
    }
  }
};

}  // namespace

bool community_knows_dimension(const Project& project, const std::string& community_id, const std::string& code) {
  bool any_round = false;
  for (const Round& round : project.rounds) {
    if (round.community_id != community_id) continue;
    any_round = true;
    if (round.instrument.find_dimension(code)) return true;
  }
  return !any_round;
}

std::vector<ValidationIssue> validate_plans(const Project& project) {
  std::vector<ValidationIssue> issues;
  for (const Community& community : project.communities) {
    PlanValidator validator(project, community);
    validator.run();
    for (ValidationIssue& issue : validator.issues) issues.push_back(std::move(issue));
  }
  return issues;
}

}  // namespace readiness
