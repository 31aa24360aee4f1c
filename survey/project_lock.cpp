// Lock files (a hard link makes the lock appear whole or not at all, so a
// reader never sees a half-written one; the holder's pid and start time
// tell a dead holder, also after Windows reused its pid).
#include "project_lock.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform.h"
#include "translation.h"

namespace readiness {

namespace {

// A lock file that cannot be parsed is being written or was left by a
// crash mid-write; after this long it is taken as stale.
constexpr int kUnreadableGraceSeconds = 30;

std::string format_lock(const LockInfo& info) {
  std::ostringstream out;
  out << "user " << info.user << "\nhost " << info.host << "\npid " << info.pid << "\nsince " << info.since << "\n";
  if (!info.started.empty()) out << "started " << info.started << "\n";
  return out.str();
}

bool parse_lock(const std::string& text, LockInfo& out) {
  std::istringstream in(text);
  std::string line;
  bool has_host = false, has_pid = false;
  while (std::getline(in, line)) {
    const auto space = line.find(' ');
    if (space == std::string::npos) continue;
    const std::string key = line.substr(0, space), value = line.substr(space + 1);
    if (key == "user") {
      out.user = value;
    } else if (key == "host") {
      out.host = value;
      has_host = true;
    } else if (key == "pid") {
      char* end = nullptr;
      out.pid = std::strtol(value.c_str(), &end, 10);
      has_pid = end && *end == '\0' && out.pid > 0;
    } else if (key == "since") {
      out.since = value;
    } else if (key == "started") {
      out.started = value;
    }
  }
  return has_host && has_pid;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(platform::to_path(path), std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

std::string now_iso() {
  const std::tm local = platform::local_time(std::time(nullptr));
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local);
  return text;
}

bool older_than(const std::string& path, int seconds) {
  const long long age = platform::seconds_since_modified(path);
  return age < 0 || age > seconds;
}

// Creates `lock` holding `content` atomically; false when it exists.
bool create_exclusive(const std::string& lock, const std::string& content) {
  const std::string temp = lock + "." + std::to_string(platform::current_pid()) + ".tmp";
  {
    std::ofstream out(platform::to_path(temp), std::ios::binary | std::ios::trunc);
    if (!out) {
      const std::string reason = std::strerror(errno);  // before the catalog lookup may touch errno
      throw std::runtime_error(format(translated("cannot write the lock file %s: %s"), {lock, reason}));
    }
    out << content;
    out.flush();
    if (!out) throw std::runtime_error(format(translated("cannot write the lock file %s"), {lock}));
  }
  const int link_error = platform::hard_link(temp, lock);
  platform::remove_file(temp);
  if (link_error == 0) return true;
  if (link_error == EEXIST) return false;
  // File systems without hard links (some network shares): O_EXCL instead.
  int fd = -1;
  if (const int error = platform::create_exclusive(lock, fd); error != 0) {
    if (error == EEXIST) return false;
    throw std::runtime_error(
        format(translated("cannot create the lock file %s: %s"), {lock, platform::describe(error)}));
  }
  const int written = platform::write_all(fd, content.data(), content.size());
  platform::close_file(fd);
  if (written != 0) {
    platform::remove_file(lock);
    throw std::runtime_error(format(translated("cannot write the lock file %s"), {lock}));
  }
  return true;
}

}  // namespace

ProjectLockedError::ProjectLockedError(LockInfo holder)
    : std::runtime_error(format(translated("the project is open by %s on %s since %s"),
                                {holder.user, holder.host, holder.since})),
      m_holder(std::move(holder)) {}

ProjectLock::ProjectLock(ProjectLock&& other) noexcept
    : m_lock_path(std::move(other.m_lock_path)), m_info(std::move(other.m_info)) {
  other.m_lock_path.clear();
}

ProjectLock& ProjectLock::operator=(ProjectLock&& other) noexcept {
  if (this != &other) {
    release();
    m_lock_path = std::move(other.m_lock_path);
    m_info = std::move(other.m_info);
    other.m_lock_path.clear();
  }
  return *this;
}

ProjectLock::~ProjectLock() { release(); }

std::string ProjectLock::lock_path(const std::string& project_path) {
  // Keyed by the file's real path: the same project opened through a
  // symlink and through its target has one lock, beside the target.
  std::error_code ec;
  const auto real = std::filesystem::weakly_canonical(std::filesystem::u8path(project_path), ec);
  return (ec || real.empty() ? project_path : real.u8string()) + ".lock";
}

LockInfo ProjectLock::current_process() {
  LockInfo info;
  info.user = platform::user_name();
  info.host = platform::host_name();
  info.pid = platform::current_pid();
  info.since = now_iso();
  info.started = platform::process_start(info.pid);
  return info;
}

bool ProjectLock::is_stale(const LockInfo& info) {
  if (info.host != platform::host_name()) return false;
  return !platform::process_alive(info.pid, info.started);
}

bool ProjectLock::read(const std::string& project_path, LockInfo& out) {
  std::string text;
  if (!read_file(lock_path(project_path), text)) return false;
  out = LockInfo{};
  parse_lock(text, out);
  return true;
}

ProjectLock ProjectLock::acquire(const std::string& project_path) {
  const std::string lock = lock_path(project_path);
  LockInfo me = current_process();
  const std::string content = format_lock(me);
  // Three tries: a stale lock is removed and the creation retried, and
  // another instance may win that race.
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (create_exclusive(lock, content)) {
      ProjectLock owner;
      owner.m_lock_path = lock;
      owner.m_info = me;
      return owner;
    }
    std::string text;
    if (!read_file(lock, text)) continue;  // vanished meanwhile: try again
    LockInfo holder;
    const bool parsed = parse_lock(text, holder);
    const bool stale = parsed ? is_stale(holder) : older_than(lock, kUnreadableGraceSeconds);
    if (!stale) {
      if (!parsed) holder.user = holder.host = "?";
      throw ProjectLockedError(holder);
    }
    platform::remove_file(lock);
  }
  LockInfo holder;
  read(project_path, holder);
  throw ProjectLockedError(holder);
}

void ProjectLock::release() {
  if (m_lock_path.empty()) return;
  std::string text;
  LockInfo on_disk;
  // Only our own lock is removed: a colleague may have taken over a lock
  // we lost (a network drive that came back, a manual clean-up).
  if (read_file(m_lock_path, text) && parse_lock(text, on_disk) && on_disk.host == m_info.host &&
      on_disk.pid == m_info.pid && on_disk.since == m_info.since)
    platform::remove_file(m_lock_path);
  m_lock_path.clear();
}

}  // namespace readiness
