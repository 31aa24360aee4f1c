// The Trends sheet: every community followed over its rounds with the same
// rules and numbers as `readiness-cli trend` and the trend page
// (scoring/trend.h): one trend per community, issue and mode, common
// dimensions only, a 95% interval per mean and every change between
// consecutive rounds judged against the noise. One row per round ×
// dimension (and overall), so an analyst can filter "beyond noise", and
// beside each dimension's change the actions tied to it in between
// (action_linkage.h; co-occurrence, not effect).
#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

#include "action_linkage.h"
#include "trend.h"
#include "workbook_plan_text.h"
#include "workbook_formula.h"
#include "workbook_names.h"

namespace readiness::workbook {

namespace {

enum TrendsColumn { kTCommunity, kTCode, kTIssue, kTMode, kTRound, kTProvisional, kTDimension, kTN, kTMean, kTSd,
                    kTLow, kTHigh, kTStage, kTChange, kTThreshold, kTVerdict, kTStageInNoise, kTRemark,
                    kTActions, kTColumns };

// SD, interval bounds and thresholds to 4 decimals, rounded exactly as
// `trend --json` prints them (correctly rounded decimal text, whatever the
// locale): the sheet shows 2, and 17-digit tails only make the file bigger.
double four_decimals(double x) {
  char text[64];
  const auto printed = std::to_chars(text, text + sizeof text, x, std::chars_format::fixed, 4);
  double rounded = x;
  std::from_chars(text, printed.ptr, rounded);
  return rounded;
}

std::string join(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& item : items) s += (s.empty() ? "" : ", ") + item;
  return s;
}

const char* verdict_text(const WorkbookText& t, const Change& c) {
  switch (c.verdict) {
    case ChangeVerdict::BeyondNoise:
      return c.difference && *c.difference < 0 ? t.beyond_noise_down : t.beyond_noise_up;
    case ChangeVerdict::WithinNoise: return t.within_noise;
    case ChangeVerdict::NotAssessable: break;
  }
  return t.not_assessable;
}

// Remarks on the first row of a trend: dimensions left out, the other mode.
std::string trend_remark(const WorkbookText& t, const Trend& trend) {
  std::string remark;
  if (!trend.dropped_dimensions.empty()) remark = t.common_dimensions_only + join(trend.dropped_dimensions);
  if (trend.other_mode_split) remark += (remark.empty() ? "" : " ") + std::string(t.other_mode_split);
  return remark;
}

class TrendsWriter {
 public:
  TrendsWriter(const WorkbookContext& ctx, Sheet& sheet) : m_ctx(ctx), m_sheet(sheet) {}

  // Writes one trend from `row` on; returns the next free row.
  int write(const Trend& trend, int row) {
    const Round* first = m_ctx.project().find_round(trend.points.front().round_id);
    const std::string remark = trend_remark(m_ctx.text(), trend);
    for (std::size_t i = 0; i < trend.points.size(); ++i) {
      const TrendPoint& p = trend.points[i];
      const Round& round = *m_ctx.project().find_round(p.round_id);
      const TrendStep* step = i > 0 ? &trend.steps[i - 1] : nullptr;
      const Round* previous = i > 0 ? m_ctx.project().find_round(trend.points[i - 1].round_id) : nullptr;
      // The actions tied to each dimension since the previous round (action_linkage.h).
      const std::vector<std::vector<LinkedAction>> linked =
          step ? step_actions(m_ctx.project(), trend, i - 1) : std::vector<std::vector<LinkedAction>>{};
      const int first_dimension_row = row;
      for (std::size_t d = 0; d < trend.dimensions.size(); ++d) {
        const std::string& code = trend.dimensions[d];
        labels(trend, p, row, m_ctx.dim_label(first->instrument, code));
        const Estimate& e = p.dimensions[d];
        if (e.mean)
          m_sheet.formula(row, kTMean, m_ctx.summary_mean_ref(round, code), cut_mean(*e.mean).value(),
                          fmt().mean(cut_mean(*e.mean)));
        estimate(e, row);
        if (step)
          change(step->dimensions[d], row,
                 m_ctx.mean_formula(round, code) + "-" + m_ctx.mean_formula(*previous, code));
        if (step && !linked[d].empty()) actions(linked[d], row);
        ++row;
      }
      labels(trend, p, row, m_ctx.text().overall, fmt().bold);
      const Estimate& o = p.overall;
      if (o.mean) {
        // From the exact dimension means, not the cut cells above it.
        m_sheet.formula(row, kTMean, cut_mean_formula(m_ctx.exact_overall_formula(round, trend.dimensions)),
                        cut_mean(*o.mean).value(), fmt().mean(cut_mean(*o.mean), true));
      }
      estimate(o, row);
      if (step)
        change(step->overall, row,
               m_ctx.exact_overall_formula(round, trend.dimensions) + "-" +
                   m_ctx.exact_overall_formula(*previous, trend.dimensions));
      if (i == 0 && !remark.empty()) m_sheet.text(first_dimension_row, kTRemark, remark, fmt().note);
      ++row;
    }
    return row;
  }

 private:
  const Formats& fmt() const { return m_ctx.fmt(); }

  void labels(const Trend& trend, const TrendPoint& p, int row, const std::string& dimension, lxw_format* f = nullptr) {
    const WorkbookText& t = m_ctx.text();
    m_sheet.text(row, kTCommunity, trend.community_name, f);
    m_sheet.text(row, kTCode, trend.community_code, f);
    m_sheet.text(row, kTIssue, trend.issue, f);
    m_sheet.text(row, kTMode, mode_name(trend.mode, m_ctx.lang()), f);
    m_sheet.text(row, kTRound, p.label, f);
    if (p.provisional) m_sheet.text(row, kTProvisional, t.yes, f);
    m_sheet.text(row, kTDimension, dimension, f);
  }

  // n, SD, interval and stage of one mean; "–" where there is no mean.
  void estimate(const Estimate& e, int row) {
    m_sheet.number(row, kTN, e.n, fmt().integer);
    if (!e.mean) {
      m_sheet.text(row, kTMean, m_ctx.text().none, fmt().centre);
      return;
    }
    if (e.n >= 2) m_sheet.number(row, kTSd, four_decimals(e.sd), fmt().score);
    if (e.interval) {
      m_sheet.number(row, kTLow, four_decimals(e.interval->low), fmt().score);
      m_sheet.number(row, kTHigh, four_decimals(e.interval->high), fmt().score);
    }
    m_sheet.formula(row, kTStage, stage_formula(cell_ref(row, kTMean, false)), *e.stage, fmt().integer);
  }

  // "a1 Föräldrafika … (pågående); m1 … (genomförd)".
  void actions(const std::vector<LinkedAction>& list, int row) {
    std::string text;
    for (const LinkedAction& a : list)
      text += (text.empty() ? "" : "; ") + a.action_id + " " + a.activity + " (" +
              action_status_name(a.status, m_ctx.lang()) + ")";
    m_sheet.text(row, kTActions, cell_text(text), fmt().wrap);
  }

  // The change from the same line of the previous round, and its verdict.
  // The change is the difference of the exact means (`exact_difference`, a
  // formula), shown rounded like every output shows a change (trend.h),
  // never the difference of the cut mean cells: it can differ from that by
  // 0.01, and the Method sheet says so.
  void change(const Change& c, int row, const std::string& exact_difference) {
    const WorkbookText& t = m_ctx.text();
    if (c.difference) m_sheet.formula(row, kTChange, exact_difference, *c.difference, fmt().change);
    if (c.threshold) m_sheet.number(row, kTThreshold, four_decimals(*c.threshold), fmt().score);
    m_sheet.text(row, kTVerdict, verdict_text(t, c),
                 c.verdict == ChangeVerdict::BeyondNoise     ? fmt().bold
                 : c.verdict == ChangeVerdict::NotAssessable ? fmt().note
                                                             : nullptr);
    if (c.stage_change_within_noise) m_sheet.text(row, kTStageInNoise, t.yes, fmt().bold);
  }

  const WorkbookContext& m_ctx;
  Sheet& m_sheet;
};

}  // namespace

void write_trends_sheet(const WorkbookContext& ctx, Sheet& sheet) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  sheet.text(0, 0, t.trends_title, fmt.title);
  sheet.text(1, 0, t.trends_note, fmt.note);
  const int header = 3;
  const char* headers[kTColumns] = {t.community, t.municipality_code, t.issue, t.mode, t.round, t.provisional,
                                    t.dimension, "n", t.mean, t.sd, t.ci_low, t.ci_high, t.stage,
                                    t.change_since_previous, t.threshold, t.verdict, t.stage_change_in_noise,
                                    t.remark, plan_workbook_text(ctx.lang()).trend_actions};
  for (int c = 0; c < kTColumns; ++c)
    sheet.text(header, c, headers[c], c >= kTN && c <= kTThreshold ? fmt.header_number : fmt.header);
  sheet.height(header, 62);
  int row = header + 1;
  TrendsWriter writer(ctx, sheet);
  for (const Trend& trend : trends(ctx.project()))
    if (!trend.points.empty()) row = writer.write(trend, row);
  colour_by_stage(sheet, fmt, header + 1, kTMean, row - 1, kTMean);
  worksheet_freeze_panes(sheet.ws(), R(header + 1), 0);
  sheet.check(worksheet_autofilter(sheet.ws(), R(header), 0, R(std::max(row - 1, header)), C(kTColumns - 1)));
  sheet.width(kTCommunity, kTCommunity, 18);
  sheet.width(kTCode, kTCode, 11);
  sheet.width(kTIssue, kTIssue, 26);
  sheet.width(kTMode, kTProvisional, 10);
  sheet.width(kTDimension, kTDimension, 38);  // "E Community knowledge about the issue"
  sheet.width(kTN, kTN, 5);
  sheet.width(kTMean, kTStage, 8);
  sheet.width(kTChange, kTChange, 12);
  sheet.width(kTThreshold, kTThreshold, 14);
  sheet.width(kTVerdict, kTVerdict, 22);
  sheet.width(kTStageInNoise, kTStageInNoise, 11);
  sheet.width(kTRemark, kTRemark, 40);
  sheet.width(kTActions, kTActions, 60);
  if (ctx.project().communities.end() !=
      std::find_if(ctx.project().communities.begin(), ctx.project().communities.end(),
                   [](const Community& c) { return !c.plans.empty() || !c.commitments.empty(); }))
    sheet.text(2, 0, plan_workbook_text(ctx.lang()).trend_actions_note, fmt.note);
  worksheet_set_landscape(sheet.ws());
  worksheet_set_paper(sheet.ws(), 9);
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
}

}  // namespace readiness::workbook
