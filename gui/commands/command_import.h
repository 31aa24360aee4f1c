#pragma once
// Scores imported from a CSV file (File > Import scores) as ONE undoable
// step. survey/score_import.h does the import on a copy of the project;
// this command applies the difference between the project before and that
// copy through the document's own edits (new communities, new rounds,
// rounds the import touched), so the views hear of each change as they do
// for any other edit, and undo puts every value back exactly.
#include <utility>
#include <vector>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandImportScores : public wxCommand {
 public:
  // `after` is the document's project with the import applied.
  CommandImportScores(ProjectDocumentPtr document, const Project& after);
  bool Do() override;
  bool Undo() override;
  // False when the import changed nothing (every score already there).
  bool changes_anything() const;

 private:
  ProjectDocumentPtr m_document;
  std::vector<Community> m_new_communities;
  std::vector<Round> m_new_rounds;
  std::vector<std::pair<Round, Round>> m_changed_rounds;  // before, after
  // The import's audit entries; appended by Do, and their reversal (each
  // value back, as a change made in the app) by Undo: the trail only grows.
  std::vector<AuditEntry> m_audit;
  bool m_done = false;
};

}  // namespace readiness::gui
