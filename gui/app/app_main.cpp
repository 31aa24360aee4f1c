// `readiness` — the desktop app's entry point. Answers --help and refuses
// to start without a display before wxWidgets (and GTK) is touched, so ssh
// and CI users get a sentence instead of a GTK error.
//
//   readiness [FILE] [--lang sv|en]
//   readiness --screenshot main|round|interview|scoring|consensus|results|compare|compare-periods|trend|trend-all|plan|plan-follow-up|plan-commitments OUT.png [--lang sv|en] FILE   (hidden; scripts/screenshots)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>

#include "app/app_language.h"
#include "comparison_view.h"
#include "app/main_frame.h"
#include "pages/page_compare.h"
#include "pages/page_interview.h"
#include "pages/page_trend.h"
#include "pages/page_round_overview.h"
#include "pages/page_scoring.h"
#include "platform.h"
#include <wx/srchctrl.h>
#include <wx/tooltip.h>
#include "app/project_tree.h"
#include "app/screenshot.h"
#include "app/screenshot_setup.h"
#include "text/wx_text.h"

namespace {

struct Options {
  std::string file;
  std::string language;
  std::string screenshot_page;
  std::string screenshot_out;
};

Options g_options;

void print_usage() {
  std::puts(
      "Usage: readiness [FILE] [--lang sv|en]\n"
      "Opens the Readiness desktop app, with FILE (a .readiness project) if given.\n"
      "Without a display use readiness-cli (validate, score, compare, export).");
}

// 0: go on; otherwise the exit code.
int parse(const std::vector<std::string>& argv, Options& out) {
  const int argc = static_cast<int>(argv.size());
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      print_usage();
      return -1;
    } else if (arg == "--lang" && i + 1 < argc) {
      out.language = argv[++i];
    } else if (arg == "--screenshot" && i + 2 < argc) {
      out.screenshot_page = argv[++i];
      out.screenshot_out = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "readiness: unknown option %s\n", arg.c_str());
      print_usage();
      return 2;
    } else {
      out.file = arg;
    }
  }
  return 0;
}

bool has_display() {
#if defined(__WXGTK__)
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x11 && *x11) || (wayland && *wayland);
#else
  return true;
#endif
}

class ReadinessApp : public wxApp {
 public:
  bool OnInit() override {
    SetAppName("readiness");
    SetAppDisplayName("Readiness");
    // ~/.config/readiness/readiness.conf ($XDG_CONFIG_HOME respected).
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    const wxString config_dir = wxStandardPaths::Get().GetUserConfigDir() + "/readiness";
    if (!wxFileName::DirExists(config_dir)) wxFileName::Mkdir(config_dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    wxConfigBase::Set(new wxFileConfig("readiness", wxEmptyString, config_dir + "/readiness.conf", wxEmptyString,
                                       wxCONFIG_USE_LOCAL_FILE));
    wxInitAllImageHandlers();
    readiness::gui::setup_language(g_options.language);

    auto* frame = new readiness::gui::MainFrame;
    if (!g_options.screenshot_page.empty()) {
      frame->SetPosition(wxPoint(0, 0));
      frame->SetSize(frame->FromDIP(wxSize(1400, 900)));
    }
    frame->Show();
    if (!g_options.file.empty()) {
      frame->open_project(wxString::FromUTF8(g_options.file));
    } else {
      frame->offer_untitled_recovery();
      wxString last;
      if (!frame->document() && wxConfigBase::Get()->Read("/LastProject", &last) && wxFileName::FileExists(last))
        frame->open_project(last);
    }
    if (!g_options.screenshot_page.empty()) prepare_screenshot(frame);
    return true;
  }

 private:
  // Scorer A on interview 2, dimension B, with a search hit highlighted.
  static void prepare_scoring_screenshot(readiness::gui::MainFrame* frame, const readiness::Round& round) {
    const auto& interview = round.interviews.size() > 1 ? round.interviews[1] : round.interviews.front();
    frame->show_scoring(round.id, interview.id);
    auto* page = frame->scoring_page();
    page->set_slot(readiness::ScorerSlot::A);
    if (round.instrument.dimensions.size() > 1) page->set_dimension(round.instrument.dimensions[1].code);
    page->search_field()->SetValue(wxString::FromUTF8("skol"));
  }

  void prepare_screenshot(readiness::gui::MainFrame* frame) {
    wxToolTip::Enable(false);  // the pointer rests where Xvfb puts it: no tooltip in the picture
    frame->WarpPointer(1, 1);  // and out of the way: GTK shows some tooltips all the same
    auto document = frame->document();
    const std::string page = g_options.screenshot_page;
    if (document && !document->project().rounds.empty()) {
      const auto& project = document->project();
      // main: a round with every interview done (Piteå 2019 in the demo);
      // round and interview: Arjeplog 2022, which still has a planned one.
      const auto& community = page == "main" && project.communities.size() > 2 ? project.communities[2]
                                                                                : project.communities.front();
      const auto rounds = project.rounds_of(community.id);
      const auto* round = page == "main" ? rounds.front() : rounds.back();
      frame->show_round(round->id);
      if (page == "interview" && !round->interviews.empty()) {
        frame->show_interview(round->id, round->interviews.front().id);
        frame->interview_page()->go_to_question(1);
      } else if (page == "round" && round->interviews.size() > 2) {
        frame->round_page()->select_interview(round->interviews[2].id);
      }
      // compare: the demo county in its latest period; trend: Piteå
      // 2019 → 2022, whose overall stage changes within the noise.
      if (page == "compare") frame->show_compare();
      // compare-periods: both periods of every municipality (eight series);
      // trend-all: every municipality's overall score over the rounds.
      if (page == "compare-periods") {
        readiness::RoundSelection selection;
        selection.issue = round->issue;
        selection.mode = round->mode;
        for (const auto& r : project.rounds)
          if (std::find(selection.labels.begin(), selection.labels.end(), r.label) == selection.labels.end())
            selection.labels.push_back(r.label);
        frame->show_compare();
        frame->compare_page()->show_selection(selection);
        // The charts in view (the page scrolls on a small screen).
        frame->compare_page()->CallAfter([frame] { frame->compare_page()->Scroll(0, 10000); });
      }
      if ((page == "trend" && project.communities.size() > 2) || page == "trend-all") {
        readiness::RoundSelection selection;
        selection.issue = round->issue;
        selection.mode = round->mode;
        if (page == "trend")
          selection.community_ids = {project.communities[2].id};
        else
          for (const auto& c : project.communities) selection.community_ids.push_back(c.id);
        frame->show_trend(selection);
        if (page == "trend-all") frame->trend_page()->CallAfter([frame] { frame->trend_page()->Scroll(0, 10000); });
      }
      // scoring, consensus, results: Arjeplog 2022 (consensus still open in places).
      if (page == "scoring" && !round->interviews.empty()) prepare_scoring_screenshot(frame, *round);
      if (page == "consensus") frame->show_consensus(round->id);
      if (page == "results") frame->show_results(round->id);
    }
    // register, wizard: the dialog over the window, and only the dialog in the picture.
    wxWindow* target = readiness::gui::open_setup_screenshot(frame, page);
    if (!target) target = frame;
    // Let the toolkit lay out and paint before grabbing. The timer belongs
    // to the app: deleting it inside its own handler was a use-after-free
    // (wx still touches the timer after the handler returns; it crashed
    // under Wine).
    m_screenshot_timer.Bind(wxEVT_TIMER, [frame, target](wxTimerEvent&) {
      const bool ok = readiness::gui::save_screenshot(target, wxString::FromUTF8(g_options.screenshot_out));
      std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", g_options.screenshot_out.c_str());
      if (auto doc = frame->document()) doc->set_modified(false);  // no question on exit
      frame->Close(true);
    });
    m_screenshot_timer.StartOnce(1500);
  }

  wxTimer m_screenshot_timer;
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(ReadinessApp);

int main(int argc, char** argv) {
  readiness::platform::prepare_console();
  // UTF-8 whatever the Windows code page ("Piteå älvdal.readiness").
  const int parsed = parse(readiness::platform::utf8_arguments(argc, argv), g_options);
  if (parsed == -1) return 0;
  if (parsed != 0) return parsed;
  if (!has_display()) {
    std::fprintf(stderr,
                 "readiness: no graphical display (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                 "Run it on a desktop, or use the headless tools: readiness-cli score FILE, "
                 "readiness-cli export FILE --xlsx OUT.xlsx.\n");
    return 1;
  }
  return wxEntry(argc, argv);
}
