// The round wizard with a crafted file in the user's instrument folder
// (issue 12): the wizard opens, lists ours and the user's good instrument,
// names the skipped files, and a round is made.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <wx/checkbox.h>
#include <wx/dataview.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "data_paths.h"
#include "dialogs/dialog_round_wizard.h"
#include "gui_test_util.h"
#include "app/setup_actions.h"
#include "text/wx_text.h"
#include "test_platform.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;
namespace fs = std::filesystem;

namespace {

// $READINESS_USER_INSTRUMENTS points at a folder of this test's own while
// it lives.
struct UserInstrumentFolder {
  fs::path dir;
  UserInstrumentFolder() {
    dir = test_platform::make_temp_dir("readiness-gui-instruments-");
    test_platform::set_env("READINESS_USER_INSTRUMENTS", dir.u8string());
  }
  ~UserInstrumentFolder() {
    test_platform::unset_env("READINESS_USER_INSTRUMENTS");
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

TEST_CASE("the round wizard survives a crafted file in the user instrument folder and names it",
          "[gui][instrument][faults]") {
  UserInstrumentFolder user;
  const std::string faults = READINESS_TEST_DATA "/faults/";
  fs::copy_file(faults + "03-number-overflow-min.json", user.dir / "03.json");
  fs::copy_file(faults + "04-instrument-stage-number-wraps.json", user.dir / "04.json");
  std::ofstream(user.dir / "dup & keys.json") << R"({"id": "a", "id": "b"})";
  {
    std::ifstream in(data_dir() + "/cr6-sv.json");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text.replace(text.find("\"cr6-sv\""), 8, "\"egen-sv\"");
    std::ofstream(user.dir / "egen-sv.json") << text;
  }

  Window window;
  REQUIRE(window->new_demo_project());
  auto doc = window->document();
  PageHost& host = *window.frame;
  const std::string community = doc->project().communities.front().id;
  const std::size_t rounds_before = doc->project().rounds.size();

  bool added = false;
  wxTEST_DIALOG(added = new_round(window.frame, host, community),
                ExpectDialog<DialogRoundWizard>([](DialogRoundWizard& wizard) {
                  wizard.Show();
                  yield_a_bit(10);
                  CHECK(wizard.instrument_list()->GetItemCount() == 5);  // ours and egen-sv
                  CHECK(wizard.choose_instrument("egen-sv"));
                  auto* skipped = dynamic_cast<wxStaticText*>(
                      wxWindow::FindWindowByName("wizard_instrument_problems", &wizard));
                  REQUIRE(skipped);
                  const wxString text = skipped->GetLabelText();
                  CHECK(text.Contains("03.json: [0]: number 1e400 is out of range"));
                  CHECK(text.Contains("04.json: stages[0].number: number 4294967297 is out of range"));
                  CHECK(text.Contains("dup & keys.json"));  // '&' shown, not taken as a mnemonic
                  CHECK(wizard.choose_instrument("cr6-sv"));
                  wizard.label_field()->ChangeValue("2031");
                  wizard.issue_field()->ChangeValue("spel om pengar");
                  wizard.area_box("gambling")->SetValue(true);
                  INFO(to_utf8(wxJoin(wizard.problems(), '\n')));
                  CHECK(wizard.problems().empty());
                  wizard.Hide();
                  return wxID_OK;
                }));
  CHECK(added);
  CHECK(doc->project().rounds.size() == rounds_before + 1);
}
