#pragma once
// The action plan section of the municipality report (issue 14 item 1: "the
// action plan and its follow-up where one exists"). Private to reports/.
//
// The plans are the community's (survey/action_plan.h, Community::plans)
// that answer this round or an earlier one of the same issue
// (ActionPlan::round_ids), so the previous round's plan is followed up: their actions with the
// linked dimensions, target group, responsible actors, period, status and
// the latest yearly follow-up.
#include <string>

#include "project.h"
#include "report_layout.h"

namespace readiness::reports {

// Continues the page with the plans (or a short note that none answers the
// round), then the community's joint commitments with the police
// (medborgarlöften, Community::commitments) with their items. Dimensions
// are named by their letters, as in the dimension table above. `date` is
// the report's ISO date: an action or item whose end has passed in its year
// is marked "! overdue" as `readiness-cli plan` marks it (is_overdue).
void action_plan_section(ReportLayout& layout, const Project& project, const Round& round, const std::string& date);

}  // namespace readiness::reports
