// The instrument files: the bundled ones are valid and true translations
// of each other; each kind of broken file is refused with file and place.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <unistd.h>

#include "instrument_library.h"
#include "test_platform.h"

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

// ---- files that travel (issue 12): crafted instruments ---------------------

namespace {
const std::string kFaults = READINESS_TEST_DATA "/faults/";

std::vector<InstrumentIssue> faults_of_file(const std::string& path) {
  try {
    load_instrument_file(path);
  } catch (const InstrumentError& e) {
    return e.issues();
  }
  return {};
}
}  // namespace

TEST_CASE("a number beyond a double is a fault with file and place, not a library exception", "[instrument][faults]") {
  const auto issues = faults_of_file(kFaults + "03-number-overflow-min.json");  // [1e400]
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].file == "03-number-overflow-min.json");
  CHECK(issues[0].where == "[0]");
  CHECK(issues[0].what == "number 1e400 is out of range (line 1, column 6)");
  CHECK(issues[0].to_string().find("json.exception") == std::string::npos);
}

TEST_CASE("a stage number beyond 32 bits is refused, not wrapped to stage 1", "[instrument][faults]") {
  const auto issues = faults_of_file(kFaults + "04-instrument-stage-number-wraps.json");
  REQUIRE(issues.size() == 1);  // and no second "out of order" for the same place
  CHECK(issues[0].where == "stages[0].number");
  CHECK(issues[0].what == "number 4294967297 is out of range (1–9)");

  const json good = read_json(kDataDir + "/cr6-sv.json");
  for (const json& bad : {json(-4294967295LL), json(0), json(10), json(18446744073709551615ULL), json(2.0)}) {
    json j = good;
    j["stages"][1]["number"] = bad;
    INFO(bad.dump());
    const auto found = faults_of(j.dump());
    REQUIRE(found.size() == 1);
    CHECK(found[0].where == "stages[1].number");
  }
  json j = good;
  j["format_version"] = 4294967297LL;
  CHECK(mentions(faults_of(j.dump()), "format_version", "not supported"));
}

TEST_CASE("a key given twice is refused with its place", "[instrument][faults]") {
  std::string text = read_json(kDataDir + "/cr6-sv.json").dump(1);
  // The second "id" of the instrument: which one would count?
  const std::size_t at = text.find("\"id\": \"cr6-sv\"");
  text.insert(at, "\"id\": \"cr6-en\",\n ");
  const auto line = 2 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  auto issues = faults_of(text);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].where == "id");
  CHECK(issues[0].what.find("the key \"id\" appears twice") != std::string::npos);
  CHECK(issues[0].what.find("(line " + std::to_string(line) + ", column 5)") != std::string::npos);

  issues = faults_of(R"({"stages": [{"number": 1}, {"number": 2, "name": "a", "number": 3}]})");
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].where == "stages[1].number");
}

TEST_CASE("control characters in ids, codes and texts are refused", "[instrument][faults]") {
  const json good = read_json(kDataDir + "/cr6-sv.json");
  SECTION("\\u0000 in a question id") {
    json j = good;
    j["questions"][2]["id"] = std::string("q03\0x", 5);
    CHECK(mentions(faults_of(j.dump()), "questions[2] (q03\\u0000x)", "control character U+0000"));
  }
  SECTION("a line break in a dimension code") {
    json j = good;
    j["dimensions"][0]["code"] = "A\n";
    CHECK_FALSE(faults_of(j.dump()).empty());
  }
  SECTION("a right-to-left override in a question id") {
    json j = good;
    j["questions"][0]["id"] = "q01\u202E";
    CHECK(mentions(faults_of(j.dump()), "questions[0] (q01\\u202E)", "U+202E"));
  }
  SECTION("a terminal escape in a stage name") {
    json j = good;
    j["stages"][3]["name"] = "\x1b[31mRed";
    CHECK(mentions(faults_of(j.dump()), "stages[3]", "name holds the control character U+001B"));
  }
  SECTION("\\u0000 in a question text; line breaks in texts stay allowed") {
    json j = good;
    j["questions"][5]["text"] = std::string("Vad\0", 4);
    j["questions"][6]["text"] = "Två\nrader";
    const auto issues = faults_of(j.dump());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].what == "text holds the control character U+0000");
  }
  SECTION("a control character in an unknown key is shown escaped") {
    json j = good;
    j["questions"][1][std::string("x\x07", 2)] = 1;
    CHECK(mentions(faults_of(j.dump()), "questions[1]", "unknown key \"x\\u0007\""));
  }
}

TEST_CASE("nesting, size and file kind are bounded", "[instrument][faults]") {
  auto issues = faults_of(std::string(100000, '[') + std::string(100000, ']'));
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].what.find("nested more than 32 levels") != std::string::npos);

  CHECK_THROWS_WITH(parse_instrument(std::string(1024 * 1024 + 1, ' '), "big.json"),
                    Catch::Contains("larger than 1 MiB"));
  {
    TempFolder dir;
    const std::string big = dir.write("big.json", std::string(2 * 1024 * 1024, ' '));
    issues = faults_of_file(big);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].what == "the file is 2097152 bytes, larger than 1 MiB, the most an instrument file may be");
  }
  // A thousand unknown keys: a hundred listed, the rest counted.
  std::string keys = "{";
  for (int i = 0; i < 1000; ++i) keys += (i ? ",\"x" : "\"x") + std::to_string(i) + "\": 0";
  issues = faults_of(keys + "}");
  CHECK(issues.size() <= 202);
  CHECK(mentions(issues, "", "more faults (only the first 100 are listed)"));
  std::string duplicates = "{";
  for (int i = 0; i < 1000; ++i) duplicates += (i ? ",\"a\": 0" : "\"a\": 0");
  CHECK(faults_of(duplicates + "}").size() == 100);
  // Not a regular file: a FIFO, /dev/zero or Windows's CON would never end.
  TempFolder dir;
  fs::create_directory(dir.path / "folder.json");
  for (const std::string& name : {(dir.path / "folder.json").string(), test_platform::null_device()}) {
    INFO(name);
    issues = faults_of_file(name);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].what == "not a regular file");
  }
  issues = faults_of_file((dir.path / "missing.json").string());
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].what == "cannot open the file");
}

TEST_CASE("a crafted file in the user folder is skipped and named, never fatal", "[instrument][faults]") {
  TempFolder user;
  fs::copy_file(kFaults + "03-number-overflow-min.json", user.path / "03.json");
  fs::copy_file(kFaults + "04-instrument-stage-number-wraps.json", user.path / "04.json");
  user.write("invalid-utf8.json", "{\"id\": \"\xff\xfe\"}");
  user.write("dup.json", R"({"a": 1, "a": 2})");
  fs::create_directory(user.path / "folder.json");
  json many = read_json(kDataDir + "/cr6-sv.json");
  many["id"] = "many-sv";
  for (int i = 0; i < 9; ++i) many["stages"][i]["goal"] = "";
  user.write("many.json", many.dump());
  json own = read_json(kDataDir + "/cr6-sv.json");
  own["id"] = "egen-sv";
  user.write("egen-sv.json", own.dump());

  InstrumentLibrary lib;
  REQUIRE_NOTHROW(lib = InstrumentLibrary::load_from({kDataDir, user.path.string()}));
  CHECK(lib.instruments().size() == 5);  // ours and the good user file
  CHECK(lib.find("egen-sv") != nullptr);
  std::set<std::string> named;
  for (const auto& p : lib.problems()) named.insert(p.file);
  CHECK(named == std::set<std::string>{"03.json", "04.json", "invalid-utf8.json", "dup.json", "folder.json", "many.json"});
  // Nine faults in one file: five listed and a line saying there are more.
  std::size_t many_lines = 0;
  for (const auto& p : lib.problems()) many_lines += p.file == "many.json";
  CHECK(many_lines == 6);
}
