#include "atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace readiness {

namespace fs = std::filesystem;

namespace {
std::string why() { return std::strerror(errno); }
}  // namespace

AtomicOutput::AtomicOutput(std::string target) : m_target(std::move(target)) {
  fs::path dir = fs::path(m_target).parent_path();
  if (dir.empty()) dir = ".";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw ExportError(m_target + ": the folder " + dir.string() + " does not exist");
  if (fs::is_directory(m_target, ec)) throw ExportError(m_target + ": is a folder, not a file");
  std::string pattern = (dir / ("." + fs::path(m_target).filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) throw ExportError(m_target + ": cannot write in " + dir.string() + ": " + why());
  close(fd);
  m_temp = name.data();
}

AtomicOutput::~AtomicOutput() {
  if (!m_committed && !m_temp.empty()) std::remove(m_temp.c_str());
}

void AtomicOutput::commit() {
  int fd = open(m_temp.c_str(), O_RDONLY);
  if (fd < 0 || fsync(fd) != 0) {
    std::string reason = why();
    if (fd >= 0) close(fd);
    throw ExportError(m_target + ": could not be written: " + reason);
  }
  close(fd);
  // mkstemp makes the file 0600; an export should get the usual permissions.
  mode_t mask = umask(0);
  umask(mask);
  chmod(m_temp.c_str(), 0666 & ~mask);
  if (std::rename(m_temp.c_str(), m_target.c_str()) != 0)
    throw ExportError(m_target + ": cannot replace the file: " + why());
  m_committed = true;
}

void write_file_atomically(const std::string& path, const std::string& bytes) {
  AtomicOutput out(path);
  std::FILE* f = std::fopen(out.temp_path().c_str(), "wb");
  if (!f) throw ExportError(path + ": cannot write: " + why());
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!ok || !closed) throw ExportError(path + ": write failed: " + why());
  out.commit();
}

}  // namespace readiness
