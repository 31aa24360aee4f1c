#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "comparison.h"
#include "mean_format.h"
#include "strategy.h"
#include "workbook_chart_style.h"
#include "workbook_formula.h"
#include "workbook_names.h"

namespace readiness::workbook {

namespace {

// The codes of a round's dimensions, in instrument order.
std::vector<std::string> dimension_codes(const RoundResult& result) {
  std::vector<std::string> codes;
  for (const auto& d : result.dimensions) codes.push_back(d.code);
  return codes;
}

struct IssueGroup {
  std::string issue;
  Mode mode;
  std::vector<const Round*> rounds;
};

std::vector<IssueGroup> issue_groups(const WorkbookContext& ctx, const Community& c) {
  std::vector<IssueGroup> groups;
  for (const Round* r : ctx.project().rounds_of(c.id)) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const IssueGroup& g) {
      return normalize_issue(g.issue) == normalize_issue(r->issue) && g.mode == r->mode;
    });
    if (it == groups.end()) groups.push_back({r->issue, r->mode, {r}});
    else it->rounds.push_back(r);
  }
  return groups;
}

// Profile table, charts, details and next steps for one issue; returns the last row used.
int write_issue_block(const WorkbookContext& ctx, Sheet& sheet, const IssueGroup& g, int top) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  const std::string& lang = ctx.lang();
  const int nrounds = static_cast<int>(g.rounds.size());
  const Round& latest = *g.rounds.back();
  const Round* previous = nrounds >= 2 ? g.rounds[static_cast<std::size_t>(nrounds - 2)] : nullptr;
  std::vector<std::string> codes;
  for (const Round* r : g.rounds)
    for (const auto& d : r->instrument.dimensions)
      if (std::find(codes.begin(), codes.end(), d.code) == codes.end()) codes.push_back(d.code);

  sheet.text(top, 0, std::string(t.profile_title) + ": " + g.issue + " (" + mode_name(g.mode, lang) + ")",
             fmt.heading);
  const int header = top + 1;
  const int first_dim_row = header + 1;
  const int change_col = nrounds + 1;
  sheet.text(header, 0, t.dimension, fmt.header);
  for (int i = 0; i < nrounds; ++i)
    sheet.text(header, 1 + i, g.rounds[static_cast<std::size_t>(i)]->label, fmt.header_number);
  if (previous) sheet.text(header, change_col, t.change, fmt.header_number);
  sheet.width(1, 7, 15);
  sheet.width(7, 7, 22);

  int row = first_dim_row;
  for (const auto& code : codes) {
    const Instrument& named_by = latest.instrument.find_dimension(code) ? latest.instrument : ctx.instrument_with(code);
    sheet.text(row, 0, ctx.dim_label(named_by, code));
    std::vector<std::optional<ExactMean>> means;
    for (int i = 0; i < nrounds; ++i) {
      const Round& r = *g.rounds[static_cast<std::size_t>(i)];
      const RoundResult& res = ctx.result(r);
      std::optional<ExactMean> mean;
      for (const auto& d : res.dimensions)
        if (d.code == code) mean = d.mean;
      means.push_back(mean);
      // Blank, not text, where there is no score: the charts show a gap.
      if (mean) sheet.formula(row, 1 + i, ctx.summary_mean_ref(r, code), cut_mean(*mean).value(), fmt.mean(cut_mean(*mean)));
    }
    if (previous && means[means.size() - 1] && means[means.size() - 2]) {
      // The exact difference (not of the cut cells), rounded for show like
      // every output shows a change.
      const double diff = means.back()->value() - means[means.size() - 2]->value();
      sheet.formula(row, change_col, ctx.mean_formula(latest, code) + "-" + ctx.mean_formula(*previous, code), diff,
                    fmt.change);
    }
    ++row;
  }
  const int last_dim_row = row - 1;
  colour_by_stage(sheet, fmt, first_dim_row, 1, last_dim_row, nrounds);

  // Overall, stage, stage name, n, provisional per round.
  const int overall_row = row;
  sheet.text(overall_row, 0, t.overall, fmt.bold);
  sheet.text(overall_row + 1, 0, t.stage, fmt.bold);
  sheet.text(overall_row + 2, 0, t.stage_name);
  sheet.text(overall_row + 3, 0, t.interviews_n);
  sheet.text(overall_row + 4, 0, t.provisional);
  for (int i = 0; i < nrounds; ++i) {
    const Round& r = *g.rounds[static_cast<std::size_t>(i)];
    const RoundResult& res = ctx.result(r);
    const int col = 1 + i;
    if (res.overall) {
      sheet.formula(overall_row, col, ctx.summary_ref(r, 0), cut_mean(*res.overall).value(),
                    fmt.mean(cut_mean(*res.overall), true));
      sheet.formula(overall_row + 1, col, ctx.summary_ref(r, 1), *res.overall_stage, fmt.integer_bold);
      sheet.formula_text(overall_row + 2, col, ctx.summary_ref(r, 2),
                         stage_name(r.instrument, *res.overall_stage, lang), fmt.text);
    } else {
      sheet.text(overall_row, col, t.none, fmt.centre);
      sheet.text(overall_row + 1, col, t.none, fmt.centre);
    }
    sheet.number(overall_row + 3, col, res.scored_interviews, fmt.integer);
    sheet.text(overall_row + 4, col, res.provisional ? t.yes : t.no, fmt.centre);
  }
  if (previous) {
    const RoundResult& a = ctx.result(latest);
    const RoundResult& b = ctx.result(*previous);
    if (a.overall && b.overall)
      sheet.formula(overall_row, change_col,
                    ctx.exact_overall_formula(latest, dimension_codes(a)) + "-" +
                        ctx.exact_overall_formula(*previous, dimension_codes(b)),
                    a.overall->value() - b.overall->value(), fmt.change);
  }
  colour_by_stage(sheet, fmt, overall_row, 1, overall_row + 1, nrounds);
  sheet.text(overall_row + 5, 0, t.blank_note, fmt.note);
  int bottom = overall_row + 5;

  // Charts below the table, side by side: radar (latest vs previous) and trend.
  const int chart_row = bottom + 2;
  {
    lxw_chart* radar = workbook_add_chart(ctx.wb(), LXW_CHART_RADAR_WITH_MARKERS);
    const std::string title = previous ? replace_first(replace_first(t.radar_title, latest.label), previous->label)
                                       : std::string(t.profile_title) + " " + latest.label;
    style_chart(radar, title);
    std::vector<std::pair<int, std::size_t>> cols;  // column, colour
    if (previous) cols.emplace_back(nrounds - 1, 6);
    cols.emplace_back(nrounds, 0);
    for (const auto& [col, colour] : cols) {
      lxw_chart_series* s = chart_add_series(radar, nullptr, nullptr);
      chart_series_set_categories(s, sheet.name().c_str(), R(first_dim_row), 0, R(last_dim_row), 0);
      chart_series_set_values(s, sheet.name().c_str(), R(first_dim_row), C(col), R(last_dim_row), C(col));
      chart_series_set_name_range(s, sheet.name().c_str(), R(header), C(col));
      colour_line_series(s, colour, colour != 0);
    }
    score_axis(radar->y_axis);
    lxw_chart_options at{};
    at.x_scale = 1.0;
    at.y_scale = 1.2;
    sheet.check(worksheet_insert_chart_opt(sheet.ws(), R(chart_row), 0, radar, &at));
  }
  {
    lxw_chart* line = workbook_add_chart(ctx.wb(), LXW_CHART_LINE);
    style_chart(line, t.trend_title);
    std::size_t i = 0;
    for (int r = first_dim_row; r <= last_dim_row; ++r, ++i) {
      lxw_chart_series* s = chart_add_series(line, nullptr, nullptr);
      chart_series_set_categories(s, sheet.name().c_str(), R(header), 1, R(header), C(nrounds));
      chart_series_set_values(s, sheet.name().c_str(), R(r), 1, R(r), C(nrounds));
      chart_series_set_name_range(s, sheet.name().c_str(), R(r), 0);
      colour_line_series(s, i);
    }
    score_axis(line->y_axis);
    chart_show_blanks_as(line, LXW_CHART_BLANKS_AS_GAP);
    lxw_chart_options at{};
    at.x_scale = 1.0;
    at.y_scale = 1.2;
    sheet.check(worksheet_insert_chart_opt(sheet.ws(), R(chart_row), 4, line, &at));
  }

  bottom = chart_row + 18;

  // Details of the latest round: n, spread and stage beside every mean.
  int row2 = bottom + 2;
  const RoundResult& res = ctx.result(latest);
  sheet.text(row2, 0, replace_first(t.detail_title, latest.label), fmt.heading);
  ++row2;
  const char* detail_headers[] = {t.dimension, t.mean, "n", t.sd, t.min, t.max, t.stage};
  for (int c = 0; c < 7; ++c) sheet.text(row2, c, detail_headers[c], c ? fmt.header_number : fmt.header);
  sheet.text(row2, 7, t.stage_name, fmt.header);
  ++row2;
  const int first_detail = row2;
  for (const auto& d : res.dimensions) {
    sheet.text(row2, 0, ctx.dim_label(latest.instrument, d.code));
    if (d.mean) {
      const auto at = std::find(codes.begin(), codes.end(), d.code);
      const int profile_row = first_dim_row + static_cast<int>(at - codes.begin());
      sheet.formula(row2, 1, cell_ref(profile_row, nrounds, false), cut_mean(*d.mean).value(),
                    fmt.mean(cut_mean(*d.mean)));
      sheet.formula(row2, 6, stage_formula(cell_ref(row2, 1, false)), *d.stage, fmt.integer);
      sheet.formula_text(row2, 7, ctx.stage_choose(cell_ref(row2, 6, false), latest.instrument),
                         stage_name(latest.instrument, *d.stage, lang));
    } else {
      sheet.text(row2, 1, t.none, fmt.centre);
      sheet.text(row2, 6, t.none, fmt.centre);
    }
    sheet.number(row2, 2, d.n, fmt.integer);
    if (d.n >= 2) sheet.number(row2, 3, d.sd, fmt.decimal);
    else sheet.text(row2, 3, t.none, fmt.centre);
    if (d.min) sheet.number(row2, 4, *d.min / 100.0, fmt.score);
    if (d.max) sheet.number(row2, 5, *d.max / 100.0, fmt.score);
    ++row2;
  }
  colour_by_stage(sheet, fmt, first_detail, 1, row2 - 1, 1);
  colour_by_stage(sheet, fmt, first_detail, 6, row2 - 1, 6);
  bottom = row2 - 1;

  // Next steps: strategies for the lowest dimension(s), from the round's instrument.
  const auto suggestions = suggest_strategies(latest, res);
  if (!suggestions.empty()) {
    int r = bottom + 2;
    sheet.text(r++, 0, t.next_steps_title, fmt.heading);
    for (const auto& s : suggestions) {
      sheet.text(r++, 0,
                 s.dimension + " " + dimension_name(latest.instrument, s.dimension, lang) + " – " + t.stage + " " +
                     std::to_string(s.stage) + " " + stage_name(latest.instrument, s.stage, lang),
                 fmt.bold);
      if (!s.goal.empty()) {
        sheet.text(r, 0, t.goal);
        sheet.text(r++, 1, s.goal);
      }
      if (!s.channels.empty()) {
        sheet.text(r, 0, t.channels);
        sheet.text(r++, 1, s.channels);
      }
      bool first = true;
      for (const auto& strategy : s.strategies) {
        if (first) sheet.text(r, 0, t.strategies);
        first = false;
        sheet.text(r++, 1, "• " + strategy);
      }
      ++r;
    }
    bottom = r - 1;
  }
  return bottom;
}

}  // namespace

void write_community_sheet(const WorkbookContext& ctx, Sheet& sheet, const Community& community) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  sheet.text(0, 0, community.name, fmt.title);
  std::string sub;
  if (!community.code.empty()) sub += std::string(t.code_label) + " " + community.code;
  const std::string county = ctx.county_name(community.county_code);
  if (!county.empty()) sub += (sub.empty() ? "" : " · ") + county;
  sheet.text(1, 0, sub, fmt.subtitle);
  sheet.width(0, 0, 36);
  int row = 3;
  for (const auto& group : issue_groups(ctx, community)) row = write_issue_block(ctx, sheet, group, row) + 2;
  worksheet_set_landscape(sheet.ws());
  worksheet_set_paper(sheet.ws(), 9);
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
  worksheet_set_margins(sheet.ws(), 0.4, 0.4, 0.5, 0.5);
}
}  // namespace readiness::workbook
