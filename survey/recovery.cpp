#include "recovery.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <unistd.h>

#include "project_file.h"

namespace readiness {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUntitledPrefix = "untitled-";
constexpr const char* kSuffix = ".readiness";

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "localhost";
  // The name goes into a file name: keep it tame.
  std::string host = name;
  for (char& c : host)
    if (c == '/' || c == '-') c = '_';
  return host;
}

}  // namespace

std::string recovery_dir() {
  fs::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home)
    base = fs::path(home) / ".local" / "share";
  else
    base = fs::temp_directory_path();
  return (base / "readiness" / "recovery").string();
}

std::string recovery_path_for(const std::string& project_path) {
  if (!project_path.empty()) return project_path + ".recovery";
  return (fs::path(recovery_dir()) /
          (kUntitledPrefix + host_name() + "-" + std::to_string(getpid()) + kSuffix))
      .string();
}

void write_recovery(const Project& project, const std::string& recovery_path) {
  std::error_code ec;
  fs::create_directories(fs::path(recovery_path).parent_path(), ec);
  save_project(project, recovery_path);
  // The safe save keeps the previous version as .bak; a recovery needs only one.
  fs::remove(recovery_path + ".bak", ec);
}

std::string newer_recovery_for(const std::string& project_path) {
  const std::string recovery = recovery_path_for(project_path);
  std::error_code ec;
  if (!fs::is_regular_file(recovery, ec)) return {};
  if (!fs::exists(project_path, ec)) return recovery;
  const auto recovery_time = fs::last_write_time(recovery, ec);
  if (ec) return {};
  const auto project_time = fs::last_write_time(project_path, ec);
  if (ec) return {};
  return recovery_time > project_time ? recovery : std::string();
}

std::vector<std::string> orphaned_untitled_recoveries() {
  std::vector<std::pair<fs::file_time_type, std::string>> found;
  std::error_code ec;
  const std::string prefix = kUntitledPrefix + host_name() + "-";
  for (fs::directory_iterator it(recovery_dir(), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + std::string(kSuffix).size()) continue;
    if (name.compare(name.size() - std::string(kSuffix).size(), std::string::npos, kSuffix) != 0) continue;
    const std::string pid_text = name.substr(prefix.size(), name.size() - prefix.size() - std::string(kSuffix).size());
    char* end_ptr = nullptr;
    const long pid = std::strtol(pid_text.c_str(), &end_ptr, 10);
    if (!end_ptr || *end_ptr != '\0' || pid <= 0) continue;
    const bool alive = pid == static_cast<long>(getpid()) || kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
    if (alive) continue;
    std::error_code time_ec;
    found.emplace_back(fs::last_write_time(it->path(), time_ec), it->path().string());
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

void discard_recovery(const std::string& recovery_path) {
  if (recovery_path.empty()) return;
  std::error_code ec;
  fs::remove(recovery_path, ec);
  fs::remove(recovery_path + ".bak", ec);
}

}  // namespace readiness
