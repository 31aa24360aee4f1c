// Bounded reading (issue 12): no size stored in a project file is trusted
// before it is checked against what the rest of the payload can hold. The
// two reproducers are 119–121-byte files with a valid header and CRC.
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <string>

#include "project_file.h"

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

long peak_kilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

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
  for (const char* name : {"golden-v1.readiness", "golden-v2.readiness"}) {
    INFO(name);
    const Project p = load_project(std::string(READINESS_TEST_DATA) + "/" + name);
    CHECK(p.title == "ANDT-beredskap i Norrbotten");
    CHECK(p.communities.size() == 2);
    CHECK(p.rounds.size() == 2);
  }
}
