// readiness-cli — everything the GUI computes, headless. The command line
// is a contract that scripts depend on (docs/design.md): keep it stable.
#include <cstdlib>
#include <iostream>
#include <map>

#include "cli_common.h"
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
           "  readiness-cli export FILE --xlsx OUT.xlsx [--lang sv|en] [--issue T] [--period LABEL] [--contacts]\n"
           "  readiness-cli export FILE --csv OUT.csv [--sep ';']\n"
           "  readiness-cli instruments [--json]                   list the instrument library\n"
           "exit codes: 0 ok, 1 bad input, 2 usage\n");
}

void setup_translation() {
  readiness::platform::adopt_user_locale();  // LC_NUMERIC stays "C" (platform.h)
  // Catalogs: $READINESS_LOCALE_DIR, beside the executable, or the build tree's.
  bindtextdomain("readiness", readiness::locale_dir().c_str());
  bind_textdomain_codeset("readiness", "UTF-8");
  textdomain("readiness");
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
  struct Command {
    std::vector<std::string> flags;
    std::vector<std::string> options;
    int (*run)(const Arguments&);
  };
  const std::map<std::string, Command> commands = {
      {"demo", {{}, {}, run_demo}},
      {"instruments", {{"json"}, {}, run_instruments}},
      {"audit", {{"json"}, {}, run_audit}},
      {"merge", {{}, {}, run_merge}},
      {"validate", {{"json"}, {}, run_validate}},
      {"score", {{"json"}, {}, run_score}},
      {"compare", {{"json"}, {"issue"}, run_compare}},
      {"trend", {{"json"}, {"community", "issue"}, run_trend}},
      {"import-scores", {{}, {}, run_import_scores}},
      {"export", {{"contacts", "audit"}, {"xlsx", "csv", "lang", "sep", "issue", "period"}, run_export}},
  };
  const std::string name = args[0];
  auto it = commands.find(name);
  try {
    if (it == commands.end()) throw UsageError(format(_("unknown command \"%s\""), {name}));
    Arguments parsed({args.begin() + 1, args.end()}, it->second.flags, it->second.options);
    return it->second.run(parsed);
  } catch (const UsageError& e) {
    std::cerr << "readiness-cli: " << e.what() << "\n" << usage_text();
    return kExitUsage;
  } catch (const InputError& e) {
    std::cerr << "readiness-cli: " << e.what() << "\n";
    return kExitBadInput;
  } catch (const std::exception& e) {
    std::cerr << "readiness-cli: " << e.what() << "\n";
    return kExitBadInput;
  }
}
