#pragma once
// Runs readiness-cli as a user would (a real process) and captures its
// exit code, standard output and standard error.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_platform.h"

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

using test_platform::shell_quote;

inline std::string slurp(const std::filesystem::path& p);
// A UTF-8 name (MinGW's path(std::string) does not decode UTF-8).
inline std::string slurp(const std::string& utf8) { return slurp(std::filesystem::u8path(utf8)); }
inline std::string slurp(const char* utf8) { return slurp(std::string(utf8)); }
inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);  // a path: wide on Windows
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `env`: "NAME=value NAME=value" set for this run only.
inline CliResult run_cli(const std::vector<std::string>& args, const std::string& env = "") {
  static int counter = 0;
  const auto err_path = std::filesystem::temp_directory_path() /
                        ("readiness-cli-err-" + std::to_string(test_platform::current_pid()) + "-" +
                         std::to_string(++counter));
  test_platform::ScopedEnv scoped(env);
  std::string cmd = shell_quote(test_platform::native_path(READINESS_CLI));
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " 2>" + shell_quote(err_path.u8string());
  const test_platform::CommandResult run = test_platform::run_command(cmd);
  CliResult r;
  r.out = run.out;
  r.exit_code = run.code;
  r.err = slurp(err_path);
  std::filesystem::remove(err_path);
  return r;
}

// A fresh temporary folder, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("readiness-cli-test-" + std::to_string(test_platform::current_pid()) + "-" + std::to_string(++counter));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / std::filesystem::u8path(name)).u8string(); }
};

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream(std::filesystem::u8path(path), std::ios::binary) << text;
}
