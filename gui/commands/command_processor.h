#pragma once
// The main window's undo history, with statuses that follow the work
// (issue 16): when a command writes answers or scores into a planned
// interview, the interview becomes transcribed; a planned round with such
// an interview becomes ongoing, and a round whose interviews all have
// their consensus becomes completed. The status changes belong to the
// command's undo step: undoing it puts the old statuses back. Statuses only
// move forward, and a status the user sets (the interview's Status field)
// is left as set.
//
// It also keeps the point in the history where the project was saved, so
// that undoing back to it leaves nothing to save.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class ProjectCommandProcessor : public wxCommandProcessor, private ProjectObserver {
 public:
  void set_document(ProjectDocumentPtr document);
  void ClearCommands() override;

  // The current point of the history is what is on disk.
  void mark_saved();
  // What is on disk is not in the history (a recovered or untitled project).
  void forget_saved();
  // nullopt when the saved state is out of the history's reach; else
  // whether the current point is the saved one.
  std::optional<bool> at_saved_point() const;

 protected:
  bool DoCommand(wxCommand& command) override;
  bool UndoCommand(wxCommand& command) override;
  void Store(wxCommand* command) override;

 private:
  struct StatusChange {
    std::string round_id;
    std::string interview_id;  // empty: the round's status
    std::string before;        // as text (to_string)
    std::string after;
  };
  void on_project_changed(const ChangeEvent& event) override;
  std::vector<StatusChange> follow_work();
  void apply(const StatusChange& change, bool forward);

  ProjectDocumentPtr m_document;
  // Rounds and interviews (empty id: all of the round's) a command touched.
  std::map<std::string, std::set<std::string>> m_touched;
  std::map<const wxCommand*, std::vector<StatusChange>> m_changes;
  const wxCommand* m_storing = nullptr;  // during Store
  bool m_saved_known = false;
  const wxCommand* m_saved = nullptr;  // the command done last when saved; nullptr: none
};

}  // namespace readiness::gui
