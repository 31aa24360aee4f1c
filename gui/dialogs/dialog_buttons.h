#pragma once
// Cancel buttons GTK cannot put back in English. wxGTK shows a button with
// a stock id (wxID_CANCEL) and its stock label (which our catalog
// translates, "&Avbryt") as GTK's own stock button, and GTK labels that in
// English when its own translations are missing. The dialogs' Cancel is
// therefore a button with an id of its own and our translated label that
// ends the dialog with wxID_CANCEL, and Escape presses it (issue 16).

class wxButton;
class wxDialog;
class wxString;

namespace readiness::gui {

// Turns the dialog's wxID_CANCEL button (CreateStdDialogButtonSizer,
// wxTextEntryDialog, our own) into such a button, labelled `label` (empty:
// "&Cancel"). Returns it, or nullptr when the dialog has none.
wxButton* use_own_cancel_button(wxDialog& dialog, const wxString& label);
wxButton* use_own_cancel_button(wxDialog& dialog);

}  // namespace readiness::gui
