#pragma once
// The open project as the desktop app sees it: the shared Project, where it
// lives on disk, whether it has unsaved changes or was opened read-only, and
// every edit the views may make. Edits go through this class only, so it
// can announce them to its observers (the model announces, views listen)
// and keep the modified flag honest. No wx here: the GUI wraps each edit in
// an undoable command that stores before/after values by stable ids.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "file_stamp.h"
#include "project.h"

namespace readiness {

// What changed, by stable ids (empty when not applicable).
struct ChangeEvent {
  enum class What {
    Reset,          // a different project, or everything may have changed
    State,          // path, modified or read-only flag (no content change)
    Project,        // title, owner
    Community,      // added, removed or edited: community_id
    Round,          // added, removed or edited: round_id (and community_id)
    Interview,      // one field of one interview: round_id, interview_id, field
  };
  What what = What::Reset;
  std::string community_id;
  std::string round_id;
  std::string interview_id;
  std::string field;  // InterviewField name, or "answer:<question id>"
};

class ProjectObserver {
 public:
  virtual ~ProjectObserver() = default;
  virtual void on_project_changed(const ChangeEvent& event) = 0;
};

// One editable field of one interview, addressed by stable ids.
struct InterviewFieldRef {
  enum class Field { Interviewer, SecondListener, Date, DurationMinutes, Status, Notes, RespondentId, Answer };
  std::string round_id;
  std::string interview_id;
  Field field = Field::Answer;
  std::string question_id;  // only for Field::Answer

  // "interviewer", "second_listener", ..., "answer:q01" (ChangeEvent::field).
  std::string name() const;
  bool operator==(const InterviewFieldRef& other) const;
};

// One score cell: one scorer's score (slot A or B) or the consensus of one
// interview on one dimension, addressed by stable ids.
struct ScoreRef {
  std::string round_id;
  std::string interview_id;
  std::string dimension;  // code in the round's instrument
  ScorerSlot slot = ScorerSlot::A;

  // "score:<dimension>:a", ":b" or ":consensus" (ChangeEvent::field).
  std::string name() const;
  bool operator==(const ScoreRef& other) const;
};

// A removed community with everything that went with it, so an undo puts
// it back exactly where it was.
struct RemovedCommunity {
  Community community;
  std::size_t position = 0;
  std::vector<std::pair<std::size_t, Round>> rounds;  // (index in project.rounds, round), ascending
};

struct RemovedRound {
  Round round;
  std::size_t position = 0;
};

// Progress of one interview through the method's steps (round overview).
struct InterviewProgress {
  InterviewStatus status = InterviewStatus::Planned;
  int answered = 0;            // questions with a non-blank answer
  int required_answered = 0;
  int required_total = 0;
  int questions = 0;
  int dimensions = 0;          // of the round's instrument
  int scored_a = 0;            // dimensions with a score from A
  int scored_b = 0;
  int consensus = 0;           // dimensions with a consensus score
  bool consensus_complete() const { return dimensions > 0 && consensus == dimensions; }
};
InterviewProgress interview_progress(const Round& round, const Interview& interview);

// Round progress for the tree badge: interviews with complete consensus
// out of all interviews.
struct RoundProgress {
  int interviews = 0;
  int transcribed = 0;
  int consensus_complete = 0;
  bool complete() const { return interviews > 0 && consensus_complete == interviews; }
};
RoundProgress round_progress(const Round& round);

// Sector ids of the round's interviewed respondents, in sector_ids() order,
// each once (unknown sectors last).
std::vector<std::string> sectors_covered(const Round& round);

class ProjectDocument {
 public:
  // An empty, untitled project.
  ProjectDocument();
  ProjectDocument(Project project, std::string path);

  // Loads with load_project(); throws ProjectFileError.
  static std::shared_ptr<ProjectDocument> open(const std::string& path);

  const Project& project() const { return *m_project; }
  // The shared project for readers that outlive a call (exports, scoring
  // in the background). Never edit through it: use the methods below.
  std::shared_ptr<const Project> shared_project() const { return m_project; }

  const std::string& path() const { return m_path; }
  bool untitled() const { return m_path.empty(); }
  bool modified() const { return m_modified; }
  bool read_only() const { return m_read_only; }
  void set_read_only(bool read_only);
  // Counts every change of content; views and autosave compare it.
  unsigned long revision() const { return m_revision; }

  // Writes with save_project() (atomic, keeps a .bak); clears modified.
  // Throws ProjectFileError. save_as() also changes path().
  void save();
  void save_as(const std::string& path);
  // Whether the file at path() changed on disk since this document opened
  // or last saved it (file_stamp.h: size, time, content hash): someone
  // else wrote it meanwhile. Same for an untitled project. Saving does not
  // check: the caller asks the user first (the desktop app does).
  DiskChange disk_change();
  // Marks the project modified or not (recovered content is modified).
  void set_modified(bool modified);

  void add_observer(ProjectObserver* observer);
  void remove_observer(ProjectObserver* observer);

  // ---- edits (each announces one ChangeEvent and marks modified) --------
  // Throws std::out_of_range when an id is unknown and std::logic_error
  // when the document is read-only.
  std::string interview_field(const InterviewFieldRef& ref) const;
  // Status and duration take their text forms ("held", "45"); throws
  // std::invalid_argument for a bad value.
  void set_interview_field(const InterviewFieldRef& ref, const std::string& value);

  void set_title(const std::string& title);
  void set_owner(const std::string& owner);

  // Inserts at `position` (end when absent); the id must be new.
  void insert_community(const Community& community, std::optional<std::size_t> position = std::nullopt);
  // Replaces the community with the same id; returns the previous value.
  Community update_community(const Community& community);
  // Removes the community and its rounds.
  RemovedCommunity remove_community(const std::string& community_id);
  void restore_community(const RemovedCommunity& removed);

  void insert_round(const Round& round, std::optional<std::size_t> position = std::nullopt);
  Round update_round(const Round& round);
  RemovedRound remove_round(const std::string& round_id);
  void restore_round(const RemovedRound& removed) { insert_round(removed.round, removed.position); }

  // ---- scores (project_document_scores.cpp) --------------------------------
  // Each announces ChangeEvent::What::Interview with field ScoreRef::name()
  // (or "scorer_a_name"/"scorer_b_name"). Throws std::out_of_range for an
  // unknown round, interview or dimension (not in the round's instrument)
  // and std::invalid_argument for a score outside 1.00–9.00.
  std::optional<Hundredths> score(const ScoreRef& ref) const;
  // nullopt clears the score; an emptied cell leaves no entry.
  void set_score(const ScoreRef& ref, std::optional<Hundredths> value);
  // Why the consensus landed where it did (the slot of `ref` is ignored).
  std::string consensus_reason(const ScoreRef& ref) const;
  void set_consensus_reason(const ScoreRef& ref, const std::string& reason);
  // The note of the slot of `ref`: A's or B's own note (the consensus slot:
  // the reason). Announced as "note:<dimension>:a|b|consensus".
  std::string score_note(const ScoreRef& ref) const;
  void set_score_note(const ScoreRef& ref, const std::string& text);
  // Who scores an interview as A or B (slot Consensus: std::invalid_argument).
  std::string scorer_name(const std::string& round_id, const std::string& interview_id, ScorerSlot slot) const;
  void set_scorer_name(const std::string& round_id, const std::string& interview_id, ScorerSlot slot,
                       const std::string& name);

  // ---- audit trail (audit.h) ------------------------------------------------
  // set_score and set_consensus_reason record each change with this origin:
  // the app, the user at the keyboard, now — unless set_audit_origin gave
  // another (a scorer package taken in through the app); nullopt resets it.
  AuditOrigin audit_origin() const;
  void set_audit_origin(std::optional<AuditOrigin> origin);
  // Appends entries recorded elsewhere (a score import made on a copy of
  // the project); announced as ChangeEvent::What::Project, field "audit".
  void append_audit(const std::vector<AuditEntry>& entries);
  // Takes back the last `count` entries appended (the undo of a merge,
  // whose entries are other files' history, not changes made here).
  // Throws std::out_of_range when there are fewer.
  void remove_last_audit(std::size_t count);

  // Ids not yet taken, for new communities and rounds.
  std::string new_community_id(const std::string& name) const;
  std::string new_round_id(const std::string& community_id, const std::string& label) const;

 private:
  Interview& interview_at(const InterviewFieldRef& ref);
  const Interview& interview_at(const InterviewFieldRef& ref) const;
  void check_writable() const;
  void changed(ChangeEvent event);
  void announce(const ChangeEvent& event);

  std::shared_ptr<Project> m_project;
  std::string m_path;
  FileStamp m_disk;  // the file at m_path as last read or written here
  std::optional<AuditOrigin> m_audit_origin;
  bool m_modified = false;
  bool m_read_only = false;
  unsigned long m_revision = 0;
  std::vector<ProjectObserver*> m_observers;
};

using ProjectDocumentPtr = std::shared_ptr<ProjectDocument>;

}  // namespace readiness
