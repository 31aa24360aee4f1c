#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "platform.h"

namespace readiness::workbook {

namespace {

std::string today_iso() {
  const std::tm tm = platform::local_time(std::time(nullptr));
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

void write_method_sheet(const WorkbookContext& ctx, Sheet& sheet) {
  const WorkbookText& t = ctx.text();
  const Formats& fmt = ctx.fmt();
  sheet.width(0, 0, 26, fmt.wrap);
  sheet.width(1, 1, 110, fmt.wrap);
  int row = 0;
  sheet.text(row, 0, t.method_title, fmt.title);
  row += 2;
  auto line = [&](const std::string& label, const std::string& value) {
    sheet.text(row, 0, label, fmt.bold);
    sheet.text(row, 1, value, fmt.wrap);
    // Rows do not grow by themselves in every viewer: size wrapped text.
    const std::size_t lines = std::max<std::size_t>(1, (value.size() + 104) / 105);
    if (lines > 1) sheet.height(row, 15.0 * static_cast<double>(lines));
    ++row;
  };
  line(t.project, ctx.project().title);
  if (!ctx.project().owner.empty()) line(t.owner, ctx.project().owner);
  line(t.exported, (ctx.options().exported_on.empty() ? today_iso() : ctx.options().exported_on) + " · Readiness");
  // Instruments: id, version, title, number of dimensions, used by n rounds.
  std::vector<std::string> seen;
  std::string instruments;
  for (const Round* r : ctx.ordered()) {
    const Instrument& in = r->instrument;
    const std::string key = in.id + "@" + in.version;
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    int used = 0;
    for (const Round* o : ctx.ordered()) used += (o->instrument.id == in.id && o->instrument.version == in.version);
    std::string dims;
    for (const auto& d : in.dimensions) dims += (dims.empty() ? "" : ", ") + d.code;
    instruments += (instruments.empty() ? "" : "\n") + in.id + " " + in.version + " – " + in.title + " (" +
                   t.dimension + ": " + dims + "; " + t.round + ": " + std::to_string(used) + ")";
  }
  line(t.instruments, instruments);
  ++row;
  sheet.text(row++, 0, t.rules, fmt.heading);
  for (const char* rule : {t.rule_consensus, t.rule_means, t.rule_overall, t.rule_truncation,
                           t.rule_gap, t.rule_provisional, t.rule_formulas, t.rule_interval, t.rule_change})
    line("", rule);
  ++row;
  int held = 0;
  int planned = 0;
  std::string first_date, last_date, first_start, last_end;
  for (const Round* r : ctx.ordered()) {
    for (const auto& iv : r->interviews) {
      (iv.status == InterviewStatus::Planned ? planned : held)++;
      if (iv.date.empty() || iv.status == InterviewStatus::Planned) continue;
      if (first_date.empty() || iv.date < first_date) first_date = iv.date;
      if (iv.date > last_date) last_date = iv.date;
    }
    if (!r->start_date.empty() && (first_start.empty() || r->start_date < first_start)) first_start = r->start_date;
    last_end = std::max({last_end, r->end_date, r->start_date});
  }
  line(t.rounds_count, std::to_string(ctx.ordered().size()));
  line(t.interviews_held, std::to_string(held) + (planned ? " (+" + std::to_string(planned) + ")" : ""));
  if (!first_date.empty()) line(t.interview_dates, first_date + " – " + last_date);
  if (!first_start.empty()) line(t.round_dates, first_start + " – " + last_end);
  std::string provisional;
  for (const Round* r : ctx.ordered()) {
    const RoundResult& res = ctx.result(*r);
    if (!res.provisional) continue;
    int open = 0;
    for (const auto& d : res.dimensions) open += d.unresolved;
    provisional += (provisional.empty() ? "" : "\n") + ctx.community_name(*r) + " " + r->label + ": " +
                   std::to_string(open) + " × " + t.interview + "/" + t.dimension + " " + t.scorer_a + "/" +
                   t.scorer_b + " ≠ " + t.consensus;
  }
  line(t.provisional_rounds, provisional.empty() ? t.provisional_none : provisional);
  // Multi-line cells: one row of height per line.
  line(t.contacts, ctx.options().include_contacts ? t.contacts_included : t.contacts_excluded);
  ++row;
  sheet.text(row++, 0, t.sheets_guide, fmt.heading);
  line(ctx.summary_sheet(), t.guide_summary);
  line(t.comparison_sheet, t.guide_comparison);
  line(t.trends_sheet, t.guide_trends);
  line(t.community, t.guide_community);
  line(t.agreement_sheet, t.guide_agreement);
  line(ctx.scores_sheet(), t.guide_scores);
  worksheet_set_paper(sheet.ws(), 9);
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
}
}  // namespace readiness::workbook
