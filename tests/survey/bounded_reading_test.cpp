// Bounded reading (issue 12): no size stored in a project file is trusted
// before it is checked against what the rest of the payload can hold. The
// two reproducers are 119–121-byte files with a valid header and CRC.

#include <boost/archive/text_iarchive.hpp>
#include <boost/serialization/map.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bounded_archive.h"
#include "project_file.h"
#include "serialize_model.h"
#include "test_platform.h"

using namespace readiness;

namespace {

std::string refusal(const std::string& name) {
  try {
    load_project(std::string(READINESS_TEST_DATA) + "/faults/" + name);
  } catch (const ProjectFileError& e) {
    CHECK(e.kind() == ProjectFileError::Kind::Corrupted);
    return e.what();
  }
  FAIL("the crafted file " << name << " was accepted");
  return {};
}

long peak_kilobytes() { return test_platform::peak_memory_kilobytes(); }

}  // namespace

TEST_CASE("a text length of 3,000,000,000 in a 121-byte file is refused before anything is allocated",
          "[file][bounded]") {
  const long before = peak_kilobytes();
  const std::string message = refusal("01-huge-string-length.readiness");
  CHECK_THAT(message, Catch::Contains("a text announces 3000000000 bytes"));
  CHECK_THAT(message, Catch::Contains("ends early"));
  // Boost alone zero-filled 2.9 GB here; the peak may grow by far less.
  CHECK(peak_kilobytes() - before < 64 * 1024);
}

TEST_CASE("a list count of 35,000,000 in a 119-byte file is refused before one item is built",
          "[file][bounded]") {
  const long before = peak_kilobytes();
  const std::string message = refusal("02-huge-collection-count.readiness");
  CHECK_THAT(message, Catch::Contains("a list announces 35000000 items"));
  CHECK(peak_kilobytes() - before < 64 * 1024);  // was 5.7 GB
}

TEST_CASE("the golden files of every format version still load through the bounded archive", "[file][bounded]") {
  for (const char* name : {"golden-v1.readiness", "golden-v2.readiness", "golden-v3.readiness"}) {
    INFO(name);
    const Project p = load_project(std::string(READINESS_TEST_DATA) + "/" + name);
    CHECK(p.title == "ANDT-beredskap i Norrbotten");
    CHECK(p.communities.size() == 2);
    CHECK(p.rounds.size() == 2);
  }
}

// ---- The archive itself, against Boost's own text_iarchive -----------------
// Each text below is written by hand in Boost's text format ("22
// serialization::archive" + library version + data) and read twice: by
// BoundedTextIArchive and, as the independent oracle, by Boost's
// text_iarchive. The bound is "more than the bytes left", never "as many as".

namespace {

using Table = std::map<int, int>;

template <class T>
T read_bounded(const std::string& text, T into = T{}) {
  std::istringstream in(text);
  BoundedTextIArchive archive(in);
  archive >> into;
  return into;
}

template <class T>
T read_boost(const std::string& text, T into = T{}) {
  std::istringstream in(text);
  boost::archive::text_iarchive archive(in);
  archive >> into;
  return into;
}

const std::string kHeader = "22 serialization::archive 18 ";   // Boost 1.74's library version
const std::string kHeaderV3 = "22 serialization::archive 3 ";  // no item versions before 4

}  // namespace

TEST_CASE("a text that fills the rest of the payload exactly is read, not refused", "[file][bounded]") {
  // After "5 " exactly five bytes follow: 5 > 5 is false, so it reads.
  const std::string text = kHeader + "5 hello";
  REQUIRE(read_boost<std::string>(text) == "hello");
  CHECK(read_bounded<std::string>(text) == "hello");
  // One byte more announced than follows is refused, naming both sizes.
  CHECK_THROWS_WITH(read_bounded<std::string>(kHeader + "6 hello"),
                    Catch::Contains("a text announces 6 bytes, only 5 follow"));
  CHECK_THROWS_AS(read_bounded<std::string>(kHeader + "6 hello"), ArchiveContentError);
}

TEST_CASE("texts of one character and of none read as Boost reads them", "[file][bounded]") {
  CHECK(read_bounded<std::string>(kHeader + "1 x\n") == "x");
  CHECK(read_bounded<std::string>(kHeader + "0 \n").empty());
  using Names = std::vector<std::string>;
  const std::string list = kHeader + "0 0 3 0 1 a 2 bc 0 \n";
  REQUIRE(read_boost<Names>(list) == Names{"a", "bc", ""});
  CHECK(read_bounded<Names>(list) == Names{"a", "bc", ""});
}

TEST_CASE("a list or table with no items may end the payload: zero items need zero bytes", "[file][bounded]") {
  // Library version 3 has no item version, so the count 0 is the last byte.
  const std::string empty_list = kHeaderV3 + "0";
  REQUIRE(read_boost<std::vector<int>>(empty_list).empty());
  CHECK(read_bounded<std::vector<int>>(empty_list).empty());
  const std::string empty_table = kHeaderV3 + "0 0 0";  // class info, count 0
  REQUIRE(read_boost<Table>(empty_table).empty());
  CHECK(read_bounded<Table>(empty_table).empty());
}

TEST_CASE("lists and tables of library version 3 have no item version", "[file][bounded]") {
  const std::string list = kHeaderV3 + "2 1 2";
  REQUIRE(read_boost<std::vector<int>>(list) == std::vector<int>{1, 2});
  CHECK(read_bounded<std::vector<int>>(list) == std::vector<int>{1, 2});
  const std::string table = kHeaderV3 + "0 0 2 0 0 1 10 2 20";  // class info, 2, pair's class info, items
  const Table expected{{1, 10}, {2, 20}};
  REQUIRE(read_boost<Table>(table) == expected);
  CHECK(read_bounded<Table>(table) == expected);
}

TEST_CASE("a list or table read into one that has items holds only what was read", "[file][bounded]") {
  const std::string list = kHeader + "2 0 1 2\n";
  CHECK(read_boost<std::vector<int>>(list, {7, 8, 9}) == std::vector<int>{1, 2});
  CHECK(read_bounded<std::vector<int>>(list, {7, 8, 9}) == std::vector<int>{1, 2});
  const std::string table = kHeader + "0 0 2 0 0 0 1 10 2 20\n";
  const Table expected{{1, 10}, {2, 20}};
  CHECK(read_boost<Table>(table, {{3, 30}}) == expected);
  CHECK(read_bounded<Table>(table, {{3, 30}}) == expected);
}

TEST_CASE("a table count larger than the bytes left is refused before one item is read", "[file][bounded]") {
  // 35,000,000 (key, value) items announced, 12 bytes follow.
  const std::string table = kHeader + "0 0 35000000 0 0 0 1 10 2 20\n";
  CHECK_THROWS_AS(read_bounded<Table>(table), ArchiveContentError);
  CHECK_THROWS_WITH(read_bounded<Table>(table), Catch::Contains("a table announces 35000000 items"));
  const std::string list = kHeader + "35000000 0 1 2\n";
  CHECK_THROWS_WITH(read_bounded<std::vector<int>>(list), Catch::Contains("a list announces 35000000 items"));
}
