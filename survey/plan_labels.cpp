#include "plan_labels.h"

namespace readiness {

namespace {

// Marks a message for the catalog extractor (scripts/refresh-pot's N_ keyword).
constexpr const char* N_(const char* msgid) { return msgid; }

}  // namespace

const char* action_status_msgid(ActionStatus status) {
  switch (status) {
    // TRANSLATORS: the status of an action in an action plan.
    case ActionStatus::Planned: return N_("planned");
    case ActionStatus::Ongoing: return N_("ongoing");
    case ActionStatus::Done: return N_("done");
    case ActionStatus::Postponed: return N_("postponed");
    case ActionStatus::Cancelled: return N_("cancelled");
  }
  return N_("planned");
}

const char* plan_status_msgid(PlanStatus status) {
  switch (status) {
    // TRANSLATORS: the status of an action plan as a whole.
    case PlanStatus::Draft: return N_("draft");
    case PlanStatus::Adopted: return N_("adopted");
    case PlanStatus::Finished: return N_("finished");
    case PlanStatus::Cancelled: return N_("plan cancelled");
  }
  return N_("draft");
}

const char* channel_msgid(Channel channel) {
  switch (channel) {
    case Channel::None: return "";
    // TRANSLATORS: a communication channel of the method's advice.
    case Channel::PersonalContact: return N_("personal contact");
    case Channel::SmallGroups: return N_("small groups");
    case Channel::MeetingsEvents: return N_("meetings and events");
    case Channel::LocalMedia: return N_("local media");
    case Channel::SocialMedia: return N_("social media");
    case Channel::OwnChannels: return N_("the municipality's own channels");
  }
  return "";
}

}  // namespace readiness
