#pragma once
// "What did we do, and did readiness move?" (issue 13): for two rounds of a
// community, the actions of its plans and commitments that were tied to a
// dimension and whose time overlaps the time between the rounds. Shown
// beside that dimension's change and its noise verdict (trend.h).
//
// This is co-occurrence, never proof of effect: readiness may move for
// other reasons, and an action may work after the next measurement. The
// views say so in words.
//
// Rules:
//  * the time between two rounds runs, in whole months, from the end of the
//    earlier round (its end date, else its start date, else January of the
//    first year in its label) to the start of the later one (its start
//    date, else its end date, else December of the first year in its
//    label), both months included;
//  * an action's time is its start..end (PlanTime: year, quarter or month);
//    a missing start or end falls back to its plan's or commitment's years
//    (action_months in action_plan.h); an action with no time at all is
//    not placed and so not linked;
//  * cancelled actions are left out (they were not done); every other
//    status is kept and shown, so "planned" beside a change is visible.
#include <string>
#include <vector>

#include "project.h"
#include "trend.h"

namespace readiness {

struct LinkedAction {
  bool commitment = false;   // an item of a joint commitment, not a plan action
  std::string source_id;     // plan or commitment id
  std::string source_title;
  std::string action_id;
  std::string activity;
  std::string start;         // format_plan_time, may be empty
  std::string end;
  ActionStatus status = ActionStatus::Planned;
};

// The months between two rounds (see the rules above), as months counted
// from year 0 (PlanTime::first_month). False when a round gives no date and
// no year in its label, or when the later round does not come after.
bool months_between(const Round& earlier, const Round& later, int& first_month, int& last_month);

// The community's actions tied to `dimension` whose time overlaps the
// months between the two rounds, plans before commitments, each in stored
// order. Empty when the community is unknown or the time is not known.
std::vector<LinkedAction> actions_between(const Project& project, const std::string& community_id,
                                          const Round& earlier, const Round& later, const std::string& dimension);

// For step `step` of the trend (points[step] → points[step + 1]): one list
// per Trend::dimensions code, in that order. Throws std::out_of_range for a
// step the trend does not have.
std::vector<std::vector<LinkedAction>> step_actions(const Project& project, const Trend& trend, std::size_t step);

}  // namespace readiness
