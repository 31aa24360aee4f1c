// The project file changed on disk since the window opened or saved it
// (issue 12, item 4): saving asks (load theirs, save as, overwrite,
// cancel) and never overwrites blindly; coming back to the window offers
// to load the new version, once per version.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "commands/command_interview.h"
#include "gui_test_util.h"
#include "project_file.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;
namespace fs = std::filesystem;

namespace {

// Someone else saves the project with another title (the lock is only
// advisory: a file manager, a sync client or an older version may write).
void save_theirs(const std::string& path, const std::string& title) {
  Project theirs = load_project(path);
  theirs.title = title;
  save_project(theirs, path);
  fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(5));
}

// One unsaved edit in the window: a note on the first interview.
void edit_notes(Window& window, const std::string& text) {
  auto doc = window->document();
  const Round& round = doc->project().rounds.front();
  const Interview& interview = round.interviews.front();
  REQUIRE(window->submit(new CommandSetInterviewField(
      doc, {round.id, interview.id, InterviewFieldRef::Field::Notes, {}}, interview.notes, text)));
}

std::string first_notes(const Project& project) { return project.rounds.front().interviews.front().notes; }

// check_disk_change() where no dialog may show: one that did would fail
// the test (wx's testing hook) instead of waiting for a click.
bool check_without_dialog(Window& window) {
  wxTestingModalHook hook(__FILE__, __LINE__, "check_without_dialog");
  const bool loaded = window->check_disk_change();
  hook.CheckUnmetExpectations();
  return loaded;
}

}  // namespace

TEST_CASE("saving over a file someone else changed asks first", "[gui][disk-change]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  edit_notes(window, "Våra anteckningar");

  SECTION("unchanged on disk: saved without a question") {
    CHECK(window->save());
    CHECK(first_notes(load_project(scratch.demo)) == "Våra anteckningar");
  }

  save_theirs(scratch.demo, "Deras version");

  SECTION("cancel: nothing written, our changes kept") {
    bool saved = true;
    wxString text;
    wxTEST_DIALOG(saved = window->save(), ExpectMessage(wxID_CANCEL, "changed on disk", &text));
    CHECK_FALSE(saved);
    CHECK(text.Contains("demo.readiness"));
    CHECK(load_project(scratch.demo).title == "Deras version");
    CHECK(window->document()->modified());
    CHECK(first_notes(window->document()->project()) == "Våra anteckningar");
  }
  SECTION("overwrite: ours replaces theirs, and the next save asks nothing") {
    bool saved = false;
    wxTEST_DIALOG(saved = window->save(), ExpectMessage(wxID_HELP, "changed on disk"));
    CHECK(saved);
    CHECK(load_project(scratch.demo).title != "Deras version");
    CHECK(first_notes(load_project(scratch.demo)) == "Våra anteckningar");
    edit_notes(window, "Mer");
    CHECK(window->save());
  }
  SECTION("load theirs: their version is shown, ours dropped, the lock kept") {
    bool saved = true;
    wxTEST_DIALOG(saved = window->save(), ExpectMessage(wxID_YES, "changed on disk"));
    CHECK_FALSE(saved);
    REQUIRE(window->document());
    CHECK(window->document()->project().title == "Deras version");
    CHECK_FALSE(window->document()->modified());
    CHECK(first_notes(window->document()->project()) != "Våra anteckningar");
    CHECK(fs::exists(scratch.demo + ".lock"));
    CHECK(window->document()->disk_change() == DiskChange::Same);
  }
}

TEST_CASE("coming back to the window offers a changed file once", "[gui][disk-change]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  CHECK_FALSE(check_without_dialog(window));  // nothing changed: no question

  save_theirs(scratch.demo, "Deras version");
  SECTION("keep this one: not asked again for the same version, asked for a newer one") {
    bool loaded = true;
    wxTEST_DIALOG(loaded = window->check_disk_change(), ExpectMessage(wxID_NO, "changed on disk"));
    CHECK_FALSE(loaded);
    CHECK(window->document()->project().title != "Deras version");
    CHECK_FALSE(check_without_dialog(window));
    save_theirs(scratch.demo, "Deras nyare version");
    wxTEST_DIALOG(loaded = window->check_disk_change(), ExpectMessage(wxID_YES, "Load their version"));
    CHECK(loaded);
    CHECK(window->document()->project().title == "Deras nyare version");
  }
  SECTION("with unsaved changes the question says they would be lost") {
    edit_notes(window, "Osparat");
    wxString text;
    bool loaded = true;
    wxTEST_DIALOG(loaded = window->check_disk_change(), ExpectMessage(wxID_NO, "unsaved changes", &text));
    CHECK_FALSE(loaded);
    CHECK(first_notes(window->document()->project()) == "Osparat");
    // Saving still asks: declining the reload is not consent to overwrite.
    bool saved = true;
    wxTEST_DIALOG(saved = window->save(), ExpectMessage(wxID_CANCEL, "changed on disk"));
    CHECK_FALSE(saved);
  }
}
