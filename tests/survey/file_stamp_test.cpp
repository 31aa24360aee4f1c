// The project file changed on disk since it was opened or saved (issue 12,
// item 4): file stamps (size, time, content hash) and ProjectDocument's
// disk_change(), which the desktop app asks before saving.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_platform.h"

#include "file_stamp.h"
#include "project_document.h"
#include "project_file.h"
#include "survey/sample_project.h"

using namespace readiness;
using readiness::testing::make_sample_project;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path = test_platform::make_temp_dir("readiness-file-stamp-");
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Moves the file's time by `seconds`, as a later write would.
void shift_time(const std::string& path, int seconds) {
  fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(seconds));
}

}  // namespace

TEST_CASE("a file stamp tells other content from a touch", "[file-stamp]") {
  Folder folder;
  const std::string path = folder.file("a.txt");
  write_text(path, "first");
  FileStamp known = stamp_file(path);
  REQUIRE(known.exists);
  CHECK(known.size == 5);
  CHECK(known.hashed);
  CHECK(check_file(path, known) == DiskChange::Same);

  SECTION("the same bytes with a new time are the same file, and the new time is remembered") {
    shift_time(path, 10);
    CHECK(check_file(path, known) == DiskChange::Same);
    CHECK(known.modified_ns == stamp_file(path).modified_ns);
  }
  SECTION("other bytes of the same size at another time are a change") {
    write_text(path, "firsT");
    shift_time(path, 10);
    CHECK(check_file(path, known) == DiskChange::Changed);
    CHECK(check_file(path, known) == DiskChange::Changed);  // still, until stamped again
  }
  SECTION("another size is a change") {
    write_text(path, "first and more");
    CHECK(check_file(path, known) == DiskChange::Changed);
  }
  SECTION("a removed file is removed") {
    fs::remove(path);
    CHECK(check_file(path, known) == DiskChange::Removed);
  }
  SECTION("a file that appears where there was none is a change") {
    FileStamp none = stamp_file(folder.file("missing.txt"));
    CHECK_FALSE(none.exists);
    CHECK(check_file(folder.file("missing.txt"), none) == DiskChange::Same);
    write_text(folder.file("missing.txt"), "now");
    CHECK(check_file(folder.file("missing.txt"), none) == DiskChange::Changed);
  }
  CHECK(std::string(to_string(DiskChange::Changed)) == "changed");
}

TEST_CASE("a document notices a save by someone else since it opened or saved the file", "[file-stamp]") {
  Folder folder;
  const std::string path = folder.file("p.readiness");
  save_project(make_sample_project(), path);
  auto document = ProjectDocument::open(path);
  CHECK(document->disk_change() == DiskChange::Same);

  // Someone else saves another version of the project there.
  Project theirs = make_sample_project();
  theirs.title = "Their version";
  save_project(theirs, path);
  shift_time(path, 5);
  CHECK(document->disk_change() == DiskChange::Changed);

  // Our save over it (the user chose to overwrite) takes the new file as known.
  document->set_title("Our version");
  document->save();
  CHECK(document->disk_change() == DiskChange::Same);
  CHECK(load_project(path).title == "Our version");

  SECTION("saved again by us, unchanged: still the same") {
    document->save();
    CHECK(document->disk_change() == DiskChange::Same);
  }
  SECTION("the file removed: removed") {
    fs::remove(path);
    CHECK(document->disk_change() == DiskChange::Removed);
  }
  SECTION("saved under a new name: that file is the one watched") {
    const std::string other = folder.file("q.readiness");
    document->save_as(other);
    save_project(theirs, path);  // the old name changing does not matter now
    CHECK(document->disk_change() == DiskChange::Same);
    save_project(theirs, other);
    shift_time(other, 5);
    CHECK(document->disk_change() == DiskChange::Changed);
  }
  SECTION("an untitled project has no file to watch") {
    ProjectDocument untitled;
    CHECK(untitled.disk_change() == DiskChange::Same);
  }
}
