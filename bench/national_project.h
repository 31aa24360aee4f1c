#pragma once
// The national bench project (issue 4, issue 12): every municipality of the
// bundled register × 10 rounds (2015–2024) × 8 interviews, six dimensions,
// scorers A and B and consensus, all rounds on the bundled cr6-sv
// instrument (2,900 rounds). Deterministic (xorshift from a fixed seed).
// Used by bench_export and bench_national_file.
#include <algorithm>
#include <cstdint>
#include <string>

#include "instrument_library.h"
#include "project.h"
#include "register.h"
#include "sectors.h"

namespace readiness::bench {

inline std::uint32_t next(std::uint32_t& s) {
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}

inline Project national_project() {
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

}  // namespace readiness::bench
