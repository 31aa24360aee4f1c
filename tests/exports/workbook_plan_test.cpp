// The workbook's action plan sheet and the Trends sheet's actions column
// (issue 13), read with openpyxl and compared with `readiness-cli plan
// --json` and `trend --json` (tests/exports/check_plan_sheet.py).
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "test_platform.h"
#include "project_file.h"
#include "workbook_export.h"

namespace fs = std::filesystem;
using namespace readiness;

namespace {

std::string quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string cli(const std::string& args) {
  return "READINESS_DATA_DIR=" + quoted(std::string(READINESS_SOURCE_DIR) + "/questionnaires") + " " +
         quoted(READINESS_CLI) + " " + args;
}

test_platform::CommandResult sh(const std::string& cmd) { return test_platform::run_command(cmd + " 2>&1"); }

struct Folder {
  fs::path path = test_platform::make_temp_dir("readiness-plan-xlsx-");
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& f) const { return (path / fs::u8path(f)).u8string(); }
};

}  // namespace

TEST_CASE("xlsx: the action plan sheet and the trend actions follow plan --json and trend --json", "[xlsx][plan]") {
  Folder dir;
  REQUIRE(sh(cli("demo " + quoted(dir / "d.readiness"))).code == 0);
  // Overdue is judged in the export's year: 2021 here, as plan --year 2021.
  REQUIRE(sh(cli("plan " + quoted(dir / "d.readiness") + " --year 2021 --json > " + quoted(dir / "plan.json"))).code == 0);
  REQUIRE(sh(cli("trend " + quoted(dir / "d.readiness") + " --json > " + quoted(dir / "trend.json"))).code == 0);
  const Project project = load_project(dir / "d.readiness");
  for (const char* lang : {"sv", "en"}) {
    INFO(lang);
    WorkbookOptions options;
    options.language = lang;
    options.exported_on = "2021-11-30";
    const std::string out = dir / (std::string("plan-") + lang + ".xlsx");
    write_workbook(project, out, options);
    const auto check = sh("/usr/bin/python3 " + quoted(std::string(READINESS_SOURCE_DIR) + "/tests/exports/check_plan_sheet.py") +
                          " " + quoted(out) + " " + quoted(dir / "plan.json") + " " + quoted(dir / "trend.json") + " " + lang);
    INFO(check.out);
    CHECK(check.code == 0);
    // Change rows with actions: Arjeplog A B D E, Älvsbyn A B E F.
    CHECK(check.out.find("plan sheet: 11 actions checked; trends: 8 change rows with actions") != std::string::npos);
  }
}

TEST_CASE("xlsx: a project without plans has no action plan sheet", "[xlsx][plan]") {
  Folder dir;
  REQUIRE(sh(cli("demo " + quoted(dir / "d.readiness"))).code == 0);
  Project project = load_project(dir / "d.readiness");
  for (Community& c : project.communities) {
    c.plans.clear();
    c.commitments.clear();
  }
  const std::string out = dir / "none.xlsx";
  write_workbook(project, out);
  const auto names = sh("/usr/bin/python3 -c \"import openpyxl,sys; print('|'.join(openpyxl.load_workbook(sys.argv[1]).sheetnames))\" " +
                        quoted(out));
  INFO(names.out);
  CHECK(names.code == 0);
  CHECK(names.out.find("Handlingsplan") == std::string::npos);
  CHECK(names.out.find("Älvsbyn|Samstämmighet") != std::string::npos);
}
