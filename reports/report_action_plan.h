#pragma once
// The action plan section of the municipality report (issue 14 item 1: "the
// action plan and its follow-up where one exists"). Private to reports/.
//
// HOOK: this reads Round::action_plan (survey/round.h). When action plans
// grow (branch `plans`: goals, indicators, follow-up dates), extend this one
// function; the report calls it between the change page and the appendix.
#include <string>

#include "project.h"
#include "report_layout.h"

namespace readiness::reports {

// Continues the page with the round's plan, or a short note that none is
// recorded.
void action_plan_section(ReportLayout& layout, const Round& round, const std::string& language);

}  // namespace readiness::reports
