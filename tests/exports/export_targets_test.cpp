// Where an export may be written (issue 12, item 5): through a symlink to
// its target; never over a folder, FIFO or device; a name too long for the
// temporary name refused before the work.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <chrono>
#include <string>
#include <thread>

#include "test_platform.h"
#include "atomic_output.h"
#include "csv_export.h"
#include "project_file.h"
#include "scoring/test_fixtures.h"

using namespace readiness;
namespace fs = std::filesystem;

namespace {

class Folder {
 public:
  Folder() : m_path(test_platform::make_temp_dir("readiness-export-target-")) {}
  ~Folder() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  std::string file(const std::string& name) const { return (m_path / name).string(); }
  int temporaries() const {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(m_path))
      if (entry.path().filename().string().find(".tmp-") != std::string::npos) ++n;
    return n;
  }
  const fs::path& path() const { return m_path; }

 private:
  fs::path m_path;
};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string message_of(const std::string& path) {
  try {
    write_file_atomically(path, "a;b\n1;2\n");
  } catch (const ExportError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("an export through a symlink writes its target and keeps the link", "[export-target]") {
  Folder folder;
  fs::create_directory(folder.path() / "real");
  const std::string real = folder.file("real/scores.csv");
  std::ofstream(real) << "old";
  const std::string link = folder.file("scores.csv");
  std::error_code ec;
  fs::create_symlink("real/scores.csv", link, ec);
  if (ec) {
    WARN("no symlinks here: " << ec.message());
    return;
  }
  write_file_atomically(link, "new");
  CHECK(fs::is_symlink(link));
  CHECK(read_text(real) == "new");

  // The CSV export goes the same way.
  using namespace readiness::test;
  const Project project = make_project({make_round(six_dimensions(), {{400}, {400}, {400}, {400}, {400}, {400}})});
  write_scores_csv(project, link);
  CHECK(fs::is_symlink(link));
  CHECK(read_text(real) == scores_csv(project));
  CHECK(folder.temporaries() == 0);

  SECTION("a dangling link creates its target") {
    const std::string dangling = folder.file("dangling.csv");
    fs::create_symlink("real/created.csv", dangling);
    write_file_atomically(dangling, "created");
    CHECK(fs::is_symlink(dangling));
    CHECK(read_text(folder.file("real/created.csv")) == "created");
  }
}

TEST_CASE("an export onto a folder a FIFO or a device is refused naming the path and nothing is written",
          "[export-target]") {
  Folder folder;
  const std::string dir = folder.file("out.csv");
  fs::create_directory(dir);
  CHECK_THAT(message_of(dir), Catch::Contains(dir) && Catch::Contains("is a folder"));
  CHECK(fs::is_directory(dir));

  const std::string fifo = folder.file("pipe.csv");
  if (test_platform::make_fifo(fifo)) {
    // Refused before anything opens it (opening a FIFO would block).
    CHECK_THAT(message_of(fifo), Catch::Contains(fifo) && Catch::Contains("named pipe"));
    CHECK(fs::is_fifo(fifo));
  }
  const fs::path device = test_platform::device_path();
  if (!device.empty()) {
    const std::string link = folder.file("device.csv");
    fs::create_symlink(device, link);
    CHECK_THAT(message_of(link), Catch::Contains(link) && Catch::Contains(device.string()) &&
                                     Catch::Contains("a device"));
    CHECK(fs::is_symlink(link));
    CHECK(fs::is_character_file(device));
    CHECK_THAT(message_of(device.string()), Catch::Contains("a device"));
  }
  CHECK(folder.temporaries() == 0);
}

TEST_CASE("an export whose name is too long for its temporary name is refused before any work",
          "[export-target]") {
  Folder folder;
  const std::string too_long = folder.file(std::string(250 - 4, 'x') + ".csv");  // 250 bytes
  CHECK_THAT(message_of(too_long), Catch::Contains("250 bytes long") && Catch::Contains("at most 223") &&
                                       Catch::Contains("shorter name"));
  CHECK_FALSE(fs::exists(too_long));
  CHECK(folder.temporaries() == 0);

  const std::string longest = folder.file(std::string(223 - 4, 'x') + ".csv");
  write_file_atomically(longest, "fits");
  CHECK(read_text(longest) == "fits");
}

TEST_CASE("an export removes the temporaries that killed exports of the same name left", "[export-target]") {
  Folder folder;
  const std::string target = folder.file("scores.csv");
  const std::string dir = folder.path().string();
  // Our naming: ".<name>.tmp-<host>-<pid>-XXXXXX"; the pid tells whether
  // the writer is gone.
  const std::string dead = folder.file(".scores.csv.tmp-" + temporary_writer_tag(test_platform::dead_pid()) + "Killed");
  const std::string live = folder.file(".scores.csv.tmp-" + temporary_writer_tag(test_platform::current_pid()) + "Live01");
  const std::string other_name = folder.file(".other.csv.tmp-" + temporary_writer_tag(test_platform::dead_pid()) + "Killed");
  const std::string not_ours = folder.file(".scores.csv.tmp-notours");
  const std::string legacy = folder.file(".scores.csv.tmp-Old123");  // before 2026-12: no pid
  for (const auto& name : {dead, live, other_name, not_ours, legacy}) std::ofstream(name) << "half";

  write_file_atomically(target, "new");
  CHECK(read_text(target) == "new");
  CHECK_FALSE(fs::exists(dead));
  CHECK(fs::exists(live));        // a running writer (here: this process) is never touched
  CHECK(fs::exists(other_name));  // another export's name: its own next export cleans it
  CHECK(fs::exists(not_ours));
  CHECK(fs::exists(legacy));      // no pid: only once unchanged for 30 seconds

  const auto old = fs::file_time_type::clock::now() - std::chrono::seconds(31);
  fs::last_write_time(legacy, old);
  write_file_atomically(target, "newer");
  CHECK_FALSE(fs::exists(legacy));
  CHECK(fs::exists(live));

  // An export killed before its rename: the child dies holding the name.
  const long child = test_platform::start_child([&] {
    AtomicOutput out(target);
    std::ofstream(out.temp_path()) << "half written";
    std::this_thread::sleep_for(std::chrono::seconds(30));
  });
  if (child > 0) {
    const int before = folder.temporaries();  // live, other_name, not_ours
    for (int i = 0; i < 500 && folder.temporaries() == before; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    test_platform::kill_child(child);
    CHECK(folder.temporaries() == before + 1);  // the killed export's
    write_file_atomically(target, "after the kill");
    CHECK(folder.temporaries() == before);      // gone; the others stay
    CHECK(fs::exists(live));
    CHECK(read_text(target) == "after the kill");
  }
}
