#include "dialogs/dialog_file.h"

#include <wx/filename.h>
#include "text/translate.h"
#include <wx/msgdlg.h>

#include "text/labels.h"
#include "text/wx_text.h"

namespace readiness::gui {

SaveChoice ask_save_changes(wxWindow* parent, const wxString& project_name) {
  wxMessageDialog dialog(parent, wxString::Format(_("Save changes to \"%s\" before closing?"), project_name),
                         _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_WARNING | wxCANCEL_DEFAULT);
  dialog.SetExtendedMessage(_("If you don't save, your changes since the last save are lost."));
  dialog.SetYesNoCancelLabels(_("&Save"), _("&Don't save"), _("&Cancel"));
  switch (dialog.ShowModal()) {
    case wxID_YES: return SaveChoice::Save;
    case wxID_NO: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
  }
}

void show_error(wxWindow* parent, const wxString& heading, const wxString& details) {
  wxMessageDialog dialog(parent, heading, _("Readiness"), wxOK | wxICON_ERROR);
  dialog.SetExtendedMessage(details);
  dialog.ShowModal();
}

void show_file_error(wxWindow* parent, const ProjectFileError& error) {
  wxString details = to_wx(error.what());
  if (error.kind() == ProjectFileError::Kind::NewerFormat)
    details += "\n\n" + _("Update Readiness to open it. The file has not been changed.");
  else if (error.kind() != ProjectFileError::Kind::WriteFailed)
    details += "\n\n" + _("Nothing has been changed. A backup of the previous save may be next to it (.bak).");
  show_error(parent, file_error_heading(error.kind()), details);
}

bool ask_open_read_only(wxWindow* parent, const wxString& path, const LockInfo& holder) {
  const wxString name = wxFileName(path).GetFullName();
  wxMessageDialog dialog(parent,
                         wxString::Format(_("\"%s\" is already open by %s on %s since %s."), name, to_wx(holder.user),
                                          to_wx(holder.host), to_wx(holder.since)),
                         _("Project in use"), wxYES_NO | wxICON_INFORMATION | wxNO_DEFAULT);
  dialog.SetExtendedMessage(
      _("You can open it read-only: you see everything but cannot change it. To work in it, ask them to close it."));
  dialog.SetYesNoLabels(_("Open &read-only"), _("&Cancel"));
  return dialog.ShowModal() == wxID_YES;
}

bool ask_open_read_only_unlocked(wxWindow* parent, const wxString& path, const wxString& reason) {
  wxMessageDialog dialog(parent,
                         wxString::Format(_("\"%s\" cannot be locked for editing."), wxFileName(path).GetFullName()),
                         _("Project cannot be locked"), wxYES_NO | wxICON_WARNING | wxNO_DEFAULT);
  dialog.SetExtendedMessage(reason + "\n\n" + _("Open it read-only?"));
  dialog.SetYesNoLabels(_("Open &read-only"), _("&Cancel"));
  return dialog.ShowModal() == wxID_YES;
}

RecoveryChoice ask_restore_recovery(wxWindow* parent, const wxString& path, const wxString& recovered_when) {
  wxMessageDialog dialog(parent,
                         wxString::Format(_("Readiness ended without saving \"%s\". A recovered version from %s exists."),
                                          wxFileName(path).GetFullName(), recovered_when),
                         _("Recovered changes"), wxYES_NO | wxCANCEL | wxICON_QUESTION | wxYES_DEFAULT);
  dialog.SetExtendedMessage(
      _("Restore it to get back the changes made after the last save; save to keep them. Opening the saved version "
        "deletes the recovered one."));
  dialog.SetYesNoCancelLabels(_("&Restore"), _("Open &saved version"), _("&Cancel"));
  switch (dialog.ShowModal()) {
    case wxID_YES: return RecoveryChoice::Restore;
    case wxID_NO: return RecoveryChoice::OpenSaved;
    default: return RecoveryChoice::Cancel;
  }
}

bool ask_restore_untitled(wxWindow* parent, const wxString& recovered_when) {
  wxMessageDialog dialog(parent,
                         wxString::Format(_("Readiness ended before a new project was saved. A recovered version "
                                            "from %s exists."),
                                          recovered_when),
                         _("Recovered project"), wxYES_NO | wxICON_QUESTION | wxYES_DEFAULT);
  dialog.SetYesNoLabels(_("&Restore"), _("&Delete it"));
  return dialog.ShowModal() == wxID_YES;
}

DiskChangeChoice ask_save_over_changed(wxWindow* parent, const wxString& project_name) {
  wxMessageDialog dialog(parent,
                         wxString::Format(_("\"%s\" was changed on disk by someone else since you opened or saved it."),
                                          project_name),
                         _("File changed on disk"), wxYES_NO | wxCANCEL | wxHELP | wxICON_WARNING | wxCANCEL_DEFAULT);
  dialog.SetExtendedMessage(
      _("Saving now would overwrite their changes. Load their version (your unsaved changes are lost), save yours "
        "under another name, or overwrite theirs."));
  dialog.SetYesNoCancelLabels(_("&Load their version"), _("Save &as..."), _("&Cancel"));
  dialog.SetHelpLabel(_("&Overwrite"));
  switch (dialog.ShowModal()) {
    case wxID_YES: return DiskChangeChoice::Reload;
    case wxID_NO: return DiskChangeChoice::SaveAs;
    case wxID_HELP: return DiskChangeChoice::Overwrite;
    default: return DiskChangeChoice::Cancel;
  }
}

bool ask_reload_changed(wxWindow* parent, const wxString& project_name, bool modified) {
  wxMessageDialog dialog(parent,
                         wxString::Format(_("\"%s\" was changed on disk by someone else since you opened or saved it."),
                                          project_name),
                         _("File changed on disk"), wxYES_NO | wxICON_QUESTION | (modified ? wxNO_DEFAULT : wxYES_DEFAULT));
  dialog.SetExtendedMessage(modified ? _("Load their version? Your unsaved changes would be lost. If you keep working "
                                         "here, saving will ask before overwriting their version.")
                                     : _("Load their version?"));
  dialog.SetYesNoLabels(_("&Load their version"), _("&Keep this one"));
  return dialog.ShowModal() == wxID_YES;
}

}  // namespace readiness::gui
