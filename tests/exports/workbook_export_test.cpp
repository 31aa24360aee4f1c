// The Excel workbook: checked from outside, the way its readers see it —
// openpyxl (formulas and cached values), LibreOffice headless (with and
// without recalculation), the chart XML — against `readiness-cli score --json`.

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_platform.h"
#include "atomic_output.h"
#include "instrument_library.h"
#include "project_file.h"
#include "scoring/test_fixtures.h"
#include "workbook_export.h"
#include "workbook_names.h"
#include "workbook_writer.h"

namespace fs = std::filesystem;
using namespace readiness;

namespace {

std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

struct Run {
  int code = -1;
  std::string out;
};

// Runs a shell command, output and errors together.
Run run(const std::string& cmd) {
  const test_platform::CommandResult run = test_platform::run_command(cmd + " 2>&1");
  Run r;
  r.code = run.code;
  r.out = run.out;
  return r;
}

std::string cli(const std::string& args) {
  return "READINESS_DATA_DIR=" + quoted(std::string(READINESS_SOURCE_DIR) + "/questionnaires") + " " +
         quoted(READINESS_CLI) + " " + args;
}

std::string checker() {
  return std::string("/usr/bin/python3 ") + quoted(std::string(READINESS_SOURCE_DIR) + "/tests/exports/check_workbook.py");
}

// A fresh folder per test case, removed afterwards.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name) {
    path = fs::temp_directory_path() / ("readiness-xlsx-" + name + "-" + std::to_string(test_platform::current_pid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& f) const { return (path / f).string(); }
};

// The demo project, its score and trend JSON and its workbook in `lang`.
void export_demo(const TempDir& dir, const std::string& lang) {
  REQUIRE(run(cli("demo " + quoted(dir / "d.readiness"))).code == 0);
  REQUIRE(run(cli("score " + quoted(dir / "d.readiness") + " --json > " + quoted(dir / "score.json"))).code == 0);
  REQUIRE(run(cli("trend " + quoted(dir / "d.readiness") + " --json > " + quoted(dir / "trend.json"))).code == 0);
  REQUIRE(run(cli("compare " + quoted(dir / "d.readiness") + " --json > " + quoted(dir / "compare.json"))).code == 0);
  const Run e = run(cli("export " + quoted(dir / "d.readiness") + " --xlsx " + quoted(dir / ("d-" + lang + ".xlsx")) +
                        " --lang " + lang));
  INFO(e.out);
  REQUIRE(e.code == 0);
}

std::size_t files_in(const fs::path& dir) {
  std::size_t n = 0;
  for (auto it = fs::directory_iterator(dir); it != fs::directory_iterator(); ++it) ++n;
  return n;
}

// Every cached string of the workbook (shared strings) and the cells' inline text.
std::string workbook_strings(const std::string& xlsx) {
  return run("/usr/bin/python3 -c \"import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); "
             "print(''.join(z.read(n).decode() for n in z.namelist() if n.endswith('.xml')))\" " +
             quoted(xlsx))
      .out;
}

// The bundled Swedish six-dimension instrument: saved projects must validate.
Instrument bundled_instrument() {
  return load_instrument_file(std::string(READINESS_SOURCE_DIR) + "/questionnaires/cr6-sv.json");
}

// Names, gaps and cliffs that break naive writers.
Project tricky_project() {
  using namespace readiness::test;
  const Instrument ins = bundled_instrument();
  const std::string issue = "spel om pengar * bland unga?";
  std::vector<Round> rounds;
  // Means of exactly 5.00 from hundredths whose float sum is not exact.
  rounds.push_back(make_round(ins, {{435, 565}, {433, 567}, {401, 599}, {470, 530}, {333, 667}, {510, 490}},
                              "r*1?", "c1", "2021", issue));
  // One dimension without any consensus: no overall, no overall stage.
  rounds.push_back(make_round(ins, {{500, 450}, {kNone, kNone}, {400}, {400}, {400}, {400}}, "r~2", "c1", "2022",
                              issue));
  rounds.push_back(make_round(ins, {{499}, {499}, {499}, {499}, {499}, {499}}, "r3", "c2", "2022", issue));
  rounds.push_back(make_round(ins, {{700, 650}, {300}, {450}, {520}, {610}, {880}}, "r4", "c3", "2022", issue));
  rounds.push_back(make_round(ins, {{200}, {300}, {400}, {500}, {600}, {700}}, "r5", "c4", "2022", issue));
  // Individual scores without consensus: provisional.
  rounds[3].interviews[0].scores["B"].scorer_a = 350;
  rounds[3].interviews[0].scores["B"].scorer_b = 400;
  Project p = make_project(rounds, {{"c1", "Övre Älvdalens kommun: Norr/Syd [del]*? med ett långt namn"},
                                    {"c2", "Sammanfattning"},
                                    {"c3", "Kommun's 'test' å ä ö"},
                                    {"c4", "övre älvdalens kommun- norr-syd -del--"}});
  p.title = "Svåra namn";
  return p;
}

}  // namespace

TEST_CASE("xlsx: demo workbook: live formulas whose cached values equal score --json, charts on the right ranges",
          "[xlsx]") {
  TempDir dir("openpyxl");
  for (const std::string lang : {"sv", "en"}) {
    SECTION("language " + lang) {
      export_demo(dir, lang);
      const Run check = run(checker() + " " + quoted(dir / ("d-" + lang + ".xlsx")) + " " + quoted(dir / "score.json") +
                            " --trend " + quoted(dir / "trend.json") + " --compare " + quoted(dir / "compare.json") +
                            " --charts");
      INFO(check.out);
      CHECK(check.code == 0);
      CHECK(check.out.find("0 failure(s)") != std::string::npos);
      CHECK(check.out.find("'radar': 4, 'line': 4, 'bar': 1") != std::string::npos);
      // Trends sheet = trend --json: 4 communities × 2 rounds × (6 dimensions
      // + overall) × (mean, SD, low, high, stage), and the 2022 rows also
      // × (change, threshold, verdict, stage change within noise).
      CHECK(check.out.find("trends openpyxl: 392 values checked on " + std::string(lang == "sv" ? "Utveckling" : "Trends")) !=
            std::string::npos);
      // Comparison sheet = compare --json for 2022: 4 communities × (6 means + overall + stage).
      CHECK(check.out.find("comparison openpyxl: 32 values checked") != std::string::npos);
    }
  }
}

TEST_CASE("xlsx: LibreOffice shows the score --json numbers without recalculation and after a forced one",
          "[xlsx][libreoffice]") {
  TempDir dir("lo");
  export_demo(dir, "sv");
  const Run check = run(checker() + " " + quoted(dir / "d-sv.xlsx") + " " + quoted(dir / "score.json") + " --trend " +
                        quoted(dir / "trend.json") + " --compare " + quoted(dir / "compare.json") + " --libreoffice " +
                        quoted(dir / "lo"));
  INFO(check.out);
  CHECK(check.code == 0);
  CHECK(check.out.find("LibreOffice cached wb: 64 values checked") != std::string::npos);
  CHECK(check.out.find("LibreOffice recalc wb: 64 values checked") != std::string::npos);
  // The zeroed copy proves the two modes really differ: cached shows the
  // zeros, recalculation the right numbers.
  CHECK(check.out.find("LibreOffice cached zeroed: 64 values checked") != std::string::npos);
  CHECK(check.out.find("LibreOffice recalc zeroed: 64 values checked") != std::string::npos);
  // The Trends sheet too: means via the Summary, stages and changes recomputed.
  CHECK(check.out.find("LibreOffice cached trends: 392 values checked") != std::string::npos);
  CHECK(check.out.find("LibreOffice recalc trends: 392 values checked") != std::string::npos);
  CHECK(check.out.find("LibreOffice cached comparison: 32 values checked") != std::string::npos);
  CHECK(check.out.find("LibreOffice recalc comparison: 32 values checked") != std::string::npos);
}

TEST_CASE("xlsx: sheet names with å/ä/ö, spaces, quotes and forbidden characters, gaps and the 5.00 cliff",
          "[xlsx][libreoffice]") {
  TempDir dir("names");
  save_project(tricky_project(), dir / "t.readiness");
  REQUIRE(run(cli("score " + quoted(dir / "t.readiness") + " --json > " + quoted(dir / "score.json"))).code == 0);
  const std::string json = run("cat " + quoted(dir / "score.json")).out;
  CHECK(json.find("\"overall\": null") != std::string::npos);  // the gap round
  REQUIRE(run(cli("trend " + quoted(dir / "t.readiness") + " --json > " + quoted(dir / "trend.json"))).code == 0);
  REQUIRE(run(cli("compare " + quoted(dir / "t.readiness") + " --json > " + quoted(dir / "compare.json"))).code == 0);
  // The gap round's n = 1 dimensions: changes that cannot be assessed.
  CHECK(run("cat " + quoted(dir / "trend.json")).out.find("\"not_assessable\"") != std::string::npos);
  REQUIRE(run(cli("export " + quoted(dir / "t.readiness") + " --xlsx " + quoted(dir / "t.xlsx"))).code == 0);
  const Run check = run(checker() + " " + quoted(dir / "t.xlsx") + " " + quoted(dir / "score.json") + " --trend " +
                        quoted(dir / "trend.json") + " --compare " + quoted(dir / "compare.json") +
                        " --charts --libreoffice " + quoted(dir / "lo"));
  INFO(check.out);
  CHECK(check.code == 0);
  CHECK(check.out.find("LibreOffice recalc trends:") != std::string::npos);
  CHECK(check.out.find("LibreOffice recalc comparison:") != std::string::npos);
  const Run names = run("/usr/bin/python3 -c \"import openpyxl,sys; print('|'.join(openpyxl.load_workbook(sys.argv[1])"
                        ".sheetnames))\" " + quoted(dir / "t.xlsx"));
  INFO(names.out);
  CHECK(names.out.find("Sammanfattning|Jämförelse|Utveckling|Övre Älvdalens kommun- Norr-Syd|Sammanfattning (2)|"
                       "Kommun's 'test' å ä ö|övre älvdalens kommun- norr (2)|Samstämmighet|Metod|Poäng") !=
        std::string::npos);
}

TEST_CASE("xlsx: sheet names are cleaned, cut to 31 characters and unique without regard to case", "[xlsx]") {
  CHECK(clean_sheet_name("Pite älvdal") == "Pite älvdal");
  CHECK(clean_sheet_name("a/b\\c[d]e:f*g?h") == "a-b-c-d-e-f-g-h");
  CHECK(clean_sheet_name("'quoted'") == "quoted");
  CHECK(clean_sheet_name("   ") == "Blad");
  CHECK(clean_sheet_name("Åååååååååååååååååååååååååååååååååå") == "Ååååååååååååååååååååååååååååååå");
  SheetNames names;
  CHECK(names.take("Älvsbyn") == "Älvsbyn");
  CHECK(names.take("ÄLVSBYN") == "ÄLVSBYN (2)");
  CHECK(names.take("älvsbyn") == "älvsbyn (3)");
  CHECK(quote_sheet("Kommun's") == "'Kommun''s'");
  CHECK(sheet_cell_ref("Älvsbyn", 1, 1) == "'Älvsbyn'!$B$2");
  CHECK(cell_ref(0, 26) == "$AA$1");
}

TEST_CASE("xlsx: a failed export says why and leaves no half-written file", "[xlsx]") {
  using namespace readiness::test;
  const Project project = make_project({make_round(six_dimensions(), {{400}, {400}, {400}, {400}, {400}, {400}})});
  TempDir dir("errors");

  SECTION("folder does not exist") {
    const std::string target = dir / "missing/out.xlsx";
    REQUIRE_THROWS_WITH(write_workbook(project, target), Catch::Contains("does not exist"));
    CHECK_FALSE(fs::exists(target));
  }
  SECTION("target is a folder") {
    fs::create_directory(dir / "out.xlsx");
    REQUIRE_THROWS_WITH(write_workbook(project, dir / "out.xlsx"), Catch::Contains("is a folder"));
    CHECK(fs::is_directory(dir / "out.xlsx"));
    CHECK(files_in(dir.path) == 1);  // no temporary file left beside it
  }
  SECTION("folder is not writable") {
    // root ignores permission bits; a read-only pseudo file system does not.
    std::string folder = dir / "ro";
    if (test_platform::is_root()) {
      folder = "/proc";
    } else {
      fs::create_directory(folder);
      fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    }
    if (test_platform::folder_writable(fs::u8path(folder))) {
      // Windows: "read-only" does not stop new files in a folder.
      WARN("folder permissions are not enforced here; read-only case not tested");
    } else {
      const std::string target = folder + "/out.xlsx";
      REQUIRE_THROWS_WITH(write_workbook(project, target), Catch::Contains("cannot write"));
      CHECK_FALSE(fs::exists(target));
    }
  }
  SECTION("an existing workbook is replaced whole") {
    { std::ofstream(dir / "out.xlsx") << "old"; }
    write_workbook(project, dir / "out.xlsx");
    CHECK(fs::file_size(dir / "out.xlsx") > 1000);
    CHECK(files_in(dir.path) == 1);
  }
  SECTION("the CLI reports the error and exits 1") {
    const std::string demo = dir / "d.readiness";
    save_project(make_project({make_round(bundled_instrument(), {{400}, {400}, {400}, {400}, {400}, {400}})}), demo);
    // In English: under sv_SE (scripts/test's second run) the message is Swedish.
    const Run r = run("LANGUAGE=en LC_ALL=C.UTF-8 " + cli("export " + quoted(demo) + " --xlsx " +
                                                          quoted(dir / "missing/out.xlsx")));
    CHECK(r.code == 1);
    INFO(r.out);
    CHECK(r.out.find("does not exist") != std::string::npos);
  }
}

TEST_CASE("xlsx: the workbook owner is move-only and its close() throws on a write error", "[xlsx]") {
  STATIC_REQUIRE_FALSE(std::is_copy_constructible<XlsxWorkbook>::value);
  STATIC_REQUIRE(std::is_nothrow_move_constructible<XlsxWorkbook>::value);
  TempDir dir("owner");
  XlsxWorkbook a(dir / "gone/x.xlsx");  // libxlsxwriter opens the file only at close
  XlsxWorkbook b(std::move(a));
  CHECK(a.get() == nullptr);
  REQUIRE_THROWS_AS(b.close(), ExportError);
  REQUIRE_THROWS_WITH(b.close(), Catch::Contains("already closed"));
}

TEST_CASE("xlsx: respondent contact details appear only when asked for", "[xlsx]") {
  using namespace readiness::test;
  Project project = make_project({make_round(six_dimensions(), {{400}, {400}, {400}, {400}, {400}, {400}})});
  Respondent resp;
  resp.id = "R1";
  resp.pseudonym = "Respondent 1";
  resp.sector = "police";
  resp.contact = "anna.secret@example.se";
  project.rounds[0].respondents.push_back(resp);
  project.rounds[0].interviews[0].respondent_id = "R1";
  TempDir dir("contacts");
  write_workbook(project, dir / "plain.xlsx");
  CHECK(workbook_strings(dir / "plain.xlsx").find("anna.secret@example.se") == std::string::npos);
  CHECK(workbook_strings(dir / "plain.xlsx").find("Polis") != std::string::npos);
  WorkbookOptions options;
  options.include_contacts = true;
  options.language = "en";
  write_workbook(project, dir / "contacts.xlsx", options);
  const std::string strings = workbook_strings(dir / "contacts.xlsx");
  CHECK(strings.find("anna.secret@example.se") != std::string::npos);
  CHECK(strings.find("Police") != std::string::npos);
}

TEST_CASE("xlsx: each scorer's note stands on the Scores sheet beside the consensus reason", "[xlsx]") {
  using namespace readiness::test;
  Project project = make_project({make_round(six_dimensions(), {{400}, {400}, {400}, {400}, {400}, {400}})});
  DimensionScore& a = project.rounds[0].interviews[0].scores["A"];
  a.scorer_a = 350;
  a.scorer_b = 450;
  a.reason = "Enades efter samtal";
  a.note_a = "\"bara skolan gör något\"";
  a.note_b = "Polisen nämner tillsyn";
  TempDir dir("notes");
  write_workbook(project, dir / "notes.xlsx");
  // Header and cells of the Scores table, row by row, as openpyxl reads them.
  const Run table = run("/usr/bin/python3 -c \"import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Poäng']; "
                        "print('|'.join(str(c.value) for c in ws[1])); print('|'.join(str(c.value) for c in ws[2])); "
                        "print(ws.tables['Scores'].ref)\" " + quoted(dir / "notes.xlsx"));
  INFO(table.out);
  CHECK(table.out.find("|Motivering|Anteckning A|Anteckning B\n") != std::string::npos);
  CHECK(table.out.find("|Enades efter samtal|\"bara skolan gör något\"|Polisen nämner tillsyn\n") != std::string::npos);
  CHECK(table.out.find("A1:N7") != std::string::npos);  // 6 rows, the notes inside the table
}

// The Comparison sheet's heading cells ("Issue: … · Period 2019 · …"), one per table.
std::string comparison_headings(const std::string& xlsx) {
  return run("/usr/bin/python3 -c \"import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).worksheets[1]; "
             "print('|'.join(str(c.value) for c in ws['A'] if c.value and ' · ' in str(c.value)))\" " +
             quoted(xlsx))
      .out;
}

TEST_CASE("xlsx: readiness-cli export --issue, --period and --contacts choose what the workbook shows",
          "[xlsx][cli]") {
  TempDir dir("cli-options");
  const std::string demo = dir / "d.readiness";
  REQUIRE(run(cli("demo " + quoted(demo))).code == 0);

  SECTION("by default the latest label of each issue is compared") {
    const Run r = run(cli("export " + quoted(demo) + " --xlsx " + quoted(dir / "plain.xlsx")));
    INFO(r.out);
    REQUIRE(r.code == 0);
    const std::string headings = comparison_headings(dir / "plain.xlsx");
    INFO(headings);
    CHECK(headings.find("2022") != std::string::npos);
    CHECK(headings.find("2019") == std::string::npos);
  }
  SECTION("--issue is matched like compare, --period picks the round label") {
    const Run r = run(cli("export " + quoted(demo) + " --xlsx " + quoted(dir / "p.xlsx") +
                          " --lang en --issue '  LANGNING av  alkohol till unga ' --period 2019"));
    INFO(r.out);
    REQUIRE(r.code == 0);
    const std::string headings = comparison_headings(dir / "p.xlsx");
    INFO(headings);
    CHECK(headings.find("Round 2019 · ") != std::string::npos);
    CHECK(headings.find("2022") == std::string::npos);
    // The 2019 means are still live formulas with cached values equal to score --json.
    REQUIRE(run(cli("score " + quoted(demo) + " --json > " + quoted(dir / "score.json"))).code == 0);
    const Run check = run(checker() + " " + quoted(dir / "p.xlsx") + " " + quoted(dir / "score.json"));
    INFO(check.out);
    CHECK(check.code == 0);
  }
  SECTION("an issue no round has: exit 1, named, no file") {
    const Run r =
        run(cli("export " + quoted(demo) + " --xlsx " + quoted(dir / "x.xlsx") + " --issue 'spel om pengar'"));
    INFO(r.out);
    CHECK(r.code == 1);
    CHECK(r.out.find("spel om pengar") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.xlsx"));
  }
  SECTION("a period no round of the issue has: exit 1, named, no file") {
    const Run r = run(cli("export " + quoted(demo) + " --xlsx " + quoted(dir / "x.xlsx") +
                          " --issue 'langning av alkohol till unga' --period 1999"));
    INFO(r.out);
    CHECK(r.code == 1);
    CHECK(r.out.find("1999") != std::string::npos);
    CHECK(r.out.find("langning av alkohol till unga") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.xlsx"));
    const Run alone = run(cli("export " + quoted(demo) + " --xlsx " + quoted(dir / "x.xlsx") + " --period 20"));
    CHECK(alone.code == 1);
    CHECK(alone.out.find("\"20\"") != std::string::npos);
  }
  SECTION("--issue and --period are workbook options: with --csv a usage error") {
    const Run r = run(cli("export " + quoted(demo) + " --csv " + quoted(dir / "x.csv") + " --period 2019"));
    CHECK(r.code == 2);
    CHECK_FALSE(fs::exists(dir / "x.csv"));
  }
  SECTION("--contacts puts respondent contact details in; without it they stay out") {
    using namespace readiness::test;
    Project project = make_project({make_round(bundled_instrument(), {{400}, {400}, {400}, {400}, {400}, {400}})});
    Respondent resp;
    resp.id = "R1";
    resp.sector = "police";
    resp.contact = "anna.secret@example.se";
    project.rounds[0].respondents.push_back(resp);
    project.rounds[0].interviews[0].respondent_id = "R1";
    save_project(project, dir / "c.readiness");
    REQUIRE(run(cli("export " + quoted(dir / "c.readiness") + " --xlsx " + quoted(dir / "without.xlsx"))).code == 0);
    const Run r =
        run(cli("export " + quoted(dir / "c.readiness") + " --xlsx " + quoted(dir / "with.xlsx") + " --contacts"));
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK(workbook_strings(dir / "without.xlsx").find("anna.secret@example.se") == std::string::npos);
    CHECK(workbook_strings(dir / "with.xlsx").find("anna.secret@example.se") != std::string::npos);
  }
}

TEST_CASE("xlsx: write_workbook refuses a comparison issue or period no round has", "[xlsx]") {
  using namespace readiness::test;
  const Project project = make_project({make_round(six_dimensions(), {{400}, {400}, {400}, {400}, {400}, {400}})});
  TempDir dir("options");
  CHECK(check_comparison_options(project, {}) == ComparisonOptionsProblem::None);
  WorkbookOptions options;
  options.comparison_issue = "no such issue";
  CHECK(check_comparison_options(project, options) == ComparisonOptionsProblem::UnknownIssue);
  REQUIRE_THROWS_WITH(write_workbook(project, dir / "out.xlsx", options), Catch::Contains("no such issue"));
  CHECK(files_in(dir.path) == 0);
  options.comparison_issue.reset();
  options.comparison_period = "1999";
  CHECK(check_comparison_options(project, options) == ComparisonOptionsProblem::UnknownPeriod);
  REQUIRE_THROWS_WITH(write_workbook(project, dir / "out.xlsx", options), Catch::Contains("1999"));
  CHECK(files_in(dir.path) == 0);
}

// Review item 14: the Swedish workbook says "stadium", the word the CLI, the
// window, the reports and the help use, never "steg" for a stage.
TEST_CASE("xlsx: the Swedish workbook calls a stage stadium, as every other output does", "[xlsx]") {
  TempDir dir("stadium");
  export_demo(dir, "sv");
  const std::string strings = workbook_strings(dir / "d-sv.xlsx");
  CHECK(strings.find("Stadiets namn") != std::string::npos);
  CHECK(strings.find(">Stadium<") != std::string::npos);
  CHECK(strings.find("Steg") == std::string::npos);
  CHECK(strings.find(" steg ") == std::string::npos);
  CHECK(strings.find("Intervjuer (n)") == std::string::npos);
}
