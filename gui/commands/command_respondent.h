#pragma once
// Undoable edits of a round's respondents. Each keeps the respondent by
// round and respondent id (never a pointer into the model), applies the
// survey/round_respondents.h function to a copy of the round and hands it
// to ProjectDocument::update_round, so observers hear one Round change.
#include <string>

#include <wx/cmdproc.h>

#include "project_document.h"
#include "round_respondents.h"

namespace readiness::gui {

// A new respondent, and a planned interview for it when `interview_id`
// is not empty.
class CommandAddRespondent : public wxCommand {
 public:
  CommandAddRespondent(ProjectDocumentPtr document, std::string round_id, Respondent respondent,
                       std::string interview_id);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  Respondent m_respondent;
  std::string m_interview_id;
};

// Pseudonym, sector, role or contact of one respondent.
class CommandEditRespondent : public wxCommand {
 public:
  CommandEditRespondent(ProjectDocumentPtr document, std::string round_id, Respondent after);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  Respondent m_before;
  Respondent m_after;
};

// The respondent goes with its untouched planned interviews; interviews
// with work in them stay, unlinked, and are linked again on undo.
class CommandRemoveRespondent : public wxCommand {
 public:
  CommandRemoveRespondent(ProjectDocumentPtr document, std::string round_id, std::string respondent_id);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  std::string m_respondent_id;
  RemovedRespondent m_removed;
};

}  // namespace readiness::gui
