// readiness-cli report on the demo project: the PDF's text (pdftotext)
// carries every number, stage and name of score --json / trend --json /
// compare --json — formatted the way people read them (means cut to two
// decimals, other figures rounded, the report language's decimal point) —
// in Swedish and English; the fonts are embedded; the methods appendix
// names every item it must; failures leave no file behind.
#include <catch2/catch.hpp>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>
#include <sstream>

#include "action_plan.h"
#include "project_file.h"
#include "run_cli.h"

using nlohmann::json;

namespace {

std::string pdf_text(const std::string& pdf) {
  const auto r = test_platform::run_command("pdftotext -layout " + shell_quote(pdf) + " - 2>/dev/null");
  REQUIRE(r.code == 0);  // poppler-utils (scripts/setup) must be installed
  return r.out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// A JSON number text with '.', cut (not rounded) to two decimals: the
// method's "means cut" rule. "4.4167" -> "4.41", "3.5" -> "3.50".
std::string cut2(const json& number, char point) {
  std::string s = number.dump();
  auto dot = s.find('.');
  if (dot == std::string::npos) s += ".00";
  else s = (s + "00").substr(0, dot + 3);
  s[s.find('.')] = point;
  return s;
}

// Rounded to two decimals; both neighbours when the 4-decimal JSON value
// sits on a half (re-rounding a rounded number can then go either way).
std::vector<std::string> round2(double v, char point, bool sign = false) {
  std::vector<std::string> out;
  const double hundredths = v * 100.0;
  std::vector<long> candidates{std::lround(hundredths)};
  if (std::fabs(std::fabs(hundredths - std::trunc(hundredths)) - 0.5) < 1e-6) {
    candidates = {static_cast<long>(std::floor(hundredths)), static_cast<long>(std::ceil(hundredths))};
  }
  for (long h : candidates) {
    const long a = std::labs(h);
    std::string s = std::to_string(a / 100) + point + (a % 100 < 10 ? "0" : "") + std::to_string(a % 100);
    if (h < 0) s = (sign ? "−" : "-") + s;
    else if (sign) s = (h == 0 ? "±" : "+") + s;
    out.push_back(s);
  }
  return out;
}

// Whether some line holds all `tokens` in this order (each token one of its
// alternatives).
bool line_with(const std::vector<std::string>& lines, const std::vector<std::vector<std::string>>& tokens) {
  for (const auto& line : lines) {
    std::size_t at = 0;
    bool all = true;
    for (const auto& alternatives : tokens) {
      std::size_t best = std::string::npos;
      for (const auto& t : alternatives) {
        const auto pos = line.find(t, at);
        if (pos != std::string::npos && pos < best) best = pos + t.size();
      }
      if (best == std::string::npos) {
        all = false;
        break;
      }
      at = best;
    }
    if (all) return true;
  }
  return false;
}

const json& round_of(const json& score, const std::string& community, const std::string& label) {
  for (const json& r : score.at("rounds"))
    if (r.at("community") == community && r.at("round") == label) return r;
  FAIL("no round " << community << " " << label);
  throw;
}

struct Demo {
  TempDir dir;
  std::string file = dir / "demo.readiness";
  json score, trend, compare;
  Demo() {
    REQUIRE(run_cli({"demo", file}).exit_code == 0);
    score = json::parse(run_cli({"score", file, "--json"}).out);
    trend = json::parse(run_cli({"trend", file, "--json"}).out);
    compare = json::parse(run_cli({"compare", file, "--json"}).out);
  }
};

}  // namespace

TEST_CASE("report: every number of the municipality reports equals score and trend --json, sv and en",
          "[cli][report]") {
  Demo demo;
  for (const std::string lang : {"sv", "en"}) {
    const char point = lang == "sv" ? ',' : '.';
    for (const json& t : demo.trend.at("trends")) {
      const std::string name = t.at("community");
      INFO(lang << " " << name);
      const std::string pdf = demo.dir / (name + "-" + lang + ".pdf");
      const CliResult r = run_cli({"report", demo.file, "--community", name, "--pdf", pdf, "--lang", lang});
      REQUIRE(r.exit_code == 0);
      const std::string text = pdf_text(pdf);
      const auto lines = lines_of(text);
      // The latest round is the report's.
      const json& last = t.at("points").back();
      const json& round = round_of(demo.score, name, last.at("round"));
      CHECK(text.find(name) != std::string::npos);
      CHECK(text.find(round.at("issue").get<std::string>()) != std::string::npos);
      // Dimension table: code, mean (cut), n, SD, min–max, interval, stage.
      for (std::size_t d = 0; d < round.at("dimensions").size(); ++d) {
        const json& dim = round["dimensions"][d];
        const json& est = last.at("dimensions").at(d);
        INFO("dimension " << dim.at("code"));
        CHECK(line_with(lines, {{dim.at("code").get<std::string>() + " "},
                                {cut2(dim.at("mean"), point)},
                                {" " + std::to_string(dim.at("n").get<int>()) + " "},
                                round2(dim.at("sd").get<double>(), point),
                                {cut2(dim.at("min"), point) + "–" + cut2(dim.at("max"), point)},
                                round2(est.at("ci95").at("low").get<double>(), point),
                                round2(est.at("ci95").at("high").get<double>(), point),
                                {" " + std::to_string(dim.at("stage").get<int>()) + " "}}));
      }
      // Overall score, its stage and its interval.
      const json& overall = round.at("overall");
      CHECK(line_with(lines, {{cut2(overall.at("score"), point)}}));
      CHECK(line_with(lines, {round2(last.at("overall").at("ci95").at("low").get<double>(), point),
                              round2(last.at("overall").at("ci95").at("high").get<double>(), point)}));
      const std::string stage = std::to_string(overall.at("stage").get<int>());
      if (lang == "sv")  // score --json names stages in the instrument's language (Swedish)
        CHECK(line_with(lines, {{"Stadium " + stage + ": " + overall.at("stage_name").get<std::string>()}}));
      else
        CHECK(line_with(lines, {{"Stage " + stage + ": "}}));
      // Lowest dimension(s) named with their stage.
      for (const json& code : round.at("lowest")) {
        const std::string c = code;
        CHECK(line_with(lines, {{lang == "sv" ? "Lägsta dimension: " + c : "Lowest dimension: " + c}}));
      }
      // Change since the previous round: every dimension's change, threshold and verdict.
      const json& change = t.at("changes").back();
      const json& before = t.at("points").at(t.at("points").size() - 2);
      for (std::size_t d = 0; d < change.at("dimensions").size(); ++d) {
        const json& c = change["dimensions"][d];
        INFO("change " << c.at("code"));
        const std::string verdict = c.at("verdict");
        const std::string word = verdict == "beyond_noise" ? (lang == "sv" ? "utöver bruset" : "beyond the noise")
                                 : verdict == "within_noise" ? (lang == "sv" ? "inom bruset" : "within the noise")
                                                             : (lang == "sv" ? "går inte att bedöma" : "not assessable");
        CHECK(line_with(lines, {{c.at("code").get<std::string>() + " "},
                                {cut2(before.at("dimensions").at(d).at("mean"), point)},
                                {cut2(last.at("dimensions").at(d).at("mean"), point)},
                                round2(c.at("difference").get<double>(), point, true),
                                round2(c.at("threshold").get<double>(), point),
                                {word}}));
      }
    }
  }
}

TEST_CASE("report: the county overview lists every municipality with the compare --json means", "[cli][report]") {
  Demo demo;
  for (const std::string lang : {"sv", "en"}) {
    const char point = lang == "sv" ? ',' : '.';
    const std::string pdf = demo.dir / ("county-" + lang + ".pdf");
    const CliResult r = run_cli({"report", demo.file, "--county", "25", "--pdf", pdf, "--lang", lang});
    REQUIRE(r.exit_code == 0);
    const auto info = test_platform::run_command("pdfinfo " + shell_quote(pdf) + " 2>/dev/null");
    CHECK(info.out.find("Pages:           1") != std::string::npos);  // one page
    CHECK(info.out.find("A4") != std::string::npos);
    const std::string text = pdf_text(pdf);
    const auto lines = lines_of(text);
    const json& table = demo.compare.at("tables").at(0);
    int rows_2022 = 0;
    for (const json& row : table.at("rows")) {
      if (row.at("round") != "2022") continue;
      ++rows_2022;
      INFO(lang << " " << row.at("community"));
      std::vector<std::vector<std::string>> tokens{{row.at("community").get<std::string>()}};
      for (const json& d : row.at("dimensions")) tokens.push_back({cut2(d.at("mean"), point)});
      tokens.push_back({cut2(row.at("overall").at("score"), point)});
      CHECK(line_with(lines, tokens));
    }
    CHECK(rows_2022 == 4);
    // Changes since 2019: the overall verdict of trend --json.
    for (const json& t : demo.trend.at("trends")) {
      const json& c = t.at("changes").back().at("overall");
      const std::string word = c.at("verdict") == "beyond_noise" ? (lang == "sv" ? "utöver bruset" : "beyond the noise")
                                                                 : (lang == "sv" ? "inom bruset" : "within the noise");
      CHECK(line_with(lines, {{t.at("community").get<std::string>()}, round2(c.at("difference").get<double>(), point, true), {word}}));
    }
    // Norrbotten's other ten municipalities are listed, not dropped.
    for (const char* other : {"Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna", "Luleå", "Pajala",
                              "Överkalix", "Övertorneå"})
      CHECK(text.find(other) != std::string::npos);
  }
}

TEST_CASE("report: fonts embedded, title and language set, appendix complete", "[cli][report]") {
  Demo demo;
  for (const std::string lang : {"sv", "en"}) {
    const std::string pdf = demo.dir / ("arjeplog-" + lang + ".pdf");
    REQUIRE(run_cli({"report", demo.file, "--community", "2506", "--pdf", pdf, "--lang", lang}).exit_code == 0);
    const auto fonts = test_platform::run_command("pdffonts " + shell_quote(pdf) + " 2>/dev/null");
    REQUIRE(fonts.code == 0);
    const auto font_lines = lines_of(fonts.out);
    REQUIRE(font_lines.size() == 4);  // two header lines, DejaVu Sans and its bold
    for (std::size_t i = 2; i < font_lines.size(); ++i) {
      CHECK(font_lines[i].find("DejaVuSans") != std::string::npos);
      CHECK(font_lines[i].find(" yes yes yes ") != std::string::npos);  // embedded, subset, ToUnicode
    }
    const auto info = test_platform::run_command("pdfinfo " + shell_quote(pdf) + " 2>/dev/null");
    CHECK(info.out.find("Arjeplog") != std::string::npos);
    int pages = 0;
    for (const auto& l : lines_of(info.out))
      if (l.rfind("Pages:", 0) == 0) pages = std::stoi(l.substr(6));
    CHECK(pages >= 4);
    CHECK(pages <= 8);
    const std::string bytes = slurp(pdf);
    CHECK(bytes.find(lang == "sv" ? "/Lang (sv-SE)" : "/Lang (en-GB)") != std::string::npos);
    const std::string text = pdf_text(pdf);
    const std::vector<const char*> items =
        lang == "sv" ? std::vector<const char*>{"Metodbilaga", "Id och version", "Ändringar", "Frågor som ställdes",
                                                "Respondenter per sektor", "Intervjuare", "Poängsättare",
                                                "Överensstämmelse mellan poängsättarna", "Viktad kappa", "ICC",
                                                "Konsensusregel", "Regel för luckor", "Datum", "cr6-sv 1.0"}
                     : std::vector<const char*>{"Methods appendix", "Id and version", "Changes", "Questions asked",
                                                "Respondents by sector", "Interviewers", "Scorers",
                                                "Agreement between scorers", "Weighted kappa", "ICC",
                                                "Consensus rule", "Gap rule", "Dates", "cr6-sv 1.0"};
    for (const char* item : items) {
      INFO(lang << ": " << item);
      CHECK(text.find(item) != std::string::npos);
    }
    // Every question of the instrument is listed by its id.
    for (int q = 1; q <= 35; ++q) {
      const std::string id = (q < 10 ? "q0" : "q") + std::to_string(q);
      CHECK(text.find(id) != std::string::npos);
    }
  }
}

TEST_CASE("report: bad input and usage errors, nothing half-written", "[cli][report]") {
  Demo demo;
  const std::string out = demo.dir / "r.pdf";
  CHECK(run_cli({"report", demo.file, "--pdf", out}).exit_code == 2);  // no selection
  CHECK(run_cli({"report", demo.file, "--community", "Arjeplog"}).exit_code == 2);  // no --pdf
  CHECK(run_cli({"report", demo.file, "--community", "Arjeplog", "--pdf", out, "--lang", "de"}).exit_code == 2);
  const CliResult unknown = run_cli({"report", demo.file, "--community", "Gotham", "--pdf", out});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("Gotham") != std::string::npos);
  const CliResult no_round = run_cli({"report", demo.file, "--community", "Arjeplog", "--round", "1999", "--pdf", out});
  CHECK(no_round.exit_code == 1);
  CHECK(no_round.err.find("1999") != std::string::npos);
  const CliResult county = run_cli({"report", demo.file, "--county", "01", "--pdf", out});
  CHECK(county.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(std::filesystem::u8path(out)));
  // A folder that does not exist: exit 1, and no file or temporary left.
  const std::string missing = demo.dir / "no-such-folder/r.pdf";
  const CliResult folder = run_cli({"report", demo.file, "--community", "Arjeplog", "--pdf", missing});
  CHECK(folder.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(std::filesystem::u8path(demo.dir / "no-such-folder")));
  // Fonts missing: a clear message naming the font, nothing written.
  const CliResult fonts = run_cli({"report", demo.file, "--community", "Arjeplog", "--pdf", out},
                                  "READINESS_FONT_DIR=" + (demo.dir / "no-fonts"));
  CHECK(fonts.exit_code == 1);
  CHECK(fonts.err.find("DejaVuSans.ttf") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(std::filesystem::u8path(out)));
  // An old report is left as it was when a new one fails.
  write_text(out, "old");
  CHECK(run_cli({"report", demo.file, "--community", "Arjeplog", "--pdf", out},
                "READINESS_FONT_DIR=" + (demo.dir / "no-fonts")).exit_code == 1);
  CHECK(slurp(out) == "old");
  // --all-communities: one file per municipality.
  const std::string folder_all = demo.dir / "all";
  std::filesystem::create_directories(std::filesystem::u8path(folder_all));
  REQUIRE(run_cli({"report", demo.file, "--all-communities", folder_all}).exit_code == 0);
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::u8path(folder_all))) {
    CHECK(e.path().extension() == ".pdf");
    CHECK(slurp(e.path()).rfind("%PDF-", 0) == 0);
    ++files;
  }
  CHECK(files == 4);
}

TEST_CASE("report: the action plans answering the round or an earlier one are in the report", "[cli][report]") {
  Demo demo;
  const CliResult plan = run_cli({"plan", demo.file, "--json"});
  REQUIRE(plan.exit_code == 0);
  const json plans = json::parse(plan.out);
  int checked = 0;
  for (const json& c : plans.at("communities")) {
    const std::string name = c.at("community");
    const std::string pdf = demo.dir / (name + "-plan.pdf");
    REQUIRE(run_cli({"report", demo.file, "--community", name, "--pdf", pdf, "--lang", "sv"}).exit_code == 0);
    const std::string text = pdf_text(pdf);
    for (const json& p : c.at("plans")) {
      // The report is the 2022 round's: plans for 2019 or 2022 are followed up in it.
      bool answers = false;
      for (const json& r : p.at("rounds")) answers = answers || r.get<std::string>() <= "2022";
      INFO(name << ": " << p.at("title"));
      CHECK((text.find(p.at("title").get<std::string>()) != std::string::npos) == answers);
      if (answers) ++checked;
    }
  }
  CHECK(checked > 0);  // the demo has plans
}

TEST_CASE("report: the plan section lists the municipality's joint commitments with overdue marked as plan marks them",
          "[cli][report][commitments]") {
  Demo demo;
  const readiness::Project project = readiness::load_project(demo.file);
  const readiness::Community* arjeplog = nullptr;
  for (const auto& c : project.communities)
    if (c.name == "Arjeplog") arjeplog = &c;
  REQUIRE(arjeplog);
  REQUIRE_FALSE(arjeplog->commitments.empty());
  // "! overdue" as of this year, like readiness-cli plan without --year.
  const std::time_t now = std::time(nullptr);
  const int year = std::localtime(&now)->tm_year + 1900;
  const json plan = json::parse(run_cli({"plan", demo.file, "--community", "Arjeplog", "--json"}).out);
  int overdue = 0;
  for (const auto& commitment : arjeplog->commitments)
    for (const auto& item : commitment.items) overdue += readiness::is_overdue(item, year, commitment.last_year) ? 1 : 0;
  int plan_overdue = 0;
  for (const auto& p : arjeplog->plans)
    for (const auto& a : p.actions) plan_overdue += readiness::is_overdue(a, year, p.last_year) ? 1 : 0;
  REQUIRE(overdue > 0);  // the demo's m3 (2019–2020, still ongoing)
  REQUIRE(plan["overdue"] == overdue + plan_overdue);  // the same rule as plan's

  for (const std::string lang : {"sv", "en"}) {
    const std::string pdf = demo.dir / ("arjeplog-" + lang + ".pdf");
    REQUIRE(run_cli({"report", demo.file, "--community", "Arjeplog", "--round", "2022", "--pdf", pdf, "--lang", lang})
                .exit_code == 0);
    // Words joined again across the table's line breaks.
    std::string text;
    for (char ch : pdf_text(pdf)) {
      const bool space = ch == ' ' || ch == '\n';
      if (!(space && !text.empty() && text.back() == ' ')) text += space ? ' ' : ch;
    }
    INFO(lang);
    CHECK(text.find(lang == "sv" ? "Medborgarlöften med polisen" : "Joint commitments with the police") !=
          std::string::npos);
    for (const auto& commitment : arjeplog->commitments) {
      CHECK(text.find(commitment.title) != std::string::npos);
      for (const auto& item : commitment.items) {
        // The activity's first two words (the cell wraps after them at the earliest).
        const std::string first = item.activity.substr(0, item.activity.find(' ', item.activity.find(' ') + 1));
        CHECK(text.find(first) != std::string::npos);
      }
    }
    // pdftotext gives the no-break space after "!" as a space; the
    // explanation below the tables ("! overdue: …") is not a mark.
    const std::string mark = std::string("! ") + (lang == "sv" ? "försenad" : "overdue");
    std::size_t marks = 0;
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 1))
      marks += text.compare(at + mark.size(), 1, ":") == 0 ? 0 : 1;
    CHECK(marks == static_cast<std::size_t>(overdue + plan_overdue));
    CHECK(text.find(mark + ":") != std::string::npos);
  }
}

TEST_CASE("report: the methods appendix shows the questions with the round's community and issue filled in",
          "[cli][report]") {
  Demo demo;
  const readiness::Project project = readiness::load_project(demo.file);
  const std::string pdf = demo.dir / "arjeplog.pdf";
  REQUIRE(run_cli({"report", demo.file, "--community", "Arjeplog", "--round", "2022", "--pdf", pdf}).exit_code == 0);
  const std::string text = pdf_text(pdf);
  const std::string appendix = text.substr(text.find("Metodbilaga"));
  CHECK(appendix.find("{community}") == std::string::npos);
  CHECK(appendix.find("{issue}") == std::string::npos);
  // Each question naming the community names Arjeplog in the appendix.
  const readiness::Round* round = nullptr;
  for (const auto& r : project.rounds)
    if (r.label == "2022" && project.find_community(r.community_id)->name == "Arjeplog") round = &r;
  REQUIRE(round);
  std::size_t naming = 0, named = 0;
  for (const auto& q : round->instrument.questions) naming += q.text.find("{community}") != std::string::npos ? 1 : 0;
  for (std::size_t at = appendix.find("Arjeplog"); at != std::string::npos; at = appendix.find("Arjeplog", at + 1))
    ++named;
  REQUIRE(naming > 5);
  CHECK(named >= naming);
}
