#pragma once
// Instruments loaded from JSON files (format in questionnaires/README.md).
#include <stdexcept>
#include <string>
#include <vector>

#include "instrument.h"

namespace readiness {

struct InstrumentIssue {
  std::string file;   // file name as given
  std::string where;  // "questions[4] (q05)", "dimensions[1].anchors"
  std::string what;   // "unknown dimension \"G\"", in the user's language (translation.h)
  std::string to_string() const;  // "file: where: what"
};

class InstrumentError : public std::runtime_error {
 public:
  explicit InstrumentError(std::vector<InstrumentIssue> issues);
  const std::vector<InstrumentIssue>& issues() const { return m_issues; }

 private:
  std::vector<InstrumentIssue> m_issues;
};

// Parses and checks one instrument file; throws InstrumentError listing
// every fault found (invalid JSON is one fault with its line and column).
// Only a regular file of at most 1 MiB is read; JSON nested deeper than 32
// levels, a key given twice in one object, a number beyond range and a
// control character in a name or id are faults like any other.
Instrument load_instrument_file(const std::string& path);
// The same, for a file's text already in memory (file names it in faults).
Instrument parse_instrument(const std::string& text, const std::string& file);
// Checks an instrument already in memory (the same rules as the file).
std::vector<InstrumentIssue> check_instrument(const Instrument& instrument, const std::string& file);

class InstrumentLibrary {
 public:
  // Bundled instruments from data_dir() plus user instrument folders.
  // Faulty user files are skipped and named in problems() (at most five
  // faults per file); a bad file never stops the library from loading.
  static InstrumentLibrary load_default();
  static InstrumentLibrary load_from(const std::vector<std::string>& dirs);

  const std::vector<Instrument>& instruments() const { return m_instruments; }
  const Instrument* find(const std::string& id) const;
  // Throws std::runtime_error("instrument \"x\" not found; known: ...").
  const Instrument& get(const std::string& id) const;
  const std::vector<InstrumentIssue>& problems() const { return m_problems; }

 private:
  std::vector<Instrument> m_instruments;
  std::vector<InstrumentIssue> m_problems;
};

// The built-in six-dimension Swedish instrument used when a CSV has no
// instrument column.
constexpr const char* kDefaultInstrumentId = "cr6-sv";

}  // namespace readiness
