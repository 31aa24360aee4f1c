// readiness-cli audit FILE [--json] and export --audit (issue 12, item 6):
// the changes an import made are listed with who, when, from which file,
// old and new, and go onto the workbook's History sheet when asked for.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

TEST_CASE("audit lists the score changes of imports, oldest first", "[cli][audit]") {
  TempDir dir;
  const std::string file = dir / "p.readiness";
  write_text(dir / "first.csv",
             "community,round,interview,dimension,score,scorer\n"
             "Älvsbyn,2024,1,A,4.5,consensus\n"
             "Älvsbyn,2024,1,B,3,A\n");
  REQUIRE(run_cli({"import-scores", file, dir / "first.csv"}).exit_code == 0);
  write_text(dir / "second.csv",
             "community,round,interview,dimension,score,scorer\n"
             "Älvsbyn,2024,1,A,5,consensus\n"   // 4.50 -> 5.00
             "Älvsbyn,2024,1,B,3,A\n");         // unchanged: not listed
  REQUIRE(run_cli({"import-scores", file, dir / "second.csv"}).exit_code == 0);

  const CliResult j = run_cli({"audit", file, "--json"});
  REQUIRE(j.exit_code == 0);
  const json entries = json::parse(j.out)["entries"];
  REQUIRE(entries.size() == 3);
  CHECK(entries[0]["source"] == "import");
  CHECK(entries[0]["detail"] == "first.csv");
  CHECK(entries[0]["community"] == "Älvsbyn");
  CHECK(entries[0]["round"] == "2024");
  CHECK(entries[0]["field"] == "consensus");
  CHECK(entries[0]["old"].is_null());
  CHECK(entries[0]["new"] == "4.50");
  CHECK(entries[1]["field"] == "a");
  CHECK(entries[2]["detail"] == "second.csv");
  CHECK(entries[2]["old"] == "4.50");
  CHECK(entries[2]["new"] == "5.00");
  CHECK(entries[2]["dimension"] == "A");
  CHECK(entries[2]["interview"] == "1");
  CHECK(entries[2]["when"].get<std::string>().size() == 20);
  CHECK_FALSE(entries[2]["who"].get<std::string>().empty());

  SECTION("as a table for people, with the decimal comma in Swedish") {
    const CliResult sv = run_cli({"audit", file}, "LANGUAGE=sv LC_ALL=sv_SE.UTF-8");
    REQUIRE(sv.exit_code == 0);
    CHECK(sv.out.find("second.csv") != std::string::npos);
    CHECK(sv.out.find("4,50") != std::string::npos);
    CHECK(sv.out.find("5,00") != std::string::npos);
  }
  SECTION("the workbook gets a History sheet only when asked for") {
    REQUIRE(run_cli({"export", file, "--xlsx", dir / "plain.xlsx", "--lang", "en"}).exit_code == 0);
    REQUIRE(run_cli({"export", file, "--xlsx", dir / "audit.xlsx", "--lang", "en", "--audit"}).exit_code == 0);
    auto sheets = [&](const std::string& xlsx) {
      return test_platform::run_command(
          "/usr/bin/python3 -c \"import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())\" " +
          shell_quote(xlsx)).out;
    };
    CHECK(sheets(dir / "plain.xlsx").find("name=\"History\"") == std::string::npos);
    CHECK(sheets(dir / "audit.xlsx").find("name=\"History\"") != std::string::npos);
    CHECK(run_cli({"export", file, "--csv", dir / "x.csv", "--audit"}).exit_code == 2);
  }
}

TEST_CASE("audit of a project without changes says so", "[cli][audit]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const CliResult text = run_cli({"audit", file}, "LANGUAGE=en LC_ALL=C.UTF-8");
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("no changes") != std::string::npos);
  CHECK(json::parse(run_cli({"audit", file, "--json"}).out)["entries"].empty());
  CHECK(run_cli({"audit", dir / "missing.readiness"}).exit_code == 1);
  CHECK(run_cli({"audit"}).exit_code == 2);
}
