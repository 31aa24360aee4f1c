// The workbook on a Swedish desktop (issue 15): written while the C
// library's locale is sv_SE.UTF-8 (as in the GUI, where GTK sets it) it is
// the same file as in the C locale; a mean that rounding would show as the
// next stage gets the decimals that keep it on its own.

#include <catch2/catch.hpp>
#include <clocale>
#include <cstdio>
#include <filesystem>
#include <string>

#include "demo_project.h"
#include "instrument_library.h"
#include "scoring/test_fixtures.h"
#include "test_platform.h"
#include "test_platform.h"
#include "workbook_export.h"

namespace fs = std::filesystem;
using namespace readiness;

namespace {

// Runs a Python program with arguments; its exit code and output (with errors).
test_platform::CommandResult python(const std::string& program, const std::vector<std::string>& args) {
  std::string cmd = "/usr/bin/python3 -c " + test_platform::shell_quote(program);
  for (const auto& a : args) cmd += " " + test_platform::shell_quote(a);
  return test_platform::run_command(cmd + " 2>&1");
}

struct Folder {
  fs::path path;
  Folder() {
    path = fs::temp_directory_path() / ("readiness-xlsx-locale-" + std::to_string(test_platform::current_pid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Folder() { fs::remove_all(path); }
  std::string operator/(const std::string& f) const { return (path / f).string(); }
};

Instrument bundled_instrument() {
  return load_instrument_file(std::string(READINESS_SOURCE_DIR) + "/questionnaires/cr6-sv.json");
}

// Sets the whole C locale for the scope, as GTK does at start.
struct ProcessLocale {
  std::string before;
  explicit ProcessLocale(const char* name) : before(std::setlocale(LC_ALL, nullptr)) {
    // scripts/setup generates sv_SE.UTF-8: without it nothing here is tested.
    REQUIRE(std::setlocale(LC_ALL, name) != nullptr);
  }
  ~ProcessLocale() { std::setlocale(LC_ALL, before.c_str()); }
};

}  // namespace

TEST_CASE("xlsx: a workbook written under a Swedish C locale is the C-locale workbook, part for part",
          "[xlsx][locale]") {
  Folder dir;
  const Project demo = make_demo_project(bundled_instrument());
  WorkbookOptions options;
  options.exported_on = "2026-11-30";
  write_workbook(demo, dir / "c.xlsx", options);
  {
    ProcessLocale swedish("sv_SE.UTF-8");
    char printed[16];
    std::snprintf(printed, sizeof printed, "%.1f", 4.5);
    REQUIRE(std::string(printed) == "4,5");  // the trap is armed
    write_workbook(demo, dir / "sv.xlsx", options);
  }
  // Every part but the creation time stamp is byte-identical; openpyxl
  // (which refused "<v>3,5</v>") reads every sheet.
  const test_platform::CommandResult same = python(
      "import sys, zipfile, openpyxl\n"
      "a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])\n"
      "assert a.namelist() == b.namelist(), 'parts differ'\n"
      "diff = [n for n in a.namelist() if n != 'docProps/core.xml' and a.read(n) != b.read(n)]\n"
      "assert not diff, 'differ: %s' % diff\n"
      "import re\n"
      "bad = [n for n in b.namelist() if n.endswith('.xml') and re.search(rb'<v>-?[0-9]+,[0-9]|width=\"[0-9]+,', b.read(n))]\n"
      "assert not bad, 'decimal comma in %s' % bad\n"
      "wb = openpyxl.load_workbook(sys.argv[2])\n"
      "print(len(a.namelist()), len(wb.sheetnames))\n",
      {dir / "c.xlsx", dir / "sv.xlsx"});
  INFO(same.out);
  CHECK(same.code == 0);
}

TEST_CASE("xlsx: a mean of 29.99/6 shows 4.99 with stage 4, cut like every other output, never 5.00", "[xlsx][locale]") {
  using namespace readiness::test;
  Folder dir;
  const Instrument ins = bundled_instrument();
  const std::vector<int> cliff = {500, 500, 500, 500, 500, 499};  // 29.99 / 6 = 4.998333…
  const std::vector<int> plain = {450, 475, 500, 425, 400, 500};   // 27.50 / 6 = 4.583333…
  Project p = make_project({make_round(ins, {cliff, cliff, cliff, cliff, cliff, plain}, "r1", "c1", "2026", "alkohol")},
                           {{"c1", "Klippby"}});
  p.title = "Klippan";
  write_workbook(p, dir / "k.xlsx");
  // Every cached mean of 4.998333… (five dimensions on each sheet that shows
  // them, and the trend rows) is cut to 4.99 with the format 0.00, as the
  // CLI, the window and the reports show it (review item 13); 4.583333… is
  // 4.58, and the overall, (5 × 29.99/6 + 27.5/6) / 6 = 4.929166…, is 4.92. No
  // mean cell anywhere holds the exact, uncut value.
  const test_platform::CommandResult formats = python(
      "import sys, openpyxl\n"
      "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)\n"
      "cliff = plain = overall = 0\n"
      "for ws in wb.worksheets:\n"
      "    for row in ws.iter_rows():\n"
      "        for c in row:\n"
      "            if not isinstance(c.value, float):\n"
      "                continue\n"
      "            for exact in (2999 / 600, 2750 / 600):\n"
      "                assert abs(c.value - exact) > 1e-9, (ws.title, c.coordinate, c.value)\n"
      "            if abs(c.value - 4.99) < 1e-12:\n"
      "                assert c.number_format == '0.00', (ws.title, c.coordinate, c.number_format)\n"
      "                cliff += 1\n"
      "            if abs(c.value - 4.58) < 1e-12:\n"
      "                plain += 1\n"
      "            if abs(c.value - 4.92) < 1e-12:\n"
      "                overall += 1\n"
      "print(cliff, plain, overall)\n"
      "assert cliff >= 15 and plain >= 3 and overall >= 2, (cliff, plain, overall)\n",
      {dir / "k.xlsx"});
  INFO(formats.out);
  CHECK(formats.code == 0);
}
