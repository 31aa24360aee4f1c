#pragma once
// What the sheet writers of the Excel workbook share: the project, the
// options, the language, the formats, the rounds in workbook order with
// their results, and a registry of the cells other sheets refer to (the
// Scores ranges, each round's row on the Summary sheet). Internal to
// exports/; <xlsxwriter.h> stays out of it.
#include <map>
#include <string>
#include <vector>

#include "project.h"
#include "round_result.h"
#include "workbook_export.h"
#include "workbook_sheet.h"
#include "workbook_text.h"

namespace readiness {

class SwedishRegister;

namespace workbook {

// Columns of the Scores sheet.
enum ScoresColumn { kCommunity, kIssue, kRound, kRoundId, kInterview, kRespondent, kSector, kDimension,
                    kScorerA, kScorerB, kConsensus, kReason, kNoteA, kNoteB, kContact };

class WorkbookContext {
 public:
  WorkbookContext(const Project& project, const WorkbookOptions& options, lxw_workbook* wb);

  const Project& project() const { return m_project; }
  const WorkbookOptions& options() const { return m_options; }
  const std::string& lang() const { return m_lang; }
  const WorkbookText& text() const { return m_t; }
  lxw_workbook* wb() const { return m_wb; }
  const Formats& fmt() const { return m_fmt; }
  // Rounds in workbook order: by community, then rounds whose community is missing.
  const std::vector<const Round*>& ordered() const { return m_ordered; }
  // Every dimension code of those rounds, first use first.
  const std::vector<std::string>& dim_codes() const { return m_dim_codes; }
  const RoundResult& result(const Round& round) const { return m_results.at(round.id); }

  std::string community_name(const Round& round) const;
  // County name from the register; the code when the register lacks it.
  std::string county_name(const std::string& code) const;
  // "A Kunskap om insatser": code and name in the workbook's language.
  std::string dim_label(const Instrument& instrument, const std::string& code) const;
  // Instrument of the first round using `code` (for its name).
  const Instrument& instrument_with(const std::string& code) const;
  // CHOOSE(stage_cell, "name 1", …, "name 9").
  std::string stage_choose(const std::string& stage_cell, const Instrument& instrument) const;

  // ---- the Scores sheet, once written
  void set_scores(const std::string& sheet, int last_row);
  const std::string& scores_sheet() const { return m_scores_sheet; }
  // 'Poäng'!$K$2:$K$n
  std::string scores_range(int col) const;
  // =AVERAGEIFS over the consensus column for one round and dimension
  // (after set_scores).
  std::string mean_formula(const Round& round, const std::string& code) const;
  // AVERAGE of the exact mean_formula()s of `codes`: an overall score
  // computed exactly (scoring rule 4), never from the cut cells.
  std::string exact_overall_formula(const Round& round, const std::vector<std::string>& codes) const;

  // ---- the Summary sheet, as it is written
  void set_summary(const std::string& sheet, int overall_col);
  const std::string& summary_sheet() const { return m_summary_sheet; }
  void add_summary_mean(const Round& round, int row, const std::string& code, int col);
  void add_summary_row(const Round& round, int row);
  // Cells on the Summary sheet, as absolute references for other sheets.
  std::string summary_mean_ref(const Round& round, const std::string& code) const;
  std::string summary_ref(const Round& round, int offset_from_overall) const;

 private:
  struct SummaryRow {
    int row = 0;
    std::map<std::string, int> dim_col;  // code -> column of its mean
  };

  const Project& m_project;
  const WorkbookOptions& m_options;
  std::string m_lang;
  const WorkbookText& m_t;
  lxw_workbook* m_wb;
  Formats m_fmt;
  std::map<std::string, RoundResult> m_results;
  std::vector<const Round*> m_ordered;
  std::vector<std::string> m_dim_codes;
  const SwedishRegister* m_register = nullptr;
  std::string m_scores_sheet;
  int m_scores_last_row = 1;  // at least 1 so ranges stay valid
  std::string m_consensus_range, m_round_id_range, m_dimension_range;  // set by set_scores
  std::string m_summary_sheet;
  int m_summary_overall_col = 0;
  std::map<std::string, SummaryRow> m_summary_rows;
};

}  // namespace workbook
}  // namespace readiness
