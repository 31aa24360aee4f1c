#pragma once
// The Excel workbook communicators hand on as it is (design.md, "Excel
// workbook"): Summary, Comparison, one sheet per community, Agreement,
// Method and the raw Scores table. Dimension means, overall scores and
// stages are live formulas over the Scores sheet, each written with the
// exact value scoring/ computed, so viewers that never recalculate still
// show the right numbers. Formulas are in US-English syntax whatever the
// language of the labels.
#include <optional>
#include <string>

#include "project.h"

namespace readiness {

struct WorkbookOptions {
  std::string language = "sv";     // "sv" or "en": sheet names, headers, stage names
  bool include_contacts = false;   // respondent contact details only when asked for
  bool include_audit = false;      // the History sheet (audit trail) only when asked for
  // Comparison sheet: one issue (matched like compare_rounds) or every issue,
  // and the round label to compare; by default the latest label of each issue.
  std::optional<std::string> comparison_issue;
  std::optional<std::string> comparison_period;
  // Date shown as "exported" on the Method sheet; today when empty.
  std::string exported_on;
};

// Whether the Comparison options name something the project has: an issue
// some round has (matched as compare_rounds matches), a round label some
// round (of that issue) has. Callers check before exporting to name the bad
// value; write_workbook refuses such options too.
enum class ComparisonOptionsProblem { None, UnknownIssue, UnknownPeriod };
ComparisonOptionsProblem check_comparison_options(const Project& project, const WorkbookOptions& options);

// Writes atomically (temp file in the same folder, renamed on success), so a
// failed export never leaves a half-written file at `path`. Throws
// ExportError naming the path and the reason, or naming the comparison
// issue or period no round has.
void write_workbook(const Project& project, const std::string& path, const WorkbookOptions& options = {});

}  // namespace readiness
