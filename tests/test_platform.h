#pragma once
// The tests' own platform layer (the programs' is survey/platform.h): run a
// command and capture its output, environment variables, a fresh folder, a
// pid that surely is not running. POSIX and Win32 branches; no #ifdef
// _WIN32 in the tests themselves.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#ifdef _WIN32
#if defined(__WXMSW__)   // the GUI tests: windows.h as wx wants it, its A/W
#include <wx/msw/wrapwin.h>  // macros (GetClassInfo, CreateDialog) undone after
#else
#ifndef _WINDOWS_        // windows.h not yet included
#include <winsock2.h>  // before windows.h
#endif
#include <windows.h>
#endif
#include <psapi.h>  // after windows.h
#else
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace test_platform {

struct CommandResult {
  int code = -1;
  std::string out;
};

// A word for the shell that runs commands (sh; cmd.exe on Windows).
inline std::string shell_quote(const std::string& s) {
#ifdef _WIN32
  std::string q = "\"";
  for (char c : s) q += (c == '"') ? std::string("\\\"") : std::string(1, c);
  return q + "\"";
#else
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
#endif
}

// Runs `command` through the shell; its standard output and exit code.
inline CommandResult run_command(const std::string& command) {
  CommandResult r;
#ifdef _WIN32
  // cmd.exe /c strips one pair of outer quotes: wrap the whole line. Wide,
  // so å/ä/ö reach the child whatever the ANSI code page.
  const std::wstring wide = std::filesystem::u8path("\"" + command + "\"").wstring();
  FILE* pipe = ::_wpopen(wide.c_str(), L"rb");
#else
  FILE* pipe = ::popen(command.c_str(), "r");
#endif
  if (!pipe) return r;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
#ifdef _WIN32
  r.code = ::_pclose(pipe);
#else
  const int status = ::pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
  return r;
}

inline void set_env(const std::string& name, const std::string& value) {
#ifdef _WIN32
  ::_putenv_s(name.c_str(), value.c_str());
#else
  ::setenv(name.c_str(), value.c_str(), 1);
#endif
}

inline void unset_env(const std::string& name) {
#ifdef _WIN32
  ::_putenv_s(name.c_str(), "");
#else
  ::unsetenv(name.c_str());
#endif
}

inline long current_pid() {
#ifdef _WIN32
  return static_cast<long>(::GetCurrentProcessId());
#else
  return static_cast<long>(::getpid());
#endif
}

// The most memory this process has held so far, in KiB (getrusage's
// ru_maxrss on Linux; the peak working set on Windows).
inline long peak_memory_kilobytes() {
#ifdef _WIN32
  PROCESS_MEMORY_COUNTERS counters{};
  counters.cb = sizeof counters;
  if (!::K32GetProcessMemoryInfo(::GetCurrentProcess(), &counters, sizeof counters)) return 0;
  return static_cast<long>(counters.PeakWorkingSetSize / 1024);
#else
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
#endif
}

// A path the shell can run: under Wine the build tree's Unix paths
// ("/work/...") are reached through drive Z:.
inline std::string native_path(const std::string& path) {
#ifdef _WIN32
  if (path.empty() || path[0] != '/') return path;
  std::string out = "Z:" + path;
  for (char& c : out)
    if (c == '/') c = '\\';
  return out;
#else
  return path;
#endif
}

// "NAME=value NAME=value": set while alive, restored afterwards.
class ScopedEnv {
 public:
  explicit ScopedEnv(const std::string& assignments) {
    // Words split at spaces; a value may be quoted ('...' or "...").
    std::vector<std::string> items(1);
    char quote = 0;
    for (char c : assignments) {
      if (quote) {
        if (c == quote) quote = 0;
        else items.back() += c;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ' ') {
        if (!items.back().empty()) items.emplace_back();
      } else {
        items.back() += c;
      }
    }
    for (const std::string& item : items) {
      const std::size_t eq = item.find('=');
      if (eq == std::string::npos) continue;
      const std::string name = item.substr(0, eq);
      const char* old = std::getenv(name.c_str());
      m_saved.push_back({name, old ? old : "", old != nullptr});
      set_env(name, item.substr(eq + 1));
    }
  }
  ~ScopedEnv() {
    for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
      if (it->had) set_env(it->name, it->value);
      else unset_env(it->name);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  struct Saved {
    std::string name, value;
    bool had;
  };
  std::vector<Saved> m_saved;
};

// A new, empty folder "<temp>/<prefix>XXXXXX".
inline std::filesystem::path make_temp_dir(const std::string& prefix) {
  static std::mt19937_64 random{std::random_device{}() ^ static_cast<unsigned long long>(current_pid())};
  for (;;) {
    const auto path = std::filesystem::temp_directory_path() /
                      (prefix + std::to_string(current_pid()) + "-" + std::to_string(random() % 1000000000ULL));
    std::error_code ec;
    if (std::filesystem::create_directory(path, ec)) return path;
    if (ec) throw std::filesystem::filesystem_error("cannot create a temporary folder", path, ec);
  }
}

// Root ignores permission bits (POSIX); Windows has no such user here.
inline bool is_root() {
#ifdef _WIN32
  return false;
#else
  return ::geteuid() == 0;
#endif
}

// True when a new file can be made in `folder` (folder permissions are
// ignored by root on POSIX and by Windows, where "read-only" is a file
// attribute that does not stop new files in a folder).
inline bool folder_writable(const std::filesystem::path& folder) {
  const auto probe = folder / ".write-probe";
  std::FILE* f = nullptr;
#ifdef _WIN32
  f = ::_wfopen(probe.c_str(), L"wb");
#else
  f = std::fopen(probe.c_str(), "wb");
#endif
  if (!f) return false;
  std::fclose(f);
  std::error_code ec;
  std::filesystem::remove(probe, ec);
  return true;
}

// The pid of a process that has exited (and been reaped): a child that
// did nothing. Windows reuses such ids quickly; Wine at once.
inline long dead_pid() {
#ifdef _WIN32
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  PROCESS_INFORMATION info{};
  wchar_t command[] = L"cmd.exe /c exit 0";
  if (!::CreateProcessW(nullptr, command, nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &startup, &info))
    return 999999;
  ::WaitForSingleObject(info.hProcess, INFINITE);
  const long pid = static_cast<long>(info.dwProcessId);
  ::CloseHandle(info.hThread);
  ::CloseHandle(info.hProcess);
  return pid;
#else
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return static_cast<long>(child);
#endif
}

// The system's null device by the name a user could type: "/dev/null";
// "NUL" on Windows (a device in every folder, with any extension).
inline std::string null_device() {
#ifdef _WIN32
  return "NUL";
#else
  return "/dev/null";
#endif
}

// A named pipe at `path`; false where there are none (Windows).
inline bool make_fifo(const std::filesystem::path& path) {
#ifdef _WIN32
  (void)path;
  return false;
#else
  return ::mkfifo(path.c_str(), 0600) == 0;
#endif
}

// A device node every system has ("/dev/null"); empty on Windows.
inline std::filesystem::path device_path() {
#ifdef _WIN32
  return {};
#else
  return "/dev/null";
#endif
}

// A forked child that runs `body` and exits; -1 where there is no fork
// (Windows). The body must not return into the test framework.
inline long start_child(const std::function<void()>& body) {
#ifdef _WIN32
  (void)body;
  return -1;
#else
  const pid_t child = ::fork();
  if (child == 0) {
    try {
      body();
    } catch (...) {
      ::_exit(1);  // never back into the test framework
    }
    ::_exit(0);
  }
  return static_cast<long>(child);
#endif
}

// SIGKILL (TerminateProcess), then reaped: the pid is dead on return.
inline void kill_child(long pid) {
#ifdef _WIN32
  (void)pid;
#else
  ::kill(static_cast<pid_t>(pid), SIGKILL);
  int status = 0;
  ::waitpid(static_cast<pid_t>(pid), &status, 0);
#endif
}

}  // namespace test_platform
