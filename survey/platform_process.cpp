// The process part of the platform layer (platform.h): pids with their
// start times, user and host names, local time, per-user and program
// folders. POSIX and Win32 branches.
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "platform.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace readiness::platform {
namespace fs = std::filesystem;

#ifdef _WIN32

namespace {

std::string narrow(const wchar_t* text, int length = -1) {
  const int n = WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
  if (n <= 0) return {};
  std::string out(static_cast<std::size_t>(n), '\0');
  WideCharToMultiByte(CP_UTF8, 0, text, length, out.data(), n, nullptr, nullptr);
  if (length < 0) out.pop_back();  // the terminating NUL
  return out;
}

std::string env_utf8(const wchar_t* name) {
  const wchar_t* value = _wgetenv(name);
  return value ? narrow(value) : std::string();
}

}  // namespace

long current_pid() { return static_cast<long>(GetCurrentProcessId()); }

std::string process_start(long pid) {
  HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
  if (!process) return "";
  std::string token;
  FILETIME created{}, exited{}, kernel{}, user{};
  DWORD code = 0;
  if (GetExitCodeProcess(process, &code) && code == STILL_ACTIVE &&
      GetProcessTimes(process, &created, &exited, &kernel, &user))
    token = std::to_string((static_cast<unsigned long long>(created.dwHighDateTime) << 32) | created.dwLowDateTime);
  CloseHandle(process);
  return token;
}

bool process_alive(long pid, const std::string& start) {
  if (pid <= 0) return false;
  HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
  if (!process) return GetLastError() == ERROR_ACCESS_DENIED;  // runs, but not ours to look at
  DWORD code = 0;
  const bool running = !GetExitCodeProcess(process, &code) || code == STILL_ACTIVE;
  CloseHandle(process);
  if (!running) return false;
  if (start.empty()) return true;
  const std::string now = process_start(pid);
  return now.empty() || now == start;
}

std::string user_name() {
  wchar_t name[256];
  DWORD size = 256;
  if (GetUserNameW(name, &size)) return narrow(name);
  const std::string env = env_utf8(L"USERNAME");
  return env.empty() ? "?" : env;
}

std::string host_name() {
  wchar_t name[256];
  DWORD size = 256;
  if (GetComputerNameExW(ComputerNameDnsHostname, name, &size) && size > 0) return narrow(name);
  return "localhost";
}

std::tm local_time(std::time_t when) {
  std::tm out{};
  localtime_s(&out, &when);
  return out;
}

fs::path user_data_home() {
  // XDG_DATA_HOME wins here too: the tests (and a portable setup) use it.
  if (const wchar_t* xdg = _wgetenv(L"XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg);
  const wchar_t* local = _wgetenv(L"LOCALAPPDATA");
  if (local && *local) return fs::path(local);
  return fs::temp_directory_path();
}

fs::path executable_path() {
  std::wstring buffer(MAX_PATH, L'\0');
  for (;;) {
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (n == 0) return {};
    if (n < buffer.size()) {
      buffer.resize(n);
      return fs::path(buffer);
    }
    buffer.resize(buffer.size() * 2);
  }
}

#else

long current_pid() { return static_cast<long>(::getpid()); }

std::string process_start(long pid) {
  // Field 22 of /proc/<pid>/stat: start time in clock ticks after boot.
  // The command name (field 2) may hold spaces and parentheses: skip to
  // the last ')'.
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text;
  if (!in || !std::getline(in, text)) return "";
  const auto close = text.rfind(')');
  if (close == std::string::npos) return "";
  std::istringstream fields(text.substr(close + 1));
  std::string field;
  for (int index = 3; index <= 22 && (fields >> field); ++index)
    if (index == 22) return field;
  return "";
}

bool process_alive(long pid, const std::string& start) {
  if (pid <= 0) return false;
  if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return false;
  if (start.empty()) return true;
  const std::string now = process_start(pid);
  return now.empty() || now == start;  // unknown (no /proc): assume alive
}

std::string user_name() {
  if (const char* user = std::getenv("USER"); user && *user) return user;
  if (const passwd* pw = ::getpwuid(::getuid())) return pw->pw_name;
  return "?";
}

std::string host_name() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0 || !*name) return "localhost";
  return name;
}

std::tm local_time(std::time_t when) {
  std::tm out{};
  ::localtime_r(&when, &out);
  return out;
}

fs::path user_data_home() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg);
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local" / "share";
  return fs::temp_directory_path();
}

fs::path executable_path() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self;
}

#endif

}  // namespace readiness::platform
