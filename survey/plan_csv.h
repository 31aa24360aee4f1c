#pragma once
// Actions of the communities' plans and joint commitments as CSV, out and
// in (issue 13): coordinators keep plans in spreadsheets. The format is
// documented in README.md ("Action plans as CSV"). One row per action or
// commitment item; columns by name, in any order:
//
//   community       name, SCB code or id of a community in the project (required)
//   kind            "plan" (default when empty) or "commitment"
//   plan            id of the plan or commitment (required); a new id makes a new one
//   plan_title      its title (used when the row creates it; else must be empty or equal)
//   action          id of the action; empty: a new id is made ("a-<activity slug>")
//   activity        required
//   target_group, responsible, strategy, funding, key_message, note   free text
//   sectors         sector ids or names (sectors.h), separated by "|"
//   dimensions      dimension codes, separated by "|" ("B|E")
//   strategy_stage  1–9 or empty
//   start, end      "2020", "2020-Q3" or "2020-03" (parse_plan_time), or empty
//   priority        1, 2, 3 or empty
//   cost_sek        whole kronor, spaces allowed ("15 000"), or empty
//   status          planned, ongoing, done, postponed, cancelled (or the Swedish
//                   planerad, pågående, genomförd, uppskjuten, inställd); empty: planned
//   channel         personal-contact, small-groups, meetings-events, local-media,
//                   social-media, own-channels, or empty
//   latest_follow_up   written by the export, ignored by the import
//
// Import rules (as import-scores): the whole file is checked first; any bad
// row refuses the file whole with every bad row listed by line and column,
// and the project is unchanged. An action that exists (same community,
// plan and action id) gets the row's fields; its follow-ups are kept.
#include <string>

#include "project.h"
#include "score_import.h"  // ImportRowError, ScoreImportError

namespace readiness {

// Every action of every community (plans, then commitments), with a UTF-8
// BOM and CRLF line ends; ';' or ','.
std::string plan_actions_csv(const Project& project, char separator = ';');

struct PlanImportSummary {
  int rows = 0;
  int actions_new = 0;
  int actions_updated = 0;
  int plans_new = 0;        // plans and commitments created
  std::string encoding = "UTF-8";
};

// Imports `csv_text` (csv_reader.h: BOM, sep= line, ';' or ',', Windows-1252)
// into `project`. Throws ScoreImportError (named `display_name`, every bad
// row) when refused — the project is then unchanged — and CsvError-derived
// messages as ScoreImportError too.
PlanImportSummary import_plan_actions_text(Project& project, const std::string& csv_text,
                                           const std::string& display_name);
// Reads the file (a regular file of at most kMaxScoreCsvBytes) and imports
// it; std::runtime_error when it cannot be read.
PlanImportSummary import_plan_actions(Project& project, const std::string& csv_path);

}  // namespace readiness
