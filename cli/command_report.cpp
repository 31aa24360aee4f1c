// readiness-cli report FILE --community NAME|CODE [--round LABEL] --pdf OUT.pdf [--lang sv|en]
// readiness-cli report FILE --county CODE [--issue T] [--period LABEL] --pdf OUT.pdf [--lang sv|en]
// readiness-cli report FILE --all-communities DIR [--round LABEL] [--lang sv|en]
// PDF feedback reports (reports/): one municipality's round, the county
// overview (lägesbild), or one report per municipality into a folder. Every
// file is written atomically: on failure nothing half-written is left.
#include <filesystem>
#include <iostream>

#include "atomic_output.h"
#include "cli_common.h"
#include "comparison.h"
#include "county_overview.h"
#include "municipality_report.h"
#include "pdf_document.h"
#include "platform.h"

namespace readiness::cli {

namespace {

// "2506-arjeplog.pdf": code (when there is one) and the name as a slug.
std::string report_file_name(const Community& c) {
  return (c.code.empty() ? "" : c.code + "-") + slugify(c.name) + ".pdf";
}

}  // namespace

int run_report(const Arguments& args) {
  args.expect_positional(1);
  const int modes = int(args.has_option("community")) + int(args.has_option("county")) +
                    int(args.has_option("all-communities"));
  if (modes != 1)
    throw UsageError(_("report needs exactly one of --community NAME|CODE, --county CODE or --all-communities DIR"));
  if (!args.has_option("all-communities") && !args.has_option("pdf"))
    throw UsageError(_("report needs --pdf OUT.pdf"));
  if (args.has_option("all-communities") && args.has_option("pdf"))
    throw UsageError(_("--all-communities writes into a folder; leave out --pdf"));
  if (args.has_option("county") && args.has_option("round"))
    throw UsageError(_("--round goes with --community or --all-communities; the county overview takes --period"));
  if (!args.has_option("county") && (args.has_option("issue") || args.has_option("period")))
    throw UsageError(_("--issue and --period go with --county"));
  reports::ReportOptions options;
  options.language = args.option("lang", "sv");
  if (options.language != "sv" && options.language != "en") throw UsageError(_("--lang must be sv or en"));
  const Project project = load_project_or_fail(args.positional()[0]);
  const std::string label = args.option("round");

  try {
    if (args.has_option("community")) {
      const std::string wanted = args.option("community");
      const auto ids = matching_communities(project, wanted);
      if (ids.empty()) throw InputError(no_community_message(wanted));
      if (ids.size() > 1) throw InputError(format(_("several communities are named \"%s\"; give the code"), {wanted}));
      const Round* round = reports::report_round(project, ids.front(), label);
      if (!round)
        throw InputError(label.empty() ? format(_("%s has no round"), {wanted})
                                       : format(_("%s has no round \"%s\""), {wanted, label}));
      const std::string out = args.option("pdf");
      reports::write_municipality_report(project, *round, options, out);
      std::cout << format(_("Report written to %s"), {out}) << "\n";
    } else if (args.has_option("county")) {
      reports::CountySelection selection;
      selection.county_code = args.option("county");
      selection.issue = args.option("issue");
      selection.period = args.option("period");
      const std::string out = args.option("pdf");
      reports::write_county_overview(project, selection, options, out);
      std::cout << format(_("County overview written to %s"), {out}) << "\n";
    } else {
      const std::string dir = args.option("all-communities");
      std::error_code ec;
      if (!std::filesystem::is_directory(platform::to_path(dir), ec))
        throw InputError(format(_("no such folder: %s"), {dir}));
      int written = 0;
      for (const auto& c : project.communities) {
        const Round* round = reports::report_round(project, c.id, label);
        if (!round) {
          std::cout << format(_("%s: no round, no report"), {c.name}) << "\n";
          continue;
        }
        const std::string out = platform::to_utf8(platform::to_path(dir) / platform::to_path(report_file_name(c)));
        reports::write_municipality_report(project, *round, options, out);
        ++written;
      }
      std::cout << format(_("%s reports written to %s"), {std::to_string(written), dir}) << "\n";
    }
  } catch (const ExportError& e) {
    throw InputError(e.what());
  } catch (const reports::ReportError& e) {
    throw InputError(e.what());
  } catch (const reports::SelectionError& e) {
    throw InputError(e.what());
  }
  return kExitOk;
}

}  // namespace readiness::cli
