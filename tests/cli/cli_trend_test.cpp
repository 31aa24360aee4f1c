// readiness-cli trend on the demo project: the same numbers as score --json,
// a 2019→2022 trend for each of the four demo municipalities, and the
// --community selection and its errors.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

namespace {

const json* find_round(const json& score, const std::string& community, const std::string& label) {
  for (const json& r : score.at("rounds"))
    if (r.at("community") == community && r.at("round") == label) return &r;
  return nullptr;
}

// t(0.975, df), df = 1..30, as printed in the NIST/SEMATECH e-Handbook
// 1.3.6.7.2 (an independent copy: the test must not ask the code it checks).
double t975_table(int df) {
  static const double t[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                             2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                             2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
  REQUIRE(df >= 1);
  REQUIRE(df <= 30);
  return t[df - 1];
}

}  // namespace

TEST_CASE("trend --json gives the score --json numbers, 2019→2022 per municipality", "[cli][trend]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const CliResult s = run_cli({"score", file, "--json"});
  REQUIRE(s.exit_code == 0);
  const json score = json::parse(s.out);
  const CliResult t = run_cli({"trend", file, "--json"});
  REQUIRE(t.exit_code == 0);
  const json doc = json::parse(t.out);

  const json& trends = doc.at("trends");
  REQUIRE(trends.size() == 4);
  std::vector<std::string> names;
  for (const json& trend : trends) {
    names.push_back(trend.at("community").get<std::string>());
    CHECK(trend.at("mode") == "interview");
    CHECK(trend.at("dropped_dimensions").empty());
    CHECK_FALSE(trend.at("other_mode_split").get<bool>());
    REQUIRE(trend.at("points").size() == 2);
    CHECK(trend["points"][0]["round"] == "2019");
    CHECK(trend["points"][1]["round"] == "2022");

    for (const json& point : trend["points"]) {
      const json* round = find_round(score, trend["community"], point["round"]);
      REQUIRE(round != nullptr);
      REQUIRE(point.at("dimensions").size() == round->at("dimensions").size());
      for (std::size_t d = 0; d < point["dimensions"].size(); ++d) {
        const json& td = point["dimensions"][d];
        const json& sd = (*round)["dimensions"][d];
        CHECK(td["code"] == sd["code"]);
        CHECK(td["mean"].get<double>() == sd["mean"].get<double>());  // same 4-decimal text
        CHECK(td["n"] == sd["n"]);
        CHECK(td["stage"] == sd["stage"]);
        CHECK(td["sd"] == sd["sd"]);
        // The interval brackets the mean with t(0.975, n−1)·sd/√n each side.
        const int n = td["n"].get<int>();
        if (n >= 2) {
          const double half = (td["ci95"]["high"].get<double>() - td["ci95"]["low"].get<double>()) / 2;
          CHECK(td["ci95"]["low"].get<double>() < td["mean"].get<double>());
          // t from the printed table (NIST), not from the code under test;
          // low/high and sd are printed to four decimals.
          CHECK(half == Approx(t975_table(n - 1) * td["sd"].get<double>() / std::sqrt(n)).margin(5e-4));
        }
      }
      // No gaps in the dimension set: the trend's overall is the round's.
      CHECK(point["overall"]["score"].get<double>() == (*round)["overall"]["score"].get<double>());
      CHECK(point["overall"]["stage"] == (*round)["overall"]["stage"]);
    }

    const json& changes = trend.at("changes");
    REQUIRE(changes.size() == 1);
    CHECK(changes[0]["from"] == "2019");
    CHECK(changes[0]["to"] == "2022");
    REQUIRE(changes[0]["dimensions"].size() == 6);
    for (std::size_t d = 0; d < 6; ++d) {
      // Welch's test redone here from the printed n, mean and sd of both points.
      const json& c = changes[0]["dimensions"][d];
      const json& a = trend["points"][0]["dimensions"][d];
      const json& b = trend["points"][1]["dimensions"][d];
      const std::string verdict = c["verdict"];
      INFO(trend["community"] << " " << a["code"] << ": " << verdict);
      const int n1 = a["n"], n2 = b["n"];
      const int stage1 = a["stage"], stage2 = b["stage"];
      CHECK(c["stage_changed"].get<bool>() == (stage1 != stage2));
      if (n1 < 2 || n2 < 2) {
        CHECK(verdict == "not_assessable");
        continue;
      }
      const double v1 = std::pow(a["sd"].get<double>(), 2) / n1, v2 = std::pow(b["sd"].get<double>(), 2) / n2;
      const double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
      const double threshold = t975_table(static_cast<int>(df)) * std::sqrt(v1 + v2);
      const double diff = b["mean"].get<double>() - a["mean"].get<double>();
      CHECK(c["threshold"].get<double>() == Approx(threshold).margin(2e-3));
      REQUIRE(std::fabs(std::fabs(diff) - threshold) > 5e-3);  // no case on the edge of rounding
      CHECK(verdict == (std::fabs(diff) > threshold ? "beyond_noise" : "within_noise"));
      CHECK(c["beyond_noise"].get<bool>() == (verdict == "beyond_noise"));
      CHECK(c["stage_change_within_noise"].get<bool>() == (stage1 != stage2 && verdict == "within_noise"));
    }
    const double d = changes[0]["overall"]["difference"].get<double>();
    CHECK(d == Approx(trend["points"][1]["overall"]["score"].get<double>() -
                      trend["points"][0]["overall"]["score"].get<double>())
                   .margin(0.0002));
  }
  CHECK(names == std::vector<std::string>{"Arjeplog", "Arvidsjaur", "Piteå", "Älvsbyn"});
}

TEST_CASE("trend selects a community by name or code, and refuses an unknown one", "[cli][trend]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);

  const CliResult by_code = run_cli({"trend", file, "--community", "2560", "--json"});
  REQUIRE(by_code.exit_code == 0);
  const json doc = json::parse(by_code.out);
  REQUIRE(doc["trends"].size() == 1);
  CHECK(doc["trends"][0]["community"] == "Älvsbyn");
  CHECK(doc["trends"][0]["points"][1]["provisional"].get<bool>());

  const CliResult by_name = run_cli({"trend", file, "--community", "älvsbyn"}, "LANGUAGE=en LANG=C.UTF-8");
  REQUIRE(by_name.exit_code == 0);
  CHECK(by_name.out.find("Älvsbyn (2560)") != std::string::npos);
  CHECK(by_name.out.find("Arjeplog") == std::string::npos);
  CHECK(by_name.out.find("2019→2022") != std::string::npos);
  CHECK(by_name.out.find("95%") != std::string::npos);
  CHECK(by_name.out.find("within noise") != std::string::npos);

  const CliResult unknown = run_cli({"trend", file, "--community", "Gotham"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("Gotham") != std::string::npos);
  CHECK(unknown.out.empty());

  const CliResult no_issue = run_cli({"trend", file, "--issue", "spel om pengar"});
  CHECK(no_issue.exit_code == 1);
  CHECK(no_issue.err.find("spel om pengar") != std::string::npos);

  CHECK(run_cli({"trend"}).exit_code == 2);
}
