// Crafted instrument files (issue 12) through the real CLI: validate names
// file and place; one in the user's instrument folder is skipped and named
// on stderr by instruments, demo and import-scores, which go on working.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

namespace {
const std::string kFaults = READINESS_TEST_DATA "/faults/";
}  // namespace

TEST_CASE("validate names file and place for crafted instruments", "[cli][instrument][faults]") {
  CliResult r = run_cli({"validate", kFaults + "03-number-overflow-min.json"}, "LANGUAGE=en LC_ALL=C");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("03-number-overflow-min.json: [0]: number 1e400 is out of range (line 1, column 6)") !=
        std::string::npos);
  CHECK(r.err.find("json.exception") == std::string::npos);

  r = run_cli({"validate", kFaults + "04-instrument-stage-number-wraps.json"}, "LANGUAGE=en LC_ALL=C");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("04-instrument-stage-number-wraps.json: stages[0].number: number 4294967297 is out of range") !=
        std::string::npos);
}

TEST_CASE("a crafted file in the user instrument folder is skipped and named, never fatal", "[cli][instrument][faults]") {
  TempDir dir;
  const std::string user = dir / "instruments";
  std::filesystem::create_directories(user);
  std::filesystem::copy_file(kFaults + "03-number-overflow-min.json", user + "/03.json");
  std::filesystem::copy_file(kFaults + "04-instrument-stage-number-wraps.json", user + "/04.json");
  const std::string env = "LANGUAGE=en LC_ALL=C HOME=" + shell_quote(dir.path.string()) +
                          " READINESS_USER_INSTRUMENTS=" + shell_quote(user);

  const CliResult list = run_cli({"instruments", "--json"}, env);
  REQUIRE(list.exit_code == 0);
  CHECK(json::parse(list.out)["instruments"].size() == 4);
  CHECK(list.err.find("skipped: 03.json: [0]: number 1e400 is out of range") != std::string::npos);
  CHECK(list.err.find("skipped: 04.json: stages[0].number") != std::string::npos);

  const CliResult demo = run_cli({"demo", dir / "demo.readiness"}, env);
  CHECK(demo.exit_code == 0);
  CHECK(demo.err.find("skipped: 03.json") != std::string::npos);
  CHECK(run_cli({"validate", dir / "demo.readiness"}, env).exit_code == 0);

  write_text(dir / "scores.csv",
             "community;round;interview;dimension;score;issue\n"
             "Älvsbyn;2024;1;A;4,5;spel om pengar\n");
  const CliResult import = run_cli({"import-scores", dir / "new.readiness", dir / "scores.csv"}, env);
  CHECK(import.exit_code == 0);
  CHECK(import.err.find("skipped: 04.json") != std::string::npos);
}
