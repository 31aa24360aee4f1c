// bench_export [--runs N] [--out DIR] [--dump DATA.json]
// Builds a national-scale project in memory (every municipality of the
// register × 10 rounds × 8 interviews, six dimensions, scorers A and B and
// consensus), writes the workbook N times and prints the median wall-clock
// seconds and the median CPU seconds of the process (user + system: on a
// shared, loaded machine far steadier than wall-clock time).
// --dump writes the same data (scores and results) for bench/python_baseline.py.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "agreement.h"
#include "instrument_library.h"
#include "register.h"
#include "round_result.h"
#include "sectors.h"
#include "mean_format.h"
#include "strategy.h"
#include "trend.h"
#include "workbook_export.h"
#include "workbook_text.h"
#include "national_project.h"

using namespace readiness;
using readiness::bench::national_project;

namespace {

nlohmann::json stats_json(const AgreementStats& s) {
  using nlohmann::json;
  return json::array({s.n, s.exact, s.within_half, s.within_one,
                      s.weighted_kappa ? json(*s.weighted_kappa) : json(nullptr),
                      s.icc ? json(*s.icc) : json(nullptr), s.large_differences});
}

double four_decimals(double x) { return std::stod(format_fixed(x, 4)); }

// The Trends sheet's rows as write_trends_sheet lays them out: the labels,
// the round (index into the dump's rounds) and dimension (index, -1 for the
// overall) whose Summary cell a mean refers to, and every figure.
nlohmann::json trend_rows(const Project& p, const WorkbookText& t, const std::string& lang) {
  using nlohmann::json;
  json rows = json::array();
  auto round_index = [&](const std::string& id) {
    for (std::size_t i = 0; i < p.rounds.size(); ++i)
      if (p.rounds[i].id == id) return static_cast<int>(i);
    return -1;
  };
  auto number = [](const std::optional<double>& v) { return v ? json(four_decimals(*v)) : json(); };
  for (const Trend& trend : trends(p)) {
    const Instrument& ins = p.find_round(trend.points.front().round_id)->instrument;
    for (std::size_t i = 0; i < trend.points.size(); ++i) {
      const TrendPoint& pt = trend.points[i];
      for (std::size_t d = 0; d <= trend.dimensions.size(); ++d) {
        const bool overall = d == trend.dimensions.size();
        const Estimate& e = overall ? pt.overall : pt.dimensions[d];
        json row = {{"labels", {trend.community_name, trend.community_code, trend.issue, mode_name(trend.mode, lang),
                                pt.label, pt.provisional ? t.yes : "",
                                overall ? std::string(t.overall)
                                        : trend.dimensions[d] + " " + dimension_name(ins, trend.dimensions[d], lang)}},
                    {"round", round_index(pt.round_id)}, {"dim", overall ? -1 : static_cast<int>(d)},
                    {"n", e.n}, {"mean", e.mean ? json(e.mean->value()) : json()},
                    {"sd", e.n >= 2 ? json(four_decimals(e.sd)) : json()},
                    {"low", e.interval ? json(four_decimals(e.interval->low)) : json()},
                    {"high", e.interval ? json(four_decimals(e.interval->high)) : json()},
                    {"stage", e.stage ? json(*e.stage) : json()}};
        if (i > 0) {
          const Change& c = overall ? trend.steps[i - 1].overall : trend.steps[i - 1].dimensions[d];
          const bool down = c.difference && *c.difference < 0;
          row["change"] = c.difference ? json(*c.difference) : json();
          row["threshold"] = number(c.threshold);
          row["verdict"] = c.verdict == ChangeVerdict::BeyondNoise ? (down ? t.beyond_noise_down : t.beyond_noise_up)
                           : c.verdict == ChangeVerdict::WithinNoise ? t.within_noise
                                                                     : t.not_assessable;
          row["beyond"] = c.verdict == ChangeVerdict::BeyondNoise;
          row["assessable"] = c.verdict != ChangeVerdict::NotAssessable;
          row["in_noise"] = c.stage_change_within_noise;
        }
        rows.push_back(row);
      }
    }
  }
  return rows;
}

// Everything python_baseline.py needs to write the same workbook as
// write_workbook: the texts, the scores, and every computed figure (means,
// stages, agreement, strategies, the Method sheet's lines), so that Python
// only writes cells, as the C++ side's libxlsxwriter calls do.
void dump(const Project& p, const std::string& path) {
  using nlohmann::json;
  const std::string lang = "sv";
  const WorkbookText& t = workbook_text(lang);
  const auto& reg = SwedishRegister::bundled();
  auto county_name = [&](const std::string& code) {
    const County* c = reg.county(code);
    return c ? c->name : code;
  };
  json out;
  out["title"] = p.title;
  out["owner"] = p.owner;
  out["text"] = {
      {"summary_sheet", t.summary_sheet}, {"scores_sheet", t.scores_sheet},
      {"comparison_sheet", t.comparison_sheet}, {"agreement_sheet", t.agreement_sheet},
      {"method_sheet", t.method_sheet}, {"county", t.county}, {"municipality_code", t.municipality_code},
      {"community", t.community}, {"issue", t.issue}, {"round", t.round}, {"round_id", t.round_id},
      {"mode", t.mode}, {"interviews_n", t.interviews_n}, {"overall", t.overall}, {"stage", t.stage},
      {"stage_name", t.stage_name}, {"lowest", t.lowest}, {"provisional", t.provisional},
      {"interview", t.interview}, {"respondent", t.respondent}, {"sector", t.sector},
      {"dimension", t.dimension}, {"scorer_a", t.scorer_a}, {"scorer_b", t.scorer_b},
      {"consensus", t.consensus}, {"reason", t.reason}, {"note_a", t.note_a}, {"note_b", t.note_b}, {"change", t.change}, {"mean", t.mean},
      {"sd", t.sd}, {"min", t.min}, {"max", t.max}, {"exact", t.exact}, {"within_half", t.within_half},
      {"within_one", t.within_one}, {"kappa", t.kappa}, {"icc", t.icc},
      {"large_differences", t.large_differences}, {"all_dimensions", t.all_dimensions}, {"yes", t.yes},
      {"no", t.no}, {"none", t.none}, {"code_label", t.code_label}, {"profile_title", t.profile_title},
      {"radar_title", t.radar_title}, {"trend_title", t.trend_title}, {"detail_title", t.detail_title},
      {"next_steps_title", t.next_steps_title}, {"goal", t.goal}, {"channels", t.channels},
      {"strategies", t.strategies}, {"blank_note", t.blank_note}, {"comparison_title", t.comparison_title},
      {"period", t.period}, {"common_overall", t.common_overall},
      {"comparison_overall_chart_title", t.comparison_overall_chart_title},
      {"agreement_title", t.agreement_title}, {"agreement_note", t.agreement_note},
      {"agreement_by_round", t.agreement_by_round}, {"total", t.total}, {"trends_sheet", t.trends_sheet},
      {"trends_title", t.trends_title}, {"trends_note", t.trends_note}, {"ci_low", t.ci_low},
      {"ci_high", t.ci_high}, {"change_since_previous", t.change_since_previous}, {"threshold", t.threshold},
      {"verdict", t.verdict}, {"stage_change_in_noise", t.stage_change_in_noise}, {"remark", t.remark}};
  const Instrument& ins = p.rounds.front().instrument;
  for (const auto& d : ins.dimensions)
    out["dimensions"].push_back({{"code", d.code}, {"label", d.code + " " + dimension_name(ins, d.code, lang)}});
  for (int k = 1; k <= kStageCount; ++k) out["stages"].push_back(stage_name(ins, k, lang));
  const auto results = score_project(p);

  std::map<std::string, std::vector<ScorePair>> by_dim;
  std::vector<ScorePair> all;
  for (std::size_t i = 0; i < p.rounds.size(); ++i) {
    const Round& r = p.rounds[i];
    const RoundResult& res = results[i];
    const Community* c = p.find_community(r.community_id);
    std::string lowest;
    for (const auto& code : res.lowest) lowest += (lowest.empty() ? "" : ", ") + code;
    if (res.lowest.size() == 1) lowest += " " + dimension_name(r.instrument, res.lowest[0], lang);
    json jr = {{"id", r.id}, {"community", c->name}, {"code", c->code}, {"county", county_name(c->county_code)},
               {"issue", r.issue}, {"label", r.label}, {"mode", mode_name(r.mode, lang)},
               {"n", res.scored_interviews}, {"provisional", res.provisional}, {"lowest", lowest}};
    for (const auto& d : res.dimensions)
      jr["means"].push_back({{"code", d.code}, {"mean", d.mean->value()}, {"n", d.n}, {"sd", d.sd},
                             {"min", *d.min / 100.0}, {"max", *d.max / 100.0}, {"stage", *d.stage},
                             {"stage_name", stage_name(r.instrument, *d.stage, lang)}});
    jr["overall"] = res.overall->value();
    jr["stage"] = *res.overall_stage;
    jr["stage_name"] = stage_name(r.instrument, *res.overall_stage, lang);
    for (const auto& iv : r.interviews) {
      const Respondent* resp = r.find_respondent(iv.respondent_id);
      for (const auto& d : r.instrument.dimensions) {
        const DimensionScore* s = iv.score_for(d.code);
        jr["scores"].push_back({iv.id, resp->pseudonym, sector_name(resp->sector, lang), d.code,
                                *s->scorer_a / 100.0, *s->scorer_b / 100.0, *s->consensus / 100.0, s->reason});
        by_dim[d.code].push_back({*s->scorer_a, *s->scorer_b});
        all.push_back({*s->scorer_a, *s->scorer_b});
      }
    }
    const RoundAgreement ra = round_agreement(r);
    for (const auto& d : ra.by_dimension) jr["agreement"].push_back({d.dimension, stats_json(d.stats)});
    jr["agreement_total"] = stats_json(ra.overall);
    out["rounds"].push_back(jr);
  }
  for (const auto& d : ins.dimensions)
    out["agreement"].push_back({d.code + " " + dimension_name(ins, d.code, lang), stats_json(agreement(by_dim[d.code]))});
  out["agreement_all"] = stats_json(agreement(all));

  out["trends"] = trend_rows(p, t, lang);

  // Per community (one issue, every round): sheet subtitle and the next
  // steps for its latest round.
  for (const auto& c : p.communities) {
    const auto rounds = p.rounds_of(c.id);
    const Round& latest = *rounds.back();
    const RoundResult& res = results[static_cast<std::size_t>(&latest - p.rounds.data())];
    json jc = {{"name", c.name},
               {"subtitle", std::string(t.code_label) + " " + c.code + " · " + county_name(c.county_code)},
               {"suggestions", json::array()}};
    for (const auto& s : suggest_strategies(latest, res))
      jc["suggestions"].push_back(
          {{"title", s.dimension + " " + dimension_name(latest.instrument, s.dimension, lang) + " – " + t.stage + " " +
                         std::to_string(s.stage) + " " + stage_name(latest.instrument, s.stage, lang)},
           {"goal", s.goal}, {"channels", s.channels}, {"strategies", s.strategies}});
    out["communities"].push_back(jc);
  }

  // The Method sheet's lines, as write_method_sheet lays them out.
  json& m = out["method"];
  m.push_back({"title", t.method_title});
  auto line = [&m](const std::string& label, const std::string& value) { m.push_back({"line", label, value}); };
  line(t.project, p.title);
  line(t.owner, p.owner);
  line(t.exported, "2026-11-22 · Readiness");
  std::string dims;
  for (const auto& d : ins.dimensions) dims += (dims.empty() ? "" : ", ") + d.code;
  line(t.instruments, ins.id + " " + ins.version + " – " + ins.title + " (" + t.dimension + ": " + dims + "; " +
                          t.round + ": " + std::to_string(p.rounds.size()) + ")");
  m.push_back({"skip"});
  m.push_back({"heading", t.rules});
  for (const char* rule : {t.rule_consensus, t.rule_means, t.rule_overall, t.rule_truncation, t.rule_gap,
                           t.rule_provisional, t.rule_formulas, t.rule_interval, t.rule_change})
    line("", rule);
  m.push_back({"skip"});
  line(t.rounds_count, std::to_string(p.rounds.size()));
  line(t.interviews_held, std::to_string(p.rounds.size() * 8));
  line(t.interview_dates, "2015-03-10 – 2024-03-17");
  line(t.round_dates, "2015-03-01 – 2024-04-30");
  line(t.provisional_rounds, t.provisional_none);
  line(t.contacts, t.contacts_excluded);
  m.push_back({"skip"});
  m.push_back({"heading", t.sheets_guide});
  line(t.summary_sheet, t.guide_summary);
  line(t.comparison_sheet, t.guide_comparison);
  line(t.trends_sheet, t.guide_trends);
  line(t.community, t.guide_community);
  line(t.agreement_sheet, t.guide_agreement);
  line(t.scores_sheet, t.guide_scores);
  std::ofstream(path) << out.dump();
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string dir = std::filesystem::temp_directory_path().string();
  std::string dump_path;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--runs") runs = std::stoi(argv[i + 1]);
    else if (a == "--out") dir = argv[i + 1];
    else if (a == "--dump") dump_path = argv[i + 1];
  }
  const Project project = national_project();
  std::cerr << project.communities.size() << " communities, " << project.rounds.size() << " rounds\n";
  if (!dump_path.empty()) dump(project, dump_path);
  std::vector<double> seconds;
  std::vector<double> cpu_seconds;
  const std::string out = dir + "/bench_export.xlsx";
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    write_workbook(project, out);
    cpu_seconds.push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  std::sort(cpu_seconds.begin(), cpu_seconds.end());
  std::cout << "median_seconds " << seconds[seconds.size() / 2] << "\n";
  std::cout << "median_cpu_seconds " << cpu_seconds[cpu_seconds.size() / 2] << "\n";
  std::cout << "bytes " << std::filesystem::file_size(out) << "\n";
  return 0;
}
