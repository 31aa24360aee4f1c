// File > Export and File > Import scores, driven through the menus with
// every dialog answered by wxTEST_DIALOG: the workbook the window writes is
// the CLI's, part for part, and its values are score --json's; a refused
// import changes nothing; a good one is one step to undo.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>

#include <wx/choice.h>
#include <wx/cmdproc.h>
#include <wx/filedlg.h>

#include "dialogs/dialog_export.h"
#include "dialogs/dialog_import_result.h"
#include "gui_test_util.h"
#include "project_file.h"
#include "test_platform.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

using test_platform::shell_quote;

// Runs a shell command, output and errors together.
test_platform::CommandResult run(const std::string& cmd) { return test_platform::run_command(cmd + " 2>&1"); }

std::string cli(const std::string& args) { return shell_quote(READINESS_CLI) + " " + args; }

// A msgid in the UI's language (gui/translate.h's _() is for gui/ only).
wxString tr(const char* msgid) { return wxGetTranslation(wxString::FromUTF8(msgid)); }

// Paths are UTF-8 ("poäng.csv"): through u8path, which MinGW's
// std::string constructor is not (it widens byte by byte).
std::string read_file(const std::string& path) {
  std::ifstream in(std::filesystem::u8path(path), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(std::filesystem::u8path(path), std::ios::binary);
  out << text;
}

// The project as saved bytes: equal bytes, equal project.
std::string saved_bytes(const Project& project, const std::filesystem::path& path) {
  save_project(project, path.string());
  return read_file(path.string());
}

// The same without the audit trail, which only ever grows: an undo is a
// change of its own and is recorded (survey/audit.h).
std::string saved_bytes_but_audit(Project project, const std::filesystem::path& path) {
  project.audit.clear();
  return saved_bytes(project, path);
}

}  // namespace

TEST_CASE("the demo workbook exported from the window in Swedish is the CLI's, with score --json's values",
          "[gui][export]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  switch_language(window, wxString::FromUTF8("Svenska"));
  const std::string out = (scratch.dir / "från fönstret.xlsx").string();
  wxString default_name, seen;
  wxTEST_DIALOG(choose_file_menu(window, "Excel &workbook..."),
                ExpectDialog<DialogExportWorkbook>([](DialogExportWorkbook& dialog) {
                  // The UI's language, every issue, the latest round, no contact details: the CLI's defaults.
                  CHECK(dialog.language_choice()->GetSelection() == 0);
                  CHECK(dialog.issue_choice()->GetSelection() == 0);
                  CHECK(dialog.issue_choice()->GetCount() == 2);  // every issue + the demo's one
                  CHECK(dialog.period_choice()->GetSelection() == 0);
                  const WorkbookOptions o = dialog.options();
                  CHECK(o.language == "sv");
                  CHECK_FALSE(o.include_contacts);
                  CHECK_FALSE(o.comparison_issue);
                  CHECK_FALSE(o.comparison_period);
                  return wxID_OK;
                }),
                ExpectDialog<wxFileDialog>([&](wxFileDialog& dialog) {
                  default_name = dialog.GetFilename();
                  dialog.SetPath(wxString::FromUTF8(out));
                  return wxID_OK;
                }),
                ExpectMessage(wxID_NO, wxString::FromUTF8("från fönstret.xlsx"), &seen));
  CHECK(default_name == "demo.xlsx");
  REQUIRE(std::filesystem::exists(std::filesystem::u8path(out)));
  CHECK(seen.Contains(tr("The workbook is written.")));
  CHECK(seen.Contains(wxString::FromUTF8("Arbetsboken är skriven.")));

  const std::string cli_out = (scratch.dir / "cli.xlsx").string();
  const std::string json = (scratch.dir / "score.json").string();
  REQUIRE(run(cli("export " + shell_quote(scratch.demo) + " --xlsx " + shell_quote(cli_out) + " --lang sv")).code == 0);
  REQUIRE(run(cli("score " + shell_quote(scratch.demo) + " --json > " + shell_quote(json))).code == 0);

  // Values: the existing checker of the CLI's workbook (openpyxl).
  const std::string checker = std::string(READINESS_TEST_DATA) + "/../exports/check_workbook.py";
  const auto check = run("/usr/bin/python3 " + shell_quote(checker) + " " + shell_quote(out) + " " + shell_quote(json));
  INFO(check.out);
  CHECK(check.code == 0);

  // Part for part: the same zip members with the same bytes, but for the
  // creation time in docProps/core.xml.
  const auto same = run(
      "/usr/bin/python3 -c \"import sys,zipfile\n"
      "a=zipfile.ZipFile(sys.argv[1]); b=zipfile.ZipFile(sys.argv[2])\n"
      "na=sorted(a.namelist()); nb=sorted(b.namelist())\n"
      "assert na==nb, (na, nb)\n"
      "bad=[n for n in na if n!='docProps/core.xml' and a.read(n)!=b.read(n)]\n"
      "assert not bad, bad\n"
      "print(len(na), 'parts equal')\" " +
      shell_quote(out) + " " + shell_quote(cli_out));
  INFO(same.out);
  CHECK(same.code == 0);

  // The next export opens in the folder of the last one.
  wxTEST_DIALOG(choose_file_menu(window, "&CSV..."),
                ExpectDialog<DialogExportCsv>([](DialogExportCsv&) { return wxID_OK; }),
                ExpectDialog<wxFileDialog>([&](wxFileDialog& dialog) {
                  CHECK(to_utf8(dialog.GetDirectory()) == scratch.dir.string());
                  return wxID_CANCEL;
                }));
  switch_language(window, "English");  // the setting is kept: leave it as found
}

TEST_CASE("a CSV export from the window has Swedish separators and imports back changing nothing",
          "[gui][export][import]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const std::string out = (scratch.dir / "poäng.csv").string();
  wxString default_dir;
  wxTEST_DIALOG(choose_file_menu(window, "&CSV..."),
                ExpectDialog<DialogExportCsv>([](DialogExportCsv& dialog) {
                  dialog.set_separator(';');
                  return wxID_OK;
                }),
                ExpectDialog<wxFileDialog>([&](wxFileDialog& dialog) {
                  CHECK(dialog.GetFilename() == "demo.csv");
                  dialog.SetPath(wxString::FromUTF8(out));
                  return wxID_OK;
                }),
                ExpectMessage(wxID_NO, wxString::FromUTF8("poäng.csv")));
  const std::string text = read_file(out);
  REQUIRE(text.size() > 100);
  CHECK(text.compare(0, 3, "\xEF\xBB\xBF") == 0);
  CHECK(text.find("community;community_code;county_code;round") != std::string::npos);
  CHECK(text.find(',') != std::string::npos);  // decimal commas

  // The same file back: every score is already there, no undo step is made.
  auto doc = window->document();
  const unsigned long revision = doc->revision();
  const std::size_t steps = window->commands().GetCommands().GetCount();
  wxString details;
  wxTEST_DIALOG(choose_file_menu(window, "&Import scores..."),
                ExpectDialog<wxFileDialog>([&](wxFileDialog& dialog) {
                  default_dir = dialog.GetDirectory();
                  dialog.SetPath(wxString::FromUTF8(out));
                  return wxID_OK;
                }),
                ExpectDialog<DialogImportResult>([&](DialogImportResult& dialog) {
                  details = dialog.details();
                  return wxID_OK;
                }));
  // The import dialog opens where the project is (no import folder yet) or where the last import was.
  CHECK_FALSE(default_dir.empty());
  CHECK(details.Contains("already in the project: nothing changed"));
  CHECK(doc->revision() == revision);
  CHECK(window->commands().GetCommands().GetCount() == steps);
}

TEST_CASE("an import with bad rows lists every one and changes nothing", "[gui][import]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const unsigned long revision = doc->revision();
  const std::size_t steps = window->commands().GetCommands().GetCount();
  const std::string before = saved_bytes(doc->project(), scratch.dir / "before.readiness");

  const std::string csv = (scratch.dir / "dåliga.csv").string();
  write_file(csv,
             "community,round,interview,dimension,score\n"
             "Arjeplog,2022,1,A,5\n"
             "Arjeplog,2022,2,A,12\n"
             "Arjeplog,2022,3,Q,5\n");
  wxString heading, details;
  wxTEST_DIALOG(choose_file_menu(window, "&Import scores..."), wxExpectModal<wxFileDialog>(wxString::FromUTF8(csv)),
                ExpectDialog<DialogImportResult>([&](DialogImportResult& dialog) {
                  heading = dialog.heading();
                  details = dialog.details();
                  return wxID_OK;
                }));
  INFO(to_utf8(heading + "\n" + details));
  CHECK(heading.Contains("2 rows have problems. Nothing was changed."));
  CHECK(details.Contains("Line 3, column \"score\""));
  CHECK(details.Contains("Line 4, column \"dimension\""));
  CHECK_FALSE(details.Contains("Line 2"));
  // Unchanged: content, modified flag, undo stack.
  CHECK(doc->revision() == revision);
  CHECK_FALSE(doc->modified());
  CHECK(window->commands().GetCommands().GetCount() == steps);
  CHECK(saved_bytes(doc->project(), scratch.dir / "after.readiness") == before);
}

TEST_CASE("a good import says what it matched and is one step to undo", "[gui][import]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const std::size_t steps = window->commands().GetCommands().GetCount();
  const std::string before = saved_bytes_but_audit(doc->project(), scratch.dir / "before.readiness");
  const std::size_t audited = doc->project().audit.size();
  const std::size_t communities = doc->project().communities.size();

  const std::string csv = (scratch.dir / "nya.csv").string();
  write_file(csv,
             "community;round;interview;dimension;score;issue\n"
             "Piteå kommun;2022;99;A;6,5;langning av alkohol till unga\n"
             "Pitea;2024;1;A;4,25;langning av alkohol till unga\n");
  wxString heading, details;
  wxTEST_DIALOG(choose_file_menu(window, "&Import scores..."), wxExpectModal<wxFileDialog>(wxString::FromUTF8(csv)),
                ExpectDialog<DialogImportResult>([&](DialogImportResult& dialog) {
                  heading = dialog.heading();
                  details = dialog.details();
                  return wxID_OK;
                }));
  INFO(to_utf8(heading + "\n" + details));
  CHECK(heading.Contains("2 rows imported from nya.csv"));
  CHECK(details.Contains(wxString::FromUTF8("Piteå kommun → Piteå (2581)")));
  CHECK(details.Contains(wxString::FromUTF8("did you mean Piteå (2581)")));
  CHECK(details.Contains("Interviews added: 2"));
  CHECK(doc->project().communities.size() == communities + 1);
  CHECK(doc->modified());
  REQUIRE(window->commands().GetCommands().GetCount() == steps + 1);

  CHECK(doc->project().audit.size() == audited + 2);  // two new scores, from the import
  window->undo();
  CHECK(doc->project().communities.size() == communities);
  CHECK(saved_bytes_but_audit(doc->project(), scratch.dir / "after.readiness") == before);
  CHECK(doc->project().audit.size() == audited + 4);  // and their removal by the undo
  window->redo();
  CHECK(doc->project().communities.size() == communities + 1);
}
