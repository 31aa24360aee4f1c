#include "dialogs/dialog_buttons.h"

#include <wx/button.h>
#include <wx/dialog.h>

#include "text/translate.h"

namespace readiness::gui {

wxButton* use_own_cancel_button(wxDialog& dialog, const wxString& label) {
  auto* cancel = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL));
  if (!cancel) return nullptr;
  // Not a stock id any more: SetLabel then gives GTK our text, not its stock item.
  cancel->SetId(wxWindow::NewControlId());
  cancel->SetLabel(label.empty() ? _("&Cancel") : label);
  wxDialog* owner = &dialog;
  cancel->Bind(wxEVT_BUTTON, [owner](wxCommandEvent&) {
    if (owner->IsModal()) {
      owner->EndModal(wxID_CANCEL);
    } else {
      owner->SetReturnCode(wxID_CANCEL);
      owner->Hide();
    }
  });
  dialog.SetEscapeId(cancel->GetId());
  return cancel;
}

wxButton* use_own_cancel_button(wxDialog& dialog) { return use_own_cancel_button(dialog, wxString()); }

}  // namespace readiness::gui
