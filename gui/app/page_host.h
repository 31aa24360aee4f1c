#pragma once
// What a page needs from the window that holds it: the open document, a
// way to make an undoable edit, and navigation between pages. MainFrame
// implements it; tests may too.
#include <string>

#include "project_document.h"

class wxCommand;
class wxCommandProcessor;

namespace readiness {
struct RoundSelection;
}

namespace readiness::gui {

class PageHost {
 public:
  virtual ~PageHost() = default;
  virtual ProjectDocumentPtr document() const = 0;
  // Runs the command and puts it on the undo stack (takes ownership).
  // False, with the reason already shown, when it could not be done.
  virtual bool submit(wxCommand* command) = 0;
  virtual wxCommandProcessor& commands() = 0;
  virtual void show_round(const std::string& round_id) = 0;
  virtual void show_interview(const std::string& round_id, const std::string& interview_id) = 0;
  // The compare page; the trend page for a selection (comparison_view.h).
  virtual void show_compare() = 0;
  virtual void show_trend(const RoundSelection& selection) = 0;
  // Scoring (an empty interview id: the first one left to score),
  // consensus and results pages of a round.
  virtual void show_scoring(const std::string& round_id, const std::string& interview_id) = 0;
  virtual void show_consensus(const std::string& round_id) = 0;
  virtual void show_results(const std::string& round_id) = 0;
};

}  // namespace readiness::gui
