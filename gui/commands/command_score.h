#pragma once
// Undoable score edits: a scorer's score, a consensus score with its
// reason, a scorer's name. Each stores the cell by stable ids and its
// before/after values, never a pointer into the model.
#include <optional>
#include <string>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandSetScore : public wxCommand {
 public:
  // Reads the current value as `before`.
  CommandSetScore(ProjectDocumentPtr document, ScoreRef ref, std::optional<Hundredths> after);
  bool Do() override;
  bool Undo() override;
  const ScoreRef& ref() const { return m_ref; }

 private:
  bool apply(std::optional<Hundredths> value);
  ProjectDocumentPtr m_document;
  ScoreRef m_ref;
  std::optional<Hundredths> m_before;
  std::optional<Hundredths> m_after;
};

// The consensus score and its reason as one step: the reason belongs to
// the score it explains.
class CommandSetConsensus : public wxCommand {
 public:
  CommandSetConsensus(ProjectDocumentPtr document, ScoreRef ref, std::optional<Hundredths> after,
                      std::string reason_after);
  bool Do() override;
  bool Undo() override;

 private:
  bool apply(std::optional<Hundredths> value, const std::string& reason);
  ProjectDocumentPtr m_document;
  ScoreRef m_ref;
  std::optional<Hundredths> m_before;
  std::optional<Hundredths> m_after;
  std::string m_reason_before;
  std::string m_reason_after;
};

// A scorer's own note on a cell (with any quoted evidence).
class CommandSetScoreNote : public wxCommand {
 public:
  CommandSetScoreNote(ProjectDocumentPtr document, ScoreRef ref, std::string after);
  bool Do() override;
  bool Undo() override;

 private:
  bool apply(const std::string& text);
  ProjectDocumentPtr m_document;
  ScoreRef m_ref;
  std::string m_before;
  std::string m_after;
};

class CommandSetScorerName : public wxCommand {
 public:
  CommandSetScorerName(ProjectDocumentPtr document, std::string round_id, std::string interview_id, ScorerSlot slot,
                       std::string after);
  bool Do() override;
  bool Undo() override;

 private:
  bool apply(const std::string& name);
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  std::string m_interview_id;
  ScorerSlot m_slot;
  std::string m_before;
  std::string m_after;
};

}  // namespace readiness::gui
