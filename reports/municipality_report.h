#pragma once
// The feedback report of one round for its municipality (issue 14 item 1):
// A4 portrait, Swedish or English, 4–8 pages — what was measured, the
// overall score with its stage and 95% interval, the profile chart and the
// dimension table, what the stage means, the lowest dimension with its
// stage's strategies and channels, the change since the previous round with
// the noise verdicts and the trend chart, the action plan, the warnings,
// and a methods appendix (instrument, questions, respondents by sector,
// roles, agreement between scorers, the consensus and gap rules, dates).
// Every number comes from scoring/ and is shown through mean_format.h, the
// same as readiness-cli score/trend --json and the workbook.
#include <string>

#include "project.h"

namespace readiness::reports {

struct ReportOptions {
  std::string language = "sv";  // "sv" or "en"
  std::string font_dir;         // empty: survey's font_dir()
  std::string locale_dir;       // empty: survey's locale_dir()
  std::string date;             // ISO date printed as the report's date; empty: today
};

// The PDF as bytes. Throws ReportError (pdf_document.h) when the fonts or
// the catalog are missing, std::invalid_argument for a bad language.
std::string municipality_report_pdf(const Project& project, const Round& round, const ReportOptions& options);

// The same, written atomically to `path` (exports/atomic_output.h): the file
// appears whole or not at all. Throws ExportError for the file.
void write_municipality_report(const Project& project, const Round& round, const ReportOptions& options,
                               const std::string& path);

// The round a municipality's report is about: the given label, else the
// latest (label order) of its interview rounds, else its latest round.
// nullptr when the community has no round (or none with that label).
const Round* report_round(const Project& project, const std::string& community_id, const std::string& label = "");

}  // namespace readiness::reports
