#pragma once
// The platform layer: every difference between POSIX and Windows lives
// behind this header (docs/design.md, "Platforms"; conventions.md item 17).
// No #ifdef _WIN32 anywhere else.
#include <cstddef>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace readiness::platform {

// ---- Locale ----------------------------------------------------------------
// Readiness's rule (issue 15): messages and character classes follow the
// user; numbers for machines never do. adopt_user_locale() is called once at
// start — by the CLI's main and by the GUI after the toolkit has set its
// own — and leaves LC_NUMERIC at "C", so printf-family code in any library
// (libxlsxwriter's snprintf, wxWidgets, GTK) writes '.'. Numbers for people
// are formatted by scoring/mean_format.h with the UI language's decimal
// point, never by the C library.
void adopt_user_locale();

// While alive, this thread formats and parses numbers in the classic "C"
// locale whatever the process locale is (POSIX uselocale; Windows
// per-thread locale); only LC_NUMERIC changes, so messages made meanwhile
// stay in the user's language. Held around every write by a library that formats
// numbers with printf (the workbook), so a host that resets LC_NUMERIC —
// GTK does on start — cannot put "3,5" into a file. Not copyable.
class ClassicNumbers {
 public:
  ClassicNumbers();
  ~ClassicNumbers();
  ClassicNumbers(const ClassicNumbers&) = delete;
  ClassicNumbers& operator=(const ClassicNumbers&) = delete;

 private:
  void* m_previous = nullptr;  // POSIX: the locale_t in use before
  void* m_classic = nullptr;   // POSIX: the "C" locale_t we made
  [[maybe_unused]] int m_previous_mode = 0;     // Windows: _configthreadlocale's previous mode
  std::string m_previous_numeric;  // Windows: LC_NUMERIC before
};

// "sv" or "en": the language the user's system asks for, read as gettext
// does (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; "C"/"POSIX" skipped);
// anything not Swedish is English. On Windows the user's UI language.
std::string system_ui_language();

// ---- Paths -----------------------------------------------------------------
// Every path in the code is UTF-8 in a std::string. MinGW's
// std::filesystem::path(std::string) widens byte by byte instead of
// decoding UTF-8 ("Piteå" becomes "PiteÃ¥"), so a path is made from a
// string only here, and turned back only here.
std::filesystem::path to_path(const std::string& utf8);
std::string to_utf8(const std::filesystem::path& path);
// fopen with a UTF-8 name (_wfopen on Windows). Mode as for fopen; always
// give "b" for files that must be byte-identical across platforms.
std::FILE* open_file(const std::string& utf8_path, const char* mode);
// The program's arguments in UTF-8 (Windows: from the wide command line,
// whatever the code page; POSIX: argv as given).
std::vector<std::string> utf8_arguments(int argc, char** argv);
// Console output in UTF-8 with '\n' line ends (Windows: code page 65001,
// stdout and stderr in binary mode); nothing on POSIX.
void prepare_console();

// ---- Files -----------------------------------------------------------------
// Low-level file operations on UTF-8 names. They return 0 or an errno value
// (Windows errors are mapped: sharing violation -> EBUSY, access denied ->
// EACCES, exists -> EEXIST ...), describe() turns one into text.
std::string describe(int error);
// Creates `path` for writing, failing with EEXIST if it exists (O_EXCL;
// binary on Windows). `fd` gets a descriptor for write_all/flush/close.
int create_exclusive(const std::string& path, int& fd);
// A new, empty, uniquely named file "<prefix>XXXXXX" (mkstemp); `name` gets
// its name, `fd` a descriptor.
int create_temporary(const std::string& prefix, std::string& name, int& fd);
int write_all(int fd, const char* data, std::size_t size);
// The file's data reaches the disk (fsync; FlushFileBuffers via _commit).
int flush_to_disk(int fd);
int close_file(int fd);
// flush_to_disk for a closed file, by name (Windows opens it for writing:
// FlushFileBuffers needs a handle with write access).
int flush_file(const std::string& path);
// A rename made durable where the system allows it (fsync of the folder on
// POSIX; nothing to do on Windows, whose rename is written through).
void flush_folder(const std::string& folder);
// Moves `from` over `to`, replacing it atomically (rename; MoveFileExW with
// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH, retried for about a
// second while a virus scanner or the search indexer holds the target).
int replace_file(const std::string& from, const std::string& to);
// A second name for a file (link; CreateHardLinkW). EEXIST if taken; other
// errors mean the file system has no hard links: callers fall back.
int hard_link(const std::string& existing, const std::string& new_name);
int remove_file(const std::string& path);
// Permissions of a file we wrote: those of `like` if it exists, otherwise
// the usual ones for a new file (0644 / 0666 & ~umask). Nothing on Windows.
void copy_permissions(int fd, const std::string& like);
void default_permissions(const std::string& path);
// Seconds since the file was last modified; -1 when it cannot be read.
long long seconds_since_modified(const std::string& path);

// What a name designates, for a writer that must not replace anything but
// a regular file.
enum class FileKind { Missing, Regular, Directory, Fifo, Device, Socket, Other };
// "a folder", "a named pipe (FIFO)", "a device" ...: for messages, in the
// user's language (translation.h).
std::string describe(FileKind kind);
// What `path` designates after following symlinks (Missing also when it
// cannot be read). On Windows a device name — NUL, CON, COM1 ..., with any
// extension, in any folder, or a \\.\ device path — is a Device whatever
// the file system says.
FileKind file_kind(const std::string& path);
// Follows `path` through symlinks (relative ones from the link's folder, at
// most 40) to the name a writer must replace so that the link keeps
// pointing at the new file: the final target, also when it does not exist
// yet (a dangling link is written through and creates its target). `kind`
// gets what is there. 0 or an errno value (ELOOP for a cycle).
int resolve_for_writing(const std::string& path, std::string& target, FileKind& kind);
// True when a file called `name` (one name, no folder) can be created in
// `folder`: POSIX compares its bytes with pathconf(_PC_NAME_MAX) (255 when
// unknown), Windows its UTF-16 units with 255. `limit` gets that maximum.
bool name_fits(const std::string& folder, const std::string& name, std::size_t& limit);

// ---- Processes, user, host, time ------------------------------------------
long current_pid();
// When a process started, as an opaque token ("" if unknown or not
// running): Linux /proc/<pid>/stat, Windows GetProcessTimes. A pid with a
// different start token is another process that reused the id.
std::string process_start(long pid);
// False only when `pid` is known not to run on this machine, or runs but
// started at another time than `start` (when `start` is not empty).
bool process_alive(long pid, const std::string& start);
std::string user_name();
std::string host_name();
std::tm local_time(std::time_t when);
// The per-user data folder: $XDG_DATA_HOME or ~/.local/share on POSIX,
// %LOCALAPPDATA% on Windows; the temp folder when there is none.
std::filesystem::path user_data_home();
// The running executable's full path (empty if unknown).
std::filesystem::path executable_path();
// Free bytes in a folder kept in memory for temporary files ("/dev/shm"),
// with its name; "" when there is none (Windows).
std::string memory_folder(unsigned long long& free_bytes);

}  // namespace readiness::platform
