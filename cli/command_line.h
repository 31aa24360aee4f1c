#pragma once
// The command line of readiness-cli, parsed by CLI11: one subcommand per
// entry of the command table, each with its own --help. The contract's
// syntax, messages and exit codes (docs/design.md, "CLI contract") stay as
// they were before CLI11: unknown options and missing values are usage
// errors (exit 2) worded as before.
#include <map>
#include <string>
#include <vector>

#include "cli_common.h"

namespace readiness::cli {

// One command: its --flags and --options VALUE (names without "--"), what
// runs it, and for its --help the positional arguments and a one-line
// summary (untranslated msgids; translated when shown).
struct Command {
  std::vector<std::string> flags;
  std::vector<std::string> options;
  int (*run)(const Arguments&);
  const char* positionals = "";
  const char* summary = "";
};
using CommandTable = std::map<std::string, Command>;

// Runs the command named by args[0] with the rest of `args` (UTF-8, without
// the program name). Returns the exit code; prints usage errors and input
// errors on stderr ("readiness-cli: …"), help on stdout. `usage` is the
// whole usage text: after a usage error in a known command only that
// command's lines of it are printed (with a pointer to --help), after an
// unknown command all of it. Never throws.
int run_command_line(const std::vector<std::string>& args, const CommandTable& commands, const std::string& usage);

// The lines of `usage` ("  readiness-cli NAME …" and their indented
// continuation lines) that show `command`; "" when none.
std::string usage_lines_of(const std::string& usage, const std::string& command);

}  // namespace readiness::cli
