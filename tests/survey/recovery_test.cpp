#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "test_platform.h"

#include "project_file.h"
#include "recovery.h"

using namespace readiness;
namespace fs = std::filesystem;

namespace {

struct TempHome {
  fs::path path;
  std::string old_xdg;
  bool had_xdg = false;
  TempHome() {
    path = fs::temp_directory_path() / ("readiness-rec-" + std::to_string(test_platform::current_pid()) + "-" + std::to_string(rand()));
    fs::create_directories(path);
    if (const char* x = std::getenv("XDG_DATA_HOME")) {
      had_xdg = true;
      old_xdg = x;
    }
    test_platform::set_env("XDG_DATA_HOME", (path / "data").u8string());
  }
  ~TempHome() {
    if (had_xdg)
      test_platform::set_env("XDG_DATA_HOME", old_xdg);
    else
      test_platform::unset_env("XDG_DATA_HOME");
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

Project small_project(const std::string& title) {
  Project p;
  p.title = title;
  p.created = "2024-01-01";
  Community c;
  c.id = "se-2506";
  c.name = "Arjeplog";
  c.code = "2506";
  c.county_code = "25";
  p.communities.push_back(c);
  return p;
}

void touch_later(const std::string& path, int seconds) {
  fs::last_write_time(path, fs::last_write_time(path) + std::chrono::seconds(seconds));
}

}  // namespace

TEST_CASE("a recovery file newer than the project is found and loads", "[file]") {
  TempHome home;
  const std::string project = (home.path / "p.readiness").string();
  save_project(small_project("sparad"), project);
  CHECK(newer_recovery_for(project).empty());

  const std::string recovery = recovery_path_for(project);
  CHECK(recovery == project + ".recovery");
  write_recovery(small_project("återställd"), recovery);
  write_recovery(small_project("återställd 2"), recovery);
  CHECK_FALSE(fs::exists(recovery + ".bak"));
  touch_later(recovery, 5);
  REQUIRE(newer_recovery_for(project) == recovery);
  CHECK(load_project(recovery).title == "återställd 2");

  discard_recovery(recovery);
  CHECK_FALSE(fs::exists(recovery));
  CHECK(newer_recovery_for(project).empty());
}

TEST_CASE("a recovery file older than the project is not offered", "[file]") {
  TempHome home;
  const std::string project = (home.path / "p.readiness").string();
  save_project(small_project("sparad"), project);
  const std::string recovery = recovery_path_for(project);
  write_recovery(small_project("gammal"), recovery);
  touch_later(project, 5);
  CHECK(newer_recovery_for(project).empty());
}

TEST_CASE("untitled projects recover from the user's recovery folder", "[file]") {
  TempHome home;
  const std::string mine = recovery_path_for("");
  CHECK(fs::path(mine).parent_path() == home.path / "data" / "readiness" / "recovery");
  write_recovery(small_project("ny"), mine);
  // Our own file is not an orphan: we are running.
  CHECK(orphaned_untitled_recoveries().empty());

  // A crashed instance: its recovery file under a pid that no longer runs.
  const std::string ours = std::to_string(test_platform::current_pid()) + ".readiness";
  REQUIRE(mine.size() > ours.size());
  const std::string crashed =
      mine.substr(0, mine.size() - ours.size()) + std::to_string(test_platform::dead_pid()) + ".readiness";
  write_recovery(small_project("kraschad"), crashed);
  const auto orphans = orphaned_untitled_recoveries();
  REQUIRE(orphans.size() == 1);
  CHECK(load_project(orphans[0]).title == "kraschad");
  discard_recovery(orphans[0]);
  discard_recovery(mine);
  CHECK(orphaned_untitled_recoveries().empty());
}
