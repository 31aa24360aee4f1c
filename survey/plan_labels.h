#pragma once
// The words people read for an action's status, a plan's status and a
// communication channel (issue 13), one list for the CLI, the window, the
// workbook and the reports. They are English message ids, marked for the
// catalogue (po/); each caller translates them with its own _(), because a
// report can be in another language than the window.
#include "action_plan.h"

namespace readiness {

// "planned", "ongoing", "done", "postponed", "cancelled".
const char* action_status_msgid(ActionStatus status);
// "draft", "adopted", "finished", "plan cancelled".
const char* plan_status_msgid(PlanStatus status);
// "personal contact", … "the municipality's own channels"; "" for None
// (the method's channels, community-readiness.md).
const char* channel_msgid(Channel channel);

}  // namespace readiness
