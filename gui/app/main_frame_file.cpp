// MainFrame's file operations: new, open (lock, recovery), save, save as,
// close, autosave. Unsaved changes are never dropped without asking.
#include <wx/cmdproc.h>
#include <wx/config.h>
#include <wx/datetime.h>
#include <wx/filedlg.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/utils.h>
#include "text/translate.h"
#include <wx/simplebook.h>

#include "commands/command_merge.h"
#include "dialogs/dialog_file.h"
#include "demo_project.h"
#include "instrument_library.h"
#include "app/main_frame.h"
#include "pages/page_compare.h"
#include "pages/page_consensus.h"
#include "pages/page_interview.h"
#include "pages/page_results.h"
#include "pages/page_round_overview.h"
#include "pages/page_scoring.h"
#include "pages/page_trend.h"
#include "project_file.h"
#include "project_merge.h"
#include "app/project_tree.h"
#include "recovery.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString modification_time(const std::string& path) {
  const wxDateTime when = wxFileName(to_wx(path)).GetModificationTime();
  return when.IsValid() ? when.Format("%Y-%m-%d %H:%M") : wxString();
}

std::string today_iso() { return to_utf8(wxDateTime::Today().FormatISODate()); }

std::string absolute(const wxString& path) {
  wxFileName name(path);
  name.MakeAbsolute();
  name.Normalize(wxPATH_NORM_DOTS | wxPATH_NORM_TILDE | wxPATH_NORM_ABSOLUTE);
  return to_utf8(name.GetFullPath());
}

}  // namespace

bool MainFrame::confirm_discard_changes() {
  commit_typing();
  if (!m_document || !m_document->modified() || m_document->read_only()) return true;
  const wxString name = m_document->untitled() ? _("Untitled") : wxFileName(to_wx(m_document->path())).GetFullName();
  switch (ask_save_changes(this, name)) {
    case SaveChoice::Save: return save();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
  }
  return false;
}

void MainFrame::install(ProjectDocumentPtr document, ProjectLock lock,
                        std::unique_ptr<ProjectCommandProcessor> commands) {
  m_document = std::move(document);
  m_lock = std::move(lock);
  if (commands)
    m_commands = std::move(commands);
  else {
    m_commands->ClearCommands();
    // Opened as on disk: the start of the history is the saved state.
    if (m_document->modified())
      m_commands->forget_saved();
    else
      m_commands->mark_saved();
  }
  m_commands->set_document(m_document);
  m_recovery_path = m_document->read_only() ? std::string() : recovery_path_for(m_document->path());
  m_autosaved_revision = m_document->revision();
  // Views first, the frame last: it looks at what the views made of a change.
  m_tree->set_document(m_document);
  m_round_page->set_document(m_document);
  m_interview_page->set_document(m_document);
  m_document->add_observer(this);
  m_book->ChangeSelection(0);
  update_summary();
  update_title();
  // A small project opens on its first round, so the window is never empty.
  if (!m_document->project().rounds.empty() && m_document->project().rounds.size() <= 40) {
    const Project& p = m_document->project();
    ProjectTree::Kind kind;
    std::string id;
    if (!m_tree->selected(kind, id) && !p.communities.empty()) {
      const auto rounds = p.rounds_of(p.communities.front().id);
      if (!rounds.empty()) show_round(rounds.back()->id);
    }
  }
}

void MainFrame::adopt_session(MainFrame& old) {
  old.commit_typing();
  if (!old.m_document) return;
  const bool on_interview = old.current_page() == old.m_interview_page;
  const bool on_round = old.current_page() == old.m_round_page;
  // The compare and trend pages come back with the same picks.
  const bool on_compare = old.current_page() == old.m_compare_page;
  const bool on_trend = old.current_page() == old.m_trend_page;
  // Scoring (same scorer, interview and dimension), consensus and results
  // come back on the same round.
  const bool on_scoring = old.current_page() == old.m_scoring_page;
  const bool on_consensus = old.current_page() == old.m_consensus_page;
  const bool on_results = old.current_page() == old.m_results_page;
  const std::string scoring_round = old.m_scoring_page->round_id();
  const std::string scoring_interview = old.m_scoring_page->interview_id();
  const std::string scoring_dimension = old.m_scoring_page->dimension();
  const ScorerSlot scoring_slot = old.m_scoring_page->slot();
  const std::string consensus_round = old.m_consensus_page->round_id();
  const std::string results_round = old.m_results_page->round_id();
  const RoundSelection compared = old.m_compare_page->selection();
  const RoundSelection followed = old.m_trend_page->selection();
  const std::string round_id = old.m_round_page->round_id();
  const std::string interview_id = old.m_interview_page->interview_id();
  const int question = old.m_interview_page->current_question();
  ProjectTree::Kind kind = ProjectTree::Kind::County;
  std::string selected;
  const bool has_selection = old.m_tree->selected(kind, selected);

  ProjectDocumentPtr document = std::move(old.m_document);
  document->remove_observer(&old);
  old.m_tree->set_document(nullptr);
  old.m_round_page->set_document(nullptr);
  old.m_interview_page->set_document(nullptr);
  auto commands = std::move(old.m_commands);
  old.m_commands = std::make_unique<ProjectCommandProcessor>();
  const unsigned long autosaved = old.m_autosaved_revision;
  install(document, std::move(old.m_lock), std::move(commands));
  m_recovery_path = old.m_recovery_path;
  m_autosaved_revision = autosaved;
  old.m_recovery_path.clear();

  if (on_interview && !interview_id.empty()) {
    show_interview(round_id, interview_id);
    m_interview_page->go_to_question(question);
  } else if (on_round && !round_id.empty()) {
    show_round(round_id);
  } else if (on_compare) {
    show_compare();
    m_compare_page->show_selection(compared);
  } else if (on_trend) {
    show_trend(followed);
  } else if (on_scoring && !scoring_round.empty()) {
    show_scoring(scoring_round, scoring_interview);
    m_scoring_page->set_slot(scoring_slot);
    m_scoring_page->set_dimension(scoring_dimension);
  } else if (on_consensus && !consensus_round.empty()) {
    show_consensus(consensus_round);
  } else if (on_results && !results_round.empty()) {
    show_results(results_round);
  } else if (has_selection) {
    m_tree->select(kind, selected);
  }
}

void MainFrame::uninstall() {
  if (!m_document) return;
  m_interview_page->commit_pending();
  m_document->remove_observer(this);
  m_tree->set_document(nullptr);
  m_round_page->set_document(nullptr);
  m_interview_page->set_document(nullptr);
  // Closing cleanly (saved, or the user chose not to save) ends recovery.
  if (!m_recovery_path.empty()) discard_recovery(m_recovery_path);
  m_recovery_path.clear();
  m_lock.release();
  m_document.reset();
  m_commands->ClearCommands();
  m_commands->set_document(nullptr);
  m_book->ChangeSelection(0);
  update_summary();
  update_title();
}

bool MainFrame::new_project() {
  if (!confirm_discard_changes()) return false;
  uninstall();
  Project project;
  project.title = to_utf8(_("New project"));
  project.created = today_iso();
  install(std::make_shared<ProjectDocument>(std::move(project), std::string()), ProjectLock());
  SetStatusText(_("New project. Save it to choose where it lives."), 0);
  return true;
}

bool MainFrame::new_demo_project() {
  if (!confirm_discard_changes()) return false;
  Project demo;
  try {
    const InstrumentLibrary library = InstrumentLibrary::load_default();
    demo = make_demo_project(library.get(kDefaultInstrumentId));
  } catch (const std::exception& e) {
    show_error(this, _("The demo project cannot be made."), to_wx(e.what()));
    return false;
  }
  uninstall();
  auto document = std::make_shared<ProjectDocument>(std::move(demo), std::string());
  document->set_modified(true);
  install(document, ProjectLock());
  return true;
}

bool MainFrame::open_project(const wxString& path) {
  if (m_document && !m_document->untitled() && absolute(path) == m_document->path()) {
    Raise();
    return true;  // already open here
  }
  if (!confirm_discard_changes()) return false;
  return open_file(path);
}

bool MainFrame::open_file(const wxString& wx_path) {
  const std::string path = absolute(wx_path);
  ProjectDocumentPtr document;
  try {
    document = ProjectDocument::open(path);
  } catch (const ProjectFileError& e) {
    show_file_error(this, e);
    return false;
  }

  ProjectLock lock;
  bool read_only = false;
  try {
    lock = ProjectLock::acquire(path);
  } catch (const ProjectLockedError& e) {
    if (!ask_open_read_only(this, to_wx(path), e.holder())) return false;
    read_only = true;
  } catch (const std::exception& e) {
    if (!ask_open_read_only_unlocked(this, to_wx(path), to_wx(e.what()))) return false;
    read_only = true;
  }

  // A recovery newer than the file: the program ended without saving or
  // closing. Only the lock holder may take it (it may be theirs right now).
  if (!read_only) {
    const std::string recovery = newer_recovery_for(path);
    if (!recovery.empty()) {
      switch (ask_restore_recovery(this, to_wx(path), modification_time(recovery))) {
        case RecoveryChoice::Cancel:
          return false;
        case RecoveryChoice::OpenSaved:
          discard_recovery(recovery);
          break;
        case RecoveryChoice::Restore:
          try {
            document = std::make_shared<ProjectDocument>(load_project(recovery), path);
            document->set_modified(true);
          } catch (const ProjectFileError& e) {
            show_file_error(this, e);  // the saved version opens instead
          }
          break;
      }
    }
  }
  document->set_read_only(read_only);
  uninstall();
  install(document, std::move(lock));
  remember_file(to_wx(path));
  SetStatusText(read_only ? _("Opened read-only.") : _("Opened."), 0);
  return true;
}

bool MainFrame::save() {
  if (!m_document || m_document->read_only()) return false;
  commit_typing();
  if (m_document->untitled()) return save_as_with_dialog();
  // Never over someone else's save blindly (issue 12, item 4).
  if (m_document->disk_change() == DiskChange::Changed) {
    const wxString name = wxFileName(to_wx(m_document->path())).GetFullName();
    switch (ask_save_over_changed(this, name)) {
      case DiskChangeChoice::Reload: reload_from_disk(); return false;
      case DiskChangeChoice::SaveAs: return save_as_with_dialog();
      case DiskChangeChoice::Overwrite: break;
      case DiskChangeChoice::Cancel: return false;
    }
  }
  try {
    m_document->save();
  } catch (const ProjectFileError& e) {
    show_file_error(this, e);
    return false;
  }
  discard_recovery(m_recovery_path);
  m_autosaved_revision = m_document->revision();
  m_commands->mark_saved();
  SetStatusText(wxString::Format(_("Saved %s."), wxDateTime::Now().Format("%H:%M")), 0);
  return true;
}

bool MainFrame::save_as_with_dialog() {
  if (!m_document) return false;
  commit_typing();
  wxString dir, name = "projekt.readiness";
  if (!m_document->untitled()) {
    dir = wxFileName(to_wx(m_document->path())).GetPath();
    name = wxFileName(to_wx(m_document->path())).GetFullName();
  }
  wxFileDialog dialog(this, _("Save project as"), dir, name, _("Readiness projects (*.readiness)|*.readiness"),
                      wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return false;
  wxFileName chosen(dialog.GetPath());
  if (chosen.GetExt().empty()) chosen.SetExt("readiness");
  return save_as(chosen.GetFullPath());
}

bool MainFrame::save_as(const wxString& wx_path) {
  if (!m_document) return false;
  commit_typing();
  const std::string path = absolute(wx_path);
  const bool new_place = path != m_document->path();
  ProjectLock lock;
  if (new_place) {
    // Never write over a project someone else has open.
    try {
      lock = ProjectLock::acquire(path);
    } catch (const ProjectLockedError& e) {
      show_error(this, _("The project was not saved."),
                 wxString::Format(_("\"%s\" is open by %s on %s since %s. Choose another name."),
                                  wxFileName(to_wx(path)).GetFullName(), to_wx(e.holder().user),
                                  to_wx(e.holder().host), to_wx(e.holder().since)));
      return false;
    } catch (const std::exception&) {
      // An unlockable folder may still take the file; try the save.
    }
  }
  try {
    m_document->save_as(path);
  } catch (const ProjectFileError& e) {
    show_file_error(this, e);
    return false;
  }
  if (new_place) {
    m_lock = std::move(lock);
    discard_recovery(m_recovery_path);
    m_recovery_path = recovery_path_for(path);
  }
  discard_recovery(m_recovery_path);
  m_autosaved_revision = m_document->revision();
  m_commands->mark_saved();
  remember_file(to_wx(path));
  update_title();
  SetStatusText(wxString::Format(_("Saved %s."), wxDateTime::Now().Format("%H:%M")), 0);
  return true;
}

bool MainFrame::close_project() {
  if (!m_document) return true;
  if (!confirm_discard_changes()) return false;
  uninstall();
  return true;
}

void MainFrame::autosave() {
  if (!m_document || m_document->read_only() || m_recovery_path.empty()) return;
  commit_typing();
  if (!m_document->modified() || m_document->revision() == m_autosaved_revision) return;
  try {
    write_recovery(m_document->project(), m_recovery_path);
    m_autosaved_revision = m_document->revision();
    SetStatusText(wxString::Format(_("Recovery copy written %s."), wxDateTime::Now().Format("%H:%M")), 0);
  } catch (const std::exception& e) {
    SetStatusText(wxString::Format(_("The recovery copy could not be written: %s"), to_wx(e.what())), 0);
  }
}

void MainFrame::offer_untitled_recovery() {
  const auto orphans = orphaned_untitled_recoveries();
  if (orphans.empty()) return;
  if (!ask_restore_untitled(this, modification_time(orphans.front()))) {
    for (const auto& o : orphans) discard_recovery(o);
    return;
  }
  Project recovered;
  try {
    recovered = load_project(orphans.front());
  } catch (const ProjectFileError& e) {
    show_file_error(this, e);
    return;
  }
  if (!confirm_discard_changes()) return;
  uninstall();
  auto document = std::make_shared<ProjectDocument>(std::move(recovered), std::string());
  document->set_modified(true);
  install(document, ProjectLock());
  // Our own recovery file takes over before the orphan goes.
  try {
    write_recovery(m_document->project(), m_recovery_path);
    discard_recovery(orphans.front());
  } catch (const std::exception&) {
    // Keep the orphan: it is the only copy on disk.
  }
}

bool MainFrame::reload_from_disk() {
  if (!m_document || m_document->untitled()) return false;
  commit_typing();
  const std::string path = m_document->path();
  const bool read_only = m_document->read_only();
  ProjectDocumentPtr document;
  try {
    document = ProjectDocument::open(path);
  } catch (const ProjectFileError& e) {
    show_file_error(this, e);
    return false;
  }
  document->set_read_only(read_only);
  ProjectLock lock = std::move(m_lock);  // kept: the project stays ours
  uninstall();
  install(document, std::move(lock));
  SetStatusText(_("Loaded the version on disk."), 0);
  return true;
}

bool MainFrame::check_disk_change() {
  if (!m_document || m_document->untitled() || m_checking_disk) return false;
  if (m_document->disk_change() != DiskChange::Changed) return false;
  // The version already declined is not offered again; a newer one is.
  if (m_declined_reload.exists && check_file(m_document->path(), m_declined_reload) == DiskChange::Same) return false;
  m_checking_disk = true;
  commit_typing();
  const wxString name = wxFileName(to_wx(m_document->path())).GetFullName();
  const bool reload = ask_reload_changed(this, name, m_document->modified() && !m_document->read_only());
  m_checking_disk = false;
  if (reload) {
    m_declined_reload = FileStamp{};
    return reload_from_disk();
  }
  m_declined_reload = stamp_file(m_document->path());
  return false;
}

bool MainFrame::merge_with_dialog() {
  if (!m_document || m_document->read_only()) return false;
  commit_typing();
  wxString dir;
  if (!m_document->untitled()) dir = wxFileName(to_wx(m_document->path())).GetPath();
  wxFileDialog dialog(this, _("Merge projects into this one"), dir, wxString(),
                      _("Readiness projects (*.readiness)|*.readiness"), wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
  if (dialog.ShowModal() != wxID_OK) return false;
  wxArrayString chosen;
  dialog.GetPaths(chosen);
  return merge_files(std::vector<wxString>(chosen.begin(), chosen.end()));
}

bool MainFrame::merge_files(const std::vector<wxString>& paths) {
  if (!m_document || m_document->read_only() || paths.empty()) return false;
  commit_typing();
  const wxString here = m_document->untitled() ? _("Untitled") : wxFileName(to_wx(m_document->path())).GetFullName();
  std::vector<MergeInput> inputs{{to_utf8(here), m_document->project()}};
  try {
    wxBusyCursor busy;
    for (const wxString& path : paths)
      inputs.push_back({to_utf8(wxFileName(path).GetFullName()), load_project(absolute(path))});
  } catch (const ProjectFileError& e) {
    show_file_error(this, e);
    return false;
  }
  const MergeResult result = merge_projects(inputs);
  if (!result.conflicts.empty()) {
    wxString details;
    for (const auto& c : result.conflicts) details << wxString::FromUTF8("\u2022 ") << to_wx(to_string(c)) << "\n";
    const int n = static_cast<int>(result.conflicts.size());
    show_error(this,
               wxString::Format(wxPLURAL("The projects were not merged: %d value differs between the files. Nothing "
                                         "was changed.",
                                         "The projects were not merged: %d values differ between the files. Nothing "
                                         "was changed.",
                                         n),
                                n),
               details);
    return false;
  }
  auto command = std::make_unique<CommandMergeProjects>(m_document, result.project);
  if (!command->changes_anything()) {
    SetStatusText(_("Merged: nothing new in those files."), 0);
    return true;
  }
  if (!submit(command.release())) return false;
  SetStatusText(wxString::Format(_("Merged. Rounds in the project: %d; joined from several files: %d."),
                                 result.rounds, result.rounds_joined),
                0);
  return true;
}

void MainFrame::remember_file(const wxString& path) {
  m_history->AddFileToHistory(path);
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->SetPath("/RecentFiles");
    m_history->Save(*config);
    config->SetPath("/");
    config->Write("/LastProject", path);
    config->Flush();
  }
}

void MainFrame::on_close_window(wxCloseEvent& event) {
  if (!confirm_discard_changes() && event.CanVeto()) {
    event.Veto();
    return;
  }
  if (wxConfigBase* config = wxConfigBase::Get())
    config->Write("/LastProject", m_document && !m_document->untitled() ? to_wx(m_document->path()) : wxString());
  uninstall();
  Destroy();
}

}  // namespace readiness::gui
