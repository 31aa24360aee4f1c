// readiness-cli as scripts use it: the demo, score --json against the
// contract in docs/design.md, compare, validate, exit codes.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>

#include "instrument_library.h"
#include "project_file.h"
#include "run_cli.h"

using nlohmann::json;

TEST_CASE("demo, validate and score --json follow the CLI contract", "[cli]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  CHECK(run_cli({"validate", file}).exit_code == 0);

  const CliResult r = run_cli({"score", file, "--json"});
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  REQUIRE(doc.at("rounds").size() == 8);  // four municipalities × 2019, 2022

  // Means are printed with four decimals, never as 6.0.
  CHECK(std::regex_search(r.out, std::regex(R"("mean": \d\.\d{4}[,}])")));
  CHECK_FALSE(std::regex_search(r.out, std::regex(R"("mean": \d\.\d{0,3}[,}])")));

  // Recompute every dimension mean from the file itself, independently.
  const readiness::Project project = readiness::load_project(file);
  int provisional_rounds = 0;
  for (const json& round : doc["rounds"]) {
    for (const char* key : {"community", "community_code", "round", "issue", "instrument", "interviews",
                            "provisional", "dimensions", "overall", "lowest"})
      CHECK(round.contains(key));
    const readiness::Round* model = nullptr;
    for (const auto& rr : project.rounds)
      if (rr.label == round["round"].get<std::string>() &&
          project.find_community(rr.community_id)->name == round["community"].get<std::string>())
        model = &rr;
    REQUIRE(model != nullptr);
    CHECK(round["instrument"] == "cr6-sv");
    CHECK(round["dimensions"].size() == 6);
    double sum_of_means = 0;
    double lowest = 10;
    for (const json& d : round["dimensions"]) {
      double sum = 0;
      int n = 0;
      for (const auto& iv : model->interviews)
        if (auto s = iv.score_for(d["code"].get<std::string>()); s && s->consensus) {
          sum += *s->consensus / 100.0;
          ++n;
        }
      CHECK(d["n"].get<int>() == n);
      REQUIRE(n > 0);
      const double mean = sum / n;
      CHECK(d["mean"].get<double>() == Approx(mean).margin(0.00005));
      CHECK(d["stage"].get<int>() == static_cast<int>(std::floor(mean + 1e-9)));
      sum_of_means += mean;
      lowest = std::min(lowest, mean);
    }
    const double overall = sum_of_means / 6;
    CHECK(round["overall"]["score"].get<double>() == Approx(overall).margin(0.00005));
    CHECK(round["overall"]["stage"].get<int>() == static_cast<int>(std::floor(overall + 1e-9)));
    CHECK_FALSE(round["overall"]["stage_name"].get<std::string>().empty());
    for (const json& code : round["lowest"])
      for (const json& d : round["dimensions"])
        if (d["code"] == code) CHECK(d["mean"].get<double>() == Approx(lowest).margin(0.00005));
    if (round["provisional"].get<bool>()) ++provisional_rounds;
  }
  CHECK(provisional_rounds == 1);  // Älvsbyn 2022 has open disagreements
}

TEST_CASE("score prints a readable table per round", "[cli]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const CliResult r = run_cli({"score", file}, "LANGUAGE=en LANG=C.UTF-8");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Älvsbyn (2560) · 2022") != std::string::npos);
  CHECK(r.out.find("PROVISIONAL") != std::string::npos);
  CHECK(r.out.find("Overall ") != std::string::npos);
}

TEST_CASE("compare groups like with like", "[cli]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const CliResult r = run_cli({"compare", file, "--json"});
  REQUIRE(r.exit_code == 0);
  const json doc = json::parse(r.out);
  REQUIRE(doc["tables"].size() == 1);
  const json& t = doc["tables"][0];
  CHECK(t["mode"] == "interview");
  CHECK(t["dimensions"].size() == 6);
  CHECK(t["rows"].size() == 8);

  const CliResult score = run_cli({"score", file, "--json"});
  const json rounds = json::parse(score.out)["rounds"];
  for (const json& row : t["rows"])
    for (const json& round : rounds)
      if (round["community"] == row["community"] && round["round"] == row["round"])
        CHECK(row["overall"]["score"] == round["overall"]["score"]);

  const CliResult missing = run_cli({"compare", file, "--issue", "spel om pengar"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("spel om pengar") != std::string::npos);
}

TEST_CASE("exit codes: 2 for usage, 1 for bad input", "[cli]") {
  TempDir dir;
  CHECK(run_cli({}).exit_code == 2);
  CHECK(run_cli({"frobnicate"}).exit_code == 2);
  CHECK(run_cli({"score"}).exit_code == 2);
  CHECK(run_cli({"score", dir / "x", "--bogus"}).exit_code == 2);
  CHECK(run_cli({"export", dir / "x"}).exit_code == 2);

  const CliResult missing = run_cli({"validate", dir / "nope.readiness"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("nope.readiness") != std::string::npos);

  write_text(dir / "junk.readiness", "this is not a project\n");
  const CliResult junk = run_cli({"score", dir / "junk.readiness"});
  CHECK(junk.exit_code == 1);
  CHECK(junk.out.empty());
  CHECK_FALSE(junk.err.empty());
}

TEST_CASE("score's table names stages and dimensions in the CLI's language, the JSON in the instrument's",
          "[cli][names]") {
  // The demo's rounds use the Swedish six-dimension instrument (cr6-sv).
  const readiness::InstrumentLibrary lib =
      readiness::InstrumentLibrary::load_from({READINESS_SOURCE_DIR "/questionnaires"});
  const readiness::Instrument& sv = lib.get("cr6-sv");
  const readiness::Instrument& en = lib.get("cr6-en");
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const nlohmann::json doc = nlohmann::json::parse(run_cli({"score", file, "--json"}).out);
  const nlohmann::json& first = doc["rounds"][0];
  REQUIRE(first["instrument"] == "cr6-sv");
  REQUIRE(first["overall"].is_object());
  const int stage = first["overall"]["stage"];
  // JSON contract (design.md): the instrument's own names, whatever the locale.
  CHECK(first["overall"]["stage_name"] == sv.stage_name(stage));
  CHECK(first["dimensions"][0]["name"] == sv.find_dimension("A")->name);

  // LC_ALL=C.UTF-8 over a Swedish LANG: gettext speaks English, so do the
  // names and the decimal point (platform.h system_ui_language).
  const CliResult english = run_cli({"score", file}, "LANG=sv_SE.UTF-8 LANGUAGE= LC_ALL=C.UTF-8");
  REQUIRE(english.exit_code == 0);
  INFO(english.out);
  CHECK(english.out.find("Overall ") != std::string::npos);
  CHECK(std::regex_search(english.out, std::regex(R"(Overall \d\.\d{4} → stage)")));
  CHECK(english.out.find("stage " + std::to_string(stage) + " (" + en.stage_name(stage) + ")") != std::string::npos);
  for (const auto& d : sv.dimensions) {
    CHECK(std::regex_search(english.out, std::regex("\n\\s+" + d.code + "\\s+" + en.find_dimension(d.code)->name + "\\s")));
    CHECK(english.out.find(d.name) == std::string::npos);
  }
  for (int k = 1; k <= readiness::kStageCount; ++k) CHECK(english.out.find(sv.stage_name(k)) == std::string::npos);

  const CliResult swedish = run_cli({"score", file}, "LANGUAGE= LC_ALL=sv_SE.UTF-8");
  REQUIRE(swedish.exit_code == 0);
  INFO(swedish.out);
  CHECK(swedish.out.find("(" + sv.stage_name(stage) + ")") != std::string::npos);
  CHECK(swedish.out.find(sv.find_dimension("A")->name) != std::string::npos);
  CHECK(swedish.out.find(en.find_dimension("A")->name) == std::string::npos);
}

TEST_CASE("validate warns about interviews dated outside their round, in the window's words, and still passes",
          "[cli][dates]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  // The demo itself has no such interview.
  CliResult clean = run_cli({"validate", file}, "LANGUAGE= LC_ALL=C.UTF-8");
  REQUIRE(clean.exit_code == 0);
  CHECK(clean.out.find("warning") == std::string::npos);
  CHECK(json::parse(run_cli({"validate", file, "--json"}).out).at("warnings").empty());

  readiness::Project project = readiness::load_project(file);
  readiness::Round& round = project.rounds.at(1);
  REQUIRE(round.interviews.size() >= 2);
  round.interviews[0].date = "2000-01-01";
  round.interviews[1].date = "2099-12-31";
  const std::string where = "round \"" + round.id + "\" \u203a interview \"" + round.interviews[0].id + "\"";
  readiness::save_project(project, file);

  const CliResult english = run_cli({"validate", file}, "LANGUAGE= LC_ALL=C.UTF-8");
  INFO(english.out << english.err);
  CHECK(english.exit_code == 0);  // a warning, not a fault
  CHECK(english.out.find("valid project") != std::string::npos);
  CHECK(english.out.find("warning: " + where + " (2000-01-01): Before the round's start (" + round.start_date + ")") !=
        std::string::npos);
  CHECK(english.out.find("(2099-12-31): After the round's end (" + round.end_date + ")") != std::string::npos);

  const CliResult swedish = run_cli({"validate", file}, "LANGUAGE= LC_ALL=sv_SE.UTF-8");
  INFO(swedish.out);
  CHECK(swedish.exit_code == 0);
  // The interview page's words (po/sv.po).
  CHECK(swedish.out.find("Före omgångens start (" + round.start_date + ")") != std::string::npos);
  CHECK(swedish.out.find("Efter omgångens slut (" + round.end_date + ")") != std::string::npos);

  const json doc = json::parse(run_cli({"validate", file, "--json"}, "LANGUAGE= LC_ALL=C.UTF-8").out);
  CHECK(doc.at("valid") == true);
  REQUIRE(doc.at("warnings").size() == 2);
  CHECK(doc["warnings"][0]["where"] == where + " (2000-01-01)");

  // The report's Dates block says so too.
  const std::string pdf = dir / "r.pdf";
  REQUIRE(run_cli({"report", file, "--community", project.find_community(round.community_id)->name, "--round",
                   round.label, "--pdf", pdf, "--lang", "en"})
              .exit_code == 0);
  const auto text = test_platform::run_command("pdftotext " + shell_quote(pdf) + " - 2>/dev/null");
  CHECK(text.out.find("interviews dated outside the round's dates: 2") != std::string::npos);
}

// Review item 3: a column headed "n" is the overall's n — interviews with a
// consensus score on every dimension (scoring/uncertainty.h, overall_spread),
// as trend --json and the county report give it; all interviews of the round
// (planned ones included, JSON "interviews") stand under "interviews".
TEST_CASE("compare's n is the overall's n as trend gives it, and the round's interviews stand under interviews",
          "[cli]") {
  TempDir dir;
  const std::string file = dir / "d.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  const json trend = json::parse(run_cli({"trend", file, "--json"}).out);
  const json compare = json::parse(run_cli({"compare", file, "--json"}).out);
  const CliResult text = run_cli({"compare", file}, "LANGUAGE=en LC_ALL=C.UTF-8");
  REQUIRE(text.exit_code == 0);
  INFO(text.out);
  CHECK(std::regex_search(text.out, std::regex(R"(stage\s+n\s+interviews)")));
  int rows_checked = 0;
  bool any_differs = false;
  for (const json& row : compare["tables"][0]["rows"]) {
    const std::string community = row["community"], label = row["round"];
    const json* overall = nullptr;
    for (const json& t : trend["trends"])
      if (t["community"] == community)
        for (const json& p : t["points"])
          if (p["round"] == label) overall = &p["overall"];
    REQUIRE(overall != nullptr);
    const int n = (*overall)["n"];
    const int interviews = row["interviews"];
    any_differs = any_differs || n != interviews;
    CHECK(row["overall"]["n"] == n);
    // "Arjeplog  2022  4.75 … 4.11  4  6  7": overall, stage, n, interviews.
    const std::regex line(community + R"(\s+)" + label + R"(\*?\s+(?:\S+\s+){6}\S+\s+\d\s+(\d+)\s+(\d+)\s*\n)");
    std::smatch m;
    REQUIRE(std::regex_search(text.out, m, line));
    CHECK(std::stoi(m[1]) == n);
    CHECK(std::stoi(m[2]) == interviews);
    ++rows_checked;
  }
  CHECK(rows_checked == 8);
  // The demo has a planned interview and a gap, so the two counts differ somewhere.
  CHECK(any_differs);
}
