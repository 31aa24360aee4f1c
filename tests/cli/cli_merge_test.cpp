// readiness-cli merge OUT A B … (issue 12, item 8): a county file from the
// municipalities' files; conflicts listed with nothing written; an
// existing OUT that is not an input never overwritten.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

namespace {

void import(const std::string& file, const std::string& csv_path, const std::string& rows) {
  write_text(csv_path, "community,round,interview,dimension,score,scorer\n" + rows);
  REQUIRE(run_cli({"import-scores", file, csv_path}).exit_code == 0);
}

}  // namespace

TEST_CASE("merge joins municipalities' files and carries their audit trails", "[cli][merge]") {
  TempDir dir;
  import(dir / "kalix.readiness", dir / "k.csv", "Kalix,2024,1,A,4,consensus\nKalix,2024,1,B,5,consensus\n");
  import(dir / "lulea.readiness", dir / "l.csv", "Luleå,2024,1,A,6,consensus\n");
  const std::string county = dir / "län.readiness";
  const CliResult r = run_cli({"merge", county, dir / "kalix.readiness", dir / "lulea.readiness"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const json rounds = json::parse(run_cli({"score", county, "--json"}).out)["rounds"];
  CHECK(rounds.size() == 2);
  const json audit = json::parse(run_cli({"audit", county, "--json"}).out)["entries"];
  CHECK(audit.size() == 3);

  SECTION("a conflicting file: listed, nothing written") {
    import(dir / "kalix2.readiness", dir / "k2.csv", "Kalix,2024,1,A,7,consensus\n");
    const std::string out = dir / "out.readiness";
    const CliResult c = run_cli({"merge", out, dir / "kalix.readiness", dir / "kalix2.readiness"},
                                "LANGUAGE=en LC_ALL=C.UTF-8");
    CHECK(c.exit_code == 1);
    CHECK(c.err.find("1 conflict") != std::string::npos);
    CHECK(c.err.find("interview 1, dimension A, consensus: \"4.00\" in kalix.readiness, \"7.00\" in kalix2.readiness") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists(std::filesystem::u8path(out)));
  }
  SECTION("an existing OUT that is not merged is refused; one that is, is merged into") {
    const std::string before = slurp(county);
    CHECK(run_cli({"merge", county, dir / "kalix.readiness", dir / "lulea.readiness"}).exit_code == 1);
    CHECK(slurp(county) == before);
    REQUIRE(run_cli({"merge", dir / "kalix.readiness", dir / "kalix.readiness", dir / "lulea.readiness"}).exit_code == 0);
    CHECK(json::parse(run_cli({"score", dir / "kalix.readiness", "--json"}).out)["rounds"].size() == 2);
  }
  CHECK(run_cli({"merge", county, dir / "kalix.readiness"}).exit_code == 2);
}
