#pragma once
// Small hand-built projects for the scoring tests. Scores are written in
// hundredths (450 = 4.50) so every expected value can be checked by hand.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "project.h"

namespace readiness::test {

// -1 in a score table means "no consensus score for this cell".
constexpr int kNone = -1;

inline Instrument make_instrument(const std::vector<std::string>& codes,
                                  const std::string& id = "test-cr") {
  static const char* const names[] = {
      "No awareness", "Denial/resistance", "Vague awareness", "Preplanning", "Preparation",
      "Initiation", "Stabilization", "Confirmation/expansion", "High level of community ownership"};
  Instrument ins;
  ins.id = id;
  ins.version = "1.0";
  ins.language = "en";
  for (const auto& c : codes) {
    Dimension d;
    d.code = c;
    d.name = "Dimension " + c;
    ins.dimensions.push_back(d);
  }
  for (int k = 1; k <= kStageCount; ++k) {
    Stage s;
    s.number = k;
    s.name = names[k - 1];
    s.goal = "goal " + std::to_string(k);
    s.channels = "channels " + std::to_string(k);
    s.strategies = {"strategy " + std::to_string(k) + ".1", "strategy " + std::to_string(k) + ".2"};
    ins.stages.push_back(s);
  }
  return ins;
}

inline Instrument six_dimensions() { return make_instrument({"A", "B", "C", "D", "E", "F"}, "cr6-test"); }

// consensus[d][i]: consensus score of interview i on the instrument's
// dimension d (hundredths, or kNone). Interviews are numbered "1", "2", ...
inline Round make_round(const Instrument& ins, const std::vector<std::vector<int>>& consensus,
                        const std::string& id = "r1", const std::string& community_id = "c1",
                        const std::string& label = "2022",
                        const std::string& issue = "langning av alkohol till unga") {
  Round r;
  r.id = id;
  r.community_id = community_id;
  r.label = label;
  r.issue = issue;
  r.instrument = ins;
  std::size_t interviews = 0;
  for (const auto& row : consensus) interviews = std::max(interviews, row.size());
  for (std::size_t i = 0; i < interviews; ++i) {
    Interview iv;
    iv.id = std::to_string(i + 1);
    iv.scorer_a_name = "Anna";
    iv.scorer_b_name = "Bo";
    for (std::size_t d = 0; d < consensus.size() && d < ins.dimensions.size(); ++d) {
      if (i < consensus[d].size() && consensus[d][i] != kNone)
        iv.scores[ins.dimensions[d].code].consensus = consensus[d][i];
    }
    r.interviews.push_back(iv);
  }
  return r;
}

inline Project make_project(std::vector<Round> rounds,
                            const std::vector<std::pair<std::string, std::string>>& communities = {
                                {"c1", "Arjeplog"}}) {
  Project p;
  p.title = "test";
  for (const auto& [cid, name] : communities) {
    Community c;
    c.id = cid;
    c.name = name;
    c.code = "25" + std::to_string(p.communities.size());
    c.county_code = "25";
    p.communities.push_back(c);
  }
  p.rounds = std::move(rounds);
  return p;
}

// The worked example of community-readiness.md: six interviews, A–F.
inline std::vector<std::vector<int>> worked_example_scores() {
  return {
      {500, 550, 400, 500, 600, 500},  // A
      {300, 400, 350, 400, 400, 300},  // B
      {500, 500, 600, 550, 500, 600},  // C
      {400, 450, 500, 400, 500, 500},  // D
      {400, 350, 400, 400, 500, 400},  // E
      {600, 600, 550, 600, 650, 600},  // F
  };
}

}  // namespace readiness::test
