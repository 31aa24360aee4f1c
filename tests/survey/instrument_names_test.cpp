// Stage and dimension names in an output language (review item 4): one rule
// for every output — the instrument's own names in its language, its
// library translation ("cr6-sv" <-> "cr6-en") in the other, and a custom
// instrument without a translation keeps its own names.
#include <catch2/catch.hpp>

#include "instrument_library.h"
#include "instrument_names.h"

using namespace readiness;

namespace {

const std::string kDataDir = READINESS_SOURCE_DIR "/questionnaires";

// A copy of `base` under another id (a team's own instrument).
Instrument renamed(Instrument base, const std::string& id) {
  base.id = id;
  return base;
}

}  // namespace

TEST_CASE("a Swedish round instrument gives English names from its English translation", "[instrument][names]") {
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir});
  const Instrument& sv = lib.get("cr6-sv");
  const Instrument& en = lib.get("cr6-en");
  REQUIRE(instrument_translation(sv, "en", lib) == &en);
  REQUIRE(instrument_translation(en, "sv", lib) == &sv);
  for (int k = 1; k <= kStageCount; ++k) {
    CHECK(stage_name(sv, k, "en", lib) == en.stage_name(k));
    CHECK(stage_name(sv, k, "sv", lib) == sv.stage_name(k));
    CHECK(stage_name(en, k, "sv", lib) == sv.stage_name(k));
    CHECK(stage_name(sv, k, "en", lib) != sv.stage_name(k));
  }
  for (const Dimension& d : sv.dimensions) {
    CHECK(dimension_name(sv, d.code, "en", lib) == en.find_dimension(d.code)->name);
    CHECK(dimension_name(sv, d.code, "sv", lib) == d.name);
    CHECK(dimension_name(sv, d.code, "en", lib) != d.name);
  }
  // The five-dimension pair as well.
  CHECK(stage_name(lib.get("cr5-sv"), 4, "en", lib) == lib.get("cr5-en").stage_name(4));
  CHECK(stage_name(sv, 0, "en", lib).empty());
  CHECK(stage_name(sv, 10, "en", lib).empty());
  CHECK(dimension_name(sv, "Q", "en", lib) == "Q");
}

TEST_CASE("an instrument without a translation keeps its own names in every language", "[instrument][names]") {
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir});
  const Instrument& sv = lib.get("cr6-sv");
  // No "egen-en" in the library: never another instrument's names by letter.
  const Instrument own = renamed(sv, "egen-sv");
  CHECK(instrument_translation(own, "en", lib) == nullptr);
  CHECK(stage_name(own, 4, "en", lib) == sv.stage_name(4));
  CHECK(dimension_name(own, "A", "en", lib) == sv.find_dimension("A")->name);
  // An id without the language suffix has no translation either.
  CHECK(instrument_translation(renamed(sv, "cr6"), "en", lib) == nullptr);
  // A snapshot whose dimensions differ from its translation's keeps its own names.
  Instrument more = sv;
  more.dimensions.push_back(sv.dimensions.front());
  more.dimensions.back().code = "G";
  more.dimensions.back().name = "Egen dimension";
  CHECK(instrument_translation(more, "en", lib) == nullptr);
  CHECK(dimension_name(more, "A", "en", lib) == sv.find_dimension("A")->name);
  CHECK(dimension_name(more, "G", "en", lib) == "Egen dimension");
}

TEST_CASE("the default library gives the bundled translations", "[instrument][names]") {
  const InstrumentLibrary lib = InstrumentLibrary::load_from({kDataDir});
  // READINESS_DATA_DIR is the source tree's questionnaires/ in a build tree.
  CHECK(stage_name(lib.get("cr6-sv"), 3, "en") == lib.get("cr6-en").stage_name(3));
  CHECK(dimension_name(lib.get("cr6-en"), "D", "sv") == lib.get("cr6-sv").find_dimension("D")->name);
}
