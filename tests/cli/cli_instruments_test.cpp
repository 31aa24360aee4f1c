// Instruments through the CLI: validate lists every fault with file and
// place; a user's own instrument is listed beside ours.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

namespace {
json bundled(const std::string& name) {
  return json::parse(slurp(std::string(READINESS_SOURCE_DIR) + "/questionnaires/" + name));
}
}  // namespace

TEST_CASE("validate accepts the bundled instruments and names faults in a broken one", "[cli][instrument]") {
  for (const char* f : {"cr6-sv.json", "cr6-en.json", "cr5-sv.json", "cr5-en.json"})
    CHECK(run_cli({"validate", std::string(READINESS_SOURCE_DIR) + "/questionnaires/" + f}).exit_code == 0);

  TempDir dir;
  json j = bundled("cr6-en.json");
  j["questions"][2]["dimension"] = "Q";
  j["dimensions"][0]["anchors"].erase(j["dimensions"][0]["anchors"].begin());
  write_text(dir / "mine.json", j.dump());
  // In English whatever the test run's locale (survey/'s faults follow the CLI's language).
  const CliResult r = run_cli({"validate", dir / "mine.json"}, "LANGUAGE=en LC_ALL=C.UTF-8");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("mine.json: questions[2]") != std::string::npos);
  CHECK(r.err.find("unknown dimension \"Q\"") != std::string::npos);
  CHECK(r.err.find("mine.json: dimensions[0] (A).anchors") != std::string::npos);
}

TEST_CASE("a user's instrument is listed beside ours", "[cli][instrument]") {
  TempDir dir;
  json j = bundled("cr6-sv.json");
  j["id"] = "spel-sv";
  j["title"] = "Spel om pengar bland unga";
  write_text(dir / "spel-sv.json", j.dump());
  const CliResult r = run_cli({"instruments", "--json"}, "HOME=" + shell_quote(dir.path.string()) +
                                                      " READINESS_USER_INSTRUMENTS=" + shell_quote(dir.path.string()));
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> ids;
  const json doc = json::parse(r.out);
  for (const json& ins : doc["instruments"]) ids.push_back(ins["id"]);
  CHECK(ids == std::vector<std::string>{"cr5-en", "cr5-sv", "cr6-en", "cr6-sv", "spel-sv"});
}
