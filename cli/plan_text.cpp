#include "plan_text.h"

#include "cli_common.h"
#include "plan_labels.h"

namespace readiness::cli {

std::string action_status_text(ActionStatus status) { return _(action_status_msgid(status)); }

std::string plan_status_text(PlanStatus status) { return _(plan_status_msgid(status)); }

std::string channel_text(Channel channel) {
  const char* msgid = channel_msgid(channel);
  return *msgid ? _(msgid) : std::string();
}

}  // namespace readiness::cli
