#pragma once
// The questions and messages of opening, saving and closing projects, as
// wxMessageDialogs (so tests answer them with wxTEST_DIALOG).
#include <string>

#include <wx/string.h>

#include "project_file.h"
#include "project_lock.h"

class wxWindow;

namespace readiness::gui {

enum class SaveChoice { Save, Discard, Cancel };
// "Save changes to X before closing?" Save / Don't save / Cancel.
SaveChoice ask_save_changes(wxWindow* parent, const wxString& project_name);

// A file that cannot be opened or saved: a heading for its kind and the
// core's message naming the file and what is wrong.
void show_file_error(wxWindow* parent, const ProjectFileError& error);
void show_error(wxWindow* parent, const wxString& heading, const wxString& details);

// Someone else has the project open: who, where, since when. True when
// the user chooses to open it read-only.
bool ask_open_read_only(wxWindow* parent, const wxString& path, const LockInfo& holder);
// The lock cannot be written (a read-only folder or share). True for
// read-only.
bool ask_open_read_only_unlocked(wxWindow* parent, const wxString& path, const wxString& reason);

enum class RecoveryChoice { Restore, OpenSaved, Cancel };
// A recovered version newer than the file exists (the program ended
// without saving).
RecoveryChoice ask_restore_recovery(wxWindow* parent, const wxString& path, const wxString& recovered_when);
// Unsaved new projects left by a crash: true to restore the newest.
bool ask_restore_untitled(wxWindow* parent, const wxString& recovered_when);

// The project file changed on disk since it was opened or saved here
// (someone else saved it). Before saving over it: load their version
// (dropping ours), save ours under another name, overwrite theirs, or
// cancel the save.
enum class DiskChangeChoice { Reload, SaveAs, Overwrite, Cancel };
DiskChangeChoice ask_save_over_changed(wxWindow* parent, const wxString& project_name);
// When the window gets the focus: true to load the changed file now.
// `modified`: this window has unsaved changes, which loading drops.
bool ask_reload_changed(wxWindow* parent, const wxString& project_name, bool modified);

}  // namespace readiness::gui
