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
  // English: the test matches the message text (the suite also runs under sv_SE).
  const CliResult r = run_cli({"export", demo, "--csv", dir / "no/such/folder/out.csv"}, "LANGUAGE=en LC_ALL=C.UTF-8");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("does not exist") != std::string::npos);
  // On a Swedish desktop the message is Swedish, for the workbook too.
  const std::string missing = dir / "no/such/folder";
  const CliResult sv = run_cli({"export", demo, "--xlsx", missing + "/ut.xlsx"}, "LANGUAGE=sv LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8");
  CHECK(sv.exit_code == 1);
  // (the folder as the program names it: with "\\" on Windows)
  CHECK(sv.err.find(missing + "/ut.xlsx: mappen ") != std::string::npos);
  CHECK(sv.err.find("folder finns inte") != std::string::npos);
  CHECK(sv.err.find("does not exist") == std::string::npos);
}

// --- Issue 15: CSV as Excel reads and writes it; names as municipalities
// write them. Messages are checked in English (LANGUAGE=en) and Swedish.

namespace {

const std::string kEnglish = "LANGUAGE=en LANG=C.UTF-8";
const std::string kSwedish = "LANGUAGE=sv LANG=sv_SE.UTF-8";
const std::string kBom = "\xEF\xBB\xBF";

std::string fault_file(const std::string& name) { return std::string(READINESS_TEST_DATA) + "/csv/" + name; }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// What Excel makes of a CSV file without a BOM when the user saves it as
// "CSV UTF-8": every byte read as Windows-1252, the text written as UTF-8.
std::string excel_cp1252_round_trip(const std::string& bytes) {
  // Windows-1252 0x80–0x9F (undefined bytes decode to the C1 control).
  static const unsigned kHigh[32] = {0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
                                     0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
                                     0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};
  std::string out;
  for (char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    const unsigned cp = b < 0x80 ? b : b < 0xA0 ? kHigh[b - 0x80] : b;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("export --csv starts with a UTF-8 BOM for either separator", "[cli][csv][excel]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  REQUIRE(run_cli({"export", demo, "--csv", dir / "comma.csv"}).exit_code == 0);
  REQUIRE(run_cli({"export", demo, "--csv", dir / "semi.csv", "--sep", ";"}).exit_code == 0);
  CHECK(slurp(dir / "comma.csv").rfind(kBom + "community,community_code,", 0) == 0);
  CHECK(slurp(dir / "semi.csv").rfind(kBom + "community;community_code;", 0) == 0);
}

TEST_CASE("import-scores honours an Excel sep= line", "[cli][csv][excel]") {
  TempDir dir;
  const CliResult r = run_cli({"import-scores", dir / "new.readiness", fault_file("excel_sep_line.csv")}, kEnglish);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "2 rows imported"));
  write_text(dir / "comma.csv", kBom + "sep=,\r\ncommunity,round,interview,dimension,score\r\nArjeplog,2023,1,A,4.5\r\n");
  CHECK(run_cli({"import-scores", dir / "new.readiness", dir / "comma.csv"}).exit_code == 0);
  // score --json under C: this test is about the import, not the number format.
  const json rounds = json::parse(run_cli({"score", dir / "new.readiness", "--json"}, kEnglish).out)["rounds"];
  REQUIRE(rounds.size() == 2);
  CHECK(rounds[0]["community_code"] == "2581");
  CHECK(rounds[1]["community_code"] == "2506");
}

TEST_CASE("import-scores says which official names it matched, in English and Swedish", "[cli][csv][names]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  const std::string copy = dir / "copy.readiness";
  std::filesystem::copy_file(demo, copy);

  const CliResult en = run_cli({"import-scores", demo, fault_file("official_names.csv")}, kEnglish);
  REQUIRE(en.exit_code == 0);
  CHECK(contains(en.out, "matched: Pite\xC3\xA5 kommun \xE2\x86\x92 Pite\xC3\xA5 (2581)\n"));
  CHECK(contains(en.out, "matched: \xC3\x84lvsbyns kommun \xE2\x86\x92 \xC3\x84lvsbyn (2560)\n"));
  CHECK(contains(en.out, "added 0 communities, 2 rounds"));
  CHECK_FALSE(contains(en.out, "custom"));

  const CliResult sv = run_cli({"import-scores", copy, fault_file("official_names.csv")}, kSwedish);
  REQUIRE(sv.exit_code == 0);
  CHECK(contains(sv.out, "matchade: Pite\xC3\xA5 kommun \xE2\x86\x92 Pite\xC3\xA5 (2581)\n"));

  // Piteå 2024 now sits in Piteå's trend, not in a community of its own.
  const json trend = json::parse(run_cli({"score", demo, "--json"}, kEnglish).out)["rounds"];
  int pitea_rounds = 0;
  for (const auto& round : trend) pitea_rounds += round["community_code"] == "2581";
  CHECK(pitea_rounds == 3);
}

TEST_CASE("import-scores lists new custom communities and asks 'did you mean'", "[cli][csv][names]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  write_text(dir / "typo.csv", "community;round;interview;dimension;score\r\n"
                               "Pitea;2024;1;A;5\r\n"
                               "Norrbottens kustland;2024;1;A;5\r\n");
  const CliResult en = run_cli({"import-scores", demo, dir / "typo.csv"}, kEnglish);
  REQUIRE(en.exit_code == 0);
  CHECK(contains(en.out, "new custom community (no municipality code): Pitea \xE2\x80\x94 did you mean "
                         "Pite\xC3\xA5 (2581)?\n"));
  CHECK(contains(en.out, "new custom community (no municipality code): Norrbottens kustland\n"));

  const std::string other = dir / "other.readiness";
  REQUIRE(run_cli({"demo", other}).exit_code == 0);
  const CliResult sv = run_cli({"import-scores", other, dir / "typo.csv"}, kSwedish);
  REQUIRE(sv.exit_code == 0);
  CHECK(contains(sv.out, "nytt eget samh\xC3\xA4lle (utan kommunkod): Pitea \xE2\x80\x94 menade du "
                         "Pite\xC3\xA5 (2581)?\n"));
}

TEST_CASE("import-scores refuses a name that contradicts its code", "[cli][csv][names]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  const std::string before = slurp(demo);
  write_text(dir / "wrong.csv", "community,community_code,round,interview,dimension,score\n"
                                "Lule\xC3\xA5,2581,2024,1,A,5\n");
  const CliResult r = run_cli({"import-scores", demo, dir / "wrong.csv"}, kEnglish);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "wrong.csv:2: column \"community_code\": 2581 is Pite\xC3\xA5, but community says Lule\xC3\xA5"));
  CHECK(slurp(demo) == before);
}

TEST_CASE("import-scores: no-break spaces in an issue or a name change nothing", "[cli][csv][names]") {
  TempDir dir;
  const std::string demo = dir / "d.readiness";
  REQUIRE(run_cli({"demo", demo}).exit_code == 0);
  const CliResult issue = run_cli({"import-scores", demo, fault_file("issue_with_nbsp.csv")}, kEnglish);
  REQUIRE(issue.exit_code == 0);
  CHECK(contains(issue.out, "added 0 communities, 0 rounds, 1 interviews"));

  // "Piteå" decomposed (macOS) and "Arjeplog" with a no-break space inside "kommun".
  write_text(dir / "names.csv", "community,round,interview,dimension,score\n"
                                "Pitea\xCC\x8A,2022,10,A,5\n"
                                "Arjeplog\xC2\xA0kommun,2022,10,A,5\n");
  const CliResult names = run_cli({"import-scores", demo, dir / "names.csv"}, kEnglish);
  REQUIRE(names.exit_code == 0);
  CHECK(contains(names.out, "added 0 communities, 0 rounds, 2 interviews"));
  CHECK(contains(names.out, "matched: Arjeplog kommun \xE2\x86\x92 Arjeplog (2506)\n"));
}

TEST_CASE("export, Excel without a BOM, import: never a second community silently", "[cli][csv][excel]") {
  TempDir dir;
  const std::string file = dir / "p.readiness";
  write_text(dir / "start.csv", "community;county_code;round;interview;dimension;score;issue\r\n"
                                "Pite \xC3\xA4lvdal;25;2024;1;A;4,5;spel om pengar\r\n"
                                "Pite \xC3\xA4lvdal;25;2024;1;B;5;spel om pengar\r\n");
  REQUIRE(run_cli({"import-scores", file, dir / "start.csv"}).exit_code == 0);
  REQUIRE(run_cli({"export", file, "--csv", dir / "out.csv", "--sep", ";"}).exit_code == 0);
  const std::string exported = slurp(dir / "out.csv");
  REQUIRE(exported.rfind(kBom, 0) == 0);

  SECTION("with the BOM Excel reads UTF-8: the file imports into the same community") {
    const CliResult r = run_cli({"import-scores", file, dir / "out.csv"}, kEnglish);
    REQUIRE(r.exit_code == 0);
    CHECK(contains(r.out, "2 unchanged; added 0 communities, 0 rounds, 0 interviews"));
  }
  SECTION("without it (an older export, or the BOM lost) the mojibake is refused, naming row and text") {
    const std::string before = slurp(file);
    write_text(dir / "excel.csv", excel_cp1252_round_trip(exported.substr(kBom.size())));
    REQUIRE(contains(slurp(dir / "excel.csv"), "Pite \xC3\x83\xC2\xA4lvdal"));  // "Pite Ã¤lvdal"
    const CliResult r = run_cli({"import-scores", file, dir / "excel.csv"}, kEnglish);
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, "excel.csv:2: column \"community\": \"Pite \xC3\x83\xC2\xA4lvdal\" is UTF-8 text that "
                          "was read as Windows-1252"));
    CHECK(contains(r.err, "it was probably \"Pite \xC3\xA4lvdal\""));
    CHECK(contains(r.err, "excel.csv:3: column \"community\""));
    CHECK(slurp(file) == before);
  }
}
