#pragma once
// Sheet names, headers and labels of the Excel workbook in Swedish and
// English. exports/ never sees wx or gettext (conventions.md, item 1), so
// the workbook keeps its own small string table here.
#include <string>

#include "action_plan.h"
#include "instrument_names.h"
#include "round.h"

namespace readiness {

struct WorkbookText {
  // Sheet names (at most 31 characters, none of []:*?/\).
  const char* summary_sheet;
  const char* scores_sheet;
  const char* comparison_sheet;
  const char* agreement_sheet;
  const char* method_sheet;
  // Column headers.
  const char* county;
  const char* municipality_code;
  const char* community;
  const char* issue;
  const char* round;
  const char* round_id;
  const char* mode;
  const char* interviews_n;  // header of RoundResult::scored_interviews (any consensus score), not "n"
  const char* overall;
  const char* stage;
  const char* stage_name;
  const char* lowest;
  const char* provisional;
  const char* interview;
  const char* respondent;
  const char* sector;
  const char* dimension;
  const char* scorer_a;
  const char* scorer_b;
  const char* consensus;
  const char* reason;
  const char* note_a;  // scorer A's own note (evidence quoted from the answers)
  const char* note_b;
  const char* contact;
  const char* change;
  const char* mean;
  const char* sd;
  const char* min;
  const char* max;
  const char* exact;
  const char* within_half;
  const char* within_one;
  const char* kappa;
  const char* icc;
  const char* large_differences;
  const char* all_dimensions;
  const char* yes;
  const char* no;
  const char* none;  // shown where a value does not exist yet
  const char* mode_interview;
  const char* mode_self_rating;
  // Community sheets.
  const char* code_label;
  const char* profile_title;
  const char* radar_title;      // "%s vs %s"
  const char* trend_title;
  const char* detail_title;     // "... %s"
  const char* next_steps_title;
  const char* goal;
  const char* channels;
  const char* strategies;
  const char* blank_note;
  // Comparison.
  const char* comparison_title;
  const char* period;
  const char* common_overall;
  const char* dropped_dimensions;
  const char* comparison_chart_title;
  const char* comparison_overall_chart_title;
  // Agreement.
  const char* agreement_title;
  const char* agreement_note;
  const char* agreement_by_round;
  const char* total;
  // Method sheet.
  const char* method_title;
  const char* project;
  const char* owner;
  const char* exported;
  const char* instruments;
  const char* rules;
  const char* rule_consensus;
  const char* rule_means;
  const char* rule_overall;
  const char* rule_truncation;
  const char* rule_gap;
  const char* rule_provisional;
  const char* rule_formulas;
  const char* rounds_count;
  const char* interviews_held;
  const char* interview_dates;
  const char* round_dates;
  const char* provisional_rounds;
  const char* provisional_none;
  const char* contacts;
  const char* contacts_excluded;
  const char* contacts_included;
  const char* sheets_guide;
  const char* guide_summary;
  const char* guide_comparison;
  const char* guide_community;
  const char* guide_agreement;
  const char* guide_scores;
  // Trends sheet (one row per community × issue × mode × round × dimension).
  const char* trends_sheet;
  const char* trends_title;
  const char* trends_note;
  const char* ci_low;
  const char* ci_high;
  const char* change_since_previous;
  const char* threshold;
  const char* verdict;
  const char* beyond_noise_up;
  const char* beyond_noise_down;
  const char* within_noise;
  const char* not_assessable;
  const char* stage_change_in_noise;
  const char* remark;
  const char* common_dimensions_only;  // followed by the codes left out
  const char* other_mode_split;
  const char* rule_interval;
  const char* rule_change;
  const char* guide_trends;
};

// "sv" or "en"; anything else is treated as "sv".
const WorkbookText& workbook_text(const std::string& language);

// Stage and dimension names in the workbook's language: stage_name and
// dimension_name of survey/instrument_names.h (one rule for every output).
// Display name of a sector id ("police" -> "Polis"/"Police"); unknown ids as they are.
std::string sector_name(const std::string& sector_id, const std::string& language);
// Who is responsible for an action, as every view prints it: the free-text
// actors, then the sectors' display names in brackets ("ANDT-samordnaren
// (Polis, Skola)"), or the sector names alone when there is no free text;
// "" when neither is given (issue 13).
std::string responsible_text(const PlanAction& action, const std::string& language);
// "interview"/"self-rating" in the workbook's language.
std::string mode_name(Mode mode, const std::string& language);

}  // namespace readiness
