// readiness-cli merge OUT A.readiness B.readiness … — one project from
// several (issue 12, item 8; survey/project_merge.h): joined by stable ids,
// identical items once, a field empty in all files but one taken from that
// one, audit trails carried. Any conflict (two different values of one
// field) is listed on stderr with both files and values, and nothing is
// written (exit 1). OUT may be one of the inputs (merge into it); an OUT
// that exists and is not an input is refused, never overwritten.
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "platform.h"
#include "project_merge.h"

namespace readiness::cli {

namespace {

std::string same_file_key(const std::string& path) {
  std::error_code ec;
  const auto real = std::filesystem::weakly_canonical(platform::to_path(path), ec);
  return ec ? path : platform::to_utf8(real);
}

}  // namespace

int run_merge(const Arguments& args) {
  const auto& positional = args.positional();
  if (positional.size() < 3) throw UsageError(_("merge needs OUT and at least two project files"));
  const std::string& out = positional[0];
  const std::vector<std::string> files(positional.begin() + 1, positional.end());
  bool out_is_input = false;
  for (const auto& f : files) out_is_input = out_is_input || same_file_key(f) == same_file_key(out);
  std::error_code ec;
  if (!out_is_input && std::filesystem::exists(platform::to_path(out), ec))
    throw InputError(format(_("%s exists and is not one of the files merged: nothing was written. Choose another "
                              "name, or list it among the files to merge into it"),
                            {out}));
  const ProjectLock lock = lock_for_writing(out);  // held until the result is saved
  std::vector<MergeInput> inputs;
  for (const auto& f : files)
    inputs.push_back({platform::to_utf8(platform::to_path(f).filename()), load_project_or_fail(f)});
  const MergeResult result = merge_projects(inputs);
  if (!result.conflicts.empty()) {
    std::string list;
    for (const auto& c : result.conflicts) list += "  " + to_string(c) + "\n";
    throw InputError(format(ngettext("%s conflict, nothing was written to %s:\n%s",
                                     "%s conflicts, nothing was written to %s:\n%s",
                                     static_cast<unsigned long>(result.conflicts.size())),
                            {std::to_string(result.conflicts.size()), out, list}));
  }
  save_project_or_fail(result.project, out);
  std::cout << format(_("%s: %s projects merged — %s communities, %s rounds (%s found in more than one file), "
                        "%s values filled in, %s audit entries"),
                      {out, std::to_string(files.size()), std::to_string(result.communities),
                       std::to_string(result.rounds), std::to_string(result.rounds_joined),
                       std::to_string(result.values_filled), std::to_string(result.audit_entries)})
            << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
