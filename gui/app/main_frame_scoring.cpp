// MainFrame's scoring side: the scoring, consensus and results pages, the
// Scoring menu and toolbar buttons, and scorer packages out and back.
#include <filesystem>

#include <wx/artprov.h>
#include <wx/choicdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/simplebook.h>
#include <wx/toolbar.h>

#include "commands/command_interview.h"
#include "commands/command_score.h"
#include "app/main_frame.h"
#include "pages/page_consensus.h"
#include "pages/page_interview.h"
#include "pages/page_results.h"
#include "pages/page_round_overview.h"
#include "pages/page_scoring.h"
#include "project_file.h"
#include "app/project_tree.h"
#include "text/score_labels.h"
#include "dialogs/dialog_audit.h"
#include "scorer_package.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

enum {
  ID_SCORE = wxID_HIGHEST + 850,
  ID_CONSENSUS,
  ID_RESULTS,
  ID_PACKAGE_EXPORT,
  ID_PACKAGE_IMPORT,
  ID_SCORE_HISTORY,
};

const char* kPackageWildcard = "*.readiness-package";

wxString conflict_line(const PackageConflict& c) {
  using K = PackageConflict::Kind;
  switch (c.kind) {
    case K::InterviewMissing:
      return wxString::Format(_("Interview %s is not in the round."), to_wx(c.interview_id));
    case K::AnswersChanged:
      return wxString::Format(_("Interview %s: the answers have changed since the package was made; none of its "
                                "scores were taken."),
                              to_wx(c.interview_id));
    case K::ScoreDiffers:
      return wxString::Format(_("Interview %s, dimension %s: the project has %s, the package %s; the project's "
                                "score was kept."),
                              to_wx(c.interview_id), to_wx(c.dimension), score_text(c.in_project),
                              score_text(c.in_package));
    case K::DimensionUnknown:
      return wxString::Format(_("Interview %s: dimension %s is not in the round's instrument."), to_wx(c.interview_id),
                              to_wx(c.dimension));
    case K::ScorerNameDiffers:
      return wxString::Format(_("Interview %s: scored by %s in the package, but %s in the project (scores taken)."),
                              to_wx(c.interview_id), to_wx(c.package_name), to_wx(c.project_name));
    case K::NoteDiffers:
      return wxString::Format(_("Interview %s, dimension %s: the note differs from the project's; the project's "
                                "note was kept."),
                              to_wx(c.interview_id), to_wx(c.dimension));
  }
  return {};
}

}  // namespace

void MainFrame::build_scoring_pages() {
  m_scoring_page = new PageScoring(m_book, *this);
  m_consensus_page = new PageConsensus(m_book, *this);
  m_results_page = new PageResults(m_book, *this);
  m_book->AddPage(m_scoring_page, wxString());
  m_book->AddPage(m_consensus_page, wxString());
  m_book->AddPage(m_results_page, wxString());
}

wxMenu* MainFrame::make_scoring_menu() {
  auto* menu = new wxMenu;
  menu->Append(ID_SCORE, _("&Score interviews\tCtrl+1"), _("Score the round's interviews as scorer A or B"));
  menu->Append(ID_CONSENSUS, _("&Consensus\tCtrl+2"), _("Settle the consensus scores of the round"));
  menu->Append(ID_RESULTS, _("&Results\tCtrl+3"), _("The round's profile, overall stage and strategies"));
  menu->AppendSeparator();
  menu->Append(ID_PACKAGE_EXPORT, _("&Export scorer package..."),
               _("The round's answers and anchors for a scorer on another computer"));
  menu->Append(ID_PACKAGE_IMPORT, _("&Import scorer package..."), _("Bring a scorer's scores back into the round"));
  menu->AppendSeparator();
  menu->Append(ID_SCORE_HISTORY, _("Score &history..."),
               _("Who changed the selected interview's scores on this dimension, when and from where"));
  return menu;
}

void MainFrame::add_scoring_tools(wxToolBar* bar) {
  auto art = [](const wxArtID& id) { return wxArtProvider::GetBitmapBundle(id, wxART_TOOLBAR); };
  bar->AddSeparator();
  // TRANSLATORS: toolbar button opening the scoring page.
  bar->AddTool(ID_SCORE, _("Scoring"), art(wxART_EDIT), _("Score interviews (Ctrl+1)"));
  bar->AddTool(ID_CONSENSUS, _("Consensus"), art(wxART_TICK_MARK), _("Settle consensus (Ctrl+2)"));
  bar->AddTool(ID_RESULTS, _("Results"), art(wxART_INFORMATION), _("Round results (Ctrl+3)"));
}

void MainFrame::bind_scoring_events() {
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    std::string interview;
    if (current_page() == m_interview_page) interview = m_interview_page->interview_id();
    show_scoring(current_round_id(), interview);
  }, ID_SCORE);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_consensus(current_round_id()); }, ID_CONSENSUS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_results(current_round_id()); }, ID_RESULTS);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    const std::string round_id = current_round_id();
    const Round* round = m_document ? m_document->project().find_round(round_id) : nullptr;
    if (!round) return;
    wxArrayString slots;
    slots.Add(_("Scorer B (the usual case: the second listener)"));
    slots.Add(_("Scorer A"));
    wxSingleChoiceDialog ask(this, _("Which scorer is the package for? It holds the answers and anchors, that "
                                     "scorer's own scores, and nothing of the other scorer's."),
                             _("Export scorer package"), slots);
    if (ask.ShowModal() != wxID_OK) return;
    const ScorerSlot slot = ask.GetSelection() == 1 ? ScorerSlot::A : ScorerSlot::B;
    const Community* c = m_document->project().find_community(round->community_id);
    const wxString name = to_wx(slugify((c ? c->name : std::string()) + " " + round->label)) +
                          (slot == ScorerSlot::A ? "-scorer-a" : "-scorer-b") + ".readiness-package";
    wxString dir;
    if (!m_document->untitled()) dir = wxFileName(to_wx(m_document->path())).GetPath();
    wxFileDialog dialog(this, _("Export scorer package"), dir, name,
                        _("Scorer packages") + " (" + kPackageWildcard + ")|" + kPackageWildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) export_scorer_package(round_id, slot, dialog.GetPath());
  }, ID_PACKAGE_EXPORT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) {
    wxFileDialog dialog(this, _("Import scorer package"), wxString(), wxString(),
                        _("Scorer packages") + " (" + kPackageWildcard + ")|" + kPackageWildcard + "|" +
                            _("All files") + "|*",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) import_scorer_package(dialog.GetPath());
  }, ID_PACKAGE_IMPORT);
  auto has_round = [this](wxUpdateUIEvent& e) { e.Enable(m_document && !current_round_id().empty()); };
  Bind(wxEVT_UPDATE_UI, has_round, ID_SCORE);
  Bind(wxEVT_UPDATE_UI, has_round, ID_CONSENSUS);
  Bind(wxEVT_UPDATE_UI, has_round, ID_RESULTS);
  Bind(wxEVT_UPDATE_UI, has_round, ID_PACKAGE_EXPORT);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { show_score_history(); }, ID_SCORE_HISTORY);
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    std::string round_id, interview_id, dimension;
    e.Enable(score_history_target(round_id, interview_id, dimension));
  }, ID_SCORE_HISTORY);
}

bool MainFrame::score_history_target(std::string& round_id, std::string& interview_id, std::string& dimension) const {
  if (!m_document) return false;
  if (current_page() == m_scoring_page) {
    round_id = m_scoring_page->round_id();
    interview_id = m_scoring_page->interview_id();
    dimension = m_scoring_page->dimension();
  } else if (current_page() == m_consensus_page) {
    round_id = m_consensus_page->round_id();
    interview_id = m_consensus_page->selected_interview();
    dimension = m_consensus_page->selected_dimension();
  } else {
    return false;
  }
  return !round_id.empty() && !interview_id.empty() && !dimension.empty();
}

DialogAudit* MainFrame::make_score_history() {
  std::string round_id, interview_id, dimension;
  if (!score_history_target(round_id, interview_id, dimension)) return nullptr;
  const Round* round = m_document->project().find_round(round_id);
  const Dimension* dim = round ? round->instrument.find_dimension(dimension) : nullptr;
  const wxString heading = wxString::Format(_("Interview %s, dimension %s: every change of its scores, oldest first."),
                                            to_wx(interview_id), to_wx(dim ? dimension + " " + dim->name : dimension));
  return new DialogAudit(this, heading, audit_of(m_document->project().audit, round_id, interview_id, dimension));
}

void MainFrame::show_score_history() {
  DialogAudit* dialog = make_score_history();
  if (!dialog) return;
  dialog->ShowModal();
  dialog->Destroy();
}

std::string MainFrame::current_round_id() const {
  if (!m_document) return {};
  const wxWindow* page = current_page();
  std::string id;
  if (page == m_scoring_page) id = m_scoring_page->round_id();
  else if (page == m_consensus_page) id = m_consensus_page->round_id();
  else if (page == m_results_page) id = m_results_page->round_id();
  else if (page == m_interview_page) id = m_interview_page->round_id();
  else if (page == m_round_page) id = m_round_page->round_id();
  if (id.empty()) {
    ProjectTree::Kind kind;
    std::string selected;
    if (m_tree->selected(kind, selected) && kind == ProjectTree::Kind::Round) id = selected;
  }
  return m_document->project().find_round(id) ? id : std::string();
}

bool MainFrame::scoring_page_lost_round() const {
  const wxWindow* page = current_page();
  std::string id;
  if (page == m_scoring_page) id = m_scoring_page->round_id();
  else if (page == m_consensus_page) id = m_consensus_page->round_id();
  else if (page == m_results_page) id = m_results_page->round_id();
  else return false;
  return !m_document || !m_document->project().find_round(id);
}

void MainFrame::show_scoring(const std::string& round_id, const std::string& interview_id) {
  commit_typing();
  if (!m_document || !m_document->project().find_round(round_id)) return;
  if (m_round_page->round_id() != round_id) m_round_page->show(round_id);
  m_book->ChangeSelection(static_cast<size_t>(m_book->FindPage(m_scoring_page)));
  m_scoring_page->show(round_id, interview_id);
  m_scoring_page->score_field()->SetFocus();
}

void MainFrame::show_consensus(const std::string& round_id) {
  commit_typing();
  if (!m_document || !m_document->project().find_round(round_id)) return;
  if (m_round_page->round_id() != round_id) m_round_page->show(round_id);
  m_book->ChangeSelection(static_cast<size_t>(m_book->FindPage(m_consensus_page)));
  m_consensus_page->show(round_id);
}

void MainFrame::show_results(const std::string& round_id) {
  commit_typing();
  if (!m_document || !m_document->project().find_round(round_id)) return;
  if (m_round_page->round_id() != round_id) m_round_page->show(round_id);
  m_book->ChangeSelection(static_cast<size_t>(m_book->FindPage(m_results_page)));
  m_results_page->show(round_id);
}

bool MainFrame::export_scorer_package(const std::string& round_id, ScorerSlot slot, const wxString& path) {
  if (!m_document) return false;
  try {
    save_scorer_package(make_scorer_package(m_document->project(), round_id, slot), to_utf8(path));
  } catch (const std::exception& e) {
    wxMessageBox(to_wx(e.what()), _("The scorer package was not written"), wxOK | wxICON_ERROR, this);
    return false;
  }
  SetStatusText(wxString::Format(_("Scorer package written: %s"), wxFileName(path).GetFullName()), 0);
  return true;
}

bool MainFrame::import_scorer_package(const wxString& path) {
  ScorerPackage package;
  try {
    package = load_scorer_package(to_utf8(path));
  } catch (const ScorerPackageError& e) {
    wxMessageBox(to_wx(e.what()), _("The scorer package cannot be read"), wxOK | wxICON_ERROR, this);
    return false;
  }
  const wxString round_name = to_wx(package.community_name + " " + package.round_label);
  if (!m_document || !m_document->project().find_round(package.round_id)) {
    // A package for scoring here: make it a project of its own, beside it.
    wxMessageDialog ask(this,
                        wxString::Format(_("The round %s is not in the open project. Open the package as a project "
                                           "of its own, to score it on this computer?"),
                                         round_name),
                        _("Import scorer package"), wxYES_NO | wxICON_QUESTION);
    ask.SetYesNoLabels(_("Open for scoring"), _("Cancel"));
    if (ask.ShowModal() != wxID_YES) return false;
    std::filesystem::path target = std::filesystem::path(to_utf8(path)).replace_extension(".readiness");
    for (int n = 2; std::filesystem::exists(target); ++n)
      target = std::filesystem::path(to_utf8(path)).replace_extension("").string() + "-" + std::to_string(n) +
               ".readiness";
    try {
      save_project(project_from_package(package), target.string());
    } catch (const ProjectFileError& e) {
      wxMessageBox(to_wx(e.what()), _("The scorer package cannot be read"), wxOK | wxICON_ERROR, this);
      return false;
    }
    if (!open_project(to_wx(target.string()))) return false;
    show_scoring(package.round_id, {});
    m_scoring_page->set_slot(package.slot);
    return true;
  }
  if (m_document->read_only()) {
    wxMessageBox(_("The project is open read-only: the scores cannot be taken in."), _("Import scorer package"),
                 wxOK | wxICON_INFORMATION, this);
    return false;
  }

  const PackageImportPlan plan = plan_package_import(m_document->project(), package);
  if (!plan.changes.empty() || !plan.scorer_names.empty() || !plan.notes.empty()) {
    auto* batch = new CommandBatch(_("Import scorer package"));
    for (const auto& [interview_id, name] : plan.scorer_names)
      batch->add(std::make_unique<CommandSetScorerName>(m_document, plan.round_id, interview_id, plan.slot, name));
    for (const auto& change : plan.changes)
      batch->add(std::make_unique<CommandSetScore>(
          m_document, ScoreRef{plan.round_id, change.interview_id, change.dimension, plan.slot}, change.score));
    for (const auto& change : plan.notes)
      batch->add(std::make_unique<CommandSetScoreNote>(
          m_document, ScoreRef{plan.round_id, change.interview_id, change.dimension, plan.slot}, change.note));
    // The audit trail says these came from the package, not from typing.
    m_document->set_audit_origin(
        AuditOrigin::now(kAuditFromPackage, std::filesystem::u8path(to_utf8(path)).filename().u8string()));
    const bool taken = submit(batch);
    m_document->set_audit_origin(std::nullopt);
    if (!taken) return false;
  }
  const wxString who = slot_label(plan.slot, {});
  wxString message = wxString::Format(_("%s, round %s: %d new scores taken in, %d already there."), who, round_name,
                                      static_cast<int>(plan.changes.size()), plan.unchanged);
  wxString details;
  for (const auto& c : plan.conflicts) details += wxString::FromUTF8("\u2022 ") + conflict_line(c) + "\n";
  wxMessageDialog report(this, message, _("Import scorer package"),
                         wxOK | (plan.conflicts.empty() ? wxICON_INFORMATION : wxICON_WARNING));
  if (!details.empty())
    report.SetExtendedMessage(
        wxString::Format(wxPLURAL("%d conflict was not applied; nothing was overwritten:",
                                  "%d conflicts were not applied; nothing was overwritten:",
                                  static_cast<int>(plan.conflicts.size())),
                         static_cast<int>(plan.conflicts.size())) +
        "\n" + details);
  report.ShowModal();
  show_consensus(plan.round_id);
  return true;
}

}  // namespace readiness::gui
