// Project file: our header in front of a Boost text archive (format in
// project_file.h). Loading checks everything it can before parsing, so each
// kind of bad file gets its own message; saving is atomic (temporary file,
// flush, hard-linked backup, replace: through the platform layer).
#include "project_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <istream>
#include <limits>
#include <locale>
#include <memory>
#include <sstream>
#include <utility>
#include <vector>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <zlib.h>
#include <boost/serialization/nvp.hpp>

#include "bounded_archive.h"
#include "platform.h"
#include "project_file_payload.h"
#include "serialize_model.h"
#include "translation.h"
#include "validate_project.h"

namespace readiness {
namespace fs = std::filesystem;
using Kind = ProjectFileError::Kind;

namespace {

constexpr const char* kMagic = "READINESS-PROJECT";
// Enough for the whole header; a foreign file is refused after this much.
constexpr std::size_t kHeaderProbe = 4096;
constexpr std::size_t kIssuesShown = 3;

std::string quoted(const std::string& path) { return "\"" + path + "\""; }

[[noreturn]] void fail(Kind kind, const std::string& path, const std::string& why) {
  throw ProjectFileError(kind, path, format(translated("Cannot open %s: %s"), {quoted(path), why}));
}

std::uint32_t crc32_of(const char* data, std::size_t size) {
  // zlib's CRC-32 (the same polynomial and values as boost::crc_32_type)
  // runs several times faster; on a county-scale file it was half the load.
  uLong crc = crc32(0L, Z_NULL, 0);
  while (size > 0) {
    const uInt chunk = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data), chunk);
    data += chunk;
    size -= chunk;
  }
  return static_cast<std::uint32_t>(crc);
}

std::string hex8(std::uint32_t value) {
  char text[9];
  std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(value));
  return text;
}

// ---- reading ---------------------------------------------------------------

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// Appends up to `limit` bytes (or all when limit is 0) from f to out.
void read_into(std::FILE* f, std::string& out, std::size_t limit, const std::string& path) {
  char chunk[1 << 16];
  while (limit == 0 || out.size() < limit) {
    std::size_t want = sizeof chunk;
    if (limit != 0) want = std::min(want, limit - out.size());
    std::size_t got = std::fread(chunk, 1, want, f);
    out.append(chunk, got);
    if (got < want) {
      if (std::ferror(f)) fail(Kind::Unreadable, path, format(translated("read error: %s"), {std::strerror(errno)}));
      return;
    }
  }
}

// A view on the header lines; every failure names the line.
class HeaderReader {
 public:
  HeaderReader(const std::string& data, const std::string& path) : m_data(data), m_path(path) {}

  // The next line without its "\n"; a file that ends first is truncated.
  std::string line(const char* what) {
    std::size_t end = m_data.find('\n', m_pos);
    if (end == std::string::npos || end - m_pos > 64) {
      if (end == std::string::npos && m_data.size() - m_pos <= 64)
        fail(Kind::Truncated, m_path, format(translated("the file is truncated: it ends inside the header (at its line \"%s\")"), {what}));
      fail(Kind::Corrupted, m_path, format(translated("the header is damaged (its line \"%s\" is too long)"), {what}));
    }
    std::string text = m_data.substr(m_pos, end - m_pos);
    m_pos = end + 1;
    return text;
  }

  // "key <digits>" -> the number; anything else is damage.
  std::uint64_t number(const std::string& key) {
    std::string text = line(key.c_str());
    std::string prefix = key + " ";
    bool ok = text.size() > prefix.size() && text.size() <= prefix.size() + 18 &&
              text.compare(0, prefix.size(), prefix) == 0 &&
              text.find_first_not_of("0123456789", prefix.size()) == std::string::npos;
    if (!ok) fail(Kind::Corrupted, m_path,
                  format(translated("the header is damaged (expected \"%s <number>\", found \"%s\")"), {key, text}));
    return std::stoull(text.substr(prefix.size()));
  }

  std::size_t position() const { return m_pos; }
  void skip_to(std::size_t position) { m_pos = position; }

 private:
  const std::string& m_data;
  const std::string& m_path;
  std::size_t m_pos = 0;
};

struct Header {
  std::uint64_t length = 0;
  std::uint32_t crc = 0;
  std::size_t payload_offset = 0;
  bool packed = false;           // format 4 "content zlib <size>"
  std::uint64_t unpacked = 0;    // its <size>
};

// Magic and format first: a newer format may change everything after them.
Header read_header(const std::string& data, const std::string& path) {
  const std::string magic = kMagic;
  if (data.empty()) fail(Kind::NotAProject, path, translated("the file is empty; it is not a Readiness project"));
  if (data.compare(0, magic.size() + 2, magic + "\r\n") == 0)
    fail(Kind::Corrupted, path, translated("its line endings were converted to CRLF by a text tool; the content no longer matches"));
  if (data.compare(0, magic.size() + 1, magic + "\n") != 0) {
    if (data.size() < magic.size() + 1 && (magic + "\n").compare(0, data.size(), data) == 0)
      fail(Kind::Truncated, path, translated("the file is truncated: it ends inside the header"));
    fail(Kind::NotAProject, path, format(translated("not a Readiness project file (it does not start with %s)"), {magic}));
  }
  HeaderReader reader(data, path);
  reader.line("magic");
  std::uint64_t format = reader.number("format");
  if (format > static_cast<std::uint64_t>(kProjectFormatVersion))
    fail(Kind::NewerFormat, path,
         readiness::format(translated("it was made by a newer version of Readiness (format %s); this version reads format %s"),
                           {std::to_string(format), std::to_string(kProjectFormatVersion)}));
  if (format < 1) fail(Kind::Corrupted, path, translated("the header is damaged (format 0 does not exist)"));

  Header header;
  header.length = reader.number("length");
  std::string crc = reader.line("crc32");
  if (crc.size() != 14 || crc.compare(0, 6, "crc32 ") != 0 ||
      crc.find_first_not_of("0123456789abcdef", 6) != std::string::npos)
    fail(Kind::Corrupted, path, readiness::format(translated("the header is damaged (expected \"crc32 <8 hex digits>\", found \"%s\")"), {crc}));
  header.crc = static_cast<std::uint32_t>(std::stoul(crc.substr(6), nullptr, 16));
  if (format >= 4) {  // "content text" or "content zlib <unpacked size>"
    const std::size_t at = reader.position();
    const std::string content = reader.line("content");
    if (content != "content text") {
      reader.skip_to(at);  // read again as "content zlib <number>", or named as damage
      header.unpacked = reader.number("content zlib");
      header.packed = true;
    }
  }
  if (!reader.line(translated("end of header").c_str()).empty())
    fail(Kind::Corrupted, path, translated("the header is damaged (no blank line after it)"));
  header.payload_offset = reader.position();
  return header;
}

// Lets the archive read the bytes in place: a county project is ~60 MB.
class MemoryBuffer : public std::streambuf {
 public:
  MemoryBuffer(const char* data, std::size_t size) {
    char* begin = const_cast<char*>(data);  // read-only use: no putback
    setg(begin, begin, begin + size);
  }
};

std::string describe(const boost::archive::archive_exception& e) {
  using boost::archive::archive_exception;
  switch (e.code) {
    case archive_exception::invalid_signature:
      return translated("the content is not a project archive");
    case archive_exception::unsupported_version:
      return translated("the content was written by a newer serialization library than this version of Readiness can read");
    case archive_exception::unsupported_class_version:
      return translated("the content holds a part newer than this version of Readiness knows");
    case archive_exception::input_stream_error:
      return translated("the content ends early or is damaged");
    case archive_exception::array_size_too_short:
      return translated("the content is damaged (a list is longer than allowed)");
    default:
      return format(translated("the content is damaged (%s)"), {e.what()});
  }
}

Project parse_payload(const char* data, std::size_t size, const std::string& path) {
  Project project;
  try {
    MemoryBuffer buffer(data, size);
    std::istream in(&buffer);
    in.imbue(std::locale::classic());  // numbers never depend on the user's locale
    {
      BoundedTextIArchive archive(in);  // no stored size trusted (bounded_archive.h)
      archive >> boost::serialization::make_nvp("project", project);
    }
    in >> std::ws;
    if (in.peek() != std::char_traits<char>::eof())
      fail(Kind::Corrupted, path, translated("the content is damaged (unexpected data after the project)"));
  } catch (const ProjectFileError&) {
    throw;
  } catch (const ArchiveContentError& e) {
    if (e.kind() == ArchiveContentError::Kind::NewerClassVersion)
      fail(Kind::NewerFormat, path, format(translated("it was made by a newer version of Readiness (%s)"), {e.what()}));
    fail(Kind::Corrupted, path, format(translated("the content is damaged (%s)"), {e.what()}));
  } catch (const boost::archive::archive_exception& e) {
    Kind kind = e.code == boost::archive::archive_exception::unsupported_version ||
                        e.code == boost::archive::archive_exception::unsupported_class_version
                    ? Kind::NewerFormat
                    : Kind::Corrupted;
    fail(kind, path, describe(e));
  } catch (const std::bad_alloc&) {
    fail(Kind::Corrupted, path, translated("the content is damaged (a size is impossibly large)"));
  } catch (const std::exception& e) {
    fail(Kind::Corrupted, path, format(translated("the content is damaged (%s)"), {e.what()}));
  }
  return project;
}

// "the project is not valid, N problems: where: what; …; and M more".
std::string invalid_project(const std::vector<ValidationIssue>& issues) {
  std::string list;
  for (std::size_t i = 0; i < issues.size() && i < kIssuesShown; ++i) {
    if (i > 0) list += "; ";
    list += issues[i].where + ": " + issues[i].what;
  }
  if (issues.size() > kIssuesShown)
    list += "; " + format(translated("and %s more"), {std::to_string(issues.size() - kIssuesShown)});
  return format(translated_plural("the project is not valid, %s problem: %s", "the project is not valid, %s problems: %s",
                                  issues.size()),
                {std::to_string(issues.size()), list});
}

// The project if it breaks none of the model's rules (validate_project.h).
Project validated(Project project, const std::string& path) {
  std::vector<ValidationIssue> issues = validate_project(project);
  if (!issues.empty()) fail(Kind::Invalid, path, invalid_project(issues));
  return project;
}

// ---- writing ---------------------------------------------------------------

[[noreturn]] void write_failed(const std::string& path, const std::string& step, int error) {
  throw ProjectFileError(Kind::WriteFailed, path,
                         format(translated("Cannot save %s: %s: %s"), {quoted(path), step, std::strerror(error)}));
}

// The temp file is removed unless the final rename succeeded.
class TempFile {
 public:
  TempFile(std::string name, int fd) : m_name(std::move(name)), m_fd(fd) {}
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (m_fd >= 0) platform::close_file(m_fd);
    if (!m_committed) platform::remove_file(m_name);
  }
  const std::string& name() const { return m_name; }
  int fd() const { return m_fd; }
  int close() {
    const int result = platform::close_file(m_fd);
    m_fd = -1;
    return result;
  }
  void commit() { m_committed = true; }

 private:
  std::string m_name;
  int m_fd;
  bool m_committed = false;
};

std::string serialize_payload(const Project& project, const std::string& path) {
  try {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    {
      boost::archive::text_oarchive archive(out);
      archive << boost::serialization::make_nvp("project", project);
    }
    return std::move(out).str();
  } catch (const std::exception& e) {
    throw ProjectFileError(Kind::WriteFailed, path, format(translated("Cannot save %s: %s"), {quoted(path), e.what()}));
  }
}

PackedPayload pack(std::string text, const std::string& path) {
  try {
    return pack_payload(std::move(text));
  } catch (const std::exception& e) {
    throw ProjectFileError(Kind::WriteFailed, path, format(translated("Cannot save %s: %s"), {quoted(path), e.what()}));
  }
}

// The previous file becomes path.bak: a hard link (instant, no copy) made
// under a temporary name and renamed, so an older .bak is replaced whole.
void keep_backup(const std::string& target, const std::string& temp_name, const std::string& path) {
  const std::string staged = temp_name + ".bak";
  if (const int link_error = platform::hard_link(target, staged); link_error != 0) {
    // e.g. a file system without hard links: copy instead
    std::error_code ec;
    if (!fs::copy_file(platform::to_path(target), platform::to_path(staged), fs::copy_options::overwrite_existing, ec)) {
      platform::remove_file(staged);
      write_failed(path, format(translated("cannot keep the previous file as %s"), {quoted(target + ".bak")}),
                   ec ? ec.value() : link_error);
    }
  }
  if (const int error = platform::replace_file(staged, target + ".bak"); error != 0) {
    platform::remove_file(staged);
    write_failed(path, format(translated("cannot keep the previous file as %s"), {quoted(target + ".bak")}), error);
  }
  // When the .bak already is the same file (a save killed between this
  // step and the final rename), POSIX rename() does nothing and leaves
  // the staged name behind: remove it (otherwise it is gone already).
  platform::remove_file(staged);
}

}  // namespace

const char* to_string(ProjectFileError::Kind kind) {
  switch (kind) {
    case Kind::NotFound: return "not-found";
    case Kind::Unreadable: return "unreadable";
    case Kind::NotAProject: return "not-a-project";
    case Kind::NewerFormat: return "newer-format";
    case Kind::Truncated: return "truncated";
    case Kind::Corrupted: return "corrupted";
    case Kind::Invalid: return "invalid";
    case Kind::WriteFailed: return "write-failed";
  }
  return "unknown";
}

Project load_project(const std::string& path) {
  std::error_code ec;
  fs::file_status status = fs::status(platform::to_path(path), ec);
  if (status.type() == fs::file_type::not_found) fail(Kind::NotFound, path, translated("no such file"));
  if (status.type() == fs::file_type::directory) fail(Kind::Unreadable, path, translated("it is a folder, not a file"));
  // A pipe or device could block forever in open() or read().
  if (!ec && status.type() != fs::file_type::regular) fail(Kind::Unreadable, path, translated("it is not a regular file"));

  errno = 0;
  std::unique_ptr<std::FILE, FileCloser> file(platform::open_file(path, "rb"));
  if (!file) fail(Kind::Unreadable, path, std::strerror(errno));

  std::string data;
  read_into(file.get(), data, kHeaderProbe, path);
  Header header = read_header(data, path);
  read_into(file.get(), data, 0, path);
  file.reset();

  const std::size_t found = data.size() - header.payload_offset;
  if (found < header.length)
    fail(Kind::Truncated, path,
         format(translated("the file is truncated: the header promises %s bytes of content, the file has %s"),
                {std::to_string(header.length), std::to_string(found)}));
  if (found > header.length)
    fail(Kind::Corrupted, path,
         format(translated("the file has %s bytes more than its header promises (%s)"),
                {std::to_string(found - header.length), std::to_string(header.length)}));

  const char* payload = data.data() + header.payload_offset;
  std::uint32_t crc = crc32_of(payload, found);
  if (crc != header.crc)
    fail(Kind::Corrupted, path,
         format(translated("the content is damaged: its checksum is %s, the header says %s"), {hex8(crc), hex8(header.crc)}));

  if (header.packed) {
    std::vector<char> text;
    try {
      text = unpack_payload(payload, found, header.unpacked);  // bounded: project_file_payload.h
    } catch (const UnpackError& e) {
      fail(Kind::Corrupted, path, e.what());
    }
    data = std::string();  // the packed bytes are no longer needed
    Project project = parse_payload(text.data(), text.size(), path);
    text = std::vector<char>();
    return validated(std::move(project), path);
  }
  return validated(parse_payload(payload, found, path), path);
}

namespace {

[[noreturn]] void cannot_save(const std::string& path, const std::string& why) {
  throw ProjectFileError(Kind::WriteFailed, path, format(translated("Cannot save %s: %s"), {quoted(path), why}));
}

// Eight hex digits for this host (FNV-1a of its name): a temporary file's
// pid is only checked on the host that wrote it.
std::string host_tag() {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : platform::host_name()) hash = (hash ^ c) * 16777619u;
  char text[9];
  std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(hash));
  return text;
}

// The longest suffix a save adds to the file name: ".tmp-" host "-" pid "-"
// XXXXXX ".bak", with room for a 10-digit pid whatever ours is, so whether
// a name fits does not depend on the process (35 bytes: names up to 220
// bytes save where the system allows 255).
constexpr std::size_t kTempSuffixBytes = 5 + 8 + 1 + 10 + 1 + 6 + 4;

struct SaveTarget {
  std::string target;  // the real file to replace
  std::string folder;  // its folder ("." for none)
  bool exists = false;
};

SaveTarget resolve_save_target(const std::string& path) {
  SaveTarget result;
  platform::FileKind kind = platform::FileKind::Missing;
  if (const int error = platform::resolve_for_writing(path, result.target, kind); error != 0)
    cannot_save(path, format(translated("cannot follow its symbolic links: %s"), {platform::describe(error)}));
  const bool followed = result.target != platform::to_utf8(platform::to_path(path).lexically_normal());
  if (kind != platform::FileKind::Missing && kind != platform::FileKind::Regular)
    cannot_save(path, !followed ? format(translated("it is %s, not a project file"), {platform::describe(kind)})
                                : format(translated("%s, where its link leads, is %s, not a project file"),
                                         {quoted(std::as_const(result.target)), platform::describe(kind)}));
  result.exists = kind == platform::FileKind::Regular;
  const fs::path target_path = platform::to_path(result.target);
  const fs::path folder = target_path.parent_path();
  result.folder = folder.empty() ? "." : platform::to_utf8(folder);
  std::error_code ec;
  if (!fs::is_directory(platform::to_path(result.folder), ec))
    cannot_save(path, format(translated("the folder %s does not exist"), {quoted(std::as_const(result.folder))}));
  const std::string name = platform::to_utf8(target_path.filename());
  std::size_t limit = 0;
  if (!platform::name_fits(result.folder, name + std::string(kTempSuffixBytes, 'x'), limit)) {
    const std::size_t most = limit > kTempSuffixBytes ? limit - kTempSuffixBytes : 0;
    cannot_save(path, format(translated("the file name is %s bytes long; a project in this folder can be saved under a "
                                        "name of at most %s bytes (saving writes a temporary file named after it). "
                                        "Choose a shorter name"),
                             {std::to_string(name.size()), std::to_string(most)}));
  }
  return result;
}

bool all_of_class(const std::string& text, const char* allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string::npos;
}

constexpr const char* kLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Whether `rest` (what follows "<name>.tmp-") is one of our temporary
// names; `host` and `pid` get its writer when the name has them.
bool parse_temp_suffix(std::string rest, std::string& host, long& pid) {
  host.clear();
  pid = -1;
  if (rest.size() > 4 && rest.compare(rest.size() - 4, 4, ".bak") == 0) rest.resize(rest.size() - 4);
  if (rest.size() == 6) return all_of_class(rest, kLetters);  // before 2026-12: "<name>.tmp-XXXXXX"
  const std::size_t first = rest.find('-');
  const std::size_t second = first == std::string::npos ? first : rest.find('-', first + 1);
  if (second == std::string::npos) return false;
  const std::string h = rest.substr(0, first), p = rest.substr(first + 1, second - first - 1),
                    random = rest.substr(second + 1);
  if (h.size() != 8 || !all_of_class(h, "0123456789abcdef") || p.empty() || p.size() > 10 ||
      !all_of_class(p, "0123456789") || random.size() != 6 || !all_of_class(random, kLetters))
    return false;
  // At most 10 digits: no overflow. Real pids fit in 31 bits on every system.
  const unsigned long long value = std::stoull(p);
  if (value == 0 || value > static_cast<unsigned long long>(std::numeric_limits<std::int32_t>::max())) return false;
  host = h;
  pid = static_cast<long>(value);
  return true;
}

std::vector<std::string> remove_stale_in(const std::string& folder_name, const std::string& prefix) {
  std::vector<std::string> removed;
  const fs::path folder = platform::to_path(folder_name.empty() ? std::string(".") : folder_name);
  const std::string here = host_tag();
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = platform::to_utf8(it->path().filename());
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    std::string host;
    long pid = -1;
    if (!parse_temp_suffix(name.substr(prefix.size()), host, pid)) continue;
    std::error_code kind_ec;
    if (!it->is_regular_file(kind_ec) || it->is_symlink(kind_ec)) continue;
    const std::string full = platform::to_utf8(it->path());
    bool gone;
    if (pid > 0 && host == here)
      gone = pid != platform::current_pid() && !platform::process_alive(pid, "");
    else
      gone = platform::seconds_since_modified(full) >= kStaleTemporarySeconds;
    if (gone && platform::remove_file(full) == 0) removed.push_back(full);
  }
  return removed;
}

// The leftovers of saves of `target`: "<name>.tmp-..." in its folder.
std::vector<std::string> remove_leftovers(const std::string& target) noexcept {
  const fs::path target_path = platform::to_path(target);
  const fs::path folder = target_path.parent_path();
  try {
    return remove_stale_temporaries(folder.empty() ? std::string(".") : platform::to_utf8(folder),
                                    platform::to_utf8(target_path.filename()) + ".tmp-");
  } catch (const std::exception&) {
    return {};
  }
}

}  // namespace

void check_save_target(const std::string& path) { resolve_save_target(path); }

// Cleaning up never stops a save, an export or an open (a name the system
// cannot convert, a folder that cannot be listed: nothing is removed).
std::vector<std::string> remove_stale_temporaries(const std::string& folder, const std::string& name_prefix) noexcept {
  try {
    return remove_stale_in(folder, name_prefix);
  } catch (const std::exception&) {
    return {};
  }
}

std::string temporary_writer_tag(long pid) { return host_tag() + "-" + std::to_string(pid) + "-"; }

std::string temporary_name_prefix(const std::string& target, long pid) {
  return target + ".tmp-" + temporary_writer_tag(pid);
}

std::vector<std::string> remove_interrupted_saves(const std::string& path) {
  try {
    std::string target;
    platform::FileKind kind = platform::FileKind::Missing;
    if (platform::resolve_for_writing(path, target, kind) != 0) return {};
    return remove_leftovers(target);
  } catch (const std::exception&) {
    return {};
  }
}

void save_project(const Project& project, const std::string& path) {
  // Everything that can refuse the save comes before the work.
  const SaveTarget where = resolve_save_target(path);
  const std::string& target = where.target;
  const std::string& folder_name = where.folder;
  const bool had_previous = where.exists;
  remove_leftovers(target);

  const PackedPayload packed = pack(serialize_payload(project, path), path);
  const std::string& payload = packed.bytes;
  std::string header = std::string(kMagic) + "\nformat " + std::to_string(kProjectFormatVersion) +
                       "\nlength " + std::to_string(payload.size()) +
                       "\ncrc32 " + hex8(crc32_of(payload.data(), payload.size())) +
                       (packed.packed ? "\ncontent zlib " + std::to_string(packed.unpacked_size) : std::string("\ncontent text")) +
                       "\n\n";

  std::string temp_name;
  int fd = -1;
  if (const int error = platform::create_temporary(temporary_name_prefix(target, platform::current_pid()), temp_name, fd); error != 0)
    write_failed(path, format(translated("cannot create a file in the folder %s"), {quoted(folder_name)}), error);
  TempFile temp(temp_name, fd);

  // The temporary file is private; keep the previous file's permissions.
  platform::copy_permissions(temp.fd(), had_previous ? target : std::string());

  if (int error = platform::write_all(temp.fd(), header.data(), header.size()); error != 0)
    write_failed(path, translated("writing failed"), error);
  if (int error = platform::write_all(temp.fd(), payload.data(), payload.size()); error != 0)
    write_failed(path, translated("writing failed"), error);
  if (int error = platform::flush_to_disk(temp.fd()); error != 0) write_failed(path, translated("flushing to disk failed"), error);
  if (int error = temp.close(); error != 0) write_failed(path, translated("closing failed"), error);

  if (had_previous) keep_backup(target, temp.name(), path);
  if (int error = platform::replace_file(temp.name(), target); error != 0)
    write_failed(path, translated("cannot replace the file"), error);
  temp.commit();
  platform::flush_folder(folder_name);
}

}  // namespace readiness
