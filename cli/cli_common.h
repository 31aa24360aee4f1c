#pragma once
// Shared pieces of readiness-cli: argument handling, exit codes, messages.
#include <libintl.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "project.h"
#include "project_lock.h"
#include "translation.h"

// User-visible CLI text goes through gettext (catalog "readiness").
#define _(text) gettext(text)
// Marks text for the catalog that is translated later, where it is shown.
#define N_(text) text

namespace readiness::cli {

// Exit codes of the contract: 0 ok, 1 bad input, 2 usage.
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// Thrown for a wrong command line; main prints it with the usage, exits 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Thrown for bad input; main prints it on stderr, exits 1.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The arguments after the command name as parsed (cli/command_line.cpp):
// positional arguments in order, the --flags given, and every --option VALUE.
class Arguments {
 public:
  Arguments(std::vector<std::string> positional, std::vector<std::string> flags,
            std::vector<std::pair<std::string, std::string>> options)
      : m_positional(std::move(positional)), m_flags(std::move(flags)), m_options(std::move(options)) {}
  const std::vector<std::string>& positional() const { return m_positional; }
  bool flag(const std::string& name) const;
  // Value of --name VALUE (or --name=VALUE), or `fallback`.
  std::string option(const std::string& name, const std::string& fallback = "") const;
  bool has_option(const std::string& name) const;
  // Exactly `count` positional arguments, or UsageError.
  void expect_positional(std::size_t count) const;

 private:
  std::vector<std::string> m_positional;
  std::vector<std::string> m_flags;
  std::vector<std::pair<std::string, std::string>> m_options;
};

// Loads a project file, turning every failure into InputError.
Project load_project_or_fail(const std::string& path);
void save_project_or_fail(const Project& project, const std::string& path);
// The project's lock for a command that writes it, held from before it is
// read until after it is saved, so a concurrent writer never loses an
// update (issue 12). Waits up to READINESS_LOCK_WAIT seconds (default 5)
// for another holder — another readiness-cli finishing — then throws
// InputError naming who holds it (the app, a colleague on a shared drive).
ProjectLock lock_for_writing(const std::string& path);

// The decimal point for numbers people read (tables, messages): ',' when
// the CLI speaks Swedish, '.' otherwise. JSON and CSV never use it.
char people_point();

// "sv" or "en": the language of the CLI's messages (platform's
// system_ui_language, as gettext reads it). Stage and dimension names in
// tables follow it (survey/instrument_names.h).
std::string cli_language();

// Community ids whose name (case, spacing and Unicode form ignored, as
// normalize_issue folds them), SCB code ("2506") or id is `wanted`; empty
// when none is. Used by --community in plan, report and trend.
std::vector<std::string> matching_communities(const Project& project, const std::string& wanted);

// Why --community `wanted` matched no community of the project: a real
// municipality of the register (by code or name, SCB) that the project
// lacks is named as such ("Luleå (2580, Norrbottens län) is not in the
// project"); anything else "no community is named or coded …".
std::string no_community_message(const std::string& wanted);

// A round's mode as people read it, in the CLI's language ("interviews",
// "self-rating"); JSON keeps to_string(mode).
std::string mode_text(Mode mode);

// Substitution of "%s" in translated text, in order (survey/translation.h).
using readiness::format;

int run_demo(const Arguments& args);
int run_validate(const Arguments& args);
int run_score(const Arguments& args);
int run_compare(const Arguments& args);
int run_trend(const Arguments& args);
int run_import_scores(const Arguments& args);
int run_export(const Arguments& args);
int run_instruments(const Arguments& args);
int run_plan(const Arguments& args);         // command_plan.cpp (issue 13)
int run_import_plan(const Arguments& args);
int run_audit(const Arguments& args);
int run_report(const Arguments& args);
int run_merge(const Arguments& args);

}  // namespace readiness::cli
