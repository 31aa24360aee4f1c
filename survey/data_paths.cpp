#include "data_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "platform.h"

#ifndef READINESS_DEFAULT_DATA_DIR
#define READINESS_DEFAULT_DATA_DIR "questionnaires"
#endif
#ifndef READINESS_DEFAULT_HELP_DIR
#define READINESS_DEFAULT_HELP_DIR "help"
#endif
#ifndef READINESS_DEFAULT_LOCALE_DIR
#define READINESS_DEFAULT_LOCALE_DIR "locale"
#endif

#ifndef READINESS_DEFAULT_FONT_DIR
#define READINESS_DEFAULT_FONT_DIR "fonts"
#endif

namespace readiness {
namespace fs = std::filesystem;

namespace {

// The first of `candidates` (relative to the executable's folder) that
// holds `probe`; "" if none does.
std::string beside_executable(std::initializer_list<const char*> candidates, const char* probe) {
  const fs::path exe = platform::executable_path();
  if (exe.empty()) return "";
  std::error_code ec;
  for (const char* candidate : candidates) {
    const fs::path dir = exe.parent_path() / platform::to_path(candidate);
    if (fs::exists(dir / platform::to_path(probe), ec)) return platform::to_utf8(dir.lexically_normal());
  }
  return "";
}

}  // namespace

std::string data_dir() {
  const char* env = std::getenv("READINESS_DATA_DIR");
  if (env && *env) return env;
  static const std::string found =
      beside_executable({"../share/readiness/questionnaires", "questionnaires"}, "cr5-sv.json");
  return found.empty() ? READINESS_DEFAULT_DATA_DIR : found;
}

std::string locale_dir() {
  const char* env = std::getenv("READINESS_LOCALE_DIR");
  if (env && *env) return env;
  static const std::string found =
      beside_executable({"../share/locale", "locale"}, "sv/LC_MESSAGES/readiness.mo");
  return found.empty() ? READINESS_DEFAULT_LOCALE_DIR : found;
}

std::string font_dir() {
  const char* env = std::getenv("READINESS_FONT_DIR");
  if (env && *env) return env;
  std::error_code ec;
  const fs::path installed = platform::to_path(data_dir()) / "fonts";
  if (fs::exists(installed / "DejaVuSans.ttf", ec)) return platform::to_utf8(installed);
  return READINESS_DEFAULT_FONT_DIR;
}

std::string help_dir() {
  const char* env = std::getenv("READINESS_HELP_DIR");
  if (env && *env) return env;
  static const std::string found = beside_executable({"../share/readiness/help", "help"}, "en/guide.html");
  return found.empty() ? READINESS_DEFAULT_HELP_DIR : found;
}

std::vector<std::string> user_instrument_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("READINESS_USER_INSTRUMENTS"); env && *env) dirs.emplace_back(env);
  dirs.push_back(platform::to_utf8(platform::user_data_home() / "readiness" / "instruments"));
  return dirs;
}

}  // namespace readiness
