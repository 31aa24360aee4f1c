#pragma once
// Output files appear whole or not at all: the writer fills a temporary
// file in the target folder, and commit() renames it over the target. If
// commit() is never reached the temporary file is removed. The temporary
// file is ".<name>.tmp-<host>-<pid>-XXXXXX" (survey/project_file.h,
// temporary_writer_tag); an export killed before the rename leaves it
// behind, and the next export to the same name removes such leftovers
// whose writer is gone (remove_stale_temporaries).
#include <stdexcept>
#include <string>

namespace readiness {

struct ExportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class AtomicOutput {
 public:
  // Throws ExportError when the folder is missing or not writable, when the
  // name (or the final target of its symlinks) is a folder, FIFO, device
  // or socket, or when the name is too long for the temporary name next to
  // it — all before any work. A symlink is written through to its target.
  explicit AtomicOutput(std::string target);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::string& temp_path() const { return m_temp; }
  const std::string& target() const { return m_target; }
  // fsyncs the temporary file and renames it to the target; throws ExportError.
  void commit();

 private:
  std::string m_target;       // as given, for messages
  std::string m_destination;  // the real file replaced (symlinks followed)
  std::string m_temp;
  bool m_committed = false;
};

// Writes `bytes` to `path` through an AtomicOutput.
void write_file_atomically(const std::string& path, const std::string& bytes);

}  // namespace readiness
