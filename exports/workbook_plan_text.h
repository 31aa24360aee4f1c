#pragma once
// Texts of the action plan sheet and of the Trends sheet's actions column
// (issue 13) in Swedish and English; kept apart from WorkbookText so the
// plan work stays in its own files. Internal to exports/.
#include <string>

#include "action_plan.h"

namespace readiness {

struct PlanWorkbookText {
  const char* plan_sheet;  // sheet name
  const char* plan_title;
  const char* plan_note;
  const char* municipality;
  const char* source;        // plan or joint commitment
  const char* id;
  const char* action;
  const char* target_group;
  const char* responsible;
  const char* dimension;
  const char* period;
  const char* priority;
  const char* status;
  const char* channel;
  const char* latest_follow_up;
  const char* overdue;       // "Försenad"
  const char* commitment_prefix;  // "Medborgarlöfte: "
  const char* trend_actions;      // header of the Trends sheet's column
  const char* trend_actions_note; // co-occurrence, not effect
  const char* guide_plan;         // one line for the Method sheet's guide (unused when no plan)
};

// "sv" or "en" (anything else: "sv"), like workbook_text().
const PlanWorkbookText& plan_workbook_text(const std::string& language);
// Status and channel names in the workbook's language.
const char* action_status_name(ActionStatus status, const std::string& language);
const char* channel_name(Channel channel, const std::string& language);

}  // namespace readiness
