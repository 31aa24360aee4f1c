#include "plan_text.h"

#include "cli_common.h"

namespace readiness::cli {

std::string action_status_text(ActionStatus status) {
  switch (status) {
    // TRANSLATORS: the status of an action in an action plan.
    case ActionStatus::Planned: return _("planned");
    case ActionStatus::Ongoing: return _("ongoing");
    case ActionStatus::Done: return _("done");
    case ActionStatus::Postponed: return _("postponed");
    case ActionStatus::Cancelled: return _("cancelled");
  }
  return _("planned");
}

std::string plan_status_text(PlanStatus status) {
  switch (status) {
    // TRANSLATORS: the status of an action plan as a whole.
    case PlanStatus::Draft: return _("draft");
    case PlanStatus::Adopted: return _("adopted");
    case PlanStatus::Finished: return _("finished");
    case PlanStatus::Cancelled: return _("plan cancelled");
  }
  return _("draft");
}

std::string channel_text(Channel channel) {
  switch (channel) {
    case Channel::None: return "";
    // TRANSLATORS: a communication channel of the method's advice.
    case Channel::PersonalContact: return _("personal contact");
    case Channel::SmallGroups: return _("small groups");
    case Channel::MeetingsEvents: return _("meetings and events");
    case Channel::LocalMedia: return _("local media");
    case Channel::SocialMedia: return _("social media");
    case Channel::OwnChannels: return _("the municipality's own channels");
  }
  return "";
}

}  // namespace readiness::cli
