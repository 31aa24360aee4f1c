#pragma once
// What a municipality and its partners do after a measurement (issue 13):
// action plans with their actions and yearly follow-up, kept per community
// (Community::plans). Joint commitments (medborgarlöften) live in
// joint_commitment.h and track their promise items as PlanActions too.
//
// Sources: the method's advice to start from the lowest dimension with the
// goals and strategies of its stage (docs/community-readiness.md); yearly
// plans of "activity, target group, responsible actor, when" that are
// followed up every year (the county documents behind issue 13).
#include <optional>
#include <string>
#include <vector>

#include "round.h"  // ActionStatus

namespace readiness {

// A point in a plan's calendar: a year, or a year and a quarter, or a year
// and a month. year == 0 means "not given". At most one of quarter (1–4)
// and month (1–12) is set (0 = not set).
struct PlanTime {
  int year = 0;
  int quarter = 0;
  int month = 0;

  bool empty() const { return year == 0; }
  // Months counted from year 0 (year * 12 + month - 1): the first and the
  // last month the time covers ("2020" -> Jan..Dec 2020, "2020-Q3" ->
  // Jul..Sep). Only meaningful when !empty().
  int first_month() const;
  int last_month() const;
  bool operator==(const PlanTime& other) const {
    return year == other.year && quarter == other.quarter && month == other.month;
  }
  bool operator!=(const PlanTime& other) const { return !(*this == other); }
};

// "" (empty), "2020", "2020-Q3", "2020-03". The inverse of parse_plan_time.
std::string format_plan_time(const PlanTime& time);
// Accepts "2020", "2020-Q3", "2020 Q3", "2020-q3", "2020-03", "2020-3" and
// "" (empty time). Years 1900–2200. Returns nullopt for anything else.
std::optional<PlanTime> parse_plan_time(const std::string& text);

// The channels of the method's communication advice (community-readiness.md,
// "channels" of each stage). None for an action that is not communication.
enum class Channel { None, PersonalContact, SmallGroups, MeetingsEvents, LocalMedia, SocialMedia, OwnChannels };
const char* to_string(Channel channel);  // "", "personal-contact", "small-groups", "meetings-events",
                                         // "local-media", "social-media", "own-channels"
bool parse_channel(const std::string& text, Channel& out);  // also accepts "none"
const std::vector<Channel>& communication_channels();        // all but None, in the order above

// What one year's follow-up says about one action.
struct FollowUp {
  int year = 0;                                // the year followed up, "what happened in 2021?"
  ActionStatus status = ActionStatus::Planned;  // the action's status at that follow-up
  std::string done;                            // what was done
  std::string outcome;                         // an outcome or indicator note
  std::string next_step;
};

struct PlanAction {
  std::string id;  // unique within its community (across plans and commitments)
  std::string activity;
  std::string target_group;
  std::vector<std::string> sectors;  // responsible actors: ids from sectors.json
  std::string responsible;           // responsible actors in free text ("PULS-gruppen")
  std::vector<std::string> dimensions;  // linked dimension codes ("B", "E")
  // The stage strategy it came from, when it came from one: the stage
  // number (1–9, 0 = none) and the strategy text as offered.
  int strategy_stage = 0;
  std::string strategy;
  PlanTime start;
  PlanTime end;
  int priority = 0;                    // 1 high, 2 medium, 3 low; 0 not set
  std::optional<long long> cost_sek;   // estimated cost, whole Swedish kronor
  std::string funding;                 // funding source, free text
  ActionStatus status = ActionStatus::Planned;
  Channel channel = Channel::None;     // set: a communication action
  std::string key_message;             // communication actions only
  std::string note;
  std::vector<FollowUp> follow_ups;    // at most one per year, in year order

  bool is_communication() const { return channel != Channel::None; }
  // The follow-up of `year`, nullptr when there is none.
  const FollowUp* follow_up_for(int year) const;
  FollowUp* follow_up_for(int year);
  // The follow-up of the latest year, nullptr when there is none.
  const FollowUp* latest_follow_up() const;
  // Inserts or replaces the follow-up of `entry.year`, keeping year order.
  void set_follow_up(const FollowUp& entry);
};

enum class PlanStatus { Draft, Adopted, Finished, Cancelled };
const char* to_string(PlanStatus status);  // "draft", "adopted", "finished", "cancelled"
bool parse_plan_status(const std::string& text, PlanStatus& out);

struct ActionPlan {
  std::string id;  // unique within its community
  std::string title;
  int first_year = 0;  // the plan's period in whole years, 0 = not given
  int last_year = 0;
  std::vector<std::string> round_ids;  // the rounds whose results it answers
  PlanStatus status = PlanStatus::Draft;
  std::vector<PlanAction> actions;

  const PlanAction* find_action(const std::string& id) const;
  PlanAction* find_action(const std::string& id);
};

// True when the action is overdue in `year`: its end (or, without an end,
// its plan's last year) lies before `year` and it is neither done nor
// cancelled. An action without any end is never overdue.
bool is_overdue(const PlanAction& action, int year, int plan_last_year = 0);

// The months an action covers, from its start and end; a missing start or
// end falls back to the given years (a plan's period). Returns false when
// neither gives a year.
bool action_months(const PlanAction& action, int fallback_first_year, int fallback_last_year, int& first_month,
                   int& last_month);

}  // namespace readiness
