// readiness-cli import-scores FILE SCORES.csv — creates FILE if absent.
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "platform.h"
#include "instrument_library.h"
#include "register.h"
#include "score_import.h"

namespace readiness::cli {

int run_import_scores(const Arguments& args) {
  args.expect_positional(2);
  const std::string& file = args.positional()[0];
  const std::string& csv = args.positional()[1];
  std::error_code ec;
  const bool exists = std::filesystem::exists(file, ec);
  Project project;
  if (exists) {
    project = load_project_or_fail(file);
  } else {
    project.title = platform::to_utf8(platform::to_path(file).stem());
  }
  const InstrumentLibrary library = InstrumentLibrary::load_default();
  ImportSummary summary;
  try {
    summary = import_scores(project, csv, SwedishRegister::bundled(), library);
  } catch (const ScoreImportError& e) {
    throw InputError(e.what());  // names the file, says nothing was imported, lists every row
  } catch (const std::runtime_error& e) {
    throw InputError(format(_("%s was not imported (nothing was changed): %s"), {csv, e.what()}));
  }
  save_project_or_fail(project, file);
  std::cout << format(_("%s: %s rows imported into %s — %s new scores, %s changed, %s unchanged; "
                        "added %s communities, %s rounds, %s interviews"),
                      {csv, std::to_string(summary.rows), file, std::to_string(summary.scores_new),
                       std::to_string(summary.scores_changed), std::to_string(summary.scores_unchanged),
                       std::to_string(summary.communities_added), std::to_string(summary.rounds_added),
                       std::to_string(summary.interviews_added)})
            << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
