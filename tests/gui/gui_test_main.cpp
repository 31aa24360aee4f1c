// The GUI tests' main, the way wxWidgets tests itself (tests/test.cpp):
// wx starts, a persistent parent frame keeps the app alive, and Catch runs
// on the first idle event, inside the event loop, so wxYield(),
// wxUIActionSimulator and wxTEST_DIALOG work. --list* is answered before
// wx starts, so catch_discover_tests works on a machine without display.
#define CATCH_CONFIG_CONSOLE_WIDTH 1000  // long names stay whole for catch_discover_tests
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <filesystem>
#include <string>

#include <unistd.h>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/frame.h>
#include <wx/image.h>

#include "app/app_language.h"
#include "test_platform.h"

namespace {

// A failed wx assertion (an unexpected or missing dialog in wxTEST_DIALOG
// among them) fails the test instead of opening a message box.
void throw_on_assert(const wxString& file, int line, const wxString& func, const wxString& cond,
                     const wxString& msg) {
  throw std::runtime_error(wxString::Format("wx assertion %s failed at %s:%d in %s: %s", cond, file, line, func, msg)
                               .utf8_string());
}

int g_argc = 0;
char** g_argv = nullptr;
int g_result = 1;

class GuiTestApp : public wxApp {
 public:
  bool OnInit() override {
    // Tests never touch the user's settings or recovery folder.
    // Emptied first: a run that was killed leaves its settings behind, and a
    // later run with the same process id (Wine reuses small ones) would start
    // in that run's language.
    const auto home = std::filesystem::temp_directory_path() / ("readiness-gui-test-" + std::to_string(getpid()));
    std::error_code stale;
    std::filesystem::remove_all(home, stale);
    std::filesystem::create_directories(home);
    m_home = home.string();
    test_platform::set_env("XDG_DATA_HOME", (home / "data").u8string());
    wxConfigBase::Set(new wxFileConfig("readiness-test", wxEmptyString, (home / "test.conf").string(),
                                       wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
    wxInitAllImageHandlers();
    wxSetAssertHandler(throw_on_assert);
    readiness::gui::setup_language("en");
    m_parent = new wxFrame(nullptr, wxID_ANY, "Readiness GUI tests", wxPoint(0, 0), wxSize(300, 200));
    m_parent->Show();
    Bind(wxEVT_IDLE, &GuiTestApp::on_first_idle, this);
    return true;
  }

  int OnExit() override {
    delete wxConfigBase::Set(nullptr);
    std::error_code ec;
    std::filesystem::remove_all(m_home, ec);
    return 0;
  }

 private:
  void on_first_idle(wxIdleEvent&) {
    Unbind(wxEVT_IDLE, &GuiTestApp::on_first_idle, this);
    g_result = Catch::Session().run(g_argc, g_argv);
    m_parent->Destroy();
    ExitMainLoop();
  }

  wxFrame* m_parent = nullptr;
  std::string m_home;
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(GuiTestApp);

int main(int argc, char** argv) {
  g_argc = argc;
  g_argv = argv;
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--list", 6) == 0 || std::strcmp(argv[i], "-?") == 0 ||
        std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0)
      return Catch::Session().run(argc, argv);
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if (!(display && *display) && !(wayland && *wayland)) {
    std::fprintf(stderr, "test_gui: no display; run under xvfb-run -a -s '-screen 0 1600x1200x24'\n");
    return 1;
  }
  // wx must not see Catch's arguments.
  int wx_argc = 1;
  wxEntry(wx_argc, argv);
  return g_result;
}
