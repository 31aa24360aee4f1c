// readiness-cli — everything the GUI computes, headless. The command line
// is a contract that scripts depend on (docs/design.md): keep it stable.
#include <cstdlib>
#include <iostream>

#include "cli_common.h"
#include "command_line.h"
#include "data_paths.h"
#include "platform.h"

using namespace readiness::cli;

namespace {

const char* usage_text() {
  return _("usage:\n"
           "  readiness-cli demo OUT.readiness                     write the demo project\n"
           "  readiness-cli validate FILE                          check a project or instrument file\n"
           "  readiness-cli score FILE [--json]                    results of every round\n"
           "  readiness-cli compare FILE [--issue T] [--json]      municipalities × rounds\n"
           "  readiness-cli trend FILE [--community NAME|CODE] [--issue T] [--json]\n"
           "                                                       rounds over time, changes vs. noise\n"
           "  readiness-cli import-scores FILE SCORES.csv          add scores (creates FILE if absent)\n"
           "  readiness-cli export FILE --xlsx OUT.xlsx [--lang sv|en] [--issue T] [--period LABEL] [--contacts] [--audit]\n"
           "  readiness-cli export FILE --csv OUT.csv [--sep ';']\n"
           "  readiness-cli instruments [--json]                   list the instrument library\n"
           "  readiness-cli audit FILE [--json]                    who changed which score, when, from what\n"
           "  readiness-cli merge OUT A.readiness B.readiness ...  combine projects by their stable ids\n"
           "  readiness-cli plan FILE [--community NAME|CODE] [--year Y] [--communication] [--json]\n"
           "                                                       action plans, follow-up, overdue actions\n"
           "  readiness-cli plan FILE --csv OUT.csv [--sep ';']    the actions as CSV\n"
           "  readiness-cli import-plan FILE ACTIONS.csv           add or update actions from CSV\n"
           "  readiness-cli report FILE --community NAME|CODE [--round LABEL] --pdf OUT.pdf [--lang sv|en]\n"
           "  readiness-cli report FILE --county CODE [--issue T] [--period LABEL] --pdf OUT.pdf [--lang sv|en]\n"
           "  readiness-cli report FILE --all-communities DIR [--round LABEL] [--lang sv|en]\n"
           "                                                       PDF feedback reports\n"
           "exit codes: 0 ok, 1 bad input, 2 usage\n");
}

void setup_translation() {
  readiness::platform::adopt_user_locale();  // LC_NUMERIC stays "C" (platform.h)
  // Catalogs: $READINESS_LOCALE_DIR, beside the executable, or the build tree's.
  bindtextdomain("readiness", readiness::locale_dir().c_str());
  bind_textdomain_codeset("readiness", "UTF-8");
  textdomain("readiness");
  // survey/'s messages (file errors, instrument faults) in the same language.
  readiness::set_translator(
      [](const char* id) { return std::string(gettext(id)); },
      [](const char* one, const char* many, unsigned long n) { return std::string(ngettext(one, many, n)); });
}

}  // namespace

int main(int argc, char** argv) {
  readiness::platform::prepare_console();
  setup_translation();
  // UTF-8 whatever the Windows code page ("Piteå älvdal.readiness").
  const std::vector<std::string> all = readiness::platform::utf8_arguments(argc, argv);
  std::vector<std::string> args(all.begin() + 1, all.end());
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << usage_text();
    return args.empty() ? kExitUsage : kExitOk;
  }
  // Each command's --help shows its arguments and summary (the usage text's words).
  const CommandTable commands = {
      {"demo", {{}, {}, run_demo, "OUT.readiness", N_("write the demo project")}},
      {"instruments", {{"json"}, {}, run_instruments, "", N_("list the instrument library")}},
      {"audit", {{"json"}, {}, run_audit, "FILE", N_("who changed which score, when, from what")}},
      {"merge", {{}, {}, run_merge, "OUT A.readiness B.readiness ...", N_("combine projects by their stable ids")}},
      {"validate", {{"json"}, {}, run_validate, "FILE", N_("check a project or instrument file")}},
      {"score", {{"json"}, {}, run_score, "FILE", N_("results of every round")}},
      {"compare", {{"json"}, {"issue"}, run_compare, "FILE", N_("municipalities × rounds")}},
      {"trend", {{"json"}, {"community", "issue"}, run_trend, "FILE", N_("rounds over time, changes vs. noise")}},
      {"import-scores", {{}, {}, run_import_scores, "FILE SCORES.csv", N_("add scores (creates FILE if absent)")}},
      {"export",
       {{"contacts", "audit"}, {"xlsx", "csv", "lang", "sep", "issue", "period"}, run_export, "FILE",
        N_("write the project as an Excel workbook (--xlsx) or CSV (--csv)")}},
      {"plan",
       {{"json", "communication"}, {"community", "year", "csv", "sep"}, run_plan, "FILE",
        N_("action plans, follow-up, overdue actions")}},
      {"import-plan", {{}, {}, run_import_plan, "FILE ACTIONS.csv", N_("add or update actions from CSV")}},
      {"report",
       {{}, {"community", "round", "pdf", "lang", "county", "issue", "period", "all-communities"}, run_report, "FILE",
        N_("PDF feedback reports: one municipality's round, a county overview or every municipality")}},
  };
  return run_command_line(args, commands, usage_text());
}
