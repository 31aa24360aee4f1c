#pragma once
// "Paste transcript": the analyst pastes a whole interview transcript,
// splits it into parts (blank lines; a leading question number assigns a
// part), checks or changes which question each part answers, and the parts
// are added to those answers in one undoable step.
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "text/transcript_split.h"

class wxDataViewListCtrl;
class wxTextCtrl;

namespace readiness::gui {

class DialogTranscript : public wxDialog {
 public:
  // `questions`: one short title per question of the instrument, in order.
  DialogTranscript(wxWindow* parent, const std::vector<wxString>& questions);

  void set_transcript(const wxString& text);
  // Splits the text into parts with proposed questions (the Split button).
  void split();
  // The parts with the questions chosen in the list (-1: left out).
  std::vector<TranscriptPart> assignments() const;

 private:
  std::vector<wxString> m_questions;
  wxString m_skip_label;
  wxTextCtrl* m_text = nullptr;
  wxDataViewListCtrl* m_parts = nullptr;
  std::vector<TranscriptPart> m_split;
};

}  // namespace readiness::gui
