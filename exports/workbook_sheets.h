#pragma once
// The sheet writers of the Excel workbook, one file each
// (workbook_<sheet>.cpp). write_workbook calls them in this order, because
// later sheets refer to cells of earlier ones: Scores, Summary (means over
// Scores), Comparison, Trends and community sheets (cells of Summary), Agreement,
// Method. Internal to exports/.
#include <string>

#include "workbook_context.h"

namespace readiness::workbook {

// The long raw table (one row per interview × dimension) as an Excel table.
void write_scores_sheet(WorkbookContext& ctx, Sheet& sheet);
// One row per community × round; means, overall and stage as live formulas.
void write_summary_sheet(WorkbookContext& ctx, Sheet& sheet);
// Communities × dimensions for one issue and period, with a bar chart.
void write_comparison_sheet(const WorkbookContext& ctx, Sheet& sheet);
// Every community over its rounds: means, 95% intervals, changes against the noise.
void write_trends_sheet(const WorkbookContext& ctx, Sheet& sheet);
// Profile per round, radar and line charts, details and next steps.
void write_community_sheet(const WorkbookContext& ctx, Sheet& sheet, const Community& community);
// Scorer agreement per dimension and per round.
void write_agreement_sheet(const WorkbookContext& ctx, Sheet& sheet);
// Every action of the communities' plans and joint commitments (issue 13,
// workbook_plan.cpp); "overdue" judged in `year`. Written only when
// project_has_plans().
bool project_has_plans(const Project& project);
void write_plan_sheet(const WorkbookContext& ctx, Sheet& sheet, int year);
// Instruments, scoring rules, dates, what is provisional, a guide to the sheets.
void write_method_sheet(const WorkbookContext& ctx, Sheet& sheet);
// The audit trail, one row per change (only with WorkbookOptions::include_audit).
void write_audit_sheet(const WorkbookContext& ctx, Sheet& sheet);
// "Historik" / "History".
const char* audit_sheet_name(const std::string& language);

}  // namespace readiness::workbook
