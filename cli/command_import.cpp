// readiness-cli import-scores FILE SCORES.csv — creates FILE if absent.
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "platform.h"
#include "instrument_library.h"
#include "register.h"
#include "score_import.h"

namespace readiness::cli {

namespace {

// "Piteå (2581)", or the bare name of a custom community.
std::string described(const CommunityRef& c) { return c.code.empty() ? c.name : c.name + " (" + c.code + ")"; }

// What the import made of the community names (design.md: names as
// municipalities write them): every name matched otherwise than written,
// every new custom community, and "did you mean …?" where a new custom
// community's name is close to a register or project name.
void print_community_names(const ImportSummary& summary) {
  if (summary.encoding != "UTF-8")
    // TRANSLATORS: %s is an encoding name, "Windows-1252".
    std::cout << format(_("read as %s (saved from Excel as \"CSV\", not \"CSV UTF-8\")"), {summary.encoding})
              << "\n";
  for (const auto& m : summary.names_matched)
    // TRANSLATORS: a community name in the CSV file and the community it was matched to: "Piteå kommun → Piteå (2581)".
    std::cout << format(_("matched: %s → %s"), {m.written, described(m.community)}) << "\n";
  for (const auto& c : summary.custom_communities) {
    std::string line = format(_("new custom community (no municipality code): %s"), {c.name});
    if (!c.close.empty()) {
      std::string names;
      // TRANSLATORS: between two suggested names: "did you mean Piteå (2581) or Piteå älvdal?"
      for (const auto& other : c.close) names += (names.empty() ? "" : _(" or ")) + described(other);
      line += " — " + format(_("did you mean %s?"), {names});
    }
    std::cout << line << "\n";
  }
}

}  // namespace

int run_import_scores(const Arguments& args) {
  args.expect_positional(2);
  const std::string& file = args.positional()[0];
  const std::string& csv = args.positional()[1];
  const ProjectLock lock = lock_for_writing(file);  // held until the import is saved
  std::error_code ec;
  const bool exists = std::filesystem::exists(file, ec);
  Project project;
  if (exists) {
    project = load_project_or_fail(file);
  } else {
    project.title = platform::to_utf8(platform::to_path(file).stem());
  }
  const InstrumentLibrary library = InstrumentLibrary::load_default();
  for (const auto& p : library.problems()) std::cerr << format(_("skipped: %s"), {p.to_string()}) << "\n";
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
  print_community_names(summary);
  return kExitOk;
}

}  // namespace readiness::cli
