#include "action_plan.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "joint_commitment.h"

namespace readiness {

namespace {

constexpr int kFirstPlanYear = 1900;
constexpr int kLastPlanYear = 2200;

// Digits only, no sign; nullopt for anything else or more than 4 digits.
std::optional<int> small_number(const std::string& text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

int PlanTime::first_month() const {
  if (month > 0) return year * 12 + month - 1;
  if (quarter > 0) return year * 12 + (quarter - 1) * 3;
  return year * 12;
}

int PlanTime::last_month() const {
  if (month > 0) return year * 12 + month - 1;
  if (quarter > 0) return year * 12 + quarter * 3 - 1;
  return year * 12 + 11;
}

std::string format_plan_time(const PlanTime& time) {
  if (time.empty()) return "";
  std::string text = std::to_string(time.year);
  if (time.month > 0) return text + (time.month < 10 ? "-0" : "-") + std::to_string(time.month);
  if (time.quarter > 0) return text + "-Q" + std::to_string(time.quarter);
  return text;
}

std::optional<PlanTime> parse_plan_time(const std::string& raw) {
  std::string text = raw;
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  std::size_t lead = 0;
  while (lead < text.size() && std::isspace(static_cast<unsigned char>(text[lead]))) ++lead;
  text.erase(0, lead);
  if (text.empty()) return PlanTime{};
  if (text.size() < 4) return std::nullopt;
  const std::optional<int> year = small_number(text.substr(0, 4));
  if (!year || *year < kFirstPlanYear || *year > kLastPlanYear) return std::nullopt;
  PlanTime time;
  time.year = *year;
  if (text.size() == 4) return time;
  const char sep = text[4];
  if (sep != '-' && sep != ' ') return std::nullopt;
  const std::string rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    const std::optional<int> quarter = small_number(rest.substr(1));
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    time.quarter = *quarter;
    return time;
  }
  if (sep != '-' || rest.empty() || rest.size() > 2) return std::nullopt;
  const std::optional<int> month = small_number(rest);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  time.month = *month;
  return time;
}

const char* to_string(Channel channel) {
  switch (channel) {
    case Channel::None: return "";
    case Channel::PersonalContact: return "personal-contact";
    case Channel::SmallGroups: return "small-groups";
    case Channel::MeetingsEvents: return "meetings-events";
    case Channel::LocalMedia: return "local-media";
    case Channel::SocialMedia: return "social-media";
    case Channel::OwnChannels: return "own-channels";
  }
  return "";
}

const std::vector<Channel>& communication_channels() {
  static const std::vector<Channel> channels = {Channel::PersonalContact, Channel::SmallGroups,
                                                Channel::MeetingsEvents,  Channel::LocalMedia,
                                                Channel::SocialMedia,     Channel::OwnChannels};
  return channels;
}

bool parse_channel(const std::string& text, Channel& out) {
  if (text.empty() || text == "none") {
    out = Channel::None;
    return true;
  }
  for (Channel channel : communication_channels()) {
    if (text == to_string(channel)) {
      out = channel;
      return true;
    }
  }
  return false;
}

const char* to_string(PlanStatus status) {
  switch (status) {
    case PlanStatus::Draft: return "draft";
    case PlanStatus::Adopted: return "adopted";
    case PlanStatus::Finished: return "finished";
    case PlanStatus::Cancelled: return "cancelled";
  }
  return "draft";
}

bool parse_plan_status(const std::string& text, PlanStatus& out) {
  for (PlanStatus status : {PlanStatus::Draft, PlanStatus::Adopted, PlanStatus::Finished, PlanStatus::Cancelled}) {
    if (text == to_string(status)) {
      out = status;
      return true;
    }
  }
  return false;
}

const FollowUp* PlanAction::follow_up_for(int wanted) const {
  for (const FollowUp& entry : follow_ups)
    if (entry.year == wanted) return &entry;
  return nullptr;
}

FollowUp* PlanAction::follow_up_for(int wanted) {
  return const_cast<FollowUp*>(std::as_const(*this).follow_up_for(wanted));
}

const FollowUp* PlanAction::latest_follow_up() const {
  const FollowUp* latest = nullptr;
  for (const FollowUp& entry : follow_ups)
    if (!latest || entry.year > latest->year) latest = &entry;
  return latest;
}

void PlanAction::set_follow_up(const FollowUp& entry) {
  if (FollowUp* existing = follow_up_for(entry.year)) {
    *existing = entry;
    return;
  }
  auto at = std::find_if(follow_ups.begin(), follow_ups.end(),
                         [&](const FollowUp& other) { return other.year > entry.year; });
  follow_ups.insert(at, entry);
}

const PlanAction* ActionPlan::find_action(const std::string& wanted) const {
  for (const PlanAction& action : actions)
    if (action.id == wanted) return &action;
  return nullptr;
}

PlanAction* ActionPlan::find_action(const std::string& wanted) {
  return const_cast<PlanAction*>(std::as_const(*this).find_action(wanted));
}

const PlanAction* JointCommitment::find_item(const std::string& wanted) const {
  for (const PlanAction& item : items)
    if (item.id == wanted) return &item;
  return nullptr;
}

PlanAction* JointCommitment::find_item(const std::string& wanted) {
  return const_cast<PlanAction*>(std::as_const(*this).find_item(wanted));
}

bool is_overdue(const PlanAction& action, int year, int plan_last_year) {
  if (action.status == ActionStatus::Done || action.status == ActionStatus::Cancelled) return false;
  const int end_year = !action.end.empty() ? action.end.year : plan_last_year;
  return end_year > 0 && end_year < year;
}

bool action_months(const PlanAction& action, int fallback_first_year, int fallback_last_year, int& first_month,
                   int& last_month) {
  int first = -1;
  int last = -1;
  if (!action.start.empty()) first = action.start.first_month();
  else if (fallback_first_year > 0) first = fallback_first_year * 12;
  if (!action.end.empty()) last = action.end.last_month();
  else if (fallback_last_year > 0) last = fallback_last_year * 12 + 11;
  if (first < 0 && last < 0) return false;
  if (first < 0) first = !action.end.empty() ? action.end.first_month() : last - 11;
  if (last < 0) last = !action.start.empty() ? action.start.last_month() : first + 11;
  if (last < first) std::swap(first, last);
  first_month = first;
  last_month = last;
  return true;
}

}  // namespace readiness
