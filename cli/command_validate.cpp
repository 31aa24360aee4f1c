// readiness-cli validate FILE [--json] — a project file or an instrument (.json).
// With --json the verdict is also one JSON object on stdout:
//   {"file": …, "valid": true, "kind": "project", "title": …, "communities": n,
//    "rounds": n, "interviews": n, "warnings": [{"where": …, "what": …}]}
//   (warnings: interviews dated outside their round's dates, interview_dates.h;
//   the texts in the user's language, like "message"; exit 0)
//   {"file": …, "valid": true, "kind": "instrument", "id": …, "version": …,
//    "language": …, "dimensions": n, "questions": n}
//   {"file": …, "valid": false, "message": …}   (exit 1, the message on stderr too)
#include <iostream>

#include "cli_common.h"
#include "instrument_library.h"
#include "interview_dates.h"
#include "json_writer.h"

namespace readiness::cli {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void print_invalid_json(const std::string& path, const std::string& message) {
  JsonWriter j(std::cout);
  j.begin_object().key("file").string(path).key("valid").boolean(false).key("message").string(message).end_object();
  std::cout << "\n";
}

int validate_instrument(const std::string& path, bool json) {
  try {
    const Instrument ins = load_instrument_file(path);
    if (json) {
      JsonWriter j(std::cout);
      j.begin_object().key("file").string(path).key("valid").boolean(true).key("kind").string("instrument");
      j.key("id").string(ins.id).key("version").string(ins.version).key("language").string(ins.language);
      j.key("dimensions").integer(static_cast<long long>(ins.dimensions.size()));
      j.key("questions").integer(static_cast<long long>(ins.questions.size())).end_object();
      std::cout << "\n";
      return kExitOk;
    }
    std::cout << format(_("%s: instrument \"%s\" version %s (%s) is valid: %s dimensions, %s questions"),
                        {path, ins.id, ins.version, ins.language, std::to_string(ins.dimensions.size()),
                         std::to_string(ins.questions.size())})
              << "\n";
    return kExitOk;
  } catch (const InstrumentError& e) {
    const auto n = e.issues().size();
    const std::string message = format(
        ngettext("%s fault in the instrument:\n%s", "%s faults in the instrument:\n%s", static_cast<unsigned long>(n)), {std::to_string(n), e.what()});
    if (json) print_invalid_json(path, message);
    throw InputError(message);
  }
}

}  // namespace

int run_validate(const Arguments& args) {
  args.expect_positional(1);
  const std::string& path = args.positional()[0];
  const bool json = args.flag("json");
  if (ends_with(path, ".json")) return validate_instrument(path, json);
  Project project;
  try {
    project = load_project_or_fail(path);
  } catch (const InputError& e) {
    if (json) print_invalid_json(path, e.what());
    throw;
  }
  std::size_t interviews = 0;
  for (const auto& r : project.rounds) interviews += r.interviews.size();
  const std::vector<ValidationIssue> warnings = interview_date_warnings(project);
  if (json) {
    JsonWriter j(std::cout);
    j.begin_object().key("file").string(path).key("valid").boolean(true).key("kind").string("project");
    j.key("title").string(project.title);
    j.key("communities").integer(static_cast<long long>(project.communities.size()));
    j.key("rounds").integer(static_cast<long long>(project.rounds.size()));
    j.key("interviews").integer(static_cast<long long>(interviews));
    j.key("warnings").begin_array();
    for (const auto& w : warnings) j.begin_object().key("where").string(w.where).key("what").string(w.what).end_object();
    j.end_array().end_object();
    std::cout << "\n";
    return kExitOk;
  }
  std::cout << format(_("%s: valid project \"%s\": %s communities, %s rounds, %s interviews"),
                      {path, project.title, std::to_string(project.communities.size()),
                       std::to_string(project.rounds.size()), std::to_string(interviews)})
            << "\n";
  // Allowed, but likely a typo: said, not refused (exit 0).
  for (const auto& w : warnings)
    // TRANSLATORS: validate: "warning: round "…" › interview "1" (2022-03-11): Before the round's start (2022-03-14)".
    std::cout << format(_("warning: %s: %s"), {w.where, w.what}) << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
