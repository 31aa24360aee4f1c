// The file part of the platform layer (platform.h): paths, atomic replace,
// flush, exclusive create, hard links. POSIX and Win32 branches.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <thread>

#include "platform.h"
#include "translation.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <share.h>
#include <sys/stat.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace readiness::platform {
namespace fs = std::filesystem;

fs::path to_path(const std::string& utf8) { return fs::u8path(utf8); }

std::string to_utf8(const fs::path& path) { return path.u8string(); }

std::string describe(int error) { return std::strerror(error); }

int write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
#ifdef _WIN32
    const unsigned chunk = size > (1u << 30) ? (1u << 30) : static_cast<unsigned>(size);
    const int written = ::_write(fd, data, chunk);
#else
    const ssize_t written = ::write(fd, data, size);
#endif
    if (written < 0) {
      if (errno == EINTR) continue;
      return errno ? errno : EIO;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return 0;
}

int create_temporary(const std::string& prefix, std::string& name, int& fd) {
  static const char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 random{std::random_device{}() ^
                                      static_cast<unsigned long long>(current_pid()) ^
                                      static_cast<unsigned long long>(
                                          std::chrono::steady_clock::now().time_since_epoch().count())};
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string candidate = prefix;
    for (int i = 0; i < 6; ++i) candidate += kLetters[random() % (sizeof kLetters - 1)];
    const int error = create_exclusive(candidate, fd);
    if (error == 0) {
      name = candidate;
      return 0;
    }
    if (error != EEXIST) return error;
  }
  return EEXIST;
}

std::string describe(FileKind kind) {
  // TRANSLATORS: what a name is, inside "X is a folder, not a file".
  switch (kind) {
    case FileKind::Missing: return translated("a missing file");
    case FileKind::Regular: return translated("a file");
    case FileKind::Directory: return translated("a folder");
    case FileKind::Fifo: return translated("a named pipe (FIFO)");
    case FileKind::Device: return translated("a device");
    case FileKind::Socket: return translated("a socket");
    case FileKind::Other: return translated("not a regular file");
  }
  return translated("not a regular file");
}

namespace {

FileKind kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::not_found: return FileKind::Missing;
    case fs::file_type::regular: return FileKind::Regular;
    case fs::file_type::directory: return FileKind::Directory;
    case fs::file_type::fifo: return FileKind::Fifo;
    case fs::file_type::block:
    case fs::file_type::character: return FileKind::Device;
    case fs::file_type::socket: return FileKind::Socket;
    default: return FileKind::Other;
  }
}

// Windows: a name the system takes for a device in any folder and with any
// extension (CON, PRN, AUX, NUL, COM1-9, LPT1-9, CONIN$, CONOUT$; "Naming
// Files, Paths, and Namespaces", Microsoft Learn), or a path in the device
// namespace (\\.\pipe\x; \\.\C:\... is an ordinary path). Such a name
// has no file behind it: reading CON would wait for the console. Never on
// POSIX, where devices show as such in the file's status.
bool is_device_name(const fs::path& path) {
#ifdef _WIN32
  const std::wstring text = path.wstring();
  if (text.size() >= 4 && (text[0] == L'\\' || text[0] == L'/') && (text[1] == L'\\' || text[1] == L'/') &&
      text[2] == L'.' && (text[3] == L'\\' || text[3] == L'/'))
    return !(text.size() >= 6 && text[5] == L':');
  std::wstring base = path.filename().wstring();
  base = base.substr(0, base.find(L'.'));
  while (!base.empty() && (base.back() == L' ' || base.back() == L':')) base.pop_back();
  for (wchar_t& c : base)
    if (c >= L'a' && c <= L'z') c = static_cast<wchar_t>(c - L'a' + L'A');
  if (base == L"CON" || base == L"PRN" || base == L"AUX" || base == L"NUL" || base == L"CONIN$" || base == L"CONOUT$")
    return true;
  return base.size() == 4 && (base.compare(0, 3, L"COM") == 0 || base.compare(0, 3, L"LPT") == 0) && base[3] >= L'1' &&
         base[3] <= L'9';
#else
  (void)path;
  return false;
#endif
}

}  // namespace

FileKind file_kind(const std::string& path) {
  const fs::path native = to_path(path);
  if (is_device_name(native)) return FileKind::Device;
  std::error_code ec;
  const fs::file_status status = fs::status(native, ec);
  return ec ? FileKind::Missing : kind_of(status.type());
}

int resolve_for_writing(const std::string& path, std::string& target, FileKind& kind) {
  fs::path current = to_path(path);
  for (int hop = 0; hop <= 40; ++hop) {
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(current, ec);
    if (ec && link.type() != fs::file_type::not_found) return ec.value();
    if (link.type() == fs::file_type::symlink) {
      const fs::path next = fs::read_symlink(current, ec);
      if (ec) return ec.value();
      current = next.is_absolute() ? next : current.parent_path() / next;
      continue;
    }
    target = to_utf8(current.lexically_normal());
    kind = is_device_name(current) ? FileKind::Device : kind_of(link.type());
    return 0;
  }
  return ELOOP;
}

#ifdef _WIN32

namespace {

std::wstring wide(const std::string& utf8) {
  if (utf8.empty()) return {};
  const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring out(static_cast<std::size_t>(n), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
  return out;
}

std::string narrow(const wchar_t* text) {
  const int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
  if (n <= 1) return {};
  std::string out(static_cast<std::size_t>(n - 1), '\0');
  WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), n, nullptr, nullptr);
  return out;
}

int errno_from(DWORD error) {
  switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE: return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_WRITE_PROTECT: return EACCES;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION: return EBUSY;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS: return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL: return ENOSPC;
    case ERROR_NOT_SAME_DEVICE: return EXDEV;
    case ERROR_NOT_SUPPORTED:
    case ERROR_INVALID_FUNCTION: return ENOTSUP;
    case ERROR_TOO_MANY_LINKS: return EMLINK;
    default: return EIO;
  }
}

}  // namespace

std::FILE* open_file(const std::string& utf8_path, const char* mode) {
  return ::_wfopen(wide(utf8_path).c_str(), wide(mode).c_str());
}

std::vector<std::string> utf8_arguments(int argc, char** argv) {
  std::vector<std::string> out;
  int count = 0;
  if (LPWSTR* args = CommandLineToArgvW(GetCommandLineW(), &count)) {
    if (count == argc) {
      for (int i = 0; i < count; ++i) out.push_back(narrow(args[i]));
      LocalFree(args);
      return out;
    }
    LocalFree(args);
  }
  out.assign(argv, argv + argc);
  return out;
}

void prepare_console() {
  SetConsoleOutputCP(CP_UTF8);
  std::fflush(stdout);
  std::fflush(stderr);
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
}

int create_exclusive(const std::string& path, int& fd) {
  fd = -1;
  const int error = ::_wsopen_s(&fd, wide(path).c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY,
                                _SH_DENYNO, _S_IREAD | _S_IWRITE);
  return error == 0 ? 0 : (errno ? errno : error);
}

int flush_to_disk(int fd) { return ::_commit(fd) == 0 ? 0 : errno; }

int close_file(int fd) { return ::_close(fd) == 0 ? 0 : errno; }

int flush_file(const std::string& path) {
  HANDLE file = CreateFileW(wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                            OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) return errno_from(GetLastError());
  const bool flushed = FlushFileBuffers(file);
  const DWORD error = GetLastError();
  CloseHandle(file);
  return flushed ? 0 : errno_from(error);
}

void flush_folder(const std::string&) {}

int replace_file(const std::string& from, const std::string& to) {
  const std::wstring source = wide(from), target = wide(to);
  DWORD error = 0;
  // A virus scanner, the search indexer or a sync client opens a new file
  // for a moment: retry sharing violations for about a second.
  for (int attempt = 0; attempt < 20; ++attempt) {
    if (MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return 0;
    error = GetLastError();
    if (error != ERROR_SHARING_VIOLATION && error != ERROR_LOCK_VIOLATION && error != ERROR_ACCESS_DENIED) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return errno_from(error);
}

int hard_link(const std::string& existing, const std::string& new_name) {
  if (CreateHardLinkW(wide(new_name).c_str(), wide(existing).c_str(), nullptr)) return 0;
  return errno_from(GetLastError());
}

int remove_file(const std::string& path) {
  if (DeleteFileW(wide(path).c_str())) return 0;
  return errno_from(GetLastError());
}

void copy_permissions(int, const std::string&) {}

void default_permissions(const std::string&) {}

long long seconds_since_modified(const std::string& path) {
  WIN32_FILE_ATTRIBUTE_DATA data{};
  if (!GetFileAttributesExW(wide(path).c_str(), GetFileExInfoStandard, &data)) return -1;
  FILETIME now_ft{};
  GetSystemTimeAsFileTime(&now_ft);
  const auto ticks = [](FILETIME t) { return (static_cast<long long>(t.dwHighDateTime) << 32) | t.dwLowDateTime; };
  return (ticks(now_ft) - ticks(data.ftLastWriteTime)) / 10000000LL;
}

bool name_fits(const std::string&, const std::string& name, std::size_t& limit) {
  limit = 255;  // NTFS, FAT32 and SMB shares: 255 UTF-16 units
  return wide(name).size() <= limit;
}

std::string memory_folder(unsigned long long& free_bytes) {
  free_bytes = 0;
  return "";
}

#else

std::FILE* open_file(const std::string& utf8_path, const char* mode) { return std::fopen(utf8_path.c_str(), mode); }

std::vector<std::string> utf8_arguments(int argc, char** argv) { return std::vector<std::string>(argv, argv + argc); }

void prepare_console() {}

int create_exclusive(const std::string& path, int& fd) {
  fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  return fd >= 0 ? 0 : errno;
}

int flush_to_disk(int fd) { return ::fsync(fd) == 0 ? 0 : errno; }

int close_file(int fd) { return ::close(fd) == 0 ? 0 : errno; }

int flush_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return error;
}

void flush_folder(const std::string& folder) {
  // Makes a rename durable. Errors are ignored on purpose: the new file is
  // already in place and cannot be rolled back, and some network file
  // systems refuse fsync on folders (EINVAL).
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

int replace_file(const std::string& from, const std::string& to) {
  return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

int hard_link(const std::string& existing, const std::string& new_name) {
  return ::link(existing.c_str(), new_name.c_str()) == 0 ? 0 : errno;
}

int remove_file(const std::string& path) { return ::unlink(path.c_str()) == 0 ? 0 : errno; }

void copy_permissions(int fd, const std::string& like) {
  struct stat previous {};
  // New files get 0644: reading the umask means changing it, racy with
  // threads. A file system without permissions (a share) may refuse; that
  // is harmless.
  const bool had_previous = !like.empty() && ::stat(like.c_str(), &previous) == 0;
  if (::fchmod(fd, had_previous ? (previous.st_mode & 07777) : 0644) != 0) errno = 0;
}

void default_permissions(const std::string& path) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::chmod(path.c_str(), 0666 & ~mask) != 0) errno = 0;
}

bool name_fits(const std::string& folder, const std::string& name, std::size_t& limit) {
  const long max = ::pathconf(folder.empty() ? "." : folder.c_str(), _PC_NAME_MAX);
  limit = max > 0 ? static_cast<std::size_t>(max) : 255;
  return name.size() <= limit;
}

long long seconds_since_modified(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return -1;
  return static_cast<long long>(std::time(nullptr) - st.st_mtime);
}

std::string memory_folder(unsigned long long& free_bytes) {
  free_bytes = 0;
  const char* folder = "/dev/shm";
  struct statvfs fs {};
  if (::access(folder, W_OK | X_OK) != 0 || ::statvfs(folder, &fs) != 0) return "";
  free_bytes = static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize;
  return folder;
}

#endif

}  // namespace readiness::platform
