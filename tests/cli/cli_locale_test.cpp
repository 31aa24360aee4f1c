// readiness-cli on a Swedish desktop (issue 15): numbers for machines are
// the same under sv_SE.UTF-8 as in the C locale; numbers for people take
// the language's decimal point and are cut, never rounded across a stage.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>

#include "project_lock.h"
#include "run_cli.h"

using nlohmann::json;

namespace {

const std::string kC = "LANGUAGE= LC_ALL=C.UTF-8";
const std::string kSwedish = "LANGUAGE= LC_ALL=sv_SE.UTF-8";

// Six interviews × six dimensions, every dimension 5, 5, 5, 5, 5, 4.99:
// each mean is 29.99 / 6 = 4.998333…, stage 4; the overall likewise.
std::string cliff_csv() {
  std::string csv = "community,round,interview,dimension,score\n";
  for (const char* dim : {"A", "B", "C", "D", "E", "F"})
    for (int i = 1; i <= 6; ++i)
      csv += std::string("Klippby,2026,") + std::to_string(i) + "," + dim + "," + (i == 6 ? "4.99" : "5") + "\n";
  return csv;
}

}  // namespace

TEST_CASE("every --json output parses and is byte-identical under sv_SE.UTF-8 and C", "[cli][locale]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const std::vector<std::vector<std::string>> commands = {
      {"score", file, "--json"},   {"compare", file, "--json"},   {"trend", file, "--json"},
      {"validate", file, "--json"}, {"instruments", "--json"}};
  for (const auto& args : commands) {
    INFO(args[0]);
    const CliResult c = run_cli(args, kC);
    const CliResult sv = run_cli(args, kSwedish);
    REQUIRE(c.exit_code == 0);
    REQUIRE(sv.exit_code == 0);
    CHECK_NOTHROW(json::parse(sv.out));
    CHECK(sv.out == c.out);
    // Not one number with a decimal comma ("sd": 0,5000).
    CHECK_FALSE(std::regex_search(sv.out, std::regex(R"(: -?\d+,\d)")));
  }
}

TEST_CASE("a mean of 29.99/6 is shown 4.99 with stage 4, never 5.00, in the compare and score tables",
          "[cli][locale]") {
  TempDir dir;
  const std::string file = dir / "k.readiness";
  write_text(dir / "k.csv", cliff_csv());
  REQUIRE(run_cli({"import-scores", file, dir / "k.csv"}).exit_code == 0);

  const CliResult en = run_cli({"compare", file}, "LANGUAGE=en LC_ALL=C.UTF-8");
  REQUIRE(en.exit_code == 0);
  INFO(en.out);
  CHECK(en.out.find("5.00") == std::string::npos);
  // Six dimensions and the overall at 4.99, then stage 4, then n = 6.
  CHECK(std::regex_search(en.out, std::regex(R"(Klippby\s+2026\s+(4\.99\s+){7}4\s+6)")));
  // No round is provisional: no footnote explaining "*".
  CHECK(en.out.find("provisional") == std::string::npos);

  const CliResult sv = run_cli({"compare", file}, "LANGUAGE=sv LC_ALL=sv_SE.UTF-8");
  REQUIRE(sv.exit_code == 0);
  INFO(sv.out);
  CHECK(std::regex_search(sv.out, std::regex(R"(Klippby\s+2026\s+(4,99\s+){7}4\s+6)")));

  const CliResult score = run_cli({"score", file}, "LANGUAGE=sv LC_ALL=sv_SE.UTF-8");
  REQUIRE(score.exit_code == 0);
  INFO(score.out);
  CHECK(score.out.find("Totalt 4,9983 → stadium 4") != std::string::npos);
  CHECK(std::regex_search(score.out, std::regex(R"(A\s+Samhällets insatser\s+4,9983\s+6\s+0,00\s+4,99\s+5,00\s+4)")));

  // The JSON keeps four decimals and '.': 4.998333… is 4.9983, stage 4.
  const json doc = json::parse(run_cli({"score", file, "--json"}, kSwedish).out);
  CHECK(doc["rounds"][0]["overall"]["stage"] == 4);
  CHECK(doc["rounds"][0]["dimensions"][0]["mean"].dump() == "4.9983");
}

TEST_CASE("compare explains \"*\" only when a row is provisional", "[cli]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  // The demo's Älvsbyn 2022 has open consensus cells.
  const CliResult r = run_cli({"compare", file}, "LANGUAGE=en LC_ALL=C.UTF-8");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("2022*") != std::string::npos);
  CHECK(r.out.find("* provisional") != std::string::npos);
}

TEST_CASE("validate --json gives one object: valid with counts, or invalid with the message and exit 1", "[cli]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const CliResult ok = run_cli({"validate", file, "--json"});
  REQUIRE(ok.exit_code == 0);
  const json good = json::parse(ok.out);
  CHECK(good["valid"] == true);
  CHECK(good["kind"] == "project");
  CHECK(good["communities"] == 4);  // the demo: four municipalities, 2019 and 2022 each
  CHECK(good["rounds"] == 8);

  write_text(dir / "broken.readiness", "not a project\n");
  const CliResult bad = run_cli({"validate", dir / "broken.readiness", "--json"}, "LANGUAGE=en");
  CHECK(bad.exit_code == 1);
  const json verdict = json::parse(bad.out);
  CHECK(verdict["valid"] == false);
  CHECK(verdict["message"].get<std::string>().find("not a Readiness project file") != std::string::npos);
  CHECK(bad.err.find("not a Readiness project file") != std::string::npos);

  const CliResult instrument =
      run_cli({"validate", std::string(READINESS_SOURCE_DIR) + "/questionnaires/cr6-sv.json", "--json"});
  REQUIRE(instrument.exit_code == 0);
  const json ins = json::parse(instrument.out);
  CHECK(ins["kind"] == "instrument");
  CHECK(ins["id"] == "cr6-sv");
  CHECK(ins["dimensions"] == 6);
}

TEST_CASE("a CSV saved back by Swedish Excel as plain \"CSV\" (Windows-1252) imports into the same communities",
          "[cli][excel]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  REQUIRE(run_cli({"export", file, "--csv", dir / "s.csv", "--sep", ";"}).exit_code == 0);
  // Excel opens the UTF-8 file (its BOM tells it how) and "Spara som CSV
  // (semikolonavgränsad)" writes Windows-1252 without a BOM.
  const std::string convert =
      "/usr/bin/python3 -c \"import sys; open(sys.argv[2], 'w', encoding='cp1252', newline='')"
      ".write(open(sys.argv[1], encoding='utf-8-sig', newline='').read())\" " +
      shell_quote(dir / "s.csv") + " " + shell_quote(dir / "ansi.csv");
  REQUIRE(std::system(convert.c_str()) == 0);
  const std::string ansi = slurp(dir / "ansi.csv");
  REQUIRE(ansi.find("\n\xC4lvsbyn;") != std::string::npos);  // cp1252 "Ä": not UTF-8
  REQUIRE(ansi.find("\nPite\xE5;") != std::string::npos);
  const std::string before = run_cli({"score", file, "--json"}).out;

  const CliResult r = run_cli({"import-scores", file, dir / "ansi.csv"}, "LANGUAGE=en");
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("read as Windows-1252") != std::string::npos);
  CHECK(r.out.find("new custom community") == std::string::npos);  // no second Piteå or Älvsbyn
  CHECK(run_cli({"score", file, "--json"}).out == before);            // every score unchanged
}

TEST_CASE("import-scores honours a live lock and never loses a concurrent import", "[cli][lock]") {
  TempDir dir;
  const std::string file = dir / "p.readiness";
  // Six imports at once into one project, each a different interview: all
  // rows must be there afterwards (30 of 30 trials lost one before).
  const int n = 6;
  std::string cmd;
  for (int k = 1; k <= n; ++k) {
    std::string csv = "community,round,interview,dimension,score\n";
    for (const char* dim : {"A", "B", "C", "D", "E", "F"})
      csv += "Lockby,2026," + std::to_string(k) + "," + dim + ",5\n";
    write_text(dir / ("i" + std::to_string(k) + ".csv"), csv);
    cmd += "READINESS_LOCK_WAIT=60 " + shell_quote(READINESS_CLI) + " import-scores " + shell_quote(file) + " " +
           shell_quote(dir / ("i" + std::to_string(k) + ".csv")) + " >/dev/null 2>&1 & ";
  }
  cmd += "wait";
  REQUIRE(std::system(("bash -c " + shell_quote(cmd)).c_str()) == 0);
  const json doc = json::parse(run_cli({"score", file, "--json"}).out);
  REQUIRE(doc["rounds"].size() == 1);
  CHECK(doc["rounds"][0]["interviews"] == n);
  CHECK(doc["rounds"][0]["dimensions"][0]["n"] == n);
  CHECK_FALSE(std::filesystem::exists(file + ".lock"));  // every writer let go

  // A live holder (this test process, as the app would be): refused after
  // the wait, naming who has it, the file untouched.
  const std::string before = slurp(file);
  {
    const readiness::ProjectLock held = readiness::ProjectLock::acquire(file);
    write_text(dir / "more.csv", "community,round,interview,dimension,score\nLockby,2026,9,A,4\n");
    const CliResult r = run_cli({"import-scores", file, dir / "more.csv"}, "READINESS_LOCK_WAIT=0.3 LANGUAGE=en");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("is open in Readiness by " + readiness::ProjectLock::current_process().user) != std::string::npos);
    CHECK(r.err.find("nothing was changed") != std::string::npos);
    // The same file through a symlink has the same lock.
    std::filesystem::create_symlink(file, dir / "link.readiness");
    CHECK(run_cli({"import-scores", dir / "link.readiness", dir / "more.csv"}, "READINESS_LOCK_WAIT=0.3").exit_code == 1);
    CHECK(run_cli({"demo", file}, "READINESS_LOCK_WAIT=0.3").exit_code == 1);
  }
  CHECK(slurp(file) == before);
}

TEST_CASE("import-scores reads only a regular file: a folder, a pipe and /dev/zero are refused at once", "[cli][files]") {
  TempDir dir;
  const std::string file = dir / "p.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const std::string before = slurp(file);
  // Named pipes and /dev/zero exist on POSIX only (test_platform.h).
  std::vector<std::string> inputs{dir.path.string()};
  if (test_platform::make_fifo(dir.path / "pipe.csv")) inputs.push_back(dir / "pipe.csv");
  if (!test_platform::device_path().empty()) inputs.push_back("/dev/zero");
  for (const std::string& input : inputs) {
    INFO(input);
    const CliResult r = run_cli({"import-scores", file, input}, "LANGUAGE=en");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("not a regular file") != std::string::npos);
  }
  CHECK(slurp(file) == before);
}
