#pragma once
// Instrument snapshots stored once (issue 12, item 7; project format 3).
// Every round keeps its own snapshot of the instrument it was run with
// (round.h), but a national project has thousands of rounds on a handful of
// instrument versions: the file stores each distinct snapshot once and the
// rounds refer to it by its place in that list. In memory nothing changes:
// each round still has its Instrument.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "instrument.h"
#include "round.h"

namespace readiness {

// True when two snapshots hold the same text in every field (id, version,
// language, title, description, dimensions with anchors, questions with
// follow-ups, stages with strategies, scorer guide).
bool same_instrument(const Instrument& a, const Instrument& b);

// The distinct snapshots of `rounds` in order of first use, and for each
// round the index of its snapshot in that list.
struct InstrumentTable {
  std::vector<Instrument> instruments;
  std::vector<std::uint32_t> round_index;  // one per round, < instruments.size()
};
InstrumentTable distinct_instruments(const std::vector<Round>& rounds);

}  // namespace readiness
