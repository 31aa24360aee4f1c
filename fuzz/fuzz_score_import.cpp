// libFuzzer harness: a score CSV imported into the demo project and into an
// empty one. Every input is either imported or
// refused with ScoreImportError (every bad row named); a refused import
// leaves the project unchanged, and an accepted one leaves it valid.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "demo_project.h"
#include "instrument_library.h"
#include "register.h"
#include "score_import.h"
#include "validate_project.h"

namespace {

struct World {
  readiness::InstrumentLibrary library = readiness::InstrumentLibrary::load_default();
  readiness::Project demo = without_answers(readiness::make_demo_project(library.get(readiness::kDefaultInstrumentId)));
  const readiness::SwedishRegister& reg = readiness::SwedishRegister::bundled();

  // The import never reads interview answers; without them a copy of the
  // demo project costs a fraction of the allocations (under ASan the copy
  // was most of each run).
  static readiness::Project without_answers(readiness::Project p) {
    for (auto& round : p.rounds)
      for (auto& interview : round.interviews) interview.answers.clear();
    return p;
  }
};

void import_into(readiness::Project project, const std::string& text, const World& world) {
  const std::size_t communities = project.communities.size(), rounds = project.rounds.size();
  try {
    readiness::import_scores_text(project, text, "fuzz.csv", world.reg, world.library);
    if (!readiness::validate_project(project).empty()) std::abort();  // an import never makes an invalid project
  } catch (const readiness::ScoreImportError&) {
    // Refused whole: nothing was added.
    if (project.communities.size() != communities || project.rounds.size() != rounds) std::abort();
  }
  // Anything else thrown escapes and is reported by libFuzzer as a crash.
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const World world;
  const std::string text(reinterpret_cast<const char*>(data), size);
  import_into(world.demo, text, world);
  import_into(readiness::Project(), text, world);
  return 0;
}
