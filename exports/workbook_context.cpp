#include "workbook_context.h"

#include <algorithm>
#include <exception>

#include "register.h"
#include "workbook_formula.h"
#include "workbook_names.h"

namespace readiness::workbook {

WorkbookContext::WorkbookContext(const Project& project, const WorkbookOptions& options, lxw_workbook* wb)
    : m_project(project), m_options(options), m_lang(options.language == "en" ? "en" : "sv"),
      m_t(workbook_text(m_lang)), m_wb(wb), m_fmt(wb) {
  for (const auto& r : score_project(project)) m_results.emplace(r.round_id, r);
  for (const auto& c : project.communities)
    for (const Round* round : project.rounds_of(c.id)) m_ordered.push_back(round);
  // Rounds whose community is missing still belong in the workbook.
  for (const auto& round : project.rounds)
    if (!project.find_community(round.community_id)) m_ordered.push_back(&round);
  for (const Round* round : m_ordered)
    for (const auto& d : round->instrument.dimensions)
      if (std::find(m_dim_codes.begin(), m_dim_codes.end(), d.code) == m_dim_codes.end())
        m_dim_codes.push_back(d.code);
  try {
    m_register = &SwedishRegister::bundled();
  } catch (const std::exception&) {
    m_register = nullptr;  // county names then fall back to their codes
  }
}

std::string WorkbookContext::community_name(const Round& round) const {
  const Community* c = m_project.find_community(round.community_id);
  return c ? c->name : round.community_id;
}

std::string WorkbookContext::county_name(const std::string& code) const {
  if (code.empty()) return "";
  if (m_register)
    if (const County* county = m_register->county(code)) return county->name;
  return code;
}

std::string WorkbookContext::dim_label(const Instrument& instrument, const std::string& code) const {
  return code + " " + dimension_name(instrument, code, m_lang);
}

const Instrument& WorkbookContext::instrument_with(const std::string& code) const {
  for (const Round* r : m_ordered)
    if (r->instrument.find_dimension(code)) return r->instrument;
  return m_ordered.front()->instrument;
}

std::string WorkbookContext::stage_choose(const std::string& stage_cell, const Instrument& instrument) const {
  std::string f = "CHOOSE(" + stage_cell;
  for (int k = 1; k <= kStageCount; ++k) f += "," + formula_string(stage_name(instrument, k, m_lang));
  return f + ")";
}

void WorkbookContext::set_scores(const std::string& sheet, int last_row) {
  m_scores_sheet = sheet;
  m_scores_last_row = last_row;
  // The same three ranges in every AVERAGEIFS of the Summary sheet.
  m_consensus_range = scores_range(kConsensus);
  m_round_id_range = scores_range(kRoundId);
  m_dimension_range = scores_range(kDimension);
}

std::string WorkbookContext::scores_range(int col) const {
  return quote_sheet(m_scores_sheet) + "!" + cell_ref(1, col) + ":" + cell_ref(m_scores_last_row, col);
}

std::string WorkbookContext::mean_formula(const Round& round, const std::string& code) const {
  return "AVERAGEIFS(" + m_consensus_range + "," + m_round_id_range + "," + equals_criterion(round.id) + "," +
         m_dimension_range + "," + equals_criterion(code) + ")";
}

std::string WorkbookContext::exact_overall_formula(const Round& round, const std::vector<std::string>& codes) const {
  std::string avg = "AVERAGE(";
  for (std::size_t i = 0; i < codes.size(); ++i) avg += (i ? "," : "") + mean_formula(round, codes[i]);
  return avg + ")";
}

void WorkbookContext::set_summary(const std::string& sheet, int overall_col) {
  m_summary_sheet = sheet;
  m_summary_overall_col = overall_col;
}

void WorkbookContext::add_summary_row(const Round& round, int row) { m_summary_rows[round.id].row = row; }

void WorkbookContext::add_summary_mean(const Round& round, int row, const std::string& code, int col) {
  SummaryRow& s = m_summary_rows[round.id];
  s.row = row;
  s.dim_col[code] = col;
}

std::string WorkbookContext::summary_mean_ref(const Round& round, const std::string& code) const {
  const SummaryRow& s = m_summary_rows.at(round.id);
  return sheet_cell_ref(m_summary_sheet, s.row, s.dim_col.at(code));
}

std::string WorkbookContext::summary_ref(const Round& round, int offset_from_overall) const {
  return sheet_cell_ref(m_summary_sheet, m_summary_rows.at(round.id).row, m_summary_overall_col + offset_from_overall);
}

}  // namespace readiness::workbook
