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
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "instrument_library.h"
#include "register.h"
#include "round_result.h"
#include "sectors.h"
#include "workbook_export.h"
#include "workbook_text.h"

using namespace readiness;

namespace {

std::uint32_t next(std::uint32_t& s) {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}

Project national_project() {
  const Instrument ins = InstrumentLibrary::load_default().get("cr6-sv");
  const auto& reg = SwedishRegister::bundled();
  Project p;
  p.title = "Nationell jämförelse (bench)";
  p.owner = "Readiness bench";
  std::uint32_t seed = 12345;
  const auto& sectors = sector_ids();
  for (const auto& m : reg.municipalities()) {
    Community c;
    c.id = "se-" + m.code;
    c.name = m.name;
    c.code = m.code;
    c.county_code = m.county_code;
    p.communities.push_back(c);
    for (int year = 2015; year < 2025; ++year) {
      Round r;
      r.id = c.id + "-" + std::to_string(year);
      r.community_id = c.id;
      r.label = std::to_string(year);
      r.issue = "langning av alkohol till unga";
      r.instrument = ins;
      r.status = RoundStatus::Completed;
      r.start_date = r.label + "-03-01";
      r.end_date = r.label + "-04-30";
      for (int i = 0; i < 8; ++i) {
        Respondent resp;
        resp.id = "R" + std::to_string(i + 1);
        resp.pseudonym = "Respondent " + std::to_string(i + 1);
        resp.sector = sectors[static_cast<std::size_t>(i) % sectors.size()];
        r.respondents.push_back(resp);
        Interview iv;
        iv.id = std::to_string(i + 1);
        iv.respondent_id = resp.id;
        iv.status = InterviewStatus::Transcribed;
        iv.date = r.label + "-03-1" + std::to_string(i % 10);
        for (const auto& d : ins.dimensions) {
          DimensionScore s;
          const int base = 200 + static_cast<int>(next(seed) % 13) * 50;
          s.scorer_a = std::clamp(base + static_cast<int>(next(seed) % 3) * 50 - 50, 100, 900);
          s.scorer_b = std::clamp(base + static_cast<int>(next(seed) % 3) * 50 - 50, 100, 900);
          s.consensus = base;
          s.reason = "Samstämmigt efter diskussion";
          iv.scores[d.code] = s;
        }
        r.interviews.push_back(iv);
      }
      p.rounds.push_back(std::move(r));
    }
  }
  return p;
}

void dump(const Project& p, const std::string& path) {
  using nlohmann::json;
  json out;
  out["title"] = p.title;
  out["owner"] = p.owner;
  const Instrument& ins = p.rounds.front().instrument;
  for (const auto& d : ins.dimensions) out["dimensions"].push_back({{"code", d.code}, {"label", d.code + " " + d.name}});
  for (int k = 1; k <= kStageCount; ++k) out["stages"].push_back(ins.stage_name(k));
  const auto results = score_project(p);
  for (std::size_t i = 0; i < p.rounds.size(); ++i) {
    const Round& r = p.rounds[i];
    const RoundResult& res = results[i];
    const Community* c = p.find_community(r.community_id);
    json jr = {{"id", r.id}, {"community", c->name}, {"code", c->code}, {"county", c->county_code},
               {"issue", r.issue}, {"label", r.label}, {"n", res.scored_interviews},
               {"provisional", res.provisional}};
    for (const auto& d : res.dimensions)
      jr["means"].push_back({{"code", d.code}, {"mean", d.mean->value()}, {"n", d.n}, {"sd", d.sd},
                             {"min", *d.min / 100.0}, {"max", *d.max / 100.0}, {"stage", *d.stage}});
    jr["overall"] = res.overall->value();
    jr["stage"] = *res.overall_stage;
    jr["lowest"] = res.lowest;
    for (const auto& iv : r.interviews) {
      const Respondent* resp = r.find_respondent(iv.respondent_id);
      for (const auto& d : r.instrument.dimensions) {
        const DimensionScore* s = iv.score_for(d.code);
        jr["scores"].push_back({iv.id, resp->pseudonym, sector_name(resp->sector, "sv"), d.code,
                                *s->scorer_a / 100.0, *s->scorer_b / 100.0, *s->consensus / 100.0, s->reason});
      }
    }
    out["rounds"].push_back(jr);
  }
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
