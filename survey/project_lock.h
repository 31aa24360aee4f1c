#pragma once
// A lock file beside an open project ("<file>.lock"), so a second instance
// or a colleague on a shared drive is told who has the project open and
// since when (design.md, "Project file"). Advisory only: anyone may still
// open the project read-only. The lock file holds four lines:
//
//   user lena
//   host laptop-17
//   pid 4242
//   since 2024-03-14T09:12:00
//
// A lock left by a crashed program on this host (its pid no longer runs)
// is stale and taken over. A lock from another host is always respected:
// its pid cannot be checked from here.
#include <stdexcept>
#include <string>

namespace readiness {

struct LockInfo {
  std::string user;
  std::string host;
  long pid = 0;
  std::string since;  // ISO 8601 local time, "2024-03-14T09:12:00"
};

class ProjectLockedError : public std::runtime_error {
 public:
  explicit ProjectLockedError(LockInfo holder);
  const LockInfo& holder() const { return m_holder; }

 private:
  LockInfo m_holder;
};

// Move-only owner of a lock file; releases it on destruction.
class ProjectLock {
 public:
  ProjectLock() = default;  // holds nothing
  ProjectLock(ProjectLock&& other) noexcept;
  ProjectLock& operator=(ProjectLock&& other) noexcept;
  ProjectLock(const ProjectLock&) = delete;
  ProjectLock& operator=(const ProjectLock&) = delete;
  ~ProjectLock();

  // Takes the lock of `project_path`. Throws ProjectLockedError when a live
  // holder has it, std::runtime_error when the lock cannot be written (a
  // read-only folder: the caller may open read-only).
  static ProjectLock acquire(const std::string& project_path);
  // The holder of the lock of `project_path`, if any; stale locks count.
  static bool read(const std::string& project_path, LockInfo& out);
  // "<real path of the project>.lock": symlinks resolved, so two names of
  // one file share one lock.
  static std::string lock_path(const std::string& project_path);
  // Who we are: user, host, our pid, now.
  static LockInfo current_process();
  // True when the lock's process is known dead (same host, pid gone).
  static bool is_stale(const LockInfo& info);

  bool held() const { return !m_lock_path.empty(); }
  const std::string& path() const { return m_lock_path; }
  // Removes the lock file if it is still ours. Safe to call twice.
  void release();

 private:
  std::string m_lock_path;
  LockInfo m_info;
};

}  // namespace readiness
