// readiness-cli export FILE --xlsx OUT.xlsx [--lang sv|en] [--issue T] [--period LABEL] [--contacts] [--audit]
// (--audit adds the History sheet: the project's audit trail.)
// readiness-cli export FILE --csv OUT.csv [--sep ';']
#include <iostream>

#include "atomic_output.h"
#include "cli_common.h"
#include "csv_export.h"
#include "workbook_export.h"

namespace readiness::cli {

int run_export(const Arguments& args) {
  args.expect_positional(1);
  const bool xlsx = args.has_option("xlsx");
  const bool csv = args.has_option("csv");
  if (xlsx == csv) throw UsageError(_("export needs exactly one of --xlsx OUT.xlsx or --csv OUT.csv"));
  const std::string sep = args.option("sep", ",");
  if (sep != "," && sep != ";") throw UsageError(_("--sep must be ',' or ';'"));
  const std::string lang = args.option("lang", "sv");
  if (lang != "sv" && lang != "en") throw UsageError(_("--lang must be sv or en"));
  // The Comparison sheet's issue and period, and contact details, belong to the workbook.
  if (csv && (args.has_option("issue") || args.has_option("period")))
    throw UsageError(_("--issue and --period go with --xlsx, not --csv"));
  if (csv && args.flag("audit")) throw UsageError(_("--audit goes with --xlsx, not --csv"));
  WorkbookOptions options;
  options.language = lang;
  options.include_contacts = args.flag("contacts");
  options.include_audit = args.flag("audit");
  if (args.has_option("issue")) options.comparison_issue = args.option("issue");
  if (args.has_option("period")) options.comparison_period = args.option("period");
  const Project project = load_project_or_fail(args.positional()[0]);
  if (xlsx) {
    switch (check_comparison_options(project, options)) {
      case ComparisonOptionsProblem::UnknownIssue:
        throw InputError(format(_("no round has the issue \"%s\""), {*options.comparison_issue}));
      case ComparisonOptionsProblem::UnknownPeriod:
        if (options.comparison_issue)
          throw InputError(format(_("no round of the issue \"%s\" has the label \"%s\" (--period)"),
                                  {*options.comparison_issue, *options.comparison_period}));
        throw InputError(format(_("no round has the label \"%s\" (--period)"), {*options.comparison_period}));
      case ComparisonOptionsProblem::None:
        break;
    }
  }
  try {
    if (csv) {
      const std::string out = args.option("csv");
      write_scores_csv(project, out, sep[0]);
      std::cout << format(_("Scores written to %s"), {out}) << "\n";
    } else {
      const std::string out = args.option("xlsx");
      write_workbook(project, out, options);
      std::cout << format(_("Workbook written to %s"), {out}) << "\n";
    }
  } catch (const ExportError& e) {
    throw InputError(e.what());
  }
  return kExitOk;
}

}  // namespace readiness::cli
