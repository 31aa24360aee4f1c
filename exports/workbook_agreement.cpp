#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <map>
#include <string>
#include <vector>

#include "agreement.h"

namespace readiness::workbook {

namespace {

void agreement_row(const WorkbookContext& ctx, Sheet& sheet, int row, int col, const AgreementStats& s) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  sheet.number(row, col, s.n, fmt.integer);
  if (s.n > 0) {
    sheet.number(row, col + 1, s.exact, fmt.percent);
    sheet.number(row, col + 2, s.within_half, fmt.percent);
    sheet.number(row, col + 3, s.within_one, fmt.percent);
  } else {
    for (int c = 1; c <= 3; ++c) sheet.text(row, col + c, t.none, fmt.centre);
  }
  if (s.weighted_kappa) sheet.number(row, col + 4, *s.weighted_kappa, fmt.decimal);
  else sheet.text(row, col + 4, t.none, fmt.centre);
  if (s.icc) sheet.number(row, col + 5, *s.icc, fmt.decimal);
  else sheet.text(row, col + 5, t.none, fmt.centre);
  sheet.number(row, col + 6, s.large_differences, fmt.integer);
}

void agreement_headers(const WorkbookContext& ctx, Sheet& sheet, int row, int col) {
  const WorkbookText& t = ctx.text();
  const char* h[] = {"n", t.exact, t.within_half, t.within_one, t.kappa, t.icc, t.large_differences};
  for (int i = 0; i < 7; ++i) sheet.text(row, col + i, h[i], ctx.fmt().header_number);
}

}  // namespace

void write_agreement_sheet(const WorkbookContext& ctx, Sheet& sheet) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  sheet.text(0, 0, t.agreement_title, fmt.title);
  sheet.text(1, 0, t.agreement_note, fmt.note);
  std::map<std::string, std::vector<ScorePair>> by_dim;
  std::vector<ScorePair> all;
  for (const Round* round : ctx.ordered())
    for (const auto& iv : round->interviews)
      for (const auto& dim : round->instrument.dimensions) {
        const DimensionScore* s = iv.score_for(dim.code);
        if (!s || !s->scorer_a || !s->scorer_b) continue;
        by_dim[dim.code].push_back({*s->scorer_a, *s->scorer_b});
        all.push_back({*s->scorer_a, *s->scorer_b});
      }
  int row = 3;
  sheet.text(row, 0, t.dimension, fmt.header);
  agreement_headers(ctx, sheet, row, 1);
  sheet.height(row, 32);
  ++row;
  for (const auto& code : ctx.dim_codes()) {
    sheet.text(row, 0, ctx.dim_label(ctx.instrument_with(code), code));
    agreement_row(ctx, sheet, row, 1, agreement(by_dim[code]));
    ++row;
  }
  sheet.text(row, 0, t.all_dimensions, fmt.bold);
  agreement_row(ctx, sheet, row, 1, agreement(all));
  row += 3;

  sheet.text(row++, 0, t.agreement_by_round, fmt.heading);
  const int header = row;
  sheet.text(row, 0, t.community, fmt.header);
  sheet.text(row, 1, t.round, fmt.header);
  sheet.text(row, 2, t.dimension, fmt.header);
  agreement_headers(ctx, sheet, row, 3);
  sheet.height(row, 32);
  ++row;
  for (const Round* round : ctx.ordered()) {
    const RoundAgreement ra = round_agreement(*round);
    const std::string community = ctx.community_name(*round);
    for (const auto& d : ra.by_dimension) {
      sheet.text(row, 0, community);
      sheet.text(row, 1, round->label);
      sheet.text(row, 2, d.dimension);
      agreement_row(ctx, sheet, row, 3, d.stats);
      ++row;
    }
    sheet.text(row, 0, community, fmt.bold);
    sheet.text(row, 1, round->label, fmt.bold);
    sheet.text(row, 2, t.total, fmt.bold);
    agreement_row(ctx, sheet, row, 3, ra.overall);
    ++row;
  }
  sheet.check(worksheet_autofilter(sheet.ws(), R(header), 0, R(std::max(row - 1, header)), 9));
  sheet.width(0, 0, 36);
  sheet.width(1, 2, 11);
  sheet.width(3, 9, 12);
  worksheet_set_paper(sheet.ws(), 9);
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
}

}  // namespace readiness::workbook
