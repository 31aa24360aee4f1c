#include "instrument_table.h"

#include <map>
#include <string>
#include <tuple>

namespace readiness {

namespace {

bool same_dimension(const Dimension& a, const Dimension& b) {
  return a.code == b.code && a.name == b.name && a.description == b.description && a.anchors == b.anchors;
}

bool same_question(const Question& a, const Question& b) {
  return a.id == b.id && a.text == b.text && a.dimension == b.dimension && a.required == b.required &&
         a.followups == b.followups;
}

bool same_stage(const Stage& a, const Stage& b) {
  return a.number == b.number && a.name == b.name && a.description == b.description && a.goal == b.goal &&
         a.channels == b.channels && a.strategies == b.strategies;
}

template <typename T, typename Same>
bool same_list(const std::vector<T>& a, const std::vector<T>& b, Same same) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same(a[i], b[i])) return false;
  return true;
}

}  // namespace

bool same_instrument(const Instrument& a, const Instrument& b) {
  return a.id == b.id && a.version == b.version && a.language == b.language && a.title == b.title &&
         a.description == b.description && a.scorer_guide == b.scorer_guide &&
         same_list(a.dimensions, b.dimensions, same_dimension) && same_list(a.questions, b.questions, same_question) &&
         same_list(a.stages, b.stages, same_stage);
}

InstrumentTable distinct_instruments(const std::vector<Round>& rounds) {
  InstrumentTable table;
  table.round_index.reserve(rounds.size());
  // Candidates by (id, version, language): usually one each, compared in full.
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::uint32_t>> by_key;
  for (const Round& round : rounds) {
    const Instrument& ins = round.instrument;
    auto& candidates = by_key[{ins.id, ins.version, ins.language}];
    std::uint32_t found = static_cast<std::uint32_t>(table.instruments.size());
    for (const std::uint32_t c : candidates)
      if (same_instrument(table.instruments[c], ins)) {
        found = c;
        break;
      }
    if (found == table.instruments.size()) {
      table.instruments.push_back(ins);
      candidates.push_back(found);
    }
    table.round_index.push_back(found);
  }
  return table;
}

}  // namespace readiness
