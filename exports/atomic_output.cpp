#include "atomic_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "platform.h"
#include "project_file.h"

namespace readiness {

namespace fs = std::filesystem;

namespace {
std::string why() { return std::strerror(errno); }
}  // namespace

AtomicOutput::AtomicOutput(std::string target) : m_target(std::move(target)) {
  // A symlink is written through: its final target is replaced, the link
  // kept. Anything but a regular file there is refused, never replaced.
  platform::FileKind kind = platform::FileKind::Missing;
  if (const int error = platform::resolve_for_writing(m_target, m_destination, kind); error != 0)
    throw ExportError(m_target + ": cannot follow its symbolic links: " + platform::describe(error));
  const bool followed = m_destination != platform::to_utf8(platform::to_path(m_target).lexically_normal());
  const std::string where = !followed ? std::string() : " (its link leads to " + m_destination + ")";
  if (kind != platform::FileKind::Missing && kind != platform::FileKind::Regular)
    throw ExportError(m_target + where + ": is " + platform::describe(kind) + ", not a file; nothing was written");
  const fs::path destination = platform::to_path(m_destination);
  fs::path dir = destination.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw ExportError(m_target + ": the folder " + platform::to_utf8(dir) + " does not exist");
  const std::string name = platform::to_utf8(destination.filename());
  // ".<name>.tmp-<host>-<pid>-XXXXXX": the writer is in the name, so the
  // next export here can tell a killed export's leftover from a live one.
  const std::string temp_name = "." + name + ".tmp-";
  // Room for a 10-digit pid whatever ours is: whether a name fits does not
  // depend on the process. 1 + 5 + (8 + 1 + 10 + 1) + 6 = 32 bytes added.
  constexpr std::size_t kAdded = 32;
  std::size_t limit = 0;
  if (!platform::name_fits(platform::to_utf8(dir), name + std::string(kAdded, 'x'), limit))
    throw ExportError(m_target + ": the file name is " + std::to_string(name.size()) +
                      " bytes long; in this folder an export can have at most " +
                      std::to_string(limit > kAdded ? limit - kAdded : 0) +
                      " (it is written under a temporary name first). Choose a shorter name");
  remove_stale_temporaries(platform::to_utf8(dir), temp_name);
  const std::string prefix =
      platform::to_utf8(dir / platform::to_path(temp_name + temporary_writer_tag(platform::current_pid())));
  int fd = -1;
  if (const int error = platform::create_temporary(prefix, m_temp, fd); error != 0)
    throw ExportError(m_target + ": cannot write in " + platform::to_utf8(dir) + ": " + platform::describe(error));
  platform::close_file(fd);
}

AtomicOutput::~AtomicOutput() {
  if (!m_committed && !m_temp.empty()) platform::remove_file(m_temp);
}

void AtomicOutput::commit() {
  if (const int error = platform::flush_file(m_temp); error != 0)
    throw ExportError(m_target + ": could not be written: " + platform::describe(error));
  // The temporary file is private; an export gets the usual permissions.
  platform::default_permissions(m_temp);
  if (const int error = platform::replace_file(m_temp, m_destination); error != 0)
    throw ExportError(m_target + ": cannot replace the file: " + platform::describe(error));
  m_committed = true;
}

void write_file_atomically(const std::string& path, const std::string& bytes) {
  AtomicOutput out(path);
  std::FILE* f = platform::open_file(out.temp_path(), "wb");
  if (!f) throw ExportError(path + ": cannot write: " + why());
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!ok || !closed) throw ExportError(path + ": write failed: " + why());
  out.commit();
}

}  // namespace readiness
