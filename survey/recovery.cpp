#include "recovery.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "platform.h"
#include "project_file.h"

namespace readiness {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUntitledPrefix = "untitled-";
constexpr const char* kSuffix = ".readiness";

std::string host_name() {
  // The name goes into a file name: keep it tame.
  std::string host = platform::host_name();
  for (char& c : host)
    if (c == '/' || c == '\\' || c == ':' || c == '-') c = '_';
  return host;
}

}  // namespace

std::string recovery_dir() {
  return platform::to_utf8(platform::user_data_home() / "readiness" / "recovery");
}

std::string recovery_path_for(const std::string& project_path) {
  if (!project_path.empty()) return project_path + ".recovery";
  return platform::to_utf8(platform::to_path(recovery_dir()) /
                           platform::to_path(kUntitledPrefix + host_name() + "-" +
                                             std::to_string(platform::current_pid()) + kSuffix));
}

void write_recovery(const Project& project, const std::string& recovery_path) {
  std::error_code ec;
  fs::create_directories(platform::to_path(recovery_path).parent_path(), ec);
  save_project(project, recovery_path);
  // The safe save keeps the previous version as .bak; a recovery needs only one.
  fs::remove(platform::to_path(recovery_path + ".bak"), ec);
}

std::string newer_recovery_for(const std::string& project_path) {
  const std::string recovery = recovery_path_for(project_path);
  std::error_code ec;
  if (!fs::is_regular_file(platform::to_path(recovery), ec)) return {};
  if (!fs::exists(platform::to_path(project_path), ec)) return recovery;
  const auto recovery_time = fs::last_write_time(platform::to_path(recovery), ec);
  if (ec) return {};
  const auto project_time = fs::last_write_time(platform::to_path(project_path), ec);
  if (ec) return {};
  return recovery_time > project_time ? recovery : std::string();
}

std::vector<std::string> orphaned_untitled_recoveries() {
  std::vector<std::pair<fs::file_time_type, std::string>> found;
  std::error_code ec;
  const std::string prefix = kUntitledPrefix + host_name() + "-";
  for (fs::directory_iterator it(platform::to_path(recovery_dir()), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = platform::to_utf8(it->path().filename());
    if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + std::string(kSuffix).size()) continue;
    if (name.compare(name.size() - std::string(kSuffix).size(), std::string::npos, kSuffix) != 0) continue;
    const std::string pid_text = name.substr(prefix.size(), name.size() - prefix.size() - std::string(kSuffix).size());
    char* end_ptr = nullptr;
    const long pid = std::strtol(pid_text.c_str(), &end_ptr, 10);
    if (!end_ptr || *end_ptr != '\0' || pid <= 0) continue;
    // The name has no start time: a reused pid keeps an orphan until later.
    const bool alive = pid == platform::current_pid() || platform::process_alive(pid, "");
    if (alive) continue;
    std::error_code time_ec;
    found.emplace_back(fs::last_write_time(it->path(), time_ec), platform::to_utf8(it->path()));
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

void discard_recovery(const std::string& recovery_path) {
  if (recovery_path.empty()) return;
  std::error_code ec;
  fs::remove(platform::to_path(recovery_path), ec);
  fs::remove(platform::to_path(recovery_path + ".bak"), ec);
}

}  // namespace readiness
