#include "app/screenshot_setup.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <wx/textctrl.h>

#include "app/app_language.h"
#include "dialogs/dialog_add_communities.h"
#include "dialogs/dialog_respondents.h"
#include "dialogs/dialog_round_settings.h"
#include "dialogs/dialog_round_wizard.h"
#include "dialogs/dialog_export.h"
#include "dialogs/help_window.h"
#include "dialogs/dialog_import_result.h"
#include "app/transfer_actions.h"
#include <fstream>
#include <wx/filename.h>
#include "app/main_frame.h"
#include "pages/page_action_plan.h"
#include "pages/page_trend.h"
#include "dialogs/dialog_plan_action.h"
#include "validate_plans.h"
#include <wx/dataview.h>
#include <wx/notebook.h>

namespace readiness::gui {

wxWindow* open_setup_screenshot(MainFrame* frame, const std::string& page) {
  // READINESS_SCREENSHOT_SIZE=1024x700: the window at a small laptop's
  // size (scripts/screenshots, the dark-theme set), in pixels.
  if (const char* size = std::getenv("READINESS_SCREENSHOT_SIZE")) {
    int w = 0, h = 0;
    if (std::sscanf(size, "%dx%d", &w, &h) == 2 && w > 0 && h > 0) frame->SetSize(wxSize(w, h));
  }
  const ProjectDocumentPtr doc = frame->document();
  if (!doc) return nullptr;
  const Project& project = doc->project();
  // plan, plan-follow-up, plan-commitments: Arjeplog's plan (issue 13), as in 2021.
  if ((page == "plan" || page == "plan-follow-up" || page == "plan-commitments") && project.find_community("se-2506")) {
    frame->show_action_plan("se-2506");
    frame->action_plan_page()->set_reference_year(2021);
    frame->action_plan_page()->set_follow_up_year(2021);
    if (page != "plan") frame->action_plan_page()->tabs()->SetSelection(page == "plan-follow-up" ? 1 : 2);
    return nullptr;
  }
  // trend-actions: Arjeplog 2019 → 2022 with the actions tied to each
  // dimension in view; plan-edit-action: "Edit action…" on its a3, a
  // communication action, with the stage's advice on channels.
  if (page == "trend-actions" && project.find_community("se-2506")) {
    RoundSelection selection;
    const auto rounds = project.rounds_of("se-2506");
    if (!rounds.empty()) {
      selection.issue = rounds.back()->issue;
      selection.mode = rounds.back()->mode;
    }
    selection.community_ids = {"se-2506"};
    frame->show_trend(selection);
    PageTrend* trend = frame->trend_page();
    trend->CallAfter([trend] {
      int unit_x = 0, unit_y = 0;
      trend->GetScrollPixelsPerUnit(&unit_x, &unit_y);
      const int y = trend->CalcUnscrolledPosition(trend->actions_table()->GetPosition()).y - trend->FromDIP(330);
      if (unit_y > 0) trend->Scroll(0, std::max(0, y / unit_y));
    });
    return nullptr;
  }
  if (page == "plan-edit-action" && project.find_community("se-2506")) {
    frame->show_action_plan("se-2506");
    const Community* c = project.find_community("se-2506");
    const PlanRowRef row{false, c->plans.empty() ? "" : c->plans.front().id, "a3"};
    if (const PlanAction* a = find_row_action(*c, row)) {
      auto* dialog = new DialogPlanAction(
          frame, *a, [&project](const std::string& code) { return community_knows_dimension(project, "se-2506", code); },
          channel_advice(project, "se-2506", *a));
      dialog->SetPosition(wxPoint(40, 40));
      dialog->Show();
      return dialog;
    }
  }
  if (page == "register") {
    // Norrbotten, where the demo's four municipalities are already in the
    // project, with two more chosen.
    auto* dialog = new DialogAddCommunities(frame, project);
    dialog->set_county("25");
    dialog->choose("2584");
    dialog->choose("2523");
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  if ((page == "wizard" || page == "wizard-instrument") && !project.communities.empty()) {
    // The next round in Arjeplog, starting from its 2022 round.
    auto* wizard = new DialogRoundWizard(frame, project, project.communities.front().id, ui_language());
    wizard->label_field()->ChangeValue("2025");
    wizard->ShowPage(wizard->first_page());
    if (page == "wizard-instrument") wizard->ShowPage(wizard->page(1));
    wizard->SetPosition(wxPoint(40, 40));
    wizard->Show();
    return wizard;
  }
  if (page == "help") {
    // The user guide at the method's rules.
    HelpWindow* help = HelpWindow::open(frame, "rules");
    help->SetPosition(wxPoint(40, 40));
    return help;
  }
  if (page == "round-settings" && !project.rounds.empty()) {
    // Arjeplog's latest round, as the settings dialog shows it.
    const auto rounds = project.rounds_of(project.communities.front().id);
    auto* dialog = new DialogRoundSettings(frame, project, *rounds.back());
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  if (page == "export" || page == "export-csv") {
    wxDialog* dialog = page == "export" ? static_cast<wxDialog*>(new DialogExportWorkbook(frame, project, ui_language()))
                                        : new DialogExportCsv(frame, ';');
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  if (page == "import-refused" || page == "import-done") {
    // A file with two bad rows, or one with a name matched and a new custom community.
    const wxString path = wxFileName::CreateTempFileName("readiness-import") + ".csv";
    std::ofstream(path.utf8_string())
        << (page == "import-refused" ? "community,round,interview,dimension,score\nArjeplog,2022,1,A,5\n"
                                       "Arjeplog,2022,2,A,12\nArjeplog,2022,3,Q,5\n"
                                     : "community;round;interview;dimension;score;issue\n"
                                       "Piteå kommun;2022;99;A;6,5;langning av alkohol till unga\n"
                                       "Pitea;2024;1;A;4,25;langning av alkohol till unga\n");
    bool changed = false;
    DialogImportResult* dialog = import_scores_described(frame, *frame, path, changed);
    wxRemoveFile(path);
    if (!dialog) return nullptr;
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  if (page == "first-steps" || page == "first-round") {
    // A newcomer's empty project; or its first round, before respondents.
    frame->new_project();
    if (page == "first-round") {
      const ProjectDocumentPtr fresh = frame->document();
      fresh->insert_community(project.communities.front());
      Round round = project.rounds.front();
      round.interviews.clear();
      round.respondents.clear();
      fresh->insert_round(round);
      frame->show_round(round.id);
    }
    return nullptr;
  }
  if (page == "respondents" && !project.rounds.empty()) {
    // Arjeplog's latest round: its respondents and the coverage hint.
    const auto rounds = project.rounds_of(project.communities.front().id);
    auto* dialog = new DialogRespondents(frame, *frame, rounds.back()->id);
    dialog->SetPosition(wxPoint(40, 40));
    dialog->Show();
    return dialog;
  }
  return nullptr;
}

}  // namespace readiness::gui
