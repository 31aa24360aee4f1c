#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <string>
#include <vector>

#include "workbook_formula.h"
#include "workbook_names.h"

namespace readiness::workbook {

void write_summary_sheet(WorkbookContext& ctx, Sheet& sheet) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  const std::string& lang = ctx.lang();
  enum { County, Code, Community, Issue, RoundCol, ModeCol, N, FirstDim };
  const int ndims = static_cast<int>(ctx.dim_codes().size());
  const int overall_col = FirstDim + ndims;
  const int stage_col = overall_col + 1;
  const int stage_name_col = overall_col + 2;
  const int lowest_col = overall_col + 3;
  const int provisional_col = overall_col + 4;
  const int round_id_col = overall_col + 5;
  ctx.set_summary(sheet.name(), overall_col);

  const char* fixed[] = {t.county, t.municipality_code, t.community, t.issue, t.round, t.mode,
                         t.interviews_n};
  for (int c = 0; c < FirstDim; ++c) sheet.text(0, c, fixed[c], c == N ? fmt.header_number : fmt.header);
  for (int i = 0; i < ndims; ++i) {
    const std::string& code = ctx.dim_codes()[static_cast<std::size_t>(i)];
    sheet.text(0, FirstDim + i, ctx.dim_label(ctx.instrument_with(code), code), fmt.header_number);
  }
  sheet.text(0, overall_col, t.overall, fmt.header_number);
  sheet.text(0, stage_col, t.stage, fmt.header_number);
  sheet.text(0, stage_name_col, t.stage_name, fmt.header);
  sheet.text(0, lowest_col, t.lowest, fmt.header);
  sheet.text(0, provisional_col, t.provisional, fmt.header);
  sheet.text(0, round_id_col, t.round_id, fmt.header);

  int row = 1;
  for (const Round* round : ctx.ordered()) {
    const RoundResult& r = ctx.result(*round);
    ctx.add_summary_row(*round, row);
    sheet.text(row, County, ctx.county_name(r.county_code));
    sheet.text(row, Code, r.community_code);
    sheet.text(row, Community, r.community_name.empty() ? round->community_id : r.community_name);
    sheet.text(row, Issue, r.issue);
    sheet.text(row, RoundCol, r.label);
    sheet.text(row, ModeCol, mode_name(r.mode, lang));
    sheet.number(row, N, r.scored_interviews, fmt.integer);
    std::vector<std::string> codes;  // of the round's dimensions, for the overall
    for (const auto& d : r.dimensions) {
      const auto at = std::find(ctx.dim_codes().begin(), ctx.dim_codes().end(), d.code);
      const int col = FirstDim + static_cast<int>(at - ctx.dim_codes().begin());
      ctx.add_summary_mean(*round, row, d.code, col);
      codes.push_back(d.code);
      // Gap rule: no formula where no interview has a consensus score
      // (AVERAGEIFS would give #DIV/0!). Shown cut, as every output shows it.
      if (d.mean) {
        const ExactMean cut = cut_mean(*d.mean);
        sheet.formula(row, col, cut_mean_formula(ctx.mean_formula(*round, d.code)), cut.value(), fmt.mean(cut));
      }
      else sheet.text(row, col, t.none, fmt.centre);
    }
    if (r.overall) {
      // The overall is the mean of the exact dimension means (scoring rule
      // 4 and 5: compute exactly), never of the cut cells beside it.
      const ExactMean cut = cut_mean(*r.overall);
      sheet.formula(row, overall_col, cut_mean_formula(ctx.exact_overall_formula(*round, codes)), cut.value(),
                    fmt.mean(cut, true));
      sheet.formula(row, stage_col, stage_formula(cell_ref(row, overall_col, false)), *r.overall_stage,
                    fmt.integer_bold);
      sheet.formula_text(row, stage_name_col, ctx.stage_choose(cell_ref(row, stage_col, false), round->instrument),
                         stage_name(round->instrument, *r.overall_stage, lang));
    } else {
      sheet.text(row, overall_col, t.none, fmt.centre);
      sheet.text(row, stage_col, t.none, fmt.centre);
    }
    std::string lowest;
    for (const auto& code : r.lowest) lowest += (lowest.empty() ? "" : ", ") + code;
    if (r.lowest.size() == 1) lowest += " " + dimension_name(round->instrument, r.lowest[0], lang);
    sheet.text(row, lowest_col, lowest);
    sheet.text(row, provisional_col, r.provisional ? t.yes : t.no);
    sheet.text(row, round_id_col, round->id, fmt.note);
    ++row;
  }
  const int last = std::max(row - 1, 1);
  colour_by_stage(sheet, fmt, 1, FirstDim, last, stage_col);
  worksheet_freeze_panes(sheet.ws(), 1, RoundCol);
  sheet.check(worksheet_autofilter(sheet.ws(), 0, 0, R(last), C(round_id_col)));
  sheet.height(0, 48);
  sheet.width(County, County, 17);
  sheet.width(Code, Code, 11);
  sheet.width(Community, Community, 15);
  sheet.width(Issue, Issue, 28);
  sheet.width(RoundCol, RoundCol, 8);
  sheet.width(ModeCol, ModeCol, 10);
  sheet.width(N, N, 10);
  if (ndims) sheet.width(FirstDim, FirstDim + ndims - 1, 12);
  sheet.width(overall_col, stage_col, 8);
  sheet.width(stage_name_col, stage_name_col, 20);
  sheet.width(lowest_col, lowest_col, 26);
  sheet.width(provisional_col, provisional_col, 11);
  sheet.width(round_id_col, round_id_col, 20);
  // Twenty columns are unreadable on A4: print on A3, and leave the round
  // id (there for the formulas and for filtering) off the paper.
  worksheet_set_landscape(sheet.ws());
  worksheet_set_paper(sheet.ws(), 8);  // A3
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
  sheet.check(worksheet_print_area(sheet.ws(), 0, 0, R(last), C(provisional_col)));
  sheet.check(worksheet_repeat_rows(sheet.ws(), 0, 0));
  worksheet_set_margins(sheet.ws(), 0.4, 0.4, 0.5, 0.5);
}

}  // namespace readiness::workbook
