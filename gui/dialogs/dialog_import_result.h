#pragma once
// What File > Import scores made of a file, in a dialog the user can copy
// from: the counts, every name matched otherwise than written, every new
// custom community with "did you mean …?", or — when the file was refused —
// every bad row with its line, column and reason.
#include <wx/dialog.h>

class wxTextCtrl;

namespace readiness::gui {

class DialogImportResult : public wxDialog {
 public:
  // `refused`: nothing was imported (a warning icon, "Nothing was changed").
  DialogImportResult(wxWindow* parent, bool refused, const wxString& heading, const wxString& details);
  wxString heading() const { return m_heading; }
  wxString details() const;
  // Copies heading and details to the clipboard as plain text.
  void copy_to_clipboard() const;

 private:
  wxString m_heading;
  wxTextCtrl* m_details = nullptr;
};

}  // namespace readiness::gui
