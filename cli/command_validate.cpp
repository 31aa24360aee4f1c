// readiness-cli validate FILE — a project file or an instrument (.json).
#include <iostream>

#include "cli_common.h"
#include "instrument_library.h"

namespace readiness::cli {

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

int run_validate(const Arguments& args) {
  args.expect_positional(1);
  const std::string& path = args.positional()[0];
  if (ends_with(path, ".json")) {
    try {
      const Instrument ins = load_instrument_file(path);
      std::cout << format(_("%s: instrument \"%s\" version %s (%s) is valid: %s dimensions, %s questions"),
                          {path, ins.id, ins.version, ins.language, std::to_string(ins.dimensions.size()),
                           std::to_string(ins.questions.size())})
                << "\n";
      return kExitOk;
    } catch (const InstrumentError& e) {
      const auto n = e.issues().size();
      throw InputError(format(ngettext("%s fault in the instrument:\n%s", "%s faults in the instrument:\n%s", n),
                              {std::to_string(n), e.what()}));
    }
  }
  const Project project = load_project_or_fail(path);
  std::size_t interviews = 0;
  for (const auto& r : project.rounds) interviews += r.interviews.size();
  std::cout << format(_("%s: valid project \"%s\": %s communities, %s rounds, %s interviews"),
                      {path, project.title, std::to_string(project.communities.size()),
                       std::to_string(project.rounds.size()), std::to_string(interviews)})
            << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
