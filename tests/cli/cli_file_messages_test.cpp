// Messages about project files and score imports, made in survey/, reach a
// Swedish user of readiness-cli in Swedish as whole sentences (no English
// reason inside a Swedish frame), and an English user in English.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "run_cli.h"

namespace {
const std::string kSwedish = "LANGUAGE=sv LC_ALL=sv_SE.UTF-8";
const std::string kEnglish = "LANGUAGE=en LC_ALL=C.UTF-8";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The number after "length " in a project file's header.
std::string header_length(const std::string& bytes) {
  const std::size_t at = bytes.find("\nlength ");
  REQUIRE(at != std::string::npos);
  const std::size_t begin = at + 8;
  return bytes.substr(begin, bytes.find('\n', begin) - begin);
}
}  // namespace

TEST_CASE("validate names a truncated project file in Swedish under sv and in English under en",
          "[cli][file][translation]") {
  TempDir dir;
  const std::string file = dir / "län.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const std::string whole = slurp(file);
  const std::string promised = header_length(whole);
  const std::size_t payload_start = whole.find("\n\n") + 2;
  const std::string cut = whole.substr(0, whole.size() - 100);  // the last 100 bytes lost
  const std::string found = std::to_string(cut.size() - payload_start);
  write_text(file, cut);

  const CliResult sv = run_cli({"validate", file}, kSwedish);
  CHECK(sv.exit_code == 1);
  INFO(sv.err);
  CHECK(contains(sv.err, "Kan inte öppna \"" + file + "\": filen är avkortad: filhuvudet utlovar " + promised +
                             " byte innehåll, filen har " + found));
  CHECK_FALSE(contains(sv.err, "Cannot open"));
  CHECK_FALSE(contains(sv.err, "truncated"));

  const CliResult en = run_cli({"validate", file}, kEnglish);
  CHECK(en.exit_code == 1);
  CHECK(contains(en.err, "Cannot open \"" + file + "\": the file is truncated: the header promises " + promised +
                             " bytes of content, the file has " + found));
  CHECK_FALSE(contains(en.err, ".bak"));  // no backup here: none is named

  // With the previous save beside it, the message says where it is.
  write_text(file + ".bak", whole);
  const CliResult with_backup = run_cli({"validate", file}, kSwedish);
  CHECK(with_backup.exit_code == 1);
  CHECK(contains(with_backup.err, "filen är avkortad"));
  CHECK(contains(with_backup.err, "den förra sparningen finns bredvid: " + file + ".bak"));
  REQUIRE(run_cli({"validate", file + ".bak"}).exit_code == 0);
}

TEST_CASE("validate names a damaged and a foreign project file in Swedish under sv", "[cli][file][translation]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  std::string bytes = slurp(file);
  bytes[bytes.size() - 10] = bytes[bytes.size() - 10] == '1' ? '2' : '1';  // one payload byte changed
  write_text(file, bytes);
  const CliResult damaged = run_cli({"validate", file}, kSwedish);
  CHECK(damaged.exit_code == 1);
  CHECK(contains(damaged.err, "Kan inte öppna \"" + file + "\": innehållet är skadat: dess kontrollsumma är "));
  CHECK_FALSE(contains(damaged.err, "damaged"));

  write_text(dir / "anteckningar.readiness", "Mötesanteckningar\n");
  const CliResult foreign = run_cli({"validate", dir / "anteckningar.readiness"}, kSwedish);
  CHECK(foreign.exit_code == 1);
  CHECK(contains(foreign.err, "ingen Readiness-projektfil (den börjar inte med READINESS-PROJECT)"));

  const CliResult missing = run_cli({"validate", dir / "saknas.readiness"}, kSwedish);
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "Kan inte öppna \"" + (dir / "saknas.readiness") + "\": filen finns inte"));
}

TEST_CASE("import-scores refuses a bad file in Swedish under sv and changes nothing", "[cli][csv][translation]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const std::string before = slurp(file);
  write_text(dir / "fel.csv",
             "community;round;interview;dimension;score;scorer\n"
             "Älvsbyn;2030;1;A;tio;A\n"
             "Älvsbyn;2030;1;B;4;C\n"
             "Älvsbyn;2030;1;Q;4;A\n"
             "Älvsbyn;2030;2;A;;A\n");

  const CliResult sv = run_cli({"import-scores", file, dir / "fel.csv"}, kSwedish);
  CHECK(sv.exit_code == 1);
  INFO(sv.err);
  const std::string csv = dir / "fel.csv";
  CHECK(contains(sv.err, csv + ": avvisad, inget importerades (4 fel)"));
  CHECK(contains(sv.err, csv + ":5: kolumnen \"score\": saknas"));
  CHECK_FALSE(contains(sv.err, "missing"));
  CHECK(contains(sv.err, csv + ":2: kolumnen \"score\": \"tio\" är inget tal (poäng är 1–9, t.ex. 4, 4.5 eller 4,5)"));
  CHECK(contains(sv.err, csv + ":3: kolumnen \"scorer\": \"C\" är ingen bedömare; använd A, B eller konsensus"));
  CHECK(contains(sv.err, csv + ":4: kolumnen \"dimension\": \"Q\" är ingen dimension i instrumentet "));
  CHECK_FALSE(contains(sv.err, "refused"));
  CHECK(slurp(file) == before);

  const CliResult en = run_cli({"import-scores", file, dir / "fel.csv"}, kEnglish);
  CHECK(en.exit_code == 1);
  CHECK(contains(en.err, csv + ": refused, nothing imported (4 problems)"));
  CHECK(contains(en.err, csv + ":5: column \"score\": missing"));
  CHECK(contains(en.err, csv + ":3: column \"scorer\": \"C\" is not a scorer; use A, B or consensus"));
}

TEST_CASE("import-scores refuses a folder in Swedish under sv", "[cli][csv][translation]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const CliResult sv = run_cli({"import-scores", file, dir.path.u8string()}, kSwedish);
  CHECK(sv.exit_code == 1);
  CHECK(contains(sv.err, dir.path.u8string() + ": ingen vanlig fil (en mapp, enhet eller rörledning); välj själva CSV-filen"));
}
