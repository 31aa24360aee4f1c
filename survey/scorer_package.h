#pragma once
// Scorer packages: a round's interviews for a scorer on another laptop, and
// that scorer's scores back (issue 6). The package carries what a blind
// scorer needs and nothing more: the instrument snapshot (anchors, scorer
// guide, questions), each interview's answers with a content hash, the
// respondent's pseudonym and sector — never the other scorer's scores, the
// consensus, contact details or names of respondents.
//
// On disk (UTF-8, "\n" line ends), a header of our own in front of JSON,
// like the project file:
//
//   READINESS-SCORER-PACKAGE\n   magic; never changes
//   format 1\n                   package format version; never changes place
//   length 12345\n               payload size in bytes, decimal
//   crc32 0a1b2c3d\n             CRC-32 (zlib) of the payload, lower-case hex
//   \n
//   {"round": {...}, "slot": "b", "instrument": {...}, "interviews": [...]}
//
// Each interview carries the slot's own "scores" and "notes" (dimension ->
// text) and "answers_hash": "fnv1a64:<16 hex>" over its answers
// (question ids in order, each id and text NUL-terminated), so an import
// can tell that the answers the scorer read are no longer the answers in
// the project. Scores are text with two decimals ("4.50"), exact.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

constexpr int kScorerPackageFormatVersion = 1;

class ScorerPackageError : public std::runtime_error {
 public:
  enum class Kind { NotFound, Unreadable, NotAPackage, NewerFormat, Truncated, Corrupted, WriteFailed };
  ScorerPackageError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
  Kind kind() const { return m_kind; }

 private:
  Kind m_kind;
};

struct PackageInterview {
  std::string id;
  std::string respondent_pseudonym;
  std::string respondent_sector;
  std::string date;
  InterviewStatus status = InterviewStatus::Transcribed;
  std::map<std::string, std::string> answers;
  std::string answers_hash;
  std::string scorer_name;                        // who scores in the package's slot
  std::map<std::string, Hundredths> scores;       // dimension -> the slot's own score
  std::map<std::string, std::string> notes;       // dimension -> the slot's own note
};

struct ScorerPackage {
  ScorerSlot slot = ScorerSlot::B;  // A or B, never Consensus
  std::string round_id;
  std::string community_name;
  std::string community_code;
  std::string round_label;
  std::string issue;
  Instrument instrument;
  std::vector<PackageInterview> interviews;
};

// "fnv1a64:0123456789abcdef" over the answers, in question-id order.
std::string answers_hash(const std::map<std::string, std::string>& answers);

// The round for the scorer in `slot` (A or B): answers, anchors and that
// slot's own scores only. Throws std::out_of_range for an unknown round
// and std::invalid_argument for the consensus slot.
ScorerPackage make_scorer_package(const Project& project, const std::string& round_id, ScorerSlot slot);

std::string package_to_bytes(const ScorerPackage& package);
// Throws ScorerPackageError (path empty in the messages for bytes).
ScorerPackage package_from_bytes(const std::string& bytes, const std::string& path = {});
// Writes a temp file beside `path` and renames it over; WriteFailed on error.
void save_scorer_package(const ScorerPackage& package, const std::string& path);
ScorerPackage load_scorer_package(const std::string& path);

// A project holding just the package's round, for the scorer's own laptop:
// one community, the round with the instrument, respondents (pseudonym and
// sector) and interviews with answers and the slot's scores.
Project project_from_package(const ScorerPackage& package);

// ---- import ------------------------------------------------------------------

struct PackageScoreChange {
  std::string interview_id;
  std::string dimension;
  Hundredths score = 0;  // the cell was empty before
};

struct PackageConflict {
  enum class Kind {
    InterviewMissing,   // the project's round has no such interview
    AnswersChanged,     // the answers differ from those the scorer read: none of its scores taken
    ScoreDiffers,       // the project already has a different score in the slot
    DimensionUnknown,   // not in the round's instrument
    ScorerNameDiffers,  // the interview names another scorer for the slot: scores still taken
    NoteDiffers,        // the project already has a different note in the slot: kept
  };
  Kind kind = Kind::ScoreDiffers;
  std::string interview_id;
  std::string dimension;                 // ScoreDiffers, DimensionUnknown
  std::optional<Hundredths> in_project;  // ScoreDiffers
  std::optional<Hundredths> in_package;
  std::string project_name;              // ScorerNameDiffers
  std::string package_name;
};

struct PackageNoteChange {
  std::string interview_id;
  std::string dimension;
  std::string note;  // the slot's note was empty before
};

struct PackageImportPlan {
  std::string round_id;
  ScorerSlot slot = ScorerSlot::B;
  std::vector<PackageScoreChange> changes;  // empty cells the package fills
  // (interview id, name) for interviews that have no scorer name for the slot yet.
  std::vector<std::pair<std::string, std::string>> scorer_names;
  std::vector<PackageNoteChange> notes;     // empty notes the package fills
  int unchanged = 0;                        // same score already in the project
  std::vector<PackageConflict> conflicts;   // never applied
};

// What importing would do; changes nothing. Throws std::out_of_range when
// the project has no round with the package's round id.
PackageImportPlan plan_package_import(const Project& project, const ScorerPackage& package);
// Applies changes and scorer names of a plan (for the CLI and tests; the
// GUI applies them as undoable commands), each score change recorded in the
// project's audit trail with `origin` (by default: a scorer package, now).
void apply_package_import(Project& project, const PackageImportPlan& plan,
                          const AuditOrigin& origin = AuditOrigin::now(kAuditFromPackage));

}  // namespace readiness
