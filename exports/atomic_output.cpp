#include "atomic_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "platform.h"

namespace readiness {

namespace fs = std::filesystem;

namespace {
std::string why() { return std::strerror(errno); }
}  // namespace

AtomicOutput::AtomicOutput(std::string target) : m_target(std::move(target)) {
  fs::path dir = platform::to_path(m_target).parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw ExportError(m_target + ": the folder " + platform::to_utf8(dir) + " does not exist");
  if (fs::is_directory(platform::to_path(m_target), ec)) throw ExportError(m_target + ": is a folder, not a file");
  const std::string prefix =
      platform::to_utf8(dir / platform::to_path("." + platform::to_utf8(platform::to_path(m_target).filename()) + ".tmp-"));
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
  if (const int error = platform::replace_file(m_temp, m_target); error != 0)
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
