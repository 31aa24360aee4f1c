// readiness-cli demo OUT.readiness
#include <iostream>

#include "cli_common.h"
#include "demo_project.h"
#include "instrument_library.h"

namespace readiness::cli {

int run_demo(const Arguments& args) {
  args.expect_positional(1);
  const InstrumentLibrary library = InstrumentLibrary::load_default();
  for (const auto& p : library.problems()) std::cerr << format(_("skipped: %s"), {p.to_string()}) << "\n";
  const Instrument* instrument = library.find(kDefaultInstrumentId);
  if (!instrument)
    throw InputError(format(_("the built-in instrument \"%s\" is missing from the instrument folder"),
                            {kDefaultInstrumentId}));
  const std::string& out = args.positional()[0];
  const ProjectLock lock = lock_for_writing(out);  // never over a project open in the app
  save_project_or_fail(make_demo_project(*instrument), out);
  std::cout << format(_("Demo project written to %s"), {out}) << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
