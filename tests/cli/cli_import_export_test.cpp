// import-scores and export --csv through the real CLI: refusals leave
// every file as it was; an export imports back to the same results.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

TEST_CASE("import-scores creates the project and refuses a bad file whole", "[cli][csv]") {
  TempDir dir;
  const std::string file = dir / "län.readiness";
  write_text(dir / "good.csv",
             "\xEF\xBB\xBF" "community;round;interview;dimension;score;issue\r\n"
             "Älvsbyn;2024;1;A;4,5;spel om pengar\r\n"
             "Älvsbyn;2024;1;B;3;spel om pengar\r\n");
  const CliResult ok = run_cli({"import-scores", file, dir / "good.csv"});
  REQUIRE(ok.exit_code == 0);
  REQUIRE(std::filesystem::exists(std::filesystem::u8path(file)));
  const std::string before = slurp(file);

  write_text(dir / "bad.csv",
             "community,round,interview,dimension,score\n"
             "Älvsbyn,2024,2,A,0\n"
             "Älvsbyn,2024,2,B,4\n"
             "Älvsbyn,2024,2,C,12\n"
             "Älvsbyn,2024,2,D,x\n");
  const CliResult bad = run_cli({"import-scores", file, dir / "bad.csv"});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find(":2") != std::string::npos);
  CHECK(bad.err.find(":4") != std::string::npos);
  CHECK(bad.err.find(":5") != std::string::npos);
  CHECK(bad.err.find(":3:") == std::string::npos);  // the good row is not blamed
  CHECK(slurp(file) == before);

  const CliResult absent = run_cli({"import-scores", dir / "new.readiness", dir / "bad.csv"});
  CHECK(absent.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "new.readiness"));
}

TEST_CASE("an exported CSV imports back to the same results", "[cli][csv]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  for (const std::string sep : {",", ";"}) {
    const std::string csv = dir / ("scores" + sep + ".csv");
    REQUIRE(run_cli({"export", demo, "--csv", csv, "--sep", sep}).exit_code == 0);
    const std::string text = slurp(csv);
    if (sep == ";") CHECK(text.find(";4,50") != std::string::npos);
    const std::string copy = dir / ("copy" + sep + ".readiness");
    const CliResult imported = run_cli({"import-scores", copy, csv});
    REQUIRE(imported.exit_code == 0);
    const json a = json::parse(run_cli({"score", demo, "--json"}).out)["rounds"];
    const json b = json::parse(run_cli({"score", copy, "--json"}).out)["rounds"];
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i]["dimensions"] == b[i]["dimensions"]);
      CHECK(a[i]["overall"] == b[i]["overall"]);
      CHECK(a[i]["provisional"] == b[i]["provisional"]);
    }
  }
}

TEST_CASE("export to a missing folder fails cleanly", "[cli]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  const CliResult r = run_cli({"export", demo, "--csv", dir / "no/such/folder/out.csv"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("does not exist") != std::string::npos);
}
