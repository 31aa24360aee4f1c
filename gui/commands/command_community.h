#pragma once
// Undoable addition of several communities at once (a whole county from
// the register is one step to undo). Single additions, edits and removals
// are in command_project.h.
#include <vector>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandAddCommunities : public wxCommand {
 public:
  CommandAddCommunities(ProjectDocumentPtr document, std::vector<Community> communities);
  bool Do() override;
  bool Undo() override;

 private:
  ProjectDocumentPtr m_document;
  std::vector<Community> m_communities;
};

}  // namespace readiness::gui
