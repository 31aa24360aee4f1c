#pragma once
// Undoable edits of the project's structure: communities and rounds added,
// edited, removed. Each stores whole values by id (a removed community
// keeps its rounds and positions), never pointers into the model.
// Extension point for the register dialog, the round wizard and the
// respondents editor: build the new value, submit one of these.
#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandAddCommunity : public wxCommand {
 public:
  CommandAddCommunity(ProjectDocumentPtr document, Community community);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  Community m_community;
};

class CommandEditCommunity : public wxCommand {
 public:
  CommandEditCommunity(ProjectDocumentPtr document, Community after);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  Community m_before;
  Community m_after;
};

class CommandRemoveCommunity : public wxCommand {
 public:
  CommandRemoveCommunity(ProjectDocumentPtr document, std::string community_id);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  std::string m_community_id;
  RemovedCommunity m_removed;
};

class CommandAddRound : public wxCommand {
 public:
  CommandAddRound(ProjectDocumentPtr document, Round round);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  Round m_round;
};

// Replaces a whole round (settings, respondents, the interview list).
class CommandEditRound : public wxCommand {
 public:
  CommandEditRound(ProjectDocumentPtr document, Round after, const wxString& name);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  Round m_before;
  Round m_after;
};

class CommandRemoveRound : public wxCommand {
 public:
  CommandRemoveRound(ProjectDocumentPtr document, std::string round_id);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  RemovedRound m_removed;
};

}  // namespace readiness::gui
