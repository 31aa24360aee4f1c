#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "test_platform.h"

#include "project_lock.h"

using namespace readiness;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("readiness-lock-" + std::to_string(test_platform::current_pid()) + "-" + std::to_string(rand()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A pid that surely is not running: a child that has exited and been reaped.
long dead_pid() { return test_platform::dead_pid(); }

}  // namespace

TEST_CASE("a lock names its holder and is released on close", "[file]") {
  TempDir dir;
  const std::string project = (dir.path / "p.readiness").string();
  {
    ProjectLock lock = ProjectLock::acquire(project);
    REQUIRE(lock.held());
    CHECK(fs::exists(project + ".lock"));
    LockInfo info;
    REQUIRE(ProjectLock::read(project, info));
    CHECK(info.pid == test_platform::current_pid());
    CHECK(info.host == ProjectLock::current_process().host);
    CHECK(info.since.size() == 19);  // 2024-03-14T09:12:00
    CHECK_FALSE(info.user.empty());
  }
  CHECK_FALSE(fs::exists(project + ".lock"));
}

TEST_CASE("a second acquire is refused with who has it and since when", "[file]") {
  TempDir dir;
  const std::string project = (dir.path / "p.readiness").string();
  ProjectLock first = ProjectLock::acquire(project);
  try {
    ProjectLock second = ProjectLock::acquire(project);
    FAIL("second acquire succeeded");
  } catch (const ProjectLockedError& e) {
    CHECK(e.holder().pid == test_platform::current_pid());
    CHECK_FALSE(e.holder().since.empty());
    CHECK(std::string(e.what()).find(e.holder().user) != std::string::npos);
  }
  // The refused attempt must not have removed the holder's lock.
  CHECK(fs::exists(project + ".lock"));
}

TEST_CASE("a stale lock of a dead process on this host is taken over", "[file]") {
  TempDir dir;
  const std::string project = (dir.path / "p.readiness").string();
  const auto me = ProjectLock::current_process();
  write_text(project + ".lock", "user ghost\nhost " + me.host + "\npid " + std::to_string(dead_pid()) +
                                    "\nsince 2020-01-01T00:00:00\n");
  ProjectLock lock = ProjectLock::acquire(project);
  LockInfo info;
  REQUIRE(ProjectLock::read(project, info));
  CHECK(info.pid == test_platform::current_pid());
}

TEST_CASE("a lock from another host is respected", "[file]") {
  TempDir dir;
  const std::string project = (dir.path / "p.readiness").string();
  write_text(project + ".lock", "user kollega\nhost other-laptop\npid 1\nsince 2024-03-14T09:12:00\n");
  try {
    ProjectLock::acquire(project);
    FAIL("acquired a lock held on another host");
  } catch (const ProjectLockedError& e) {
    CHECK(e.holder().user == "kollega");
    CHECK(e.holder().host == "other-laptop");
    CHECK(e.holder().since == "2024-03-14T09:12:00");
  }
}

TEST_CASE("release leaves a lock that is no longer ours", "[file]") {
  TempDir dir;
  const std::string project = (dir.path / "p.readiness").string();
  ProjectLock lock = ProjectLock::acquire(project);
  write_text(project + ".lock", "user kollega\nhost other-laptop\npid 1\nsince 2024-03-14T09:12:00\n");
  lock.release();
  CHECK(fs::exists(project + ".lock"));
}

TEST_CASE("a moved lock releases once", "[file]") {
  TempDir dir;
  const std::string project = (dir.path / "p.readiness").string();
  ProjectLock a = ProjectLock::acquire(project);
  ProjectLock b = std::move(a);
  CHECK_FALSE(a.held());
  CHECK(b.held());
  b.release();
  CHECK_FALSE(fs::exists(project + ".lock"));
}
