// Lock, recovery and refusal paths of the desktop app.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

#include "commands/command_interview.h"
#include "gui_test_util.h"
#include "project_lock.h"
#include "recovery.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;
namespace fs = std::filesystem;

TEST_CASE("a second window sees the lock and may open read-only", "[gui]") {
  Scratch scratch;
  Window first;
  REQUIRE(first->open_project(wxString::FromUTF8(scratch.demo)));
  CHECK(fs::exists(scratch.demo + ".lock"));

  Window second;
  SECTION("cancel leaves the second window empty") {
    bool opened = true;
    wxString text;
    wxTEST_DIALOG(opened = second->open_project(wxString::FromUTF8(scratch.demo)),
                  ExpectMessage(wxID_NO, "already open by", &text));
    CHECK_FALSE(opened);
    CHECK_FALSE(second->document());
    // Who and since when.
    CHECK(text.Contains(wxString::FromUTF8(ProjectLock::current_process().user)));
    CHECK(text.Contains(wxString::FromUTF8(ProjectLock::current_process().since.substr(0, 10))));
  }
  SECTION("read-only shows in the title and refuses edits") {
    bool opened = false;
    wxTEST_DIALOG(opened = second->open_project(wxString::FromUTF8(scratch.demo)),
                  ExpectMessage(wxID_YES, "already open by"));
    REQUIRE(opened);
    auto doc = second->document();
    CHECK(doc->read_only());
    CHECK(second->GetTitle().Contains("read-only"));
    const Round& round = doc->project().rounds.front();
    CHECK_FALSE(second->submit(new CommandSetInterviewField(
        doc, {round.id, round.interviews.front().id, InterviewFieldRef::Field::Notes, {}}, "", "x")));
    second.close();
    // The read-only window must not have removed the owner's lock.
    CHECK(fs::exists(scratch.demo + ".lock"));
  }
  first.close();
  CHECK_FALSE(fs::exists(scratch.demo + ".lock"));
}

TEST_CASE("after a crash the recovered version is offered", "[gui]") {
  Scratch scratch;
  std::string round_id, interview_id;
  const std::string recovery = recovery_path_for(scratch.demo);
  const std::string kept = (scratch.dir / "kept.recovery").string();
  {
    Window window;
    REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
    auto doc = window->document();
    const Round& round = doc->project().rounds.front();
    round_id = round.id;
    interview_id = round.interviews.front().id;
    REQUIRE(window->submit(new CommandSetInterviewField(
        doc, {round_id, interview_id, InterviewFieldRef::Field::Notes, {}}, round.interviews.front().notes,
        "Anteckning som inte sparades.")));
    window->autosave();
    REQUIRE(fs::exists(recovery));
    CHECK(window->recovery_path() == recovery);
    // A crash leaves the recovery file (and the lock) behind; closing
    // cleanly would remove both, so keep a copy to put back.
    fs::copy_file(recovery, kept);
  }
  CHECK_FALSE(fs::exists(recovery));
  fs::copy_file(kept, recovery);
  fs::last_write_time(recovery, fs::last_write_time(scratch.demo) + std::chrono::seconds(10));

  const InterviewFieldRef notes{round_id, interview_id, InterviewFieldRef::Field::Notes, {}};
  SECTION("restore brings the unsaved text back, modified") {
    Window window;
    bool opened = false;
    wxTEST_DIALOG(opened = window->open_project(wxString::FromUTF8(scratch.demo)),
                  ExpectMessage(wxID_YES, "recovered version"));
    REQUIRE(opened);
    CHECK(window->document()->interview_field(notes) == "Anteckning som inte sparades.");
    CHECK(window->document()->modified());
    REQUIRE(window->save());
    CHECK_FALSE(fs::exists(recovery));
  }
  SECTION("open the saved version deletes the recovery") {
    Window window;
    bool opened = false;
    wxTEST_DIALOG(opened = window->open_project(wxString::FromUTF8(scratch.demo)),
                  ExpectMessage(wxID_NO, "recovered version"));
    REQUIRE(opened);
    CHECK(window->document()->interview_field(notes) != "Anteckning som inte sparades.");
    CHECK_FALSE(fs::exists(recovery));
  }
}

TEST_CASE("a corrupt file is refused with a readable message", "[gui]") {
  Scratch scratch;
  const std::string path = (scratch.dir / "trasig.readiness").string();
  {
    std::ifstream in(scratch.demo, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes[bytes.size() / 2] ^= 0x20;  // one flipped bit in the payload
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  Window window;
  bool opened = true;
  wxString text;
  wxTEST_DIALOG(opened = window->open_project(wxString::FromUTF8(path)), ExpectMessage(wxID_OK, "damaged", &text));
  CHECK_FALSE(opened);
  CHECK_FALSE(window->document());
  CHECK(text.Contains("trasig.readiness"));
  // Nothing was left behind: no lock on a file that never opened.
  CHECK_FALSE(fs::exists(path + ".lock"));

  SECTION("a file that is not a project says so") {
    const std::string other = (scratch.dir / "anteckningar.txt").string();
    std::ofstream(other) << "hej\n";
    wxTEST_DIALOG(opened = window->open_project(wxString::FromUTF8(other)),
                  ExpectMessage(wxID_OK, "not a Readiness project"));
    CHECK_FALSE(opened);
  }
}
