#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <string>
#include <vector>

namespace readiness::workbook {

// Rows in the order Summary lists the rounds; every row written left to
// right, so libxlsxwriter appends rather than searches.
void write_scores_sheet(WorkbookContext& ctx, Sheet& sheet) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  const std::string& lang = ctx.lang();
  const bool contacts = ctx.options().include_contacts;
  const int last_col = contacts ? kContact : kNoteB;
  int row = 1;
  for (const Round* round : ctx.ordered()) {
    const std::string community = ctx.community_name(*round);
    for (const auto& iv : round->interviews) {
      const Respondent* resp = round->find_respondent(iv.respondent_id);
      const std::string sector = resp ? sector_name(resp->sector, lang) : "";
      for (const auto& dim : round->instrument.dimensions) {
        const DimensionScore* s = iv.score_for(dim.code);
        if (!s) continue;
        sheet.text(row, kCommunity, community);
        sheet.text(row, kIssue, round->issue);
        sheet.text(row, kRound, round->label);
        sheet.text(row, kRoundId, round->id);
        sheet.text(row, kInterview, iv.id);
        if (resp) sheet.text(row, kRespondent, resp->pseudonym.empty() ? resp->id : resp->pseudonym);
        sheet.text(row, kSector, sector);
        sheet.text(row, kDimension, dim.code);
        if (s->scorer_a) sheet.number(row, kScorerA, *s->scorer_a / 100.0, fmt.score);
        if (s->scorer_b) sheet.number(row, kScorerB, *s->scorer_b / 100.0, fmt.score);
        if (s->consensus) sheet.number(row, kConsensus, *s->consensus / 100.0, fmt.score);
        sheet.text(row, kReason, s->reason);
        sheet.text(row, kNoteA, s->note_a);
        sheet.text(row, kNoteB, s->note_b);
        if (contacts && resp) sheet.text(row, kContact, resp->contact);
        ++row;
      }
    }
  }
  const int last_row = std::max(row - 1, 1);
  ctx.set_scores(sheet.name(), last_row);

  const char* headers[] = {t.community, t.issue, t.round, t.round_id, t.interview,
                           t.respondent, t.sector, t.dimension, t.scorer_a, t.scorer_b,
                           t.consensus, t.reason, t.note_a, t.note_b, t.contact};
  std::vector<lxw_table_column> columns(static_cast<std::size_t>(last_col + 1));
  std::vector<lxw_table_column*> column_ptrs;
  for (int c = 0; c <= last_col; ++c) {
    columns[static_cast<std::size_t>(c)] = lxw_table_column{};
    columns[static_cast<std::size_t>(c)].header = const_cast<char*>(headers[c]);
    column_ptrs.push_back(&columns[static_cast<std::size_t>(c)]);
  }
  column_ptrs.push_back(nullptr);
  lxw_table_options table{};
  table.name = const_cast<char*>("Scores");
  table.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  table.style_type_number = 9;
  table.columns = column_ptrs.data();
  sheet.check(worksheet_add_table(sheet.ws(), 0, 0, R(last_row), C(last_col), &table));
  worksheet_freeze_panes(sheet.ws(), 1, 0);
  sheet.width(kCommunity, kCommunity, 16);
  sheet.width(kIssue, kIssue, 30);
  sheet.width(kRound, kRound, 9);
  sheet.width(kRoundId, kRoundId, 18);
  sheet.width(kInterview, kInterview, 10);
  sheet.width(kRespondent, kRespondent, 12);
  sheet.width(kSector, kSector, 22);
  sheet.width(kDimension, kDimension, 11);
  sheet.width(kScorerA, kConsensus, 12);
  sheet.width(kReason, kReason, 50);
  sheet.width(kNoteA, kNoteB, 40);
  if (contacts) sheet.width(kContact, kContact, 30);
}
}  // namespace readiness::workbook
