#include "app/main_frame.h"

#include <algorithm>

#include <wx/display.h>
#include <wx/aboutdlg.h>
#include <wx/app.h>
#include <wx/artprov.h>
#include <wx/cmdproc.h>
#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include "text/translate.h"
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include "app/about_box.h"
#include "app/app_icon.h"
#include "app/app_language.h"
#include "text/labels.h"
#include "comparison_view.h"
#include "dialogs/help_window.h"
#include "app/first_steps.h"
#include "pages/page_action_plan.h"
#include "pages/page_compare.h"
#include "pages/page_consensus.h"
#include "pages/page_interview.h"
#include "pages/page_round_overview.h"
#include "pages/page_scoring.h"
#include "pages/page_results.h"
#include "pages/page_summary.h"
#include "pages/page_trend.h"
#include "app/project_tree.h"
#include "app/setup_actions.h"
#include "app/toolbar_fit.h"
#include "app/transfer_actions.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

// Undo and redo have ids of their own: a focused wxTextCtrl would take
// wxID_UNDO for its own (empty) undo and grey out ours.
enum {
  ID_UNDO = wxID_HIGHEST + 100,
  ID_REDO,
  ID_NEW_DEMO,
  ID_VIEW_TREE,
  ID_VIEW_ROUND,
  ID_VIEW_COMPARE,
  ID_VIEW_TREND,
  ID_VIEW_PLAN,
  ID_NEXT_QUESTION,
  ID_PREVIOUS_QUESTION,
  ID_GO_TO_QUESTION,
  ID_PASTE_TRANSCRIPT,
  ID_LANG_SYSTEM,
  ID_LANG_SV,
  ID_LANG_EN,
  ID_MERGE,
};

// "1 community", "2 communities": each count with its own plural form.
wxString counted_communities(int n) { return wxString::Format(wxPLURAL("%d community", "%d communities", n), n); }
wxString counted_rounds(int n) { return wxString::Format(wxPLURAL("%d round", "%d rounds", n), n); }

}  // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, "Readiness", wxDefaultPosition, wxSize(1280, 800)),
      m_commands(std::make_unique<ProjectCommandProcessor>()),
      m_history(std::make_unique<wxFileHistory>(9, wxID_FILE1)) {
  SetName("main_frame");
  SetIcons(app_icons());
  SetMinSize(FromDIP(wxSize(800, 500)));
  build_menus();
  build_toolbar();
  CreateStatusBar(2);
  const int widths[] = {-1, FromDIP(220)};
  GetStatusBar()->SetStatusWidths(2, widths);
  build_panes();
  bind_events();
  // First start: wide enough for every column of the round overview, never
  // wider than the screen. Later starts restore size, position and
  // maximised state from wxConfig.
  wxSize first_size = FromDIP(wxSize(1440, 900));
  first_size.DecTo(wxDisplay().GetClientArea().GetSize());
  SetSize(first_size);
  wxPersistentRegisterAndRestore(this, "main_frame");
  update_summary();
  update_title();
  m_autosave_timer.Start(m_autosave_ms);
}

MainFrame::~MainFrame() {
  m_autosave_timer.Stop();
  if (m_document) m_document->remove_observer(this);
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->SetPath("/RecentFiles");
    m_history->Save(*config);
    config->SetPath("/");
    // Only a width the user chose is kept; else it follows the window.
    if (m_splitter->IsSplit() && m_sash_chosen) config->Write("SashPosition", m_splitter->GetSashPosition());
    config->Flush();
  }
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  file->Append(wxID_NEW, _("&New project\tCtrl+N"), _("Start an empty project"));
  file->Append(ID_NEW_DEMO, _("New project from the &demo"),
               _("A new project with the demo's fictional interviews, to look around in"));
  file->Append(wxID_OPEN, _("&Open...\tCtrl+O"), _("Open a project file"));
  auto* recent = new wxMenu;
  file->AppendSubMenu(recent, _("Open &recent"), _("One of the projects opened lately"));
  file->AppendSeparator();
  file->Append(wxID_SAVE, _("&Save\tCtrl+S"), _("Save the project to its file"));
  file->Append(wxID_SAVEAS, _("Save &as...\tCtrl+Shift+S"), _("Save the project under a new name"));
  file->Append(wxID_CLOSE, _("&Close project\tCtrl+W"), _("Close the project, keeping the window open"));
  file->Append(ID_MERGE, _("&Merge projects..."),
               _("Bring other project files into this one, joined by their ids; conflicts are listed, never overwritten"));
  file->AppendSeparator();
  add_transfer_items(file);
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close the window, asking to save unsaved changes"));

  auto* edit = new wxMenu;
  edit->Append(ID_UNDO, _("&Undo\tCtrl+Z"), _("Undo the last change to the project"));
  edit->Append(ID_REDO, _("&Redo\tCtrl+Y"), _("Redo the change last undone"));
  edit->AppendSeparator();
  edit->Append(wxID_CUT, _("Cu&t\tCtrl+X"), _("Move the selected text to the clipboard"));
  edit->Append(wxID_COPY, _("&Copy\tCtrl+C"), _("Copy the selected text to the clipboard"));
  edit->Append(wxID_PASTE, _("&Paste\tCtrl+V"), _("Insert the clipboard's text"));
  edit->Append(wxID_SELECTALL, _("Select &all\tCtrl+A"), _("Select all the text of the field"));
  edit->AppendSeparator();
  edit->Append(ID_PASTE_TRANSCRIPT, _("Paste &transcript...\tCtrl+Shift+V"),
               _("Split a pasted transcript into the interview's answers"));

  auto* view = new wxMenu;
  view->AppendCheckItem(ID_VIEW_TREE, _("Project &tree\tF9"), _("Show or hide the project tree"));
  view->Append(ID_VIEW_ROUND, _("&Round overview\tCtrl+R"), _("The selected round's interviews and progress"));
  view->Append(ID_VIEW_COMPARE, _("&Compare communities...\tCtrl+Shift+C"),
               _("Communities side by side for one issue and period"));
  view->Append(ID_VIEW_TREND, _("Tr&end over rounds...\tCtrl+Shift+T"),
               _("Follow communities over their rounds"));
  view->Append(ID_VIEW_PLAN, _("&Action plan\tCtrl+Shift+P"),
               _("The action plan and joint commitments of the selected community"));
  view->AppendSeparator();
  view->Append(ID_NEXT_QUESTION, _("&Next question\tCtrl+PgDn"), _("The interview's next question"));
  view->Append(ID_PREVIOUS_QUESTION, _("&Previous question\tCtrl+PgUp"), _("The interview's previous question"));
  view->Append(ID_GO_TO_QUESTION, _("&Go to question...\tCtrl+G"), _("Jump to a question of the interview by its number"));

  auto* language = new wxMenu;
  language->AppendRadioItem(ID_LANG_SYSTEM, _("Follow the &system"), _("The language of the computer's settings"));
  language->AppendRadioItem(ID_LANG_SV, wxString::FromUTF8("&Svenska"), _("Show the window in Swedish"));
  language->AppendRadioItem(ID_LANG_EN, "&English", _("Show the window in English"));
  const std::string setting = language_setting();
  language->Check(setting == "sv" ? ID_LANG_SV : setting == "en" ? ID_LANG_EN : ID_LANG_SYSTEM, true);

  auto* help = new wxMenu;
  help->Append(wxID_HELP, _("&User guide\tF1"), _("The workflow, the method's rules and the shortcuts"));
  help->AppendSeparator();
  help->Append(wxID_ABOUT, _("&About Readiness"), _("Version, licence and credits"));

  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(edit, _("&Edit"));
  bar->Append(view, _("&View"));
  // TRANSLATORS: menu: municipalities and other communities, their rounds and respondents.
  bar->Append(make_setup_menu(), _("&Communities"));
  bar->Append(make_scoring_menu(), _("&Scoring"));
  bar->Append(language, _("&Language"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  m_history->UseMenu(recent);
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->SetPath("/RecentFiles");
    m_history->Load(*config);
    config->SetPath("/");
  }
}

void MainFrame::build_toolbar() {
  wxToolBar* bar = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_TEXT | wxTB_HORZ_LAYOUT);
  auto art = [](const wxArtID& id) { return wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR); };
  bar->AddTool(wxID_NEW, _("New"), art(wxART_NEW), _("New project"));
  bar->AddTool(wxID_OPEN, _("Open"), art(wxART_FILE_OPEN), _("Open a project"));
  bar->AddTool(wxID_SAVE, _("Save"), art(wxART_FILE_SAVE), _("Save the project (Ctrl+S)"));
  bar->AddSeparator();
  bar->AddTool(ID_UNDO, _("Undo"), art(wxART_UNDO), _("Undo (Ctrl+Z)"));
  bar->AddTool(ID_REDO, _("Redo"), art(wxART_REDO), _("Redo (Ctrl+Y)"));
  bar->AddSeparator();
  // TRANSLATORS: toolbar button opening the round overview; short, the toolbar must fit 1024 px.
  bar->AddTool(ID_VIEW_ROUND, _("Round"), art(wxART_REPORT_VIEW), _("Show the round overview (Ctrl+R)"));
  bar->AddTool(ID_VIEW_COMPARE, _("Compare"), art(wxART_LIST_VIEW), _("Compare communities (Ctrl+Shift+C)"));
  bar->AddTool(ID_VIEW_TREND, _("Trend"), art(wxART_GOTO_LAST), _("Follow communities over rounds (Ctrl+Shift+T)"));
  add_scoring_tools(bar);
  bar->Realize();
  // A narrow window drops labels rather than hiding tools (toolbar_fit.h).
  fit_toolbar_to_width(this, bar, {wxID_NEW, wxID_OPEN, wxID_SAVE, ID_UNDO, ID_REDO});
}

void MainFrame::build_panes() {
  m_splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  m_splitter->SetMinimumPaneSize(FromDIP(160));
  m_tree = new ProjectTree(m_splitter);
  m_book = new wxSimplebook(m_splitter);
  m_summary = new PageSummary(m_book);
  m_round_page = new PageRoundOverview(m_book, *this);
  m_interview_page = new PageInterview(m_book, *this);
  m_book->AddPage(m_summary, wxString());
  m_book->AddPage(m_round_page, wxString());
  m_book->AddPage(m_interview_page, wxString());
  m_compare_page = new PageCompare(m_book, *this);
  m_trend_page = new PageTrend(m_book, *this);
  m_book->AddPage(m_compare_page, wxString());
  m_book->AddPage(m_trend_page, wxString());
  m_plan_page = new PageActionPlan(m_book, *this);
  m_book->AddPage(m_plan_page, wxString());
  build_scoring_pages();
  int sash = default_sash();
  if (wxConfigBase* config = wxConfigBase::Get(); config && config->HasEntry("SashPosition")) {
    sash = static_cast<int>(config->ReadLong("SashPosition", sash));
    m_sash_chosen = true;
  }
  m_splitter->SplitVertically(m_tree, m_book, sash);
  m_splitter->SetSashGravity(0.0);
  // Until the user drags it, the tree's width follows the window's.
  m_splitter->Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [this](wxSplitterEvent& e) {
    e.Skip();
    m_sash_chosen = true;
  });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (!m_sash_chosen && m_splitter->IsSplit()) m_splitter->SetSashPosition(default_sash());
  });
}

int MainFrame::default_sash() const {
  // A quarter of the window, 200 to 380 px: the round's labels fit at
  // 1600 px, and at 1024 px (a county laptop at 125 %) the pages keep room
  // for their tables' key columns (review items 11, 12).
  const int width = GetClientSize().x > 0 ? GetClientSize().x : GetSize().x;
  return std::clamp(width / 4, FromDIP(200), FromDIP(380));
}

void MainFrame::bind_events() {
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { new_project(); }, wxID_NEW);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { new_demo_project(); }, ID_NEW_DEMO);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    commit_typing();
    wxString dir;
    if (m_document && !m_document->untitled()) dir = wxFileName(to_wx(m_document->path())).GetPath();
    wxFileDialog dialog(this, _("Open project"), dir, wxString(),
                        _("Readiness projects (*.readiness)|*.readiness|All files|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) open_project(dialog.GetPath());
  }, wxID_OPEN);
  Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
    const wxString path = m_history->GetHistoryFile(static_cast<size_t>(e.GetId() - wxID_FILE1));
    if (!path.empty()) open_project(path);
  }, wxID_FILE1, wxID_FILE9);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { save(); }, wxID_SAVE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { save_as_with_dialog(); }, wxID_SAVEAS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { close_project(); }, wxID_CLOSE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { merge_with_dialog(); }, ID_MERGE);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_document && !m_document->read_only()); }, ID_MERGE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, ID_UNDO);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, ID_REDO);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (m_splitter->IsSplit())
      m_splitter->Unsplit(m_tree);
    else
      m_splitter->SplitVertically(m_tree, m_book, default_sash());
  }, ID_VIEW_TREE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    if (!m_round_page->round_id().empty()) show_round(m_round_page->round_id());
  }, ID_VIEW_ROUND);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_interview_page->next_question(); }, ID_NEXT_QUESTION);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_interview_page->previous_question(); }, ID_PREVIOUS_QUESTION);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_interview_page->ask_question_number(); }, ID_GO_TO_QUESTION);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_compare(); }, ID_VIEW_COMPARE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_trend(RoundSelection{}); }, ID_VIEW_TREND);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    const std::string community_id = selected_community_id();
    if (!community_id.empty()) show_action_plan(community_id);
  }, ID_VIEW_PLAN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_interview_page->paste_transcript(); }, ID_PASTE_TRANSCRIPT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_language(""); }, ID_LANG_SYSTEM);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_language("sv"); }, ID_LANG_SV);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_language("en"); }, ID_LANG_EN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_about_box(this); }, wxID_ABOUT);
  // F1: the guide at the section of the page shown.
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    const wxWindow* page = current_page();
    const char* section = page == m_scoring_page     ? "scoring"
                          : page == m_consensus_page ? "consensus"
                          : page == m_results_page   ? "results"
                          : page == m_compare_page   ? "compare"
                          : page == m_trend_page     ? "trend"
                          : page == m_plan_page      ? "plan"
                          : page == m_interview_page ? "capture"
                                                     : "workflow";
    HelpWindow::open(this, section);
  }, wxID_HELP);

  // Enable/disable: one-line lambdas.
  auto has_doc = [this](wxUpdateUIEvent& e) { e.Enable(m_document != nullptr); };
  Bind(wxEVT_UPDATE_UI, has_doc, wxID_SAVEAS);
  Bind(wxEVT_UPDATE_UI, has_doc, wxID_CLOSE);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_document && !m_document->read_only()); }, wxID_SAVE);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_commands->CanUndo()); }, ID_UNDO);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_commands->CanRedo()); }, ID_REDO);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(m_splitter->IsSplit()); }, ID_VIEW_TREE);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_round_page->round_id().empty() && m_document); },
       ID_VIEW_ROUND);
  auto on_interview = [this](wxUpdateUIEvent& e) { e.Enable(current_page() == m_interview_page); };
  Bind(wxEVT_UPDATE_UI, on_interview, ID_NEXT_QUESTION);
  Bind(wxEVT_UPDATE_UI, on_interview, ID_PREVIOUS_QUESTION);
  Bind(wxEVT_UPDATE_UI, on_interview, ID_GO_TO_QUESTION);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_document != nullptr); }, ID_VIEW_COMPARE);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_document != nullptr); }, ID_VIEW_TREND);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!selected_community_id().empty()); }, ID_VIEW_PLAN);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(current_page() == m_interview_page && m_document && !m_document->read_only());
  }, ID_PASTE_TRANSCRIPT);

  // "Undo answer", "Redo status": the Edit menu names what it would do.
  Bind(wxEVT_MENU_OPEN, [this](wxMenuEvent& e) {
    e.Skip();
    auto name_of = [](const wxCommand* command) {
      wxString name = command ? command->GetName() : wxString();
      if (!name.empty()) name = " " + name.Left(1).Lower() + name.Mid(1);
      return name;
    };
    const wxList& list = m_commands->GetCommands();
    wxList::compatibility_iterator current;
    if (m_commands->GetCurrentCommand()) current = list.Find(m_commands->GetCurrentCommand());
    const wxCommand* undo = m_commands->CanUndo() ? m_commands->GetCurrentCommand() : nullptr;
    wxList::compatibility_iterator next = current ? current->GetNext() : list.GetFirst();
    const wxCommand* redo = m_commands->CanRedo() && next ? static_cast<wxCommand*>(next->GetData()) : nullptr;
    if (wxMenuItem* item = GetMenuBar()->FindItem(ID_UNDO)) item->SetItemLabel(_("&Undo") + name_of(undo) + "\tCtrl+Z");
    if (wxMenuItem* item = GetMenuBar()->FindItem(ID_REDO)) item->SetItemLabel(_("&Redo") + name_of(redo) + "\tCtrl+Y");
  });

  m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::on_tree_selection, this);
  bind_setup_actions(this, *this, m_tree);
  bind_transfer_actions(this, *this);
  bind_scoring_events();
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close_window, this);
  m_autosave_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { autosave(); });
  // Leaving the window is a natural moment to secure the work.
  // Coming back to it: has someone else saved the project meanwhile?
  Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& e) {
    if (!e.GetActive()) {
      autosave();
      m_was_inactive = true;
    } else if (m_was_inactive) {
      m_was_inactive = false;
      CallAfter([this] { check_disk_change(); });
    }
    e.Skip();
  });
}

void MainFrame::set_autosave_interval(int milliseconds) {
  m_autosave_ms = milliseconds;
  m_autosave_timer.Start(m_autosave_ms);
}

wxWindow* MainFrame::current_page() const { return m_book->GetCurrentPage(); }

bool MainFrame::submit(wxCommand* command) {
  if (!m_document || m_document->read_only()) {
    delete command;
    return false;
  }
  return m_commands->Submit(command);
}

void MainFrame::commit_typing() {
  m_interview_page->commit_pending();
  if (m_scoring_page) m_scoring_page->commit_pending();
}

void MainFrame::follow_saved_point() {
  // Undone (or redone) back to what is on disk: nothing to save.
  if (!m_document || m_document->read_only()) return;
  if (const std::optional<bool> saved = m_commands->at_saved_point()) m_document->set_modified(!*saved);
}

void MainFrame::undo() {
  commit_typing();
  m_commands->Undo();
  follow_saved_point();
}

void MainFrame::redo() {
  commit_typing();
  m_commands->Redo();
  follow_saved_point();
}

void MainFrame::show_round(const std::string& round_id) {
  commit_typing();
  if (!m_document || !m_document->project().find_round(round_id)) return;
  m_round_page->show(round_id);
  m_book->ChangeSelection(1);
  // Keep the tree in step without re-entering via its selection event.
  ProjectTree::Kind kind;
  std::string id;
  if (!m_tree->selected(kind, id) || kind != ProjectTree::Kind::Round || id != round_id) {
    m_tree->Unbind(wxEVT_TREE_SEL_CHANGED, &MainFrame::on_tree_selection, this);
    m_tree->select(ProjectTree::Kind::Round, round_id);
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::on_tree_selection, this);
  }
  if (!m_interview_page->interview_id().empty() && m_interview_page->round_id() == round_id)
    m_round_page->select_interview(m_interview_page->interview_id());
  m_round_page->interview_list()->SetFocus();
}

void MainFrame::show_compare() {
  commit_typing();
  if (!m_document) return;
  m_compare_page->refresh();
  m_book->ChangeSelection(static_cast<size_t>(m_book->FindPage(m_compare_page)));
}

void MainFrame::show_action_plan(const std::string& community_id) {
  commit_typing();
  if (!m_document || !m_document->project().find_community(community_id)) return;
  m_plan_page->show(community_id);
  m_book->ChangeSelection(static_cast<size_t>(m_book->FindPage(m_plan_page)));
}

std::string MainFrame::selected_community_id() const {
  if (!m_document) return {};
  const Project& project = m_document->project();
  ProjectTree::Kind kind;
  std::string id;
  if (m_splitter->IsSplit() && m_tree->selected(kind, id)) {
    if (kind == ProjectTree::Kind::Community && project.find_community(id)) return id;
    if (kind == ProjectTree::Kind::Round)
      if (const Round* r = project.find_round(id)) return r->community_id;
    return {};
  }
  // The tree hidden: the community of the page shown.
  if (current_page() == m_plan_page && project.find_community(m_plan_page->community_id()))
    return m_plan_page->community_id();
  if (const Round* r = project.find_round(m_round_page->round_id())) return r->community_id;
  return {};
}

void MainFrame::show_trend(const RoundSelection& selection) {
  commit_typing();
  if (!m_document) return;
  m_trend_page->show_selection(selection);
  m_book->ChangeSelection(static_cast<size_t>(m_book->FindPage(m_trend_page)));
}

void MainFrame::show_interview(const std::string& round_id, const std::string& interview_id) {
  commit_typing();
  if (!m_document) return;
  const Round* round = m_document->project().find_round(round_id);
  if (!round || !round->find_interview(interview_id)) return;
  if (m_round_page->round_id() != round_id) m_round_page->show(round_id);
  m_interview_page->show(round_id, interview_id);
  m_book->ChangeSelection(2);
  m_interview_page->go_to_question(0);
}

void MainFrame::on_tree_selection(wxTreeEvent& event) {
  event.Skip();
  show_selection();
}

void MainFrame::show_selection() {
  ProjectTree::Kind kind;
  std::string id;
  if (!m_document || !m_tree->selected(kind, id)) {
    commit_typing();
    update_summary();
    m_book->ChangeSelection(0);
    return;
  }
  if (kind == ProjectTree::Kind::Round) {
    // Staying on the interview being captured when its round is re-selected.
    if (current_page() == m_interview_page && m_interview_page->round_id() == id) return;
    show_round(id);
    return;
  }
  commit_typing();
  const Project& project = m_document->project();
  if (kind == ProjectTree::Kind::County) {
    int communities = 0, rounds = 0;
    for (const auto& c : project.communities)
      if (c.county_code == id) {
        ++communities;
        rounds += static_cast<int>(project.rounds_of(c.id).size());
      }
    const wxString counts = counted_communities(communities) + ", " + counted_rounds(rounds) + " " + _("in this project.");
    // A project without rounds offers its next step here too: Windows's tree
    // selects the first county by itself when it gets the focus.
    if (project.rounds.empty() && !m_document->read_only()) {
      FirstSteps steps = project_first_steps(project, this, *this, [this] { new_demo_project(); });
      m_summary->set_content(county_label(id), counts + "\n\n" + steps.body, std::move(steps.actions));
    } else {
      m_summary->set_content(county_label(id),
                             counts + "\n\n" + _("Select a community or one of its rounds in the tree."));
    }
  } else {
    const Community* c = project.find_community(id);
    if (!c) return;
    wxString body;
    if (!c->code.empty()) body += wxString::Format(_("Municipality code %s, %s."), to_wx(c->code), county_label(c->county_code)) + "\n";
    if (!c->note.empty()) body += to_wx(c->note) + "\n";
    body += "\n";
    const auto rounds = project.rounds_of(c->id);
    if (rounds.empty()) body += _("No rounds yet.");
    for (const Round* r : rounds) {
      const RoundProgress p = round_progress(*r);
      body += wxString::Format(_("Round %s: %s — %d interviews, consensus complete in %d."), to_wx(r->label),
                               to_wx(r->issue), p.interviews, p.consensus_complete) +
              "\n";
    }
    std::vector<PageSummary::Action> actions =
        m_document->read_only() ? std::vector<PageSummary::Action>{} : community_first_steps(c->id, this, *this);
    const std::string community_id = c->id;
    actions.push_back({_("Action &plan"), [this, community_id] { show_action_plan(community_id); }, "community_action_plan"});
    m_summary->set_content(to_wx(c->name), body, std::move(actions));
  }
  m_book->ChangeSelection(0);
}

void MainFrame::update_summary() {
  if (!m_document) {
    m_summary->set_content(
        _("Welcome to Readiness"),
        _("Community Readiness assessments: plan a round of key-respondent interviews in a municipality, capture "
          "the interviews, score them and follow the stages over the years.\n\nOpen a project, start a new one, or "
          "look around in the demo project (fictional interviews from Pite älvdal)."),
        {{_("&Open project..."), [this] { ProcessCommand(wxID_OPEN); }, "welcome_open"},
         {_("&New project"), [this] { new_project(); }, "welcome_new"},
         {_("Open the &demo"), [this] { new_demo_project(); }, "welcome_demo"}});
    return;
  }
  const Project& p = m_document->project();
  std::size_t interviews = 0;
  for (const auto& r : p.rounds) interviews += r.interviews.size();
  wxString body = counted_communities(static_cast<int>(p.communities.size())) + ", " +
                  counted_rounds(static_cast<int>(p.rounds.size())) + ", " +
                  wxString::Format(wxPLURAL("%d interview.", "%d interviews.", interviews), static_cast<int>(interviews));
  if (!p.owner.empty()) body = to_wx(p.owner) + "\n" + body;
  const wxString heading = p.title.empty() ? _("Untitled project") : to_wx(p.title);
  // An empty or roundless project says what to do next, as buttons.
  if (p.rounds.empty() && !m_document->read_only()) {
    FirstSteps steps = project_first_steps(p, this, *this, [this] { new_demo_project(); });
    m_summary->set_content(heading, body + "\n\n" + steps.body, std::move(steps.actions));
    return;
  }
  body += "\n\n" + _("Select a round in the tree to see its interviews.");
  m_summary->set_content(heading, body);
}

void MainFrame::update_title() {
  wxString title = "Readiness";
  wxString state;
  if (m_document) {
    const wxString name = m_document->untitled() ? _("Untitled") : wxFileName(to_wx(m_document->path())).GetFullName();
    title = name + (m_document->modified() ? "*" : "") + wxString::FromUTF8(" \u2014 Readiness");
    if (m_document->read_only()) {
      title += " [" + _("read-only") + "]";
      state = _("Read-only");
    } else {
      state = m_document->modified() ? _("Unsaved changes") : _("Saved");
    }
  }
  SetTitle(title);
  SetStatusText(state, 1);
}

void MainFrame::on_project_changed(const ChangeEvent& event) {
  update_title();
  if (event.what == ChangeEvent::What::State) return;
  // The page's subject may have gone (an undone round, a removed community).
  if (current_page() == m_interview_page && m_interview_page->interview_id().empty()) {
    if (m_document->project().find_round(m_round_page->round_id()))
      show_round(m_round_page->round_id());
    else
      show_selection();
  } else if (current_page() == m_round_page && !m_document->project().find_round(m_round_page->round_id())) {
    show_selection();
  } else if (scoring_page_lost_round()) {
    show_selection();
  } else if (current_page() == m_plan_page && !m_document->project().find_community(m_plan_page->community_id())) {
    show_selection();
  } else if (current_page() == m_summary && event.what != ChangeEvent::What::Interview) {
    show_selection();
  }
}

void MainFrame::on_language(const std::string& language) {
  set_language_setting(language);
  const std::string now = language.empty() ? system_language() : language;
  if (now == ui_language()) return;
  setup_language(now);
  // Every label was made in the old language: a new window takes over the
  // open project (lock, recovery, undo history, page) and this one goes.
  // After the menu event has finished, not inside it.
  CallAfter([this] {
    auto* next = new MainFrame;
    next->SetSize(GetRect());
    if (IsMaximized()) next->Maximize();
    next->adopt_session(*this);
    next->Show();
    wxTheApp->SetTopWindow(next);
    Destroy();
  });
}

}  // namespace readiness::gui
