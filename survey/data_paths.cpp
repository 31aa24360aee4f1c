#include "data_paths.h"

#include <cstdlib>

#ifndef READINESS_DEFAULT_DATA_DIR
#define READINESS_DEFAULT_DATA_DIR "questionnaires"
#endif

namespace readiness {

std::string data_dir() {
  const char* env = std::getenv("READINESS_DATA_DIR");
  if (env && *env) return env;
  return READINESS_DEFAULT_DATA_DIR;
}

std::vector<std::string> user_instrument_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("READINESS_USER_INSTRUMENTS"); env && *env) dirs.emplace_back(env);
  if (const char* home = std::getenv("HOME"); home && *home)
    dirs.push_back(std::string(home) + "/.local/share/readiness/instruments");
  return dirs;
}

}  // namespace readiness
