#pragma once
// Output files appear whole or not at all: the writer fills a temporary
// file in the target folder, and commit() renames it over the target. If
// commit() is never reached the temporary file is removed.
#include <stdexcept>
#include <string>

namespace readiness {

struct ExportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class AtomicOutput {
 public:
  // Throws ExportError when the folder is missing or not writable.
  explicit AtomicOutput(std::string target);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::string& temp_path() const { return m_temp; }
  const std::string& target() const { return m_target; }
  // fsyncs the temporary file and renames it to the target; throws ExportError.
  void commit();

 private:
  std::string m_target;
  std::string m_temp;
  bool m_committed = false;
};

// Writes `bytes` to `path` through an AtomicOutput.
void write_file_atomically(const std::string& path, const std::string& bytes);

}  // namespace readiness
