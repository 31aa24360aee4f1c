#pragma once
// Runs readiness-cli (READINESS_CLI, set by tests/CMakeLists.txt) and parses
// its --json output, so the GUI tests can check that the pages show the
// command line's numbers.
#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "test_platform.h"

namespace readiness::gui::testing {

// `readiness-cli ARGS --json`; throws when the command fails.
inline nlohmann::json run_cli_json(const std::string& args) {
  const std::string command =
      test_platform::shell_quote(test_platform::native_path(READINESS_CLI)) + " " + args + " --json";
  const test_platform::CommandResult run = test_platform::run_command(command);
  if (run.code != 0) throw std::runtime_error(command + " failed: " + run.out);
  const std::string& output = run.out;
  return nlohmann::json::parse(output);
}

// The same decimal text as readiness-cli printed: both are parsed the same
// way, so equal text gives equal doubles ("5.0000" and 5.0 included).
inline bool same_number(const std::string& ours, const nlohmann::json& cli) {
  return cli.is_number() && std::stod(ours) == cli.get<double>();
}

}  // namespace readiness::gui::testing
