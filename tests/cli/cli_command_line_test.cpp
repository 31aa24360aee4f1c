// The command line parsed by CLI11 (cli/command_line.cpp) keeps the
// contract's words and exit codes (design.md, "CLI contract") and gives
// every command its own --help.
#include <catch2/catch.hpp>

#include "run_cli.h"

namespace {
// Messages are checked in English; the Swedish catalog is checked below.
const char* const kEnglish = "LC_ALL=C.UTF-8 LANGUAGE=en";
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("cli: usage errors keep the contract's messages and exit 2", "[cli]") {
  TempDir dir;
  const CliResult unknown = run_cli({"score", dir / "x", "--bogus"}, kEnglish);
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "unknown option --bogus"));
  // The error first, then only this command's usage and where the rest is.
  CHECK(unknown.err.rfind("readiness-cli: unknown option --bogus\n", 0) == 0);
  CHECK(contains(unknown.err, "readiness-cli score FILE [--json]"));
  CHECK_FALSE(contains(unknown.err, "import-plan"));
  CHECK(contains(unknown.err, "readiness-cli score --help"));
  const CliResult plan = run_cli({"plan", dir / "x", "--yeer", "2020"}, kEnglish);
  CHECK(plan.exit_code == 2);
  CHECK(contains(plan.err, "readiness-cli plan FILE --csv OUT.csv"));
  CHECK(contains(plan.err, "action plans, follow-up, overdue actions"));  // its continuation line
  CHECK_FALSE(contains(plan.err, "import-plan"));
  const CliResult swedish = run_cli({"score", dir / "x", "--jsn"}, "LC_ALL=sv_SE.UTF-8 LANGUAGE=sv");
  CHECK(swedish.exit_code == 2);
  CHECK(contains(swedish.err, "readiness-cli score FIL [--json]"));
  CHECK_FALSE(contains(swedish.err, "readiness-cli compare"));

  const CliResult with_value = run_cli({"score", dir / "x", "--bogus=3"}, kEnglish);
  CHECK(with_value.exit_code == 2);
  CHECK(contains(with_value.err, "unknown option --bogus"));

  const CliResult no_value = run_cli({"compare", dir / "x", "--issue"}, kEnglish);
  CHECK(no_value.exit_code == 2);
  CHECK(contains(no_value.err, "option --issue needs a value"));

  const CliResult extra = run_cli({"score", dir / "a", dir / "b"}, kEnglish);
  CHECK(extra.exit_code == 2);
  CHECK(contains(extra.err, "unexpected argument"));

  const CliResult command = run_cli({"frobnicate"}, kEnglish);
  CHECK(command.exit_code == 2);
  CHECK(contains(command.err, "unknown command \"frobnicate\""));
  CHECK(contains(command.err, "usage:"));  // every command, to pick the right one
  CHECK(contains(command.err, "readiness-cli import-plan"));
}

TEST_CASE("cli: options work before and after the file, with = or a space", "[cli]") {
  TempDir dir;
  REQUIRE(run_cli({"demo", dir / "demo.readiness"}).exit_code == 0);
  const CliResult after = run_cli({"compare", dir / "demo.readiness", "--issue", "langning av alkohol till unga", "--json"});
  const CliResult before = run_cli({"compare", "--json", "--issue=langning av alkohol till unga", dir / "demo.readiness"});
  REQUIRE(after.exit_code == 0);
  CHECK(before.exit_code == 0);
  CHECK(before.out == after.out);
}

TEST_CASE("cli: every command has its own --help on stdout, exit 0", "[cli]") {
  for (const char* command : {"demo", "validate", "score", "compare", "trend", "import-scores", "export", "instruments"}) {
    INFO(command);
    const CliResult help = run_cli({command, "--help"}, kEnglish);
    CHECK(help.exit_code == 0);
    CHECK(contains(help.out, std::string("readiness-cli ") + command));
    CHECK(help.err.empty());
  }
  const CliResult trend = run_cli({"trend", "--help"}, kEnglish);
  CHECK(contains(trend.out, "--community"));
  CHECK(contains(trend.out, "one municipality, by name or SCB code"));
  const CliResult swedish = run_cli({"trend", "--help"}, "LC_ALL=sv_SE.UTF-8 LANGUAGE=sv");
  CHECK(swedish.exit_code == 0);
  CHECK(contains(swedish.out, "en kommun, med namn eller SCB-kod"));
  CHECK(contains(swedish.out, "Flaggor"));
}
