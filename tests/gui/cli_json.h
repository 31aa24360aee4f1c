#pragma once
// Runs readiness-cli (READINESS_CLI, set by tests/CMakeLists.txt) and parses
// its --json output, so the GUI tests can check that the pages show the
// command line's numbers.
#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace readiness::gui::testing {

// `readiness-cli ARGS --json`; throws when the command fails.
inline nlohmann::json run_cli_json(const std::string& args) {
  const std::string command = std::string(READINESS_CLI) + " " + args + " --json";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("could not run " + command);
  std::string output;
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), read);
  if (pclose(pipe) != 0) throw std::runtime_error(command + " failed: " + output);
  return nlohmann::json::parse(output);
}

// The same decimal text as readiness-cli printed: both are parsed the same
// way, so equal text gives equal doubles ("5.0000" and 5.0 included).
inline bool same_number(const std::string& ours, const nlohmann::json& cli) {
  return cli.is_number() && std::stod(ours) == cli.get<double>();
}

}  // namespace readiness::gui::testing
