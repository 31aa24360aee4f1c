#pragma once
// Plan values as people read them in the CLI's language (tables, trend
// notes); JSON and CSV keep to_string() of action_plan.h / round.h.
#include <string>

#include "action_plan.h"

namespace readiness::cli {

std::string action_status_text(ActionStatus status);  // "planned", "planerad", ...
std::string plan_status_text(PlanStatus status);      // "adopted", "antagen", ...
std::string channel_text(Channel channel);            // "local media", "lokala medier", ...; "" for None

}  // namespace readiness::cli
