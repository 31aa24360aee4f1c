#include "plan_migration.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "register.h"  // fold_case
#include "sectors.h"

namespace readiness {

namespace {

// Every 4-digit number 1900–2200 in the text, in order ("ht 2019" -> 2019).
std::vector<int> years_in(const std::string& text) {
  std::vector<int> years;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j - i == 4) {
      const int year = std::stoi(text.substr(i, 4));
      if (year >= 1900 && year <= 2200) years.push_back(year);
    }
    i = j;
  }
  return years;
}

// Whole word (letters and digits around it do not count).
bool has_word(const std::string& folded, const std::string& word) {
  for (std::size_t at = folded.find(word); at != std::string::npos; at = folded.find(word, at + 1)) {
    const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1]));
    const std::size_t after = at + word.size();
    const bool right = after >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[after]));
    if (left && right) return true;
  }
  return false;
}

// Sets start/end from the free-text period; true when the text said exactly
// one plain year (nothing worth keeping beyond it).
bool apply_period(const std::string& period, PlanAction& action) {
  const std::vector<int> years = years_in(period);
  if (years.empty()) return false;
  action.start.year = years.front();
  action.end.year = years.back();
  const std::string folded = fold_case(period);
  if (years.size() == 1) {
    if (has_word(folded, "vt") || has_word(folded, "h1")) {
      action.start.quarter = 1;
      action.end.quarter = 2;
    } else if (has_word(folded, "ht") || has_word(folded, "h2")) {
      action.start.quarter = 3;
      action.end.quarter = 4;
    }
  }
  std::string trimmed = period;
  trimmed.erase(std::remove_if(trimmed.begin(), trimmed.end(), [](unsigned char c) { return std::isspace(c); }),
                trimmed.end());
  return trimmed == std::to_string(years.front());
}

void append_note(PlanAction& action, const std::string& text) {
  if (!action.note.empty()) action.note += "\n";
  action.note += text;
}

PlanAction migrate_item(const ActionItem& item, const Round& round, std::vector<std::string>& taken) {
  PlanAction action;
  if (!item.id.empty() && std::find(taken.begin(), taken.end(), item.id) == taken.end())
    action.id = item.id;
  else
    action.id = make_unique_id("a-", item.activity.empty() ? round.label : item.activity, taken);
  taken.push_back(action.id);
  action.activity = item.activity;
  action.target_group = item.target_group;
  action.responsible = item.responsible;
  const std::string sector = sector_id_from_text(item.responsible);
  if (!sector.empty()) action.sectors.push_back(sector);
  if (!item.dimension.empty()) action.dimensions.push_back(item.dimension);
  action.status = item.status;
  if (!apply_period(item.period, action) && !item.period.empty())
    append_note(action, "Period i tidigare version: " + item.period);
  if (!item.follow_up.empty()) {
    int year = action.end.year;
    if (year == 0) {
      const std::vector<int> label_years = years_in(round.label);
      if (!label_years.empty()) year = label_years.front();
    }
    if (year > 0)
      action.set_follow_up(FollowUp{year, item.status, item.follow_up, "", ""});
    else
      append_note(action, "Uppföljning i tidigare version: " + item.follow_up);
  }
  return action;
}

}  // namespace

void migrate_legacy_actions(Project& project) {
  for (Round& round : project.rounds) {
    if (round.legacy_action_plan.empty()) continue;
    Community* community = project.find_community(round.community_id);
    if (!community) continue;
    std::vector<std::string> plan_ids;
    for (const ActionPlan& plan : community->plans) plan_ids.push_back(plan.id);
    std::vector<std::string> taken = community->action_ids();

    ActionPlan plan;
    plan.id = make_unique_id("plan-", round.label.empty() ? round.id : round.label, plan_ids);
    plan.title = "Handlingsplan " + round.label;
    plan.round_ids.push_back(round.id);
    plan.status = PlanStatus::Adopted;
    for (const ActionItem& item : round.legacy_action_plan) plan.actions.push_back(migrate_item(item, round, taken));
    for (const PlanAction& action : plan.actions) {
      for (int year : {action.start.year, action.end.year}) {
        if (year == 0) continue;
        if (plan.first_year == 0 || year < plan.first_year) plan.first_year = year;
        if (year > plan.last_year) plan.last_year = year;
      }
    }
    if (plan.first_year == 0) {
      const std::vector<int> label_years = years_in(round.label);
      if (!label_years.empty()) plan.first_year = plan.last_year = label_years.front();
    }
    community->plans.push_back(std::move(plan));
    round.legacy_action_plan.clear();
  }
}

}  // namespace readiness
