// The instrument files: the bundled ones are valid and true translations
// of each other; each kind of broken file is refused with file and place.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "instrument_library.h"

using namespace readiness;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kDataDir = READINESS_SOURCE_DIR "/questionnaires";

json read_json(const std::string& path) {
  std::ifstream in(path);
  return json::parse(in);
}

struct TempFolder {
  fs::path path;
  TempFolder() {
    static int n = 0;
    path = fs::temp_directory_path() / ("readiness-instr-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    const std::string p = (path / name).string();
    std::ofstream(p) << text;
    return p;
  }
};

// Loads a broken variant of cr6-sv and returns every reported fault.
std::vector<InstrumentIssue> faults_of(const std::string& text) {
  TempFolder dir;
  try {
    load_instrument_file(dir.write("broken.json", text));
  } catch (const InstrumentError& e) {
    return e.issues();
  }
  return {};
}

bool mentions(const std::vector<InstrumentIssue>& issues, const std::string& where, const std::string& what) {
  for (const auto& i : issues)
    if (i.file == "broken.json" && i.where.find(where) != std::string::npos &&
        i.what.find(what) != std::string::npos)
      return true;
  return false;
}

}  // namespace

TEST_CASE("every bundled instrument loads and validates", "[instrument]") {
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir});
  CHECK(lib.problems().empty());
  for (const char* id : {"cr6-sv", "cr6-en", "cr5-sv", "cr5-en"}) {
    INFO(id);
    const Instrument* ins = lib.find(id);
    REQUIRE(ins != nullptr);
    CHECK(ins->stages.size() == 9);
    CHECK(ins->questions.size() >= 30);
    CHECK(ins->questions.size() <= 36);
    CHECK_FALSE(ins->scorer_guide.empty());
    for (const auto& s : ins->stages) {
      CHECK(s.strategies.size() >= 5);
      CHECK(s.strategies.size() <= 8);
    }
  }
  CHECK(lib.get("cr6-sv").dimensions.size() == 6);
  CHECK(lib.get("cr5-sv").dimensions.size() == 5);
  CHECK(lib.get("cr6-sv").stage_name(1) == "Ingen medvetenhet");
  CHECK(lib.get("cr6-en").stage_name(4) == "Preplanning");
  CHECK_THROWS_WITH(lib.get("nope"), Catch::Contains("cr6-sv"));
}

TEST_CASE("Swedish and English instruments are the same instrument", "[instrument]") {
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir});
  for (const char* family : {"cr6", "cr5"}) {
    const Instrument& sv = lib.get(std::string(family) + "-sv");
    const Instrument& en = lib.get(std::string(family) + "-en");
    INFO(family);
    CHECK(sv.language == "sv");
    CHECK(en.language == "en");
    CHECK(sv.version == en.version);
    REQUIRE(sv.dimensions.size() == en.dimensions.size());
    for (std::size_t d = 0; d < sv.dimensions.size(); ++d) {
      CHECK(sv.dimensions[d].code == en.dimensions[d].code);
      CHECK(sv.dimensions[d].name != en.dimensions[d].name);  // actually translated
    }
    REQUIRE(sv.questions.size() == en.questions.size());
    for (std::size_t q = 0; q < sv.questions.size(); ++q) {
      CHECK(sv.questions[q].id == en.questions[q].id);
      CHECK(sv.questions[q].dimension == en.questions[q].dimension);
      CHECK(sv.questions[q].required == en.questions[q].required);
      CHECK(sv.questions[q].followups.size() == en.questions[q].followups.size());
      CHECK(sv.questions[q].text != en.questions[q].text);
    }
    for (std::size_t s = 0; s < 9; ++s)
      CHECK(sv.stages[s].strategies.size() == en.stages[s].strategies.size());
  }
}

TEST_CASE("the five-dimension set shares codes only where dimensions are the same", "[instrument]") {
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir});
  const Instrument& six = lib.get("cr6-sv");
  const Instrument& five = lib.get("cr5-sv");
  CHECK(five.find_dimension("A") == nullptr);  // merged efforts + knowledge is not A
  CHECK(five.find_dimension("B") == nullptr);
  for (const char* shared : {"C", "D", "E", "F"}) {
    CHECK(five.find_dimension(shared) != nullptr);
    CHECK(six.find_dimension(shared) != nullptr);
  }
}

TEST_CASE("broken instruments are refused with file and place", "[instrument]") {
  const json good = read_json(kDataDir + "/cr6-sv.json");

  SECTION("a missing anchor") {
    json j = good;
    j["dimensions"][1]["anchors"].erase(j["dimensions"][1]["anchors"].begin() + 4);
    CHECK(mentions(faults_of(j.dump()), "dimensions[1] (B).anchors", "nine"));
  }
  SECTION("an empty anchor") {
    json j = good;
    j["dimensions"][2]["anchors"][8] = "";
    CHECK(mentions(faults_of(j.dump()), "dimensions[2] (C)", "level 9"));
  }
  SECTION("an unknown dimension") {
    json j = good;
    j["questions"][4]["dimension"] = "G";
    const std::string id = j["questions"][4]["id"];
    CHECK(mentions(faults_of(j.dump()), "questions[4] (" + id + ")", "unknown dimension \"G\""));
  }
  SECTION("a duplicate question id") {
    json j = good;
    j["questions"][3]["id"] = j["questions"][2]["id"];
    CHECK(mentions(faults_of(j.dump()), "questions[3]", "duplicate question id"));
  }
  SECTION("a duplicate dimension code") {
    json j = good;
    j["dimensions"][5]["code"] = "E";
    CHECK(mentions(faults_of(j.dump()), "dimensions[5] (E)", "duplicate dimension code"));
  }
  SECTION("an unknown placeholder") {
    json j = good;
    j["questions"][0]["text"] = "Hur ser {kommun} på {issue}?";
    CHECK(mentions(faults_of(j.dump()), "questions[0]", "unknown placeholder \"{kommun}\""));
  }
  SECTION("invalid JSON gives line and column") {
    std::string text = good.dump(2);
    text.insert(text.find("\"dimensions\""), "}}");
    const auto issues = faults_of(text);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].what.find("invalid JSON") != std::string::npos);
    CHECK(issues[0].what.find("line") != std::string::npos);
  }
  SECTION("a stage missing") {
    json j = good;
    j["stages"].erase(j["stages"].begin() + 8);
    CHECK(mentions(faults_of(j.dump()), "stages", "exactly nine"));
  }
  SECTION("an unknown key (a typo must not drop a text silently)") {
    json j = good;
    j["questions"][1]["folowups"] = json::array({"x"});
    CHECK(mentions(faults_of(j.dump()), "questions[1]", "unknown key \"folowups\""));
  }
  SECTION("a dimension without questions") {
    json j = good;
    for (auto& q : j["questions"])
      if (q["dimension"] == "F") q["dimension"] = "E";
    CHECK(mentions(faults_of(j.dump()), "dimensions (F)", "no question"));
  }
  SECTION("every fault is reported, not only the first") {
    json j = good;
    j["questions"][4]["dimension"] = "G";
    j["questions"][5]["text"] = "{x}";
    j["stages"][2]["goal"] = "";
    CHECK(faults_of(j.dump()).size() == 3);
  }
}

TEST_CASE("user instruments load beside ours, and a broken one does not stop the rest", "[instrument]") {
  TempFolder user;
  json own = read_json(kDataDir + "/cr6-sv.json");
  own["id"] = "spel-sv";
  own["title"] = "Spel om pengar, egen variant";
  user.write("spel-sv.json", own.dump());
  user.write("trasig.json", "{ not json");
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir, user.path.string()});
  CHECK(lib.find("cr6-sv") != nullptr);
  CHECK(lib.find("spel-sv") != nullptr);
  REQUIRE(lib.problems().size() == 1);
  CHECK(lib.problems()[0].file == "trasig.json");
}
