#pragma once
// Import of scores from a CSV file (design.md, "SCORES.csv"): one row per
// round × interview × dimension × scorer. A file with any bad row is refused
// whole, every bad row listed; otherwise communities, rounds and interviews
// are created as needed and the scores set.
#include <stdexcept>
#include <string>
#include <vector>

#include "instrument_library.h"
#include "project.h"
#include "register.h"

namespace readiness {

struct ImportRowError {
  int line = 0;         // 1-based physical line in the file
  std::string column;   // header name ("score"); empty for a whole-row fault
  std::string reason;   // "12 is outside 1–9"
};

// "SCORES.csv:7: column \"score\": 12 is outside 1–9"
std::string to_string(const ImportRowError& error, const std::string& file);

struct ImportSummary {
  int rows = 0;               // data rows imported
  int communities_added = 0;
  int rounds_added = 0;
  int interviews_added = 0;
  int scores_new = 0;         // slot had no value before
  int scores_changed = 0;     // slot had another value, now replaced
  int scores_unchanged = 0;   // slot already had this value
};

class ScoreImportError : public std::runtime_error {
 public:
  ScoreImportError(std::string file, std::vector<ImportRowError> rows);
  const std::string& file() const { return m_file; }
  const std::vector<ImportRowError>& rows() const { return m_rows; }

 private:
  std::string m_file;
  std::vector<ImportRowError> m_rows;
};

// Reads `csv_path` and imports it. Throws ScoreImportError when the file is
// refused (the project is then unchanged) and std::runtime_error when it
// cannot be read.
ImportSummary import_scores(Project& project, const std::string& csv_path,
                            const SwedishRegister& reg, const InstrumentLibrary& lib);
// The same for text in memory; `display_name` names it in messages.
ImportSummary import_scores_text(Project& project, const std::string& csv_text,
                                 const std::string& display_name,
                                 const SwedishRegister& reg, const InstrumentLibrary& lib);

}  // namespace readiness
