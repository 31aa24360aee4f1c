// Messages made in survey/ (instrument faults) reach the CLI's user in the
// CLI's language: readiness-cli registers gettext as survey/'s translator
// (survey/translation.h), so a Swedish user reads them in Swedish.
#include <catch2/catch.hpp>
#include <filesystem>

#include "run_cli.h"

namespace {
const std::string kFaults = READINESS_TEST_DATA "/faults/";
const std::string kSwedish = "LANGUAGE=sv LC_ALL=sv_SE.UTF-8";
const std::string kEnglish = "LANGUAGE=en LC_ALL=C.UTF-8";
}  // namespace

TEST_CASE("validate names an instrument's faults in Swedish under sv and in English under en",
          "[cli][instrument][translation]") {
  const std::string file = kFaults + "03-number-overflow-min.json";
  const CliResult sv = run_cli({"validate", file}, kSwedish);
  CHECK(sv.exit_code == 1);
  CHECK(sv.err.find("03-number-overflow-min.json: [0]: talet 1e400 ligger utanför det tillåtna intervallet "
                    "(rad 1, kolumn 6)") != std::string::npos);
  CHECK(sv.err.find("out of range") == std::string::npos);

  const CliResult en = run_cli({"validate", file}, kEnglish);
  CHECK(en.exit_code == 1);
  CHECK(en.err.find("03-number-overflow-min.json: [0]: number 1e400 is out of range (line 1, column 6)") !=
        std::string::npos);

  // A plural and a fault with a value from the file.
  TempDir dir;
  write_text(dir / "kort.json", R"({"format": "readiness-instrument", "format_version": 1, "id": "Stor bokstav",
                                    "stages": [{"number": 1}]})");
  const CliResult few = run_cli({"validate", dir / "kort.json"}, kSwedish);
  CHECK(few.exit_code == 1);
  CHECK(few.err.find("kort.json: stages: har 1 stadium; exakt nio behövs") != std::string::npos);
  CHECK(few.err.find("kort.json: id: \"Stor bokstav\" får bara innehålla små bokstäver, siffror och -") !=
        std::string::npos);
  CHECK(few.err.find("kort.json: stages[0].name: saknas") != std::string::npos);
}

TEST_CASE("a skipped user instrument is named in Swedish by instruments under sv", "[cli][instrument][translation]") {
  TempDir dir;
  const std::string user = dir / "instruments";
  std::filesystem::create_directories(user);
  std::filesystem::copy_file(kFaults + "04-instrument-stage-number-wraps.json", user + "/04.json");
  const std::string env =
      " HOME=" + shell_quote(dir.path.string()) + " READINESS_USER_INSTRUMENTS=" + shell_quote(user);

  const CliResult list = run_cli({"instruments"}, kSwedish + env);
  CHECK(list.exit_code == 0);
  CHECK(list.err.find("04.json: stages[0].number: talet 4294967297 ligger utanför intervallet 1–9") !=
        std::string::npos);
}
