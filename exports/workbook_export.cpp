// write_workbook: reserves the sheet names, creates the sheets in reading
// order and has them written in dependency order (workbook_sheets.h).
#include "workbook_export.h"

#include <xlsxwriter.h>

#include <ctime>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "atomic_output.h"
#include "platform.h"
#include "workbook_names.h"
#include "workbook_plan_text.h"
#include "workbook_sheets.h"
#include "workbook_writer.h"

namespace readiness {

namespace {

// The year "overdue" is judged in: the export date's.
int export_year(const workbook::WorkbookContext& ctx) {
  if (ctx.options().exported_on.size() < 4) return platform::local_time(std::time(nullptr)).tm_year + 1900;
  const std::string& date = ctx.options().exported_on;
  int year = 0;
  for (std::size_t i = 0; i < 4 && i < date.size() && date[i] >= '0' && date[i] <= '9'; ++i)
    year = year * 10 + (date[i] - '0');
  return year;
}

void build(workbook::WorkbookContext& ctx) {
  using workbook::Sheet;
  const WorkbookText& t = ctx.text();
  const Project& project = ctx.project();
  // Sheet order: what a reader wants first. Names are reserved up front so
  // a community called "Metod" gets "Metod (2)", never the other way round.
  SheetNames names;
  const std::string summary_name = names.take(t.summary_sheet);
  const std::string comparison_name = names.take(t.comparison_sheet);
  const std::string trends_name = names.take(t.trends_sheet);
  const std::string agreement_name = names.take(t.agreement_sheet);
  const std::string method_name = names.take(t.method_sheet);
  const std::string scores_name = names.take(t.scores_sheet);
  const bool audit = ctx.options().include_audit;
  const std::string audit_name = audit ? names.take(workbook::audit_sheet_name(ctx.lang())) : std::string();
  std::vector<std::pair<const Community*, std::string>> community_sheets;
  for (const auto& c : project.communities)
    if (!project.rounds_of(c.id).empty()) community_sheets.emplace_back(&c, names.take(c.name));
  // The action plan sheet after the community sheets (issue 13), only when there is a plan.
  const bool plans = workbook::project_has_plans(project);
  const std::string plan_name = plans ? names.take(plan_workbook_text(ctx.lang()).plan_sheet) : "";

  Sheet summary(ctx.wb(), summary_name);
  Sheet comparison(ctx.wb(), comparison_name);
  Sheet trends(ctx.wb(), trends_name);
  std::vector<Sheet> communities;
  communities.reserve(community_sheets.size());
  for (const auto& cs : community_sheets) communities.emplace_back(ctx.wb(), cs.second);
  std::optional<Sheet> plan;
  if (plans) plan.emplace(ctx.wb(), plan_name);
  Sheet agreement(ctx.wb(), agreement_name);
  Sheet method(ctx.wb(), method_name);
  Sheet scores(ctx.wb(), scores_name);
  std::optional<Sheet> history;
  if (audit) history.emplace(ctx.wb(), audit_name);

  write_scores_sheet(ctx, scores);
  write_summary_sheet(ctx, summary);
  write_comparison_sheet(ctx, comparison);
  write_trends_sheet(ctx, trends);
  for (std::size_t i = 0; i < communities.size(); ++i)
    write_community_sheet(ctx, communities[i], *community_sheets[i].first);
  if (plan) write_plan_sheet(ctx, *plan, export_year(ctx));
  write_agreement_sheet(ctx, agreement);
  write_method_sheet(ctx, method);
  if (history) write_audit_sheet(ctx, *history);
  worksheet_activate(summary.ws());
}

}  // namespace

void write_workbook(const Project& project, const std::string& path, const WorkbookOptions& options) {
  switch (check_comparison_options(project, options)) {
    case ComparisonOptionsProblem::UnknownIssue:
      throw ExportError("no round has the issue \"" + *options.comparison_issue + "\"");
    case ComparisonOptionsProblem::UnknownPeriod:
      throw ExportError("no round" + (options.comparison_issue ? " of \"" + *options.comparison_issue + "\"" : "") +
                        " has the round label \"" + *options.comparison_period + "\"");
    case ComparisonOptionsProblem::None:
      break;
  }
  // libxlsxwriter writes every number with snprintf, mostly inside
  // workbook_close(): under a Swedish LC_NUMERIC "4.5" would become "4,5".
  // The guard outlives the workbook (declared first, destroyed last).
  const platform::ClassicNumbers classic_numbers;
  AtomicOutput out(path);
  // The largest temporary part is the Scores sheet's XML, ~0.5 kB a row.
  std::size_t score_rows = 0;
  for (const auto& round : project.rounds)
    for (const auto& interview : round.interviews) score_rows += interview.scores.size();
  XlsxWorkbook workbook(out.temp_path(), memory_temp_folder(1024ULL * score_rows + (64ULL << 20)));
  lxw_doc_properties props{};
  props.title = const_cast<char*>(project.title.c_str());
  props.company = const_cast<char*>(project.owner.c_str());
  props.author = const_cast<char*>("Readiness");
  props.comments = const_cast<char*>("Community Readiness results");
  check_xlsx(workbook_set_properties(workbook.get(), &props), path);
  workbook::WorkbookContext ctx(project, options, workbook.get());
  build(ctx);
  workbook.close();
  out.commit();
}

}  // namespace readiness
