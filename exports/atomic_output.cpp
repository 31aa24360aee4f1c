#include "atomic_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "platform.h"
#include "project_file.h"
#include "translation.h"

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
    throw ExportError(format(translated("%s: cannot follow its symbolic links: %s"), {m_target, platform::describe(error)}));
  const bool followed = m_destination != platform::to_utf8(platform::to_path(m_target).lexically_normal());
  if (kind != platform::FileKind::Missing && kind != platform::FileKind::Regular)
    throw ExportError(
        !followed ? format(translated("%s: is %s, not a file; nothing was written"), {m_target, platform::describe(kind)})
                  : format(translated("%s (its link leads to %s): is %s, not a file; nothing was written"),
                           {m_target, m_destination, platform::describe(kind)}));
  const fs::path destination = platform::to_path(m_destination);
  fs::path dir = destination.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw ExportError(format(translated("%s: the folder %s does not exist"), {m_target, platform::to_utf8(dir)}));
  const std::string name = platform::to_utf8(destination.filename());
  // ".<name>.tmp-<host>-<pid>-XXXXXX": the writer is in the name, so the
  // next export here can tell a killed export's leftover from a live one.
  const std::string temp_name = "." + name + ".tmp-";
  // Room for a 10-digit pid whatever ours is: whether a name fits does not
  // depend on the process. 1 + 5 + (8 + 1 + 10 + 1) + 6 = 32 bytes added.
  constexpr std::size_t kAdded = 32;
  std::size_t limit = 0;
  if (!platform::name_fits(platform::to_utf8(dir), name + std::string(kAdded, 'x'), limit))
    throw ExportError(format(translated("%s: the file name is %s bytes long; in this folder an export can have at most "
                                        "%s (it is written under a temporary name first). Choose a shorter name"),
                             {m_target, std::to_string(name.size()), std::to_string(limit > kAdded ? limit - kAdded : 0)}));
  remove_stale_temporaries(platform::to_utf8(dir), temp_name);
  const std::string prefix =
      platform::to_utf8(dir / platform::to_path(temp_name + temporary_writer_tag(platform::current_pid())));
  int fd = -1;
  if (const int error = platform::create_temporary(prefix, m_temp, fd); error != 0)
    throw ExportError(
        format(translated("%s: cannot write in %s: %s"), {m_target, platform::to_utf8(dir), platform::describe(error)}));
  platform::close_file(fd);
}

AtomicOutput::~AtomicOutput() {
  if (!m_committed && !m_temp.empty()) platform::remove_file(m_temp);
}

void AtomicOutput::commit() {
  if (const int error = platform::flush_file(m_temp); error != 0)
    throw ExportError(format(translated("%s: could not be written: %s"), {m_target, platform::describe(error)}));
  // The temporary file is private; an export gets the usual permissions.
  platform::default_permissions(m_temp);
  if (const int error = platform::replace_file(m_temp, m_destination); error != 0)
    throw ExportError(format(translated("%s: cannot replace the file: %s"), {m_target, platform::describe(error)}));
  m_committed = true;
}

void write_file_atomically(const std::string& path, const std::string& bytes) {
  AtomicOutput out(path);
  std::FILE* f = platform::open_file(out.temp_path(), "wb");
  if (!f) throw ExportError(format(translated("%s: cannot write: %s"), {path, why()}));
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!ok || !closed) throw ExportError(format(translated("%s: write failed: %s"), {path, why()}));
  out.commit();
}

}  // namespace readiness
