// Instrument snapshots stored once (issue 12, item 7; project format 3):
// each distinct snapshot is written once and the rounds refer to it; every
// round still loads with its own snapshot; older formats still load.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "test_platform.h"

#include "instrument_table.h"
#include "project_file.h"
#include "survey/archive_text.h"
#include "survey/sample_project.h"

using namespace readiness;
using readiness::testing::make_sample_project;
using readiness::testing::sample_instrument;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path = test_platform::make_temp_dir("readiness-instrument-table-");
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// The sample project with rounds on three snapshots: the sample's, one
// whose anchor was edited (same id and version: a local correction), and
// the sample's again.
Project three_rounds_two_snapshots() {
  Project project = make_sample_project();
  Round edited = project.rounds[0];
  edited.id = "se-2506-2020";
  edited.label = "2020";
  edited.instrument.dimensions[2].anchors[4] = "Rättad förankring för nivå 5";
  project.rounds.insert(project.rounds.begin() + 1, edited);
  return project;
}

}  // namespace

TEST_CASE("distinct instrument snapshots are found by their whole content", "[file][instruments]") {
  const Project project = three_rounds_two_snapshots();
  const InstrumentTable table = distinct_instruments(project.rounds);
  REQUIRE(table.instruments.size() == 2);
  CHECK(table.round_index == std::vector<std::uint32_t>{0, 1, 0});
  CHECK(same_instrument(table.instruments[0], sample_instrument()));
  CHECK(table.instruments[1].dimensions[2].anchors[4] == "Rättad förankring för nivå 5");

  Instrument other = sample_instrument();
  CHECK(same_instrument(other, sample_instrument()));
  other.questions[3].followups.push_back("Något mer?");
  CHECK_FALSE(same_instrument(other, sample_instrument()));
  other = sample_instrument();
  other.stages[8].strategies.pop_back();
  CHECK_FALSE(same_instrument(other, sample_instrument()));
  other = sample_instrument();
  other.language = "en";
  CHECK_FALSE(same_instrument(other, sample_instrument()));
  CHECK(distinct_instruments({}).instruments.empty());
}

TEST_CASE("a project stores each instrument snapshot once and every round gets its own back", "[file][instruments]") {
  Folder folder;
  const Project project = three_rounds_two_snapshots();
  const std::string path = folder.file("p.readiness");
  save_project(project, path);
  const std::string bytes = read_bytes(path);
  CHECK(bytes.rfind("READINESS-PROJECT\nformat " + std::to_string(kProjectFormatVersion) + "\n", 0) == 0);
  // A stage name appears once per distinct snapshot, not once per round
  // (in the text archive: format 4 stores it deflated).
  const std::string text = testing::archive_text_of(bytes);
  CHECK(occurrences(text, "Förplanering") == 2);
  CHECK(occurrences(text, "Rättad förankring för nivå 5") == 1);

  const Project loaded = load_project(path);
  REQUIRE(loaded.rounds.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    INFO(loaded.rounds[i].id);
    CHECK(same_instrument(loaded.rounds[i].instrument, project.rounds[i].instrument));
  }
  CHECK(loaded.rounds[1].instrument.dimensions[2].anchors[4] == "Rättad förankring för nivå 5");
  CHECK(loaded.rounds[0].instrument.dimensions[2].anchors[4] != "Rättad förankring för nivå 5");
  CHECK(loaded.rounds[2].interviews.size() == project.rounds[2].interviews.size());

  SECTION("saved again, the file is byte for byte the same") {
    const std::string again = folder.file("q.readiness");
    save_project(loaded, again);
    CHECK(read_bytes(again) == bytes);
  }
}

TEST_CASE("older formats load with a snapshot in every round", "[file][instruments]") {
  for (const char* name : {"golden-v1.readiness", "golden-v2.readiness"}) {
    INFO(name);
    const Project project = load_project(std::string(READINESS_TEST_DATA) + "/" + name);
    REQUIRE(project.rounds.size() == 2);
    for (const Round& round : project.rounds) {
      CHECK(round.instrument.dimensions.size() == 6);
      CHECK(round.instrument.stages.size() == 9);
    }
    // Saved again (format 3 on): the two equal snapshots are stored once.
    Folder folder;
    save_project(project, folder.file("p.readiness"));
    CHECK(occurrences(testing::archive_text_of(read_bytes(folder.file("p.readiness"))), "Förplanering") == 1);
    const Project again = load_project(folder.file("p.readiness"));
    CHECK(same_instrument(again.rounds[1].instrument, project.rounds[1].instrument));
  }
}

// golden-v3.readiness was written by the hidden writer in
// project_file_test.cpp from testing::make_sample_project() at format 3:
//   READINESS_WRITE_GOLDEN=1 ./build/tests/test_survey "[.golden-writer]"
// (branch `files`: instruments stored once; the coordinator regenerates it
// the same way once format 3's other parts are merged).
TEST_CASE("the format 3 golden file keeps loading with its shared instrument", "[file][instruments]") {
  const std::string path = std::string(READINESS_TEST_DATA) + "/golden-v3.readiness";
  const Project project = load_project(path);
  REQUIRE(project.rounds.size() == 2);
  CHECK(project.rounds[0].instrument.stages[3].name == "Förplanering");
  CHECK(project.rounds[1].instrument.stages[3].name == "Förplanering");
  CHECK(project.rounds[1].instrument.dimensions[5].anchors[8] == "F nivå 9: förankring");
  CHECK(occurrences(read_bytes(path), "Förplanering") == 1);
}
