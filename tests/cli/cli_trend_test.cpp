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
          CHECK(half >= td["sd"].get<double>() / std::sqrt(n) * 1.95 - 1e-4);
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
    for (const json& c : changes[0]["dimensions"]) {
      const std::string verdict = c["verdict"];
      CHECK((verdict == "beyond_noise" || verdict == "within_noise" || verdict == "not_assessable"));
      CHECK(c["beyond_noise"].get<bool>() == (verdict == "beyond_noise"));
      if (c["stage_change_within_noise"].get<bool>()) CHECK(verdict == "within_noise");
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
