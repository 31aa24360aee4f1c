// The platform layer (survey/platform.h): the same promises on Linux and
// on Windows (scripts/test-windows runs this under Wine).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform.h"
#include "project_lock.h"
#include "test_platform.h"

using namespace readiness;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path = test_platform::make_temp_dir("readiness-platform-");
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return platform::to_utf8(path / platform::to_path(name)); }
};

std::string read_all(const std::string& path) {
  std::ifstream in(platform::to_path(path), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const std::string& path, const std::string& text) {
  std::ofstream(platform::to_path(path), std::ios::binary) << text;
}

}  // namespace

TEST_CASE("UTF-8 names survive the trip to the file system and back", "[file][platform]") {
  Folder dir;
  const std::string name = dir / "Piteå älvdal – Åsa Öberg.txt";
  std::FILE* f = platform::open_file(name, "wb");
  REQUIRE(f);
  std::fputs("hej\n", f);
  std::fclose(f);
  bool found = false;
  for (const auto& entry : fs::directory_iterator(dir.path))
    found = found || platform::to_utf8(entry.path().filename()) == "Piteå älvdal – Åsa Öberg.txt";
  CHECK(found);
  CHECK(read_all(name) == "hej\n");  // binary: no "\r\n" on Windows
  CHECK(platform::to_utf8(platform::to_path(name)) == name);
}

TEST_CASE("replace_file replaces an existing file, twice", "[file][platform]") {
  Folder dir;
  const std::string target = dir / "mål.txt";
  write(target, "old");
  for (const char* text : {"first", "second"}) {
    const std::string temp = dir / "temp";
    write(temp, text);
    REQUIRE(platform::replace_file(temp, target) == 0);
    CHECK(read_all(target) == text);
    CHECK_FALSE(fs::exists(platform::to_path(temp)));
  }
}

TEST_CASE("create_exclusive refuses an existing file and create_temporary makes unique ones", "[file][platform]") {
  Folder dir;
  int fd = -1;
  REQUIRE(platform::create_exclusive(dir / "lås", fd) == 0);
  CHECK(platform::write_all(fd, "abc", 3) == 0);
  CHECK(platform::flush_to_disk(fd) == 0);
  CHECK(platform::close_file(fd) == 0);
  CHECK(platform::create_exclusive(dir / "lås", fd) == EEXIST);
  CHECK(read_all(dir / "lås") == "abc");
  std::string a, b;
  int fa = -1, fb = -1;
  REQUIRE(platform::create_temporary(dir / "t-", a, fa) == 0);
  REQUIRE(platform::create_temporary(dir / "t-", b, fb) == 0);
  CHECK(a != b);
  platform::close_file(fa);
  platform::close_file(fb);
  CHECK(platform::flush_file(a) == 0);
}

TEST_CASE("hard_link gives a second name, or says the name is taken", "[file][platform]") {
  Folder dir;
  write(dir / "a", "x");
  const int linked = platform::hard_link(dir / "a", dir / "b");
  if (linked != 0) {
    WARN("no hard links on this file system (" << platform::describe(linked) << ")");
    return;
  }
  CHECK(read_all(dir / "b") == "x");
  CHECK(platform::hard_link(dir / "a", dir / "b") == EEXIST);
}

TEST_CASE("a process is alive only with its own start time", "[file][platform]") {
  const long me = platform::current_pid();
  const std::string started = platform::process_start(me);
  CHECK(platform::process_alive(me, ""));
  CHECK(platform::process_alive(me, started));
  if (!started.empty()) CHECK_FALSE(platform::process_alive(me, started + "1"));  // the pid reused
  CHECK_FALSE(platform::process_alive(test_platform::dead_pid(), ""));
}

TEST_CASE("a lock whose pid now belongs to another process is stale", "[file][platform]") {
  LockInfo info = ProjectLock::current_process();
  CHECK_FALSE(ProjectLock::is_stale(info));
  if (info.started.empty()) return;  // no start times here: pid only
  info.started += "7";  // same pid, another start: the id was reused
  CHECK(ProjectLock::is_stale(info));
}

TEST_CASE("user, host, local time and the executable are known", "[platform]") {
  CHECK_FALSE(platform::user_name().empty());
  CHECK_FALSE(platform::host_name().empty());
  const std::tm t = platform::local_time(0);
  CHECK(t.tm_year >= 69);
  CHECK_FALSE(platform::executable_path().empty());
  CHECK_FALSE(platform::user_data_home().empty());
}
