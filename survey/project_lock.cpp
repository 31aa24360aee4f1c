// Lock files (POSIX: link() makes the lock appear whole or not at all, so
// a reader never sees a half-written one; kill(pid, 0) tells a dead holder).
#include "project_lock.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace readiness {

namespace {

// A lock file that cannot be parsed is being written or was left by a
// crash mid-write; after this long it is taken as stale.
constexpr int kUnreadableGraceSeconds = 30;

std::string format_lock(const LockInfo& info) {
  std::ostringstream out;
  out << "user " << info.user << "\nhost " << info.host << "\npid " << info.pid << "\nsince " << info.since << "\n";
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
    }
  }
  return has_host && has_pid;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "localhost";
  return name;
}

std::string user_name() {
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* pw = getpwuid(getuid())) return pw->pw_name;
  return "?";
}

std::string now_iso() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &local);
  return text;
}

bool older_than(const std::string& path, int seconds) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return true;
  return std::time(nullptr) - st.st_mtime > seconds;
}

// Creates `lock` holding `content` atomically; false when it exists.
bool create_exclusive(const std::string& lock, const std::string& content) {
  const std::string temp = lock + "." + std::to_string(getpid()) + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write the lock file " + lock + ": " + std::strerror(errno));
    out << content;
    out.flush();
    if (!out) throw std::runtime_error("cannot write the lock file " + lock);
  }
  const int linked = link(temp.c_str(), lock.c_str());
  const int link_errno = errno;
  unlink(temp.c_str());
  if (linked == 0) return true;
  if (link_errno == EEXIST) return false;
  // File systems without hard links (some network shares): O_EXCL instead.
  const int fd = open(lock.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw std::runtime_error("cannot create the lock file " + lock + ": " + std::strerror(errno));
  }
  const ssize_t written = write(fd, content.data(), content.size());
  close(fd);
  if (written != static_cast<ssize_t>(content.size())) {
    unlink(lock.c_str());
    throw std::runtime_error("cannot write the lock file " + lock);
  }
  return true;
}

}  // namespace

ProjectLockedError::ProjectLockedError(LockInfo holder)
    : std::runtime_error("the project is open by " + holder.user + " on " + holder.host + " since " + holder.since),
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
  info.user = user_name();
  info.host = host_name();
  info.pid = static_cast<long>(getpid());
  info.since = now_iso();
  return info;
}

bool ProjectLock::is_stale(const LockInfo& info) {
  if (info.host != host_name()) return false;
  return kill(static_cast<pid_t>(info.pid), 0) != 0 && errno == ESRCH;
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
    unlink(lock.c_str());
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
    unlink(m_lock_path.c_str());
  m_lock_path.clear();
}

}  // namespace readiness
