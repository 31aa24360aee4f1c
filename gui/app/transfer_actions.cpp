#include "app/transfer_actions.h"

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/utils.h>

#include "app/app_language.h"
#include "atomic_output.h"
#include "commands/command_import.h"
#include "csv_export.h"
#include "dialogs/dialog_export.h"
#include "dialogs/dialog_report.h"
#include "dialogs/dialog_file.h"
#include "dialogs/dialog_import_result.h"
#include "instrument_library.h"
#include "app/page_host.h"
#include "register.h"
#include "score_import.h"
#include "text/translate.h"
#include "workbook_export.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

enum {
  ID_EXPORT_WORKBOOK = wxID_HIGHEST + 950,  // 100 main frame, 600 setup, 700 charts, 850 scoring
  ID_EXPORT_CSV,
  ID_REPORT,
  ID_IMPORT_SCORES,
};

// The folder the last export or import went to, so the next dialog opens there.
wxString remembered_folder(const wxString& key, const PageHost& host) {
  wxString dir;
  if (wxConfigBase* config = wxConfigBase::Get()) dir = config->Read(key, wxString());
  if ((dir.empty() || !wxFileName::DirExists(dir)) && host.document() && !host.document()->untitled())
    dir = wxFileName(to_wx(host.document()->path())).GetPath();
  return dir;
}

void remember_folder(const wxString& key, const wxString& path) {
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->Write(key, wxFileName(path).GetPath());
    config->Flush();
  }
}

// "Länsprojekt.xlsx": the project file's name, else its title.
wxString default_file_name(const PageHost& host, const wxString& extension) {
  const ProjectDocumentPtr doc = host.document();
  wxString stem = doc->untitled() ? to_wx(doc->project().title) : wxFileName(to_wx(doc->path())).GetName();
  for (const wxUniChar bad : wxFileName::GetForbiddenChars()) stem.Replace(wxString(bad), "-");
  stem.Replace("/", "-");
  stem.Trim().Trim(false);
  if (stem.empty()) stem = "readiness";
  return stem + "." + extension;
}

enum class Outcome { Written, Failed, Cancelled };

// Runs `write` (into a temporary file beside `path`) on a worker thread and
// renames the result into place unless cancelled. exports/ cannot be
// interrupted or report progress, and a national workbook takes seconds: a
// thread keeps the window painting, and after a moment a pulsing progress
// dialog offers Cancel, which leaves any earlier file at `path` untouched
// (the thread finishes on its own and removes its temporary file). The
// thread gets its own copy of the project, so edits cannot race it; exports/
// holds a per-thread classic locale while writing.
Outcome run_export(wxWindow* parent, const wxString& title, const wxString& message, const std::string& path,
                   std::function<void(const std::string& temp_path)> write, wxString& error) {
  struct Job {
    std::mutex mutex;
    bool cancelled = false;
    bool committed = false;
    bool done = false;
    std::string error;
  };
  auto job = std::make_shared<Job>();
  std::thread([job, path, write = std::move(write)] {
    std::string failure;
    try {
      AtomicOutput out(path);
      write(out.temp_path());
      std::lock_guard<std::mutex> lock(job->mutex);
      if (!job->cancelled) {
        out.commit();
        job->committed = true;
      }
    } catch (const std::exception& e) {
      failure = e.what();
    }
    std::lock_guard<std::mutex> lock(job->mutex);
    job->error = failure;
    job->done = true;
  }).detach();

  wxBusyCursor busy;
  const auto start = std::chrono::steady_clock::now();
  std::unique_ptr<wxProgressDialog> progress;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(job->mutex);
      if (job->done) {
        error = to_wx(job->error);
        return job->committed ? Outcome::Written : Outcome::Failed;
      }
    }
    if (!progress && std::chrono::steady_clock::now() - start > std::chrono::milliseconds(400))
      progress = std::make_unique<wxProgressDialog>(title, message, 100, parent,
                                                    wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
    if (progress && !progress->Pulse()) {
      std::lock_guard<std::mutex> lock(job->mutex);
      if (job->committed) return Outcome::Written;
      job->cancelled = true;
      return Outcome::Cancelled;
    }
    wxMilliSleep(progress ? 50 : 10);
  }
}

// "Written to …. Open it?" Open in the default application (Excel,
// LibreOffice) or close.
void offer_to_open(wxWindow* parent, const wxString& heading, const wxString& path) {
  wxMessageDialog ask(parent, heading, _("Export"), wxYES_NO | wxYES_DEFAULT | wxICON_INFORMATION);
  ask.SetExtendedMessage(path);
  ask.SetYesNoLabels(_("&Open it"), _("&Close"));
  if (ask.ShowModal() == wxID_YES && !wxLaunchDefaultApplication(path))
    show_error(parent, _("No program opens this file."), path);
}

wxString chosen_path(const wxFileDialog& dialog);

// Asks where to save (the last export folder, the project's name); "" when cancelled.
wxString ask_save_path(wxWindow* parent, const PageHost& host, const wxString& title, const wxString& extension,
                       const wxString& wildcard) {
  wxFileDialog dialog(parent, title, remembered_folder("/Export/Folder", host), default_file_name(host, extension),
                      wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return wxString();
  wxFileName chosen(chosen_path(dialog));
  if (!chosen.IsOk()) return wxString();
  if (chosen.GetExt().empty()) chosen.SetExt(extension);
  remember_folder("/Export/Folder", chosen.GetFullPath());
  return chosen.GetFullPath();
}

// The chosen file. GTK's chooser answers GetPath() only once it has been on
// screen; directory and name are kept by wx itself (tests answer the dialog
// without showing it).
wxString chosen_path(const wxFileDialog& dialog) {
  const wxString path = dialog.GetPath();
  if (!path.empty()) return path;
  if (dialog.GetFilename().empty()) return wxString();
  return wxFileName(dialog.GetDirectory(), dialog.GetFilename()).GetFullPath();
}

}  // namespace

bool export_workbook(wxWindow* parent, PageHost& host) {
  const ProjectDocumentPtr doc = host.document();
  if (!doc) return false;
  DialogExportWorkbook options_dialog(parent, doc->project(), ui_language());
  if (options_dialog.ShowModal() != wxID_OK) return false;
  const WorkbookOptions options = options_dialog.options();
  // The choices come from the project, but the project may be the CLI's
  // rules' judge: the same check, the same refusal.
  if (check_comparison_options(doc->project(), options) != ComparisonOptionsProblem::None) {
    show_error(parent, _("The workbook was not written."), _("No round has the chosen issue and period."));
    return false;
  }
  const wxString path = ask_save_path(parent, host, _("Export Excel workbook"), "xlsx",
                                      _("Excel workbooks (*.xlsx)|*.xlsx"));
  if (path.empty()) return false;
  auto snapshot = std::make_shared<const Project>(doc->project());
  wxString error;
  const Outcome outcome = run_export(
      parent, _("Export Excel workbook"), _("Writing the workbook..."), to_utf8(path),
      [snapshot, options](const std::string& temp) { write_workbook(*snapshot, temp, options); }, error);
  if (outcome == Outcome::Failed) show_error(parent, _("The workbook was not written."), error);
  if (outcome != Outcome::Written) return false;
  offer_to_open(parent, _("The workbook is written."), path);
  return true;
}

bool export_csv(wxWindow* parent, PageHost& host) {
  const ProjectDocumentPtr doc = host.document();
  if (!doc) return false;
  wxConfigBase* config = wxConfigBase::Get();
  // Swedish Excel reads semicolons and decimal commas; the last choice wins.
  wxString remembered = ui_language() == "sv" ? ";" : ",";
  if (config) remembered = config->Read("/Export/CsvSeparator", remembered);
  DialogExportCsv dialog(parent, remembered == ";" ? ';' : ',');
  if (dialog.ShowModal() != wxID_OK) return false;
  const char separator = dialog.separator();
  if (config) config->Write("/Export/CsvSeparator", wxString(separator));
  const wxString path =
      ask_save_path(parent, host, _("Export scores as CSV"), "csv", _("CSV files (*.csv)|*.csv"));
  if (path.empty()) return false;
  auto snapshot = std::make_shared<const Project>(doc->project());
  wxString error;
  const Outcome outcome = run_export(
      parent, _("Export scores as CSV"), _("Writing the scores..."), to_utf8(path),
      [snapshot, separator](const std::string& temp) { write_scores_csv(*snapshot, temp, separator); }, error);
  if (outcome == Outcome::Failed) show_error(parent, _("The scores were not written."), error);
  if (outcome != Outcome::Written) return false;
  offer_to_open(parent, _("The scores are written."), path);
  return true;
}

bool import_scores(wxWindow* parent, PageHost& host) {
  const ProjectDocumentPtr doc = host.document();
  if (!doc || doc->read_only()) return false;
  wxFileDialog dialog(parent, _("Import scores"), remembered_folder("/Import/Folder", host), wxString(),
                      _("CSV files (*.csv)|*.csv;*.CSV|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return false;
  const wxString path = chosen_path(dialog);
  if (path.empty()) return false;
  remember_folder("/Import/Folder", path);
  return import_scores_file(parent, host, path);
}

namespace {

wxString described(const CommunityRef& c) {
  return c.code.empty() ? to_wx(c.name) : wxString::Format("%s (%s)", to_wx(c.name), to_wx(c.code));
}

// The CLI's summary (cli/command_import.cpp), one fact a line.
wxString summary_text(const ImportSummary& s, bool changed) {
  wxString out;
  out << wxString::Format(_("New scores: %d"), s.scores_new) << "\n"
      << wxString::Format(_("Changed scores: %d"), s.scores_changed) << "\n"
      << wxString::Format(_("Scores already in the project: %d"), s.scores_unchanged) << "\n"
      << wxString::Format(_("Communities added: %d"), s.communities_added) << "\n"
      << wxString::Format(_("Rounds added: %d"), s.rounds_added) << "\n"
      << wxString::Format(_("Interviews added: %d"), s.interviews_added) << "\n";
  if (!s.names_matched.empty()) {
    out << "\n" << _("Names matched:") << "\n";
    for (const auto& m : s.names_matched)
      // TRANSLATORS: a community name in the CSV file and the community it was matched to: "Piteå kommun → Piteå (2581)".
      out << "  " << wxString::Format(_("%s → %s"), to_wx(m.written), described(m.community)) << "\n";
  }
  if (!s.custom_communities.empty()) {
    out << "\n" << _("New custom communities (no municipality code):") << "\n";
    for (const auto& c : s.custom_communities) {
      out << "  " << to_wx(c.name);
      if (!c.close.empty()) {
        wxString names;
        // TRANSLATORS: between two suggested names: "did you mean Piteå (2581) or Piteå älvdal?"
        for (const auto& other : c.close) names += (names.empty() ? wxString() : _(" or ")) + described(other);
        out << wxString::FromUTF8(" \u2014 ") << wxString::Format(_("did you mean %s?"), names);
      }
      out << "\n";
    }
  }
  out << "\n"
      << (changed ? _("Edit > Undo takes the whole import back.")
                  : _("Every score in the file was already in the project: nothing changed."));
  return out;
}

}  // namespace

DialogImportResult* import_scores_described(wxWindow* parent, PageHost& host, const wxString& path, bool& changed) {
  changed = false;
  const ProjectDocumentPtr doc = host.document();
  if (!doc || doc->read_only()) return nullptr;
  const wxString name = wxFileName(path).GetFullName();
  // The import works on a copy: a refused file leaves the project untouched.
  Project work = doc->project();
  ImportSummary summary;
  try {
    wxBusyCursor busy;
    const InstrumentLibrary library = InstrumentLibrary::load_default();
    summary = readiness::import_scores(work, to_utf8(path), SwedishRegister::bundled(), library);
  } catch (const ScoreImportError& e) {
    const int n = static_cast<int>(e.rows().size());
    wxString details;
    for (const auto& row : e.rows()) {
      if (row.column.empty())
        details << wxString::Format(_("Line %d: %s"), row.line, to_wx(row.reason)) << "\n";
      else
        details << wxString::Format(_("Line %d, column \"%s\": %s"), row.line, to_wx(row.column), to_wx(row.reason))
                << "\n";
    }
    return new DialogImportResult(
        parent, true,
        wxString::Format(wxPLURAL("%s was not imported: %d row has a problem. Nothing was changed.",
                                  "%s was not imported: %d rows have problems. Nothing was changed.", n),
                         name, n),
        details);
  } catch (const std::exception& e) {
    return new DialogImportResult(parent, true, wxString::Format(_("%s was not imported. Nothing was changed."), name),
                                  to_wx(e.what()));
  }
  auto command = std::make_unique<CommandImportScores>(doc, work);
  const bool changes = command->changes_anything();
  if (changes && !host.submit(command.release())) return nullptr;
  changed = changes;
  return new DialogImportResult(
      parent, false,
      wxString::Format(wxPLURAL("%d row imported from %s.", "%d rows imported from %s.", summary.rows), summary.rows,
                       name),
      summary_text(summary, changes));
}

bool import_scores_file(wxWindow* parent, PageHost& host, const wxString& path) {
  bool changed = false;
  DialogImportResult* shown = import_scores_described(parent, host, path, changed);
  if (!shown) return false;
  shown->ShowModal();
  shown->Destroy();
  return changed;
}

void add_transfer_items(wxMenu* file) {
  auto* export_menu = new wxMenu;
  export_menu->Append(ID_EXPORT_WORKBOOK, _("Excel &workbook..."),
                      _("The whole project as an Excel workbook, as readiness-cli export --xlsx writes it"));
  export_menu->Append(ID_EXPORT_CSV, _("&CSV..."), _("Every score as CSV, in the format Import scores reads"));
  file->AppendSubMenu(export_menu, _("&Export"), _("Write the project's data to other formats"));
  file->Append(ID_REPORT, _("Re&port..."), _("A PDF feedback report for a municipality or a county overview"));
  file->Append(ID_IMPORT_SCORES, _("&Import scores..."), _("Add scores from a CSV file (one undoable step)"));
}

void bind_transfer_actions(wxFrame* frame, PageHost& host) {
  PageHost* h = &host;
  frame->Bind(wxEVT_MENU, [frame, h](wxCommandEvent&) { export_workbook(frame, *h); }, ID_EXPORT_WORKBOOK);
  frame->Bind(wxEVT_MENU, [frame, h](wxCommandEvent&) { export_csv(frame, *h); }, ID_EXPORT_CSV);
  frame->Bind(wxEVT_MENU, [frame, h](wxCommandEvent&) { import_scores(frame, *h); }, ID_IMPORT_SCORES);
  auto has_doc = [h](wxUpdateUIEvent& e) { e.Enable(h->document() != nullptr); };
  frame->Bind(wxEVT_UPDATE_UI, has_doc, ID_EXPORT_WORKBOOK);
  frame->Bind(wxEVT_UPDATE_UI, has_doc, ID_EXPORT_CSV);
  frame->Bind(wxEVT_MENU, [frame, h](wxCommandEvent&) { write_report(frame, *h); }, ID_REPORT);
  frame->Bind(wxEVT_UPDATE_UI, has_doc, ID_REPORT);
  frame->Bind(wxEVT_UPDATE_UI, [h](wxUpdateUIEvent& e) { e.Enable(h->document() && !h->document()->read_only()); },
              ID_IMPORT_SCORES);
}

}  // namespace readiness::gui
