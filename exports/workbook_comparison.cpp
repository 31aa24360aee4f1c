#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "comparison.h"
#include "workbook_chart_style.h"
#include "workbook_formula.h"
#include "workbook_names.h"

namespace readiness::workbook {

namespace {

// A round without its answer texts: scoring never reads them.
Round lean_copy(const Round& r) {
  Round out;
  out.id = r.id;
  out.community_id = r.community_id;
  out.label = r.label;
  out.issue = r.issue;
  out.areas = r.areas;
  out.instrument = r.instrument;
  out.mode = r.mode;
  out.status = r.status;
  out.respondents = r.respondents;
  out.interviews.reserve(r.interviews.size());
  for (const auto& iv : r.interviews) {
    Interview lean;
    lean.id = iv.id;
    lean.respondent_id = iv.respondent_id;
    lean.status = iv.status;
    lean.scorer_a_name = iv.scorer_a_name;
    lean.scorer_b_name = iv.scorer_b_name;
    lean.scores = iv.scores;
    out.interviews.push_back(std::move(lean));
  }
  return out;
}

}  // namespace

void write_comparison_sheet(const WorkbookContext& ctx, Sheet& sheet) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  const std::string& lang = ctx.lang();
  if (ctx.ordered().empty()) return;
  sheet.text(0, 0, t.comparison_title, fmt.title);
  sheet.width(0, 0, 18);
  sheet.width(1, 1, 11);
  int top = 2;
  int widest = 0;
  // Only the rounds of the compared period go to compare_rounds: the
  // comparison is "one issue, one period", and a national project would
  // otherwise make it compare every round with every other.
  std::map<std::string, std::string> period_of;  // normalized issue + mode -> label
  auto key = [](const Round& r) { return normalize_issue(r.issue) + "\n" + to_string(r.mode); };
  for (const Round* r : ctx.ordered()) {
    std::string& p = period_of[key(*r)];
    p = ctx.options().comparison_period ? *ctx.options().comparison_period : std::max(p, r->label);
  }
  Project period_project;
  period_project.communities = ctx.project().communities;
  for (const Round* r : ctx.ordered())
    if (r->label == period_of[key(*r)]) period_project.rounds.push_back(lean_copy(*r));
  for (const auto& table : compare_rounds(period_project, ctx.options().comparison_issue)) {
    std::vector<const ComparisonRow*> rows;
    for (const auto& row : table.rows) rows.push_back(&row);
    if (rows.empty()) continue;
    const std::string period = rows.front()->result.label;
    const int ndims = static_cast<int>(table.dimensions.size());
    widest = std::max(widest, ndims);
    const Round& first_round = *ctx.project().find_round(rows.front()->result.round_id);
    sheet.text(top, 0,
               std::string(t.issue) + ": " + table.issue + " · " + t.period + " " + period + " · " +
                   mode_name(table.mode, lang),
               fmt.heading);
    int header = top + 1;
    if (!table.dropped_dimensions.empty()) {
      std::string dropped;
      for (const auto& d : table.dropped_dimensions) dropped += (dropped.empty() ? "" : ", ") + d;
      sheet.text(header, 0, std::string(t.dropped_dimensions) + ": " + dropped, fmt.note);
      ++header;
    }
    sheet.height(header, 48);
    sheet.text(header, 0, t.community, fmt.header);
    sheet.text(header, 1, t.municipality_code, fmt.header);
    for (int i = 0; i < ndims; ++i) {
      const std::string& code = table.dimensions[static_cast<std::size_t>(i)];
      sheet.text(header, 2 + i, ctx.dim_label(first_round.instrument, code), fmt.header_number);
    }
    const int overall_col = 2 + ndims;
    sheet.text(header, overall_col, t.common_overall, fmt.header_number);
    sheet.text(header, overall_col + 1, t.stage, fmt.header_number);
    int row = header + 1;
    for (const ComparisonRow* cr : rows) {
      const Round& round = *ctx.project().find_round(cr->result.round_id);
      sheet.text(row, 0, cr->result.community_name);
      sheet.text(row, 1, cr->result.community_code);
      std::string avg = "AVERAGE(";
      for (int i = 0; i < ndims; ++i) {
        const auto& mean = cr->means[static_cast<std::size_t>(i)];
        const std::string& code = table.dimensions[static_cast<std::size_t>(i)];
        if (mean) {
          const ExactMean cut = cut_mean(*mean);
          sheet.formula(row, 2 + i, ctx.summary_mean_ref(round, code), cut.value(), fmt.mean(cut));
        }
        // The overall from the exact means, not from the cut cells.
        avg += (i ? "," : "") + ctx.mean_formula(round, code);
      }
      if (cr->common_overall) {
        const ExactMean cut = cut_mean(*cr->common_overall);
        sheet.formula(row, overall_col, cut_mean_formula(avg + ")"), cut.value(), fmt.mean(cut, true));
        sheet.formula(row, overall_col + 1, stage_formula(cell_ref(row, overall_col, false)),
                      *cr->common_overall_stage, fmt.integer_bold);
      } else {
        sheet.text(row, overall_col, t.none, fmt.centre);
        sheet.text(row, overall_col + 1, t.none, fmt.centre);
      }
      ++row;
    }
    const int first_row = header + 1;
    const int last_row = row - 1;
    colour_by_stage(sheet, fmt, first_row, 2, last_row, overall_col + 1);

    // Few communities: dimensions side by side per community. Many: one
    // bar per community (overall), which stays readable at county scale.
    const int nrows = last_row - first_row + 1;
    lxw_chart* chart = nullptr;
    lxw_chart_options at{};
    if (nrows <= 12) {
      chart = workbook_add_chart(ctx.wb(), LXW_CHART_COLUMN);
      style_chart(chart, t.comparison_chart_title);
      for (int r = first_row; r <= last_row; ++r) {
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, sheet.name().c_str(), R(header), 2, R(header), C(overall_col - 1));
        chart_series_set_values(s, sheet.name().c_str(), R(r), 2, R(r), C(overall_col - 1));
        chart_series_set_name_range(s, sheet.name().c_str(), R(r), 0);
        lxw_chart_fill fill{};
        fill.color = series_colour(static_cast<std::size_t>(r - first_row));
        chart_series_set_fill(s, &fill);
      }
      at.x_scale = 1.6;
      at.y_scale = 1.2;
    } else {
      chart = workbook_add_chart(ctx.wb(), LXW_CHART_BAR);
      style_chart(chart, t.comparison_overall_chart_title);
      lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
      chart_series_set_categories(s, sheet.name().c_str(), R(first_row), 0, R(last_row), 0);
      chart_series_set_values(s, sheet.name().c_str(), R(first_row), C(overall_col), R(last_row), C(overall_col));
      chart_series_set_name_range(s, sheet.name().c_str(), R(header), C(overall_col));
      chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
      chart_axis_set_reverse(chart->y_axis);  // first community on top
      score_axis(chart->x_axis);              // a bar chart's value axis is x
      at.y_scale = std::min(40.0, std::max(1.0, nrows / 14.0));
    }
    if (nrows <= 12) score_axis(chart->y_axis);
    sheet.check(worksheet_insert_chart_opt(sheet.ws(), R(top), C(overall_col + 3), chart, &at));
    const int chart_rows = static_cast<int>(15 * at.y_scale) + 1;
    top = std::max(last_row, top + chart_rows) + 3;
  }
  if (widest) sheet.width(2, 2 + widest + 1, 12);
  worksheet_set_landscape(sheet.ws());
  worksheet_set_paper(sheet.ws(), 9);
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
}
}  // namespace readiness::workbook

namespace readiness {

ComparisonOptionsProblem check_comparison_options(const Project& project, const WorkbookOptions& options) {
  const auto& issue = options.comparison_issue;
  const std::string wanted = issue ? normalize_issue(*issue) : "";
  bool issue_found = !issue;
  bool period_found = !options.comparison_period;
  for (const auto& round : project.rounds) {
    if (issue && normalize_issue(round.issue) != wanted) continue;
    issue_found = true;
    if (options.comparison_period && round.label == *options.comparison_period) period_found = true;
  }
  if (!issue_found) return ComparisonOptionsProblem::UnknownIssue;
  if (!period_found) return ComparisonOptionsProblem::UnknownPeriod;
  return ComparisonOptionsProblem::None;
}

}  // namespace readiness
