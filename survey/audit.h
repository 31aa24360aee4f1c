#pragma once
// The audit trail (issue 12, item 6): every change of a score, a consensus
// or a consensus reason, kept in the project (format 3) — who, when, old →
// new, and from where — as REDCap's audit log does for research data.
// Recorded where the changes are made: ProjectDocument's score edits (the
// desktop app), the score import, and scorer packages. Entries are only
// ever appended (an undo in the app is a change of its own).
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "round.h"
#include "score_value.h"

namespace readiness {

struct AuditEntry {
  std::string when;          // UTC, ISO 8601: "2026-11-30T20:55:01Z"
  std::string who;           // the scorer's name for A's and B's scores when the interview names one, else the user name
  std::string source;        // kAuditFromApp, kAuditFromImport or kAuditFromPackage
  std::string detail;        // the file the change came from (its name only); "" in the app
  std::string round_id;
  std::string interview_id;
  std::string dimension;     // code in the round's instrument
  std::string field;         // "a", "b", "consensus" (scores) or "reason" (the consensus reason)
  std::string old_value;     // scores as "4.50" ('.' always), "" for none; reasons as written
  std::string new_value;
};

constexpr const char* kAuditFromApp = "app";
constexpr const char* kAuditFromImport = "import";
constexpr const char* kAuditFromPackage = "scorer-package";

// Where changes come from while they are recorded: the source, the file,
// the user at the keyboard and the moment (one timestamp for a whole file).
struct AuditOrigin {
  std::string source = kAuditFromApp;
  std::string detail;
  std::string user;  // the login name (platform::user_name()) by default
  std::string when;  // now by default
  // The origin now, for this user.
  static AuditOrigin now(const std::string& source, const std::string& detail = {});
};

// "2026-11-30T20:55:01Z" for a moment (UTC; no platform calls).
std::string iso_timestamp_utc(std::time_t when);

// "a", "b", "consensus".
const char* audit_field(ScorerSlot slot);

// Appends an entry to `trail` when `before` and `after` differ. `interview`
// gives the scorer's name for slots A and B.
void record_score_change(std::vector<AuditEntry>& trail, const AuditOrigin& origin, const std::string& round_id,
                         const Interview& interview, const std::string& dimension, ScorerSlot slot,
                         std::optional<Hundredths> before, std::optional<Hundredths> after);
void record_reason_change(std::vector<AuditEntry>& trail, const AuditOrigin& origin, const std::string& round_id,
                          const Interview& interview, const std::string& dimension, const std::string& before,
                          const std::string& after);

// The entries of one interview (and one dimension, unless empty), oldest first.
std::vector<AuditEntry> audit_of(const std::vector<AuditEntry>& trail, const std::string& round_id,
                                 const std::string& interview_id, const std::string& dimension = {});

}  // namespace readiness
