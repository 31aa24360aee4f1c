#pragma once
// The main window: menus, toolbar and status bar; the project tree on the
// left and the page for the selection on the right. Owns the open
// document's session: the document, its lock file, its recovery file and
// its undo history. File operations are public so tests and the command
// line use the same paths as the menus.
#include <memory>
#include <string>
#include <vector>

#include <wx/frame.h>
#include <wx/timer.h>

#include "commands/command_processor.h"
#include "app/page_host.h"
#include "project_document.h"
#include "project_lock.h"

class wxFileHistory;
class wxSimplebook;
class wxSplitterWindow;
class wxTreeEvent;
class wxMenu;
class wxToolBar;

namespace readiness::gui {

class DialogAudit;
class PageActionPlan;
class PageCompare;
class PageConsensus;
class PageResults;
class PageScoring;
class PageInterview;
class PageRoundOverview;
class PageSummary;
class PageTrend;
class ProjectTree;

class MainFrame : public wxFrame, public PageHost, public ProjectObserver {
 public:
  MainFrame();
  ~MainFrame() override;

  // ---- file operations (each asks about unsaved changes first) ----------
  bool new_project();
  // A new untitled project with the bundled demo content.
  bool new_demo_project();
  // Asks about unsaved changes, then the lock, then a recovered version.
  bool open_project(const wxString& path);
  bool save();                           // Save As for an untitled project
  bool save_as(const wxString& path);    // no file dialog
  bool save_as_with_dialog();
  bool close_project();
  // Writes the recovery file now if there are changes not yet in it.
  void autosave();
  // Offers recovery files of unsaved new projects left by a crash.
  void offer_untitled_recovery();
  // File > Merge projects: asks for project files and merges them into the
  // open project (survey/project_merge.h) as one undoable step. With any
  // conflict the list is shown and nothing changes. True when merged.
  bool merge_with_dialog();
  bool merge_files(const std::vector<wxString>& paths);
  // Scoring > Score history: the audit trail of the interview and dimension
  // selected on the scoring or consensus page (nullptr elsewhere); the
  // caller shows and destroys the dialog. show_score_history() does both.
  DialogAudit* make_score_history();
  void show_score_history();
  // When the window gets the focus: if the project file changed on disk
  // since it was opened or saved here (someone else saved it), offers to
  // load that version, once per version declined. True when loaded.
  bool check_disk_change();

  // ---- PageHost ------------------------------------------------------------
  ProjectDocumentPtr document() const override { return m_document; }
  bool submit(wxCommand* command) override;
  wxCommandProcessor& commands() override { return *m_commands; }
  void show_round(const std::string& round_id) override;
  void show_interview(const std::string& round_id, const std::string& interview_id) override;
  void show_compare() override;
  void show_trend(const RoundSelection& selection) override;
  // Scoring, consensus, results and scorer packages: main_frame_scoring.cpp.
  void show_scoring(const std::string& round_id, const std::string& interview_id) override;
  void show_consensus(const std::string& round_id) override;
  void show_results(const std::string& round_id) override;
  // The round of the page shown or selected in the tree; "" when none.
  std::string current_round_id() const;
  // Writes the round's package for scorer A or B (no file dialog).
  bool export_scorer_package(const std::string& round_id, ScorerSlot slot, const wxString& path);
  // Reads a scorer's package: into its round when this project has it
  // (new scores only; conflicts listed, never applied), otherwise offers
  // to open it as a project of its own for scoring on this laptop.
  bool import_scorer_package(const wxString& path);

  void on_project_changed(const ChangeEvent& event) override;

  // Undo and redo through the menu path (commits typing first).
  void undo();
  void redo();

  ProjectTree* tree() const { return m_tree; }
  PageRoundOverview* round_page() const { return m_round_page; }
  PageInterview* interview_page() const { return m_interview_page; }
  PageSummary* summary_page() const { return m_summary; }
  PageCompare* compare_page() const { return m_compare_page; }
  PageTrend* trend_page() const { return m_trend_page; }
  PageActionPlan* action_plan_page() const { return m_plan_page; }
  // The action plan page of a community (issue 13).
  void show_action_plan(const std::string& community_id);
  // The community View > Action plan opens: the tree's community, or the
  // community of its selected round; with the tree hidden, the page's. ""
  // when none (the menu item is then disabled).
  std::string selected_community_id() const;
  PageScoring* scoring_page() const { return m_scoring_page; }
  PageConsensus* consensus_page() const { return m_consensus_page; }
  PageResults* results_page() const { return m_results_page; }
  wxWindow* current_page() const;
  const std::string& recovery_path() const { return m_recovery_path; }

  // Recovery autosave interval; the timer restarts with it.
  void set_autosave_interval(int milliseconds);

 private:
  // The tree's width when the user has not chosen one: a quarter of the
  // window, FromDIP 200..380 px.
  int default_sash() const;
  void follow_saved_point();
  void build_menus();
  void build_toolbar();
  void build_panes();
  void bind_events();
  void build_scoring_pages();
  wxMenu* make_scoring_menu();
  void add_scoring_tools(wxToolBar* bar);
  void bind_scoring_events();
  // True when the page shown is a scoring-side page whose round has gone.
  bool scoring_page_lost_round() const;

  // Commits typing, then asks Save / Don't save / Cancel when modified.
  bool confirm_discard_changes();
  bool open_file(const wxString& path);
  // Makes `document` the open one; `commands` carries an undo history over
  // (language switch), otherwise it starts empty.
  void install(ProjectDocumentPtr document, ProjectLock lock,
               std::unique_ptr<ProjectCommandProcessor> commands = nullptr);
  // Takes over the open project, its lock, recovery and undo history and
  // the page shown from `old` (a window being replaced).
  void adopt_session(MainFrame& old);
  void uninstall();
  void update_title();
  void update_summary();
  void show_selection();
  void commit_typing();
  void remember_file(const wxString& path);
  // Loads the project file again as it is on disk (same lock, same
  // read-only state), dropping unsaved changes. False when it cannot be
  // read (the message was shown; nothing changed).
  bool reload_from_disk();
  bool score_history_target(std::string& round_id, std::string& interview_id, std::string& dimension) const;

  void on_tree_selection(wxTreeEvent& event);
  void on_close_window(wxCloseEvent& event);
  void on_language(const std::string& language);

  ProjectDocumentPtr m_document;
  ProjectLock m_lock;
  std::string m_recovery_path;
  unsigned long m_autosaved_revision = 0;
  FileStamp m_declined_reload;   // a changed file the user chose not to load
  bool m_checking_disk = false;  // a disk-change question is showing
  bool m_was_inactive = false;   // the window lost the focus since the last check
  std::unique_ptr<ProjectCommandProcessor> m_commands;
  std::unique_ptr<wxFileHistory> m_history;
  wxTimer m_autosave_timer;
  int m_autosave_ms = 3 * 60 * 1000;

  wxSplitterWindow* m_splitter = nullptr;
  bool m_sash_chosen = false;  // the user dragged the sash (now or in an earlier session)
  ProjectTree* m_tree = nullptr;
  wxSimplebook* m_book = nullptr;
  PageSummary* m_summary = nullptr;
  PageRoundOverview* m_round_page = nullptr;
  PageInterview* m_interview_page = nullptr;
  PageCompare* m_compare_page = nullptr;
  PageTrend* m_trend_page = nullptr;
  PageActionPlan* m_plan_page = nullptr;
  PageScoring* m_scoring_page = nullptr;
  PageConsensus* m_consensus_page = nullptr;
  PageResults* m_results_page = nullptr;
};

}  // namespace readiness::gui
