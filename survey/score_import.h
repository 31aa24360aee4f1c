#pragma once
// Import of scores from a CSV file (design.md, "SCORES.csv"): one row per
// round × interview × dimension × scorer. A file with any bad row is refused
// whole, every bad row listed; otherwise communities, rounds and interviews
// are created as needed and the scores set.
#include <cstdint>
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

// A community as the summary names it: "Piteå (2581)", or a custom one.
struct CommunityRef {
  std::string name;
  std::string code;  // SCB code; empty for a custom community
};

// A community name written in the file otherwise than the community it
// went to: "Piteå kommun" → Piteå (2581), "ÄLVSBYN" → Älvsbyn (2560).
struct CommunityNameMatch {
  std::string written;  // as in the file (white space tidied)
  CommunityRef community;
};

// A custom community the import created (a name that is neither in the
// project nor, in any form municipalities sign with, in the register),
// with the register municipalities and project communities whose names are
// close to it ("did you mean Piteå (2581)?" for "Pitea").
struct NewCustomCommunity {
  std::string name;
  std::vector<CommunityRef> close;
};

struct ImportSummary {
  int rows = 0;               // data rows imported
  int communities_added = 0;
  int rounds_added = 0;
  int interviews_added = 0;
  int scores_new = 0;         // slot had no value before
  int scores_changed = 0;     // slot had another value, now replaced
  int scores_unchanged = 0;   // slot already had this value
  std::vector<CommunityNameMatch> names_matched;         // each written form once, in file order
  std::vector<NewCustomCommunity> custom_communities;    // every custom community added, in file order
  std::string encoding = "UTF-8";  // or "Windows-1252": Excel's plain "CSV" (csv_reader.h)
};

// The largest score CSV read (bytes): 64 MB, some 40 times the national
// bench project's scores. A bigger "CSV" is refused before it is read.
constexpr std::uintmax_t kMaxScoreCsvBytes = 64ull << 20;

class ScoreImportError : public std::runtime_error {
 public:
  ScoreImportError(std::string file, std::vector<ImportRowError> rows);
  const std::string& file() const { return m_file; }
  const std::vector<ImportRowError>& rows() const { return m_rows; }

 private:
  std::string m_file;
  std::vector<ImportRowError> m_rows;
};

// Community names are matched by identity_key (text_identity.h) against the
// project, then by SwedishRegister::municipality_by_official_name against
// the register ("Älvsbyns kommun" → 2560); a community_code decides, and a
// name that contradicts it is refused. Issue texts and round labels are
// matched by identity_key, so a no-break space or a doubled space is the
// same issue, as compare and trend see it. A text that is UTF-8 read as
// Windows-1252 ("Pite Ã¤lvdal") is refused, naming the row and the text it
// probably was: repairing it silently would hide that the file went through
// a lossy path (five cp1252 bytes are undefined; other columns may be hit),
// and guessing wrong would create the very second community we guard against.
//
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
