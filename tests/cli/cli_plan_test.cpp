// readiness-cli plan / import-plan and the actions in trend (issue 13), on
// the demo project: its plans for Arjeplog and Älvsbyn, the medborgarlöfte,
// the 2020 and 2021 follow-ups; CSV out and in, refusals that change
// nothing.
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.h"

using nlohmann::json;

namespace {

const char* const kEnglishEnv = "LANGUAGE=en LC_ALL=C.UTF-8";

std::string demo(const TempDir& dir) {
  const std::string file = dir / "plan demo å.readiness";
  REQUIRE(run_cli({"demo", file}).exit_code == 0);
  return file;
}

json plan_json(const std::string& file, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {"plan", file, "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const CliResult r = run_cli(args);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

const json& community(const json& doc, const std::string& name) {
  for (const json& c : doc.at("communities"))
    if (c.at("community") == name) return c;
  FAIL("no community " << name);
  throw std::logic_error("unreachable");
}

const json* action(const json& c, const std::string& id) {
  for (const json& plan : c.at("plans"))
    for (const json& a : plan.at("actions"))
      if (a.at("id") == id) return &a;
  for (const json& m : c.at("commitments"))
    for (const json& a : m.at("items"))
      if (a.at("id") == id) return &a;
  return nullptr;
}

std::vector<std::string> ids_of(const json& actions) {
  std::vector<std::string> out;
  for (const json& a : actions) out.push_back(a.at("id").get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("plan --json lists plans, commitments, the year's follow-up and overdue actions", "[cli][plan]") {
  TempDir dir;
  const std::string file = demo(dir);
  const json doc = plan_json(file, {"--year", "2021"});
  CHECK(doc.at("year") == 2021);
  REQUIRE(doc.at("communities").size() == 4);
  const json& arjeplog = community(doc, "Arjeplog");
  REQUIRE(arjeplog.at("plans").size() == 1);
  const json& plan = arjeplog.at("plans")[0];
  CHECK(plan.at("rounds") == json::array({"2019"}));
  CHECK(plan.at("status") == "adopted");
  CHECK(ids_of(plan.at("actions")) == std::vector<std::string>{"a1", "a2", "a3", "a4", "a5"});
  const json* a3 = action(arjeplog, "a3");
  REQUIRE(a3 != nullptr);
  CHECK(a3->at("channel") == "own-channels");
  CHECK(a3->at("follow_up").at("status") == "done");
  CHECK(a3->at("follow_ups").size() == 2);
  const json* a2 = action(arjeplog, "a2");
  CHECK(a2->at("cost_sek") == 15000);
  CHECK(a2->at("activity").get<std::string>().find("lägesbild") != std::string::npos);
  const json* a1 = action(arjeplog, "a1");
  CHECK(a1->at("follow_up").is_null());  // followed up for 2020 only
  CHECK(a1->at("strategy_stage") == 2);
  // Overdue: the end has passed and it is neither done nor cancelled.
  CHECK(a2->at("overdue") == true);            // ongoing, ended 2020
  CHECK(action(arjeplog, "a4")->at("overdue") == false);  // ends 2021-Q2: not yet passed in 2021
  CHECK(action(arjeplog, "a5")->at("overdue") == false);  // cancelled
  CHECK(action(arjeplog, "m3")->at("overdue") == true);   // ongoing, commitment ended 2020
  REQUIRE(arjeplog.at("commitments").size() == 1);
  const json& ml = arjeplog.at("commitments")[0];
  CHECK(ml.at("title") == "Medborgarlöfte Arjeplog 2019–2020");
  CHECK(ml.at("first_year") == 2019);
  CHECK(ml.at("last_year") == 2020);
  CHECK(ml.at("partner_sectors") == json::array({"police", "administration"}));
  const json& alvsbyn = community(doc, "Älvsbyn");
  CHECK(action(alvsbyn, "b2")->at("overdue") == true);
  CHECK(community(doc, "Piteå").at("plans").empty());
  CHECK(doc.at("overdue") == 3);  // a2, m3, b2

  SECTION("an earlier year has other follow-ups and nothing overdue yet") {
    const json y2020 = plan_json(file, {"--year", "2020"});
    const json& a = community(y2020, "Arjeplog");
    CHECK(action(a, "a2")->at("follow_up").at("status") == "postponed");
    CHECK(y2020.at("overdue") == 0);
  }
  SECTION("--community and --communication select") {
    const json one = plan_json(file, {"--community", "2560", "--year", "2021", "--communication"});
    REQUIRE(one.at("communities").size() == 1);
    CHECK(one.at("communication_only") == true);
    CHECK(ids_of(one.at("communities")[0].at("plans")[0].at("actions")) == std::vector<std::string>{"b1"});
  }
}

TEST_CASE("plan refuses an unknown community and a bad year", "[cli][plan]") {
  TempDir dir;
  const std::string file = demo(dir);
  const CliResult nobody = run_cli({"plan", file, "--community", "Atlantis"}, kEnglishEnv);
  CHECK(nobody.exit_code == 1);
  CHECK(nobody.err.find("Atlantis") != std::string::npos);
  const CliResult year = run_cli({"plan", file, "--year", "21"}, kEnglishEnv);
  CHECK(year.exit_code == 2);
  CHECK(year.err.find("\"21\"") != std::string::npos);
  const CliResult text = run_cli({"plan", file, "--year", "2021"}, kEnglishEnv);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("Medborgarlöfte Arjeplog 2019–2020") != std::string::npos);
  CHECK(text.out.find("Overdue in 2021: 3 ") != std::string::npos);
}

TEST_CASE("the actions exported as CSV import back unchanged, follow-ups kept", "[cli][plan][csv]") {
  TempDir dir;
  const std::string file = demo(dir);
  const std::string csv = dir / "åtgärder.csv";
  REQUIRE(run_cli({"plan", file, "--csv", csv}).exit_code == 0);
  const std::string text = slurp(csv);
  CHECK(text.rfind("\xEF\xBB\xBF" "community;kind;plan;", 0) == 0);
  CHECK(text.find("Arjeplog;commitment;ml-2019;") != std::string::npos);
  const json before = plan_json(file, {"--year", "2021"});
  const CliResult r = run_cli({"import-plan", file, csv}, kEnglishEnv);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("11 rows imported") != std::string::npos);
  CHECK(r.out.find("0 new actions, 11 updated") != std::string::npos);
  CHECK(plan_json(file, {"--year", "2021"}) == before);
}

TEST_CASE("import-plan adds and updates from an Excel file: sep line, cp1252, Swedish statuses", "[cli][plan][csv]") {
  TempDir dir;
  const std::string file = demo(dir);
  // Windows-1252: "å" is 0xE5, "ö" 0xF6, "ä" 0xE4.
  write_text(dir / "excel.csv",
             "sep=;\r\n"
             "community;plan;action;activity;dimensions;start;end;status;cost_sek;sectors\r\n"
             "Arjeplog;plan-2019;a4;Kontrollk\xF6p i butiker;A;2020-Q2;2021-Q4;genomf\xF6rd;8 000;Polis|n\xE4ringsliv\r\n"
             "2560;plan-2022;;Fritidsg\xE5rdskv\xE4ll utan alkohol;B;2022;2022;planerad;;\r\n");
  const CliResult r = run_cli({"import-plan", file, dir / "excel.csv"}, kEnglishEnv);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Windows-1252") != std::string::npos);
  CHECK(r.out.find("1 new actions, 1 updated; 1 new plans") != std::string::npos);
  const json doc = plan_json(file, {"--year", "2021"});
  const json* a4 = action(community(doc, "Arjeplog"), "a4");
  REQUIRE(a4 != nullptr);
  CHECK(a4->at("activity") == "Kontrollköp i butiker");
  CHECK(a4->at("status") == "done");
  CHECK(a4->at("end") == "2021-Q4");
  CHECK(a4->at("cost_sek") == 8000);
  CHECK(a4->at("sectors") == json::array({"police", "business"}));
  CHECK(a4->at("follow_ups").size() == 2);  // kept
  const json& alvsbyn = community(doc, "Älvsbyn");
  REQUIRE(alvsbyn.at("plans").size() == 2);
  const json& made = alvsbyn.at("plans")[1];
  CHECK(made.at("id") == "plan-2022");
  REQUIRE(made.at("actions").size() == 1);
  CHECK(made.at("actions")[0].at("id") == "a-fritidsgardskvall-utan-alkohol");
  CHECK(made.at("actions")[0].at("activity") == "Fritidsgårdskväll utan alkohol");
}

TEST_CASE("import-plan refuses a file with bad rows whole, listing every bad row", "[cli][plan][csv]") {
  TempDir dir;
  const std::string file = demo(dir);
  const std::string before = slurp(file);
  write_text(dir / "bad.csv",
             "community,plan,action,activity,dimensions,start,end,status,priority,channel,key_message,sectors\n"
             "Arjeplog,plan-2019,a9,Bra rad,B,2020,2021,ongoing,1,,,\n"
             "Atlantis,p,x1,Okänd kommun,,,,,,,,\n"
             "Arjeplog,plan-2019,x2,Fel dimension,Q,2020,2019,ongoing,,,,\n"
             "Arjeplog,plan-2019,x3,Fel tid,,2020-13,,klar nu,5,,,\n"
             "Arjeplog,plan-2019,x4,,,,,,,tv,,polisen\n"
             "Arjeplog,plan-2019,x5,Budskap utan kanal,,,,,,,Säg nej,\n"
             "Arjeplog,plan-2019,a9,Samma id igen,,,,,,,,\n");
  const CliResult r = run_cli({"import-plan", file, dir / "bad.csv"}, kEnglishEnv);
  CHECK(r.exit_code == 1);
  INFO(r.err);
  CHECK(r.err.find("nothing imported") != std::string::npos);
  CHECK(r.err.find(":2:") == std::string::npos);  // the good row is not blamed
  CHECK(r.err.find(":3: column \"community\": \"Atlantis\" is not in the project") != std::string::npos);
  CHECK(r.err.find(":4: column \"dimensions\": \"Q\"") != std::string::npos);
  CHECK(r.err.find(":4: column \"end\": ends before it starts") != std::string::npos);
  CHECK(r.err.find(":5: column \"start\": \"2020-13\"") != std::string::npos);
  CHECK(r.err.find(":5: column \"status\": \"klar nu\"") != std::string::npos);
  CHECK(r.err.find(":5: column \"priority\": \"5\"") != std::string::npos);
  CHECK(r.err.find(":6: column \"activity\": is empty") != std::string::npos);
  CHECK(r.err.find(":6: column \"channel\": \"tv\"") != std::string::npos);
  CHECK(r.err.find(":6: column \"sectors\": \"polisen\"") != std::string::npos);
  CHECK(r.err.find(":7: column \"key_message\"") != std::string::npos);
  CHECK(r.err.find(":8: column \"action\": \"a9\" is given twice") != std::string::npos);
  CHECK(r.err.find("(11 problems)") != std::string::npos);
  CHECK(slurp(file) == before);

  SECTION("an unknown or missing column refuses before any row") {
    write_text(dir / "cols.csv", "community;activity;ansvarig\nArjeplog;Något;Någon\n");
    const CliResult c = run_cli({"import-plan", file, dir / "cols.csv"}, kEnglishEnv);
    CHECK(c.exit_code == 1);
    CHECK(c.err.find(":1: column \"ansvarig\": unknown column") != std::string::npos);
    CHECK(c.err.find(":1: column \"plan\": required column is missing") != std::string::npos);
    CHECK(slurp(file) == before);
  }
}

TEST_CASE("trend --json puts the actions tied to each dimension beside its change", "[cli][plan][trend]") {
  TempDir dir;
  const std::string file = demo(dir);
  const CliResult r = run_cli({"trend", file, "--community", "Arjeplog", "--json"});
  REQUIRE(r.exit_code == 0);
  const json trend = json::parse(r.out).at("trends").at(0);
  const json& change = trend.at("changes").at(0);
  CHECK(change.at("from") == "2019");
  CHECK(change.at("to") == "2022");
  std::map<std::string, std::vector<std::string>> by_code;
  for (const json& d : change.at("dimensions")) {
    REQUIRE(d.contains("verdict"));
    by_code[d.at("code").get<std::string>()] = ids_of(d.at("actions"));
  }
  CHECK(by_code.at("B") == std::vector<std::string>{"a1", "a2", "a3", "m1"});
  CHECK(by_code.at("D") == std::vector<std::string>{"m2", "m3"});  // a5 (D) was cancelled
  CHECK(by_code.at("C").empty());
  const json& b = change.at("dimensions").at(1);
  CHECK(b.at("actions").at(3).at("source") == "commitment");
  CHECK(b.at("actions").at(0).at("start") == "2019-Q3");
  const CliResult text = run_cli({"trend", file, "--community", "Arjeplog"}, kEnglishEnv);
  CHECK(text.out.find("that alone does not show they caused it") != std::string::npos);
}

TEST_CASE("plan names the responsible sectors as sectors.json does, never by their ids", "[cli][plan]") {
  TempDir dir;
  const std::string file = demo(dir);
  std::ifstream in(std::string(READINESS_SOURCE_DIR) + "/questionnaires/sectors.json");
  const json sectors = json::parse(in).at("sectors");
  auto name_of = [&](const std::string& id, const std::string& lang) {
    for (const json& s : sectors)
      if (s.at("id") == id) return s.at(lang).get<std::string>();
    FAIL("no sector " << id);
    return std::string();
  };
  const json doc = plan_json(file);
  int checked = 0;
  for (const auto& [lang, env] : {std::pair<std::string, std::string>{"en", kEnglishEnv},
                                  {"sv", "LANGUAGE=sv LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8"}}) {
    const CliResult text = run_cli({"plan", file}, env);
    REQUIRE(text.exit_code == 0);
    for (const json& c : doc.at("communities"))
      for (const json& p : c.at("plans"))
        for (const json& a : p.at("actions")) {
          for (const json& id : a.at("sectors")) {
            INFO(lang << " " << a.at("id") << " " << id);
            // Without free-text actors the sectors' names lead the column, so
            // the first one always shows; no id is printed anywhere.
            if (a.at("responsible") == "" && id == a.at("sectors").front()) CHECK(text.out.find(name_of(id, lang)) != std::string::npos);
            if (id.get<std::string>().find('_') != std::string::npos)
              CHECK(text.out.find(id.get<std::string>()) == std::string::npos);
            ++checked;
          }
        }
  }
  CHECK(checked > 0);  // the demo has actions with responsible sectors
}
