// File > Report…, driven through the menu with every dialog answered by
// wxTEST_DIALOG: the PDF the window writes has the same text as the one
// readiness-cli report writes for the same round, language and county.
#include <catch2/catch.hpp>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/radiobut.h>

#include "dialogs/dialog_report.h"
#include "gui_test_util.h"
#include "test_platform.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

using test_platform::shell_quote;

std::string pdf_text(const std::string& pdf) {
  const auto r = test_platform::run_command("pdftotext -layout " + shell_quote(pdf) + " - 2>/dev/null");
  REQUIRE(r.code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("File > Report writes the CLI's municipality report and county overview", "[gui][report]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const std::string out = (scratch.dir / "arjeplog.pdf").string();
  wxTEST_DIALOG(choose_file_menu(window, "Re&port..."),
                ExpectDialog<DialogReport>([](DialogReport& dialog) {
                  // A municipality's latest round first; the UI's language (English here).
                  CHECK_FALSE(dialog.county());
                  REQUIRE(dialog.round() != nullptr);
                  CHECK(dialog.round()->label == "2022");
                  CHECK(dialog.round_choice()->GetStringSelection().StartsWith("Arjeplog"));
                  CHECK(dialog.language() == "en");
                  CHECK(dialog.open_when_done());
                  dialog.open_box()->SetValue(false);  // no viewer under test
                  return wxID_OK;
                }),
                ExpectDialog<wxFileDialog>([&](wxFileDialog& dialog) {
                  dialog.SetPath(wxString::FromUTF8(out));
                  return wxID_OK;
                }));
  REQUIRE(std::filesystem::exists(out));
  const std::string cli_out = (scratch.dir / "cli.pdf").string();
  REQUIRE(test_platform::run_command(shell_quote(READINESS_CLI) + " report " + shell_quote(scratch.demo) +
                                     " --community Arjeplog --round 2022 --lang en --pdf " + shell_quote(cli_out) +
                                     " >/dev/null 2>&1")
              .code == 0);
  CHECK(pdf_text(out) == pdf_text(cli_out));

  const std::string county = (scratch.dir / "county.pdf").string();
  wxTEST_DIALOG(choose_file_menu(window, "Re&port..."),
                ExpectDialog<DialogReport>([](DialogReport& dialog) {
                  dialog.county_button()->SetValue(true);
                  CHECK(dialog.county());
                  CHECK(dialog.county_code() == "25");
                  dialog.language_choice()->SetSelection(0);  // Swedish
                  dialog.open_box()->SetValue(false);
                  return wxID_OK;
                }),
                ExpectDialog<wxFileDialog>([&](wxFileDialog& dialog) {
                  dialog.SetPath(wxString::FromUTF8(county));
                  return wxID_OK;
                }));
  REQUIRE(std::filesystem::exists(county));
  const std::string cli_county = (scratch.dir / "cli-county.pdf").string();
  REQUIRE(test_platform::run_command(shell_quote(READINESS_CLI) + " report " + shell_quote(scratch.demo) +
                                     " --county 25 --lang sv --pdf " + shell_quote(cli_county) + " >/dev/null 2>&1")
              .code == 0);
  CHECK(pdf_text(county) == pdf_text(cli_county));
}
