// Clean saves (issue 12, item 5): leftovers of interrupted saves removed on
// the next save or open, never a live writer's; saves written through
// symlinks; FIFOs, devices and folders refused by name; names too long for
// the temporary name refused before any work; SIGKILL during save.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "test_platform.h"

#include "project_document.h"
#include "project_file.h"
#include "survey/sample_project.h"

using namespace readiness;
using readiness::testing::make_sample_project;
namespace fs = std::filesystem;

namespace {

class Folder {
 public:
  Folder() : m_path(test_platform::make_temp_dir("readiness-clean-save-")) {}
  ~Folder() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  std::string file(const std::string& name) const { return (m_path / name).string(); }
  const fs::path& path() const { return m_path; }
  // Names in the folder that contain `part`.
  std::vector<std::string> names_with(const std::string& part) const {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(m_path)) {
      const std::string name = entry.path().filename().u8string();
      if (name.find(part) != std::string::npos) out.push_back(name);
    }
    return out;
  }

 private:
  fs::path m_path;
};

// Names in these helpers are UTF-8 ("län.readiness"), as in the code under
// test: fs::u8path, never fs::path(std::string), which MinGW widens byte by
// byte — exists("län…") then looked for "lÃ¤n…" and reported files that
// were there as removed.
void write_text(const std::string& path, const std::string& text) {
  std::ofstream(fs::u8path(path), std::ios::binary) << text;
}

void age(const std::string& path, int seconds) {
  fs::last_write_time(fs::u8path(path), fs::file_time_type::clock::now() - std::chrono::seconds(seconds));
}

bool exists(const std::string& path) { return fs::exists(fs::symlink_status(fs::u8path(path))); }

// A project of a few MB: long enough to save that kills land in every step.
Project large_project(const std::string& title) {
  Project project = make_sample_project();
  project.title = title;
  Round& round = project.rounds.front();
  const Interview model = round.interviews.back();
  for (int i = 4; i <= 200; ++i) {
    Interview interview = model;
    interview.id = std::to_string(i);
    interview.respondent_id = "";
    for (auto& answer : interview.answers) answer.second = std::string(2000, 'a' + static_cast<char>(i % 26));
    round.interviews.push_back(interview);
  }
  return project;
}

std::string message_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const ProjectFileError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a save removes the temporaries left by saves of the same file whose writer on this host is gone",
          "[clean-save]") {
  Folder folder;
  const std::string path = folder.file("län.readiness");
  save_project(make_sample_project(), path);
  const std::string dead = temporary_name_prefix(path, test_platform::dead_pid());
  write_text(dead + "abcDE1", "half a project");
  write_text(dead + "abcDE2.bak", "a staged backup");
  // Not ours: another file's temporary, a name outside the pattern.
  const std::string other = temporary_name_prefix(folder.file("annan.readiness"), test_platform::dead_pid());
  write_text(other + "abcDE3", "another project's");
  write_text(path + ".tmp-notours", "someone else's");
  write_text(path + ".tmp-x", "someone else's");
  const std::string tag = temporary_name_prefix(path, 1).substr(path.size() + 5, 8);
  for (const char* pid : {"0", "99999999999", "4294967297", "-1"})
    write_text(path + ".tmp-" + tag + "-" + pid + "-abcDEF", "not a pid of ours");

  save_project(make_sample_project(), path);
  CHECK_FALSE(exists(dead + "abcDE1"));
  CHECK_FALSE(exists(dead + "abcDE2.bak"));
  CHECK(exists(other + "abcDE3"));
  CHECK(exists(path + ".tmp-notours"));
  CHECK(exists(path + ".tmp-x"));
  for (const char* pid : {"0", "99999999999", "4294967297", "-1"})
    CHECK(exists(path + ".tmp-" + tag + "-" + pid + "-abcDEF"));
  CHECK(load_project(path).title == make_sample_project().title);
}

TEST_CASE("a save whose .bak already is the same file as the project leaves no staged name behind",
          "[clean-save]") {
  // What a save killed between keeping the .bak and the final rename leaves.
  Folder folder;
  const std::string path = folder.file("p.readiness");
  save_project(make_sample_project(), path);
  std::error_code ec;
  fs::remove(path + ".bak", ec);
  fs::create_hard_link(path, path + ".bak", ec);
  if (ec) {
    WARN("no hard links here: " << ec.message());
    return;
  }
  save_project(make_sample_project(), path);
  CHECK(folder.names_with(".tmp-").empty());
  CHECK(load_project(path + ".bak").title == make_sample_project().title);
}

TEST_CASE("a live writer's temporary file is kept however old it is", "[clean-save]") {
  Folder folder;
  const std::string path = folder.file("p.readiness");
  const long writer = test_platform::start_child([] { std::this_thread::sleep_for(std::chrono::seconds(30)); });
  if (writer < 0) {
    WARN("no fork here: the live writer is this process");
  }
  const long pid = writer > 0 ? writer : test_platform::current_pid();
  const std::string live = temporary_name_prefix(path, pid) + "Live01";
  write_text(live, "being written");
  age(live, 3600);
  save_project(make_sample_project(), path);
  CHECK(exists(live));
  CHECK(remove_interrupted_saves(path).empty());
  CHECK(exists(live));
  if (writer > 0) {
    test_platform::kill_child(writer);
    // The writer is gone now: the next save removes it.
    save_project(make_sample_project(), path);
    CHECK_FALSE(exists(live));
  }
}

TEST_CASE("a temporary of another host or an older version is removed only after 30 seconds unchanged",
          "[clean-save]") {
  Folder folder;
  const std::string path = folder.file("p.readiness");
  save_project(make_sample_project(), path);
  // Another host's tag (ours is a hash: make sure this one differs).
  const std::string ours = temporary_name_prefix(path, 1);
  const std::string host = ours.find(".tmp-00000000-") == std::string::npos ? "00000000" : "11111111";
  const std::string foreign = path + ".tmp-" + host + "-4242-Other1";
  const std::string legacy = path + ".tmp-Old123";
  write_text(foreign, "another laptop is writing");
  write_text(legacy, "an older version was writing");

  CHECK(remove_interrupted_saves(path).empty());
  CHECK(exists(foreign));
  CHECK(exists(legacy));

  age(foreign, 31);
  age(legacy, 31);
  CHECK(remove_interrupted_saves(path).size() == 2);
  CHECK_FALSE(exists(foreign));
  CHECK_FALSE(exists(legacy));
}

TEST_CASE("opening a project removes the leftovers of its interrupted saves", "[clean-save]") {
  Folder folder;
  const std::string path = folder.file("p.readiness");
  save_project(make_sample_project(), path);
  const std::string dead = temporary_name_prefix(path, test_platform::dead_pid()) + "Killed";
  write_text(dead, "half");
  auto document = ProjectDocument::open(path);
  CHECK(document->project().title == make_sample_project().title);
  CHECK_FALSE(exists(dead));
}

TEST_CASE("a save through a symlink replaces its target and keeps the link", "[clean-save]") {
  Folder folder;
  fs::create_directory(folder.path() / "real");
  const std::string real = folder.file("real/p.readiness");
  save_project(make_sample_project(), real);
  const std::string link = folder.file("link.readiness");
  std::error_code ec;
  fs::create_symlink("real/p.readiness", link, ec);
  if (ec) {
    WARN("no symlinks here: " << ec.message());
    return;
  }
  Project changed = make_sample_project();
  changed.title = "Ändrad";
  save_project(changed, link);
  CHECK(fs::is_symlink(link));
  CHECK(load_project(real).title == "Ändrad");
  CHECK(exists(real + ".bak"));
  CHECK(folder.names_with(".tmp-").empty());

  SECTION("a dangling link creates its target") {
    const std::string dangling = folder.file("dangling.readiness");
    fs::create_symlink("real/new.readiness", dangling);
    save_project(changed, dangling);
    CHECK(fs::is_symlink(dangling));
    CHECK(load_project(folder.file("real/new.readiness")).title == "Ändrad");
  }
}

TEST_CASE("a save onto a folder a FIFO or a device is refused with a message naming the path", "[clean-save]") {
  Folder folder;
  const std::string dir = folder.file("mapp.readiness");
  fs::create_directory(dir);
  std::string message = message_of([&] { save_project(make_sample_project(), dir); });
  CHECK_THAT(message, Catch::Contains(dir) && Catch::Contains("is a folder"));
  CHECK(fs::is_directory(dir));

  const std::string fifo = folder.file("rör.readiness");
  if (test_platform::make_fifo(fifo)) {
    message = message_of([&] { save_project(make_sample_project(), fifo); });
    CHECK_THAT(message, Catch::Contains(fifo) && Catch::Contains("named pipe"));
    CHECK(fs::is_fifo(fifo));
  }
  const fs::path device = test_platform::device_path();
  if (!device.empty()) {
    const std::string link = folder.file("enhet.readiness");
    fs::create_symlink(device, link);
    message = message_of([&] { save_project(make_sample_project(), link); });
    CHECK_THAT(message, Catch::Contains(link) && Catch::Contains(device.string()) && Catch::Contains("a device"));
    CHECK(fs::is_character_file(device));
  }
  CHECK(folder.names_with(".tmp-").empty());
}

TEST_CASE("a file name too long for the temporary name is refused before any work with the longest allowed",
          "[clean-save]") {
  Folder folder;
  const std::string too_long = folder.file(std::string(241 - 10, 'n') + ".readiness");  // 241 bytes
  const std::string message = message_of([&] { save_project(make_sample_project(), too_long); });
  CHECK_THAT(message, Catch::Contains("241 bytes long") && Catch::Contains("at most 220 bytes") &&
                          Catch::Contains("shorter name"));
  CHECK_THROWS_AS(check_save_target(too_long), ProjectFileError);
  CHECK(folder.names_with(".tmp-").empty());
  CHECK_FALSE(exists(too_long));

  const std::string longest = folder.file(std::string(220 - 10, 'n') + ".readiness");
  CHECK_NOTHROW(check_save_target(longest));
  save_project(make_sample_project(), longest);
  save_project(make_sample_project(), longest);  // with a .bak next to it
  CHECK(load_project(longest).title == make_sample_project().title);
}

TEST_CASE("a save killed at 60 random instants leaves the file whole and the next save leaves no temporary",
          "[clean-save][kill]") {
  Folder folder;
  const std::string path = folder.file("län.readiness");
  const Project first = large_project("old");
  const Project second = large_project("new");
  save_project(first, path);
  const auto t0 = std::chrono::steady_clock::now();
  save_project(first, path);
  const auto save_time = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);

  std::mt19937 random{std::random_device{}()};
  // From before the first save starts to well into the third.
  std::uniform_int_distribution<long long> instant(0, 3 * save_time.count() + 2000);
  int kills = 0, leftovers_seen = 0, loaded_new = 0;
  for (int run = 0; run < 60; ++run) {
    const long child = test_platform::start_child([&] {
      for (int i = 0;; ++i) save_project(i % 2 ? first : second, path);
    });
    if (child < 0) {
      WARN("no fork here: the kill-during-save test did not run");
      return;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(instant(random)));
    test_platform::kill_child(child);
    ++kills;
    leftovers_seen += static_cast<int>(folder.names_with(".tmp-").size());

    // Whole: old or new, and it loads.
    Project loaded;
    REQUIRE_NOTHROW(loaded = load_project(path));
    CHECK((loaded.title == "old" || loaded.title == "new"));
    if (loaded.title == "new") ++loaded_new;

    save_project(first, path);
    INFO("run " << run);
    REQUIRE(folder.names_with(".tmp-") == std::vector<std::string>{});
  }
  CHECK(kills == 60);
  WARN(kills << " kills, a save of " << fs::file_size(path) / 1024 << " KiB takes " << save_time.count() / 1000 << " ms; " << leftovers_seen
             << " temporaries left by killed saves, all removed; new content seen " << loaded_new << " times");
}
