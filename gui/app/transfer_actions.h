#pragma once
// Files in and out of the window: File > Export > Excel workbook… and
// CSV…, File > Import scores…. The same exports/ and survey/ code as
// readiness-cli writes and reads them; the import is one undoable step
// (command_import.h). Each action runs its dialogs modally, so tests drive
// the menu items and answer them with wxTEST_DIALOG.
#include <wx/string.h>

class wxFrame;
class wxMenu;
class wxWindow;

namespace readiness::gui {

class PageHost;

// The workbook's options, then where to save it; written on a worker thread
// (a pulsing progress dialog with Cancel after a moment), then offered to
// open in the default application. True when the file was written.
bool export_workbook(wxWindow* parent, PageHost& host);
bool export_csv(wxWindow* parent, PageHost& host);
// Asks for the file, then import_scores_file().
bool import_scores(wxWindow* parent, PageHost& host);
// Imports `path` into the open project as one undoable step and shows what
// it did (or, when refused, every bad row) in a DialogImportResult. True
// when the project changed.
bool import_scores_file(wxWindow* parent, PageHost& host, const wxString& path);
// The same without showing: the result dialog, not yet shown (nullptr when
// there is no writable project or the edit was refused).
class DialogImportResult;
DialogImportResult* import_scores_described(wxWindow* parent, PageHost& host, const wxString& path, bool& changed);

// Appends Export ▸ (Excel workbook…, CSV…) and Import scores… to the File menu.
void add_transfer_items(wxMenu* file);
void bind_transfer_actions(wxFrame* frame, PageHost& host);

}  // namespace readiness::gui
