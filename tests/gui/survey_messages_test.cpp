// Messages made in survey/ (a skipped instrument file's faults) appear in
// the UI language: the app registers wxGetTranslation as survey/'s
// translator (survey/translation.h), and a language switched from the
// menu at run time switches them too.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include <wx/stattext.h>

#include "test_platform.h"
#include "dialogs/dialog_round_wizard.h"
#include "gui_test_util.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;
namespace fs = std::filesystem;

namespace {

// $READINESS_USER_INSTRUMENTS points at a folder of this test's own that
// holds one crafted file (a number beyond a double) while it lives.
struct CraftedUserInstrument {
  fs::path dir;
  CraftedUserInstrument() {
    dir = fs::temp_directory_path() / ("readiness-gui-survey-messages-" + std::to_string(getpid()));
    fs::create_directories(dir);
    fs::copy_file(READINESS_TEST_DATA "/faults/03-number-overflow-min.json", dir / "03.json",
                  fs::copy_options::overwrite_existing);
    test_platform::set_env("READINESS_USER_INSTRUMENTS", dir.u8string());
  }
  ~CraftedUserInstrument() {
    test_platform::unset_env("READINESS_USER_INSTRUMENTS");
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

// The round wizard's list of skipped instrument files, as shown.
std::string skipped_files_text(Window& window) {
  const Project& project = window->document()->project();
  auto* wizard = new DialogRoundWizard(window.frame, project, project.communities.front().id, "sv");
  wizard->Show();
  yield_a_bit();
  auto* skipped = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("wizard_instrument_problems", wizard));
  const std::string text = skipped ? to_utf8(skipped->GetLabelText()) : std::string("(no list of skipped files)");
  wizard->Destroy();
  yield_a_bit();
  return text;
}

}  // namespace

TEST_CASE("a skipped instrument's faults are shown in Swedish and again in English after switching",
          "[gui][instrument][translation]") {
  CraftedUserInstrument user;
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));

  switch_language(window, wxString::FromUTF8("Svenska"));
  std::string text = skipped_files_text(window);
  INFO(text);
  CHECK(text.find("03.json: [0]: talet 1e400 ligger utanför det tillåtna intervallet (rad 1, kolumn 6)") !=
        std::string::npos);
  CHECK(text.find("out of range") == std::string::npos);

  switch_language(window, "English");  // as the other tests expect it
  text = skipped_files_text(window);
  INFO(text);
  CHECK(text.find("03.json: [0]: number 1e400 is out of range (line 1, column 6)") != std::string::npos);
}
