#pragma once
// The county overview (lägesbild, issue 14 item 2): one A4 landscape page
// (two at most) for a county and an issue — every municipality × dimension
// coloured by stage, the overall score with its 95% interval, the change
// since the previous round (beyond / within the noise), the county's
// weakest dimension, one chart; municipalities of the county (register and
// project) without a round in the period are listed as such.
// The numbers are those of readiness-cli trend --json (one axis per issue
// and mode, dimensions shared by every municipality's rounds).
#include <stdexcept>
#include <string>

#include "municipality_report.h"  // ReportOptions
#include "project.h"

namespace readiness::reports {

struct CountySelection {
  std::string county_code;  // "25"
  std::string issue;        // empty: the county's only issue (else an error lists them)
  std::string period;       // round label; empty: the latest label of the issue in the county
};

// Bad selection (unknown county, no rounds, several issues and none chosen).
struct SelectionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string county_overview_pdf(const Project& project, const CountySelection& selection, const ReportOptions& options);
void write_county_overview(const Project& project, const CountySelection& selection, const ReportOptions& options,
                           const std::string& path);

}  // namespace readiness::reports
