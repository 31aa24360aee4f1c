#include "cli_common.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>

#include "comparison.h"  // normalize_issue
#include "platform.h"
#include "project_file.h"
#include "register.h"

namespace readiness::cli {

bool Arguments::flag(const std::string& name) const {
  return std::find(m_flags.begin(), m_flags.end(), name) != m_flags.end();
}

std::string Arguments::option(const std::string& name, const std::string& fallback) const {
  for (const auto& [key, value] : m_options)
    if (key == name) return value;
  return fallback;
}

bool Arguments::has_option(const std::string& name) const {
  return std::any_of(m_options.begin(), m_options.end(), [&](const auto& o) { return o.first == name; });
}

void Arguments::expect_positional(std::size_t count) const {
  if (m_positional.size() < count) throw UsageError(_("missing argument"));
  if (m_positional.size() > count) throw UsageError(format(_("unexpected argument \"%s\""), {m_positional[count]}));
}

Project load_project_or_fail(const std::string& path) {
  try {
    return load_project(path);
  } catch (const ProjectFileError& e) {
    // A cut or damaged file: the previous save's copy, when it is there,
    // is what the user needs next (the window says the same).
    const bool damaged = e.kind() == ProjectFileError::Kind::Truncated || e.kind() == ProjectFileError::Kind::Corrupted;
    std::error_code ec;
    if (damaged && std::filesystem::is_regular_file(platform::to_path(path + ".bak"), ec))
      throw InputError(std::string(e.what()) + "\n" +
                       format(_("the previous save is kept next to it: %s (open that, or copy it over the damaged file)"),
                              {path + ".bak"}));
    throw InputError(e.what());
  }
}

void save_project_or_fail(const Project& project, const std::string& path) {
  try {
    save_project(project, path);
  } catch (const ProjectFileError& e) {
    throw InputError(e.what());
  }
}

ProjectLock lock_for_writing(const std::string& path) {
  // A name that can never be saved (a folder, FIFO or device there, a
  // name too long for the temporary file) is refused before any work.
  try {
    check_save_target(path);
  } catch (const ProjectFileError& e) {
    throw InputError(e.what());
  }
  double wait_seconds = 5;
  if (const char* text = std::getenv("READINESS_LOCK_WAIT"); text && *text) {
    double parsed = 0;
    const char* end = text + std::strlen(text);
    if (std::from_chars(text, end, parsed).ptr == end && parsed >= 0) wait_seconds = parsed;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(static_cast<long>(wait_seconds * 1000));
  for (;;) {
    try {
      return ProjectLock::acquire(path);
    } catch (const ProjectLockedError& e) {
      if (std::chrono::steady_clock::now() >= deadline) {
        const LockInfo& who = e.holder();
        throw InputError(format(_("%s is open in Readiness by %s on %s since %s; nothing was changed. Close it there "
                                  "and try again."),
                                {path, who.user, who.host, who.since}));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } catch (const std::runtime_error& e) {
      throw InputError(format(_("%s cannot be locked for writing: %s"), {path, e.what()}));
    }
  }
}

std::string mode_text(Mode mode) {
  // TRANSLATORS: the mode of a round, short, after its issue in a list.
  return mode == Mode::SelfRating ? _("self-rating") : _("interviews");
}

char people_point() {
  // The language the messages are in decides (gettext reads the same
  // variables): a Swedish table has a decimal comma.
  static const char point = platform::system_ui_language() == "sv" ? ',' : '.';
  return point;
}

std::string no_community_message(const std::string& wanted) {
  try {
    const SwedishRegister& reg = SwedishRegister::bundled();
    const Municipality* m = reg.municipality_by_code(wanted);
    if (!m) m = reg.municipality_by_official_name(wanted);
    if (m) {
      const County* county = reg.county(m->county_code);
      // TRANSLATORS: "Luleå (2580, Norrbottens län) is not in the project": a real municipality, no community here.
      return format(_("%s (%s, %s) is not in the project"),
                    {m->name, m->code, county ? county->name : m->county_code});
    }
  } catch (const std::exception&) {
    // No register to ask (a broken installation): the plain message.
  }
  return format(_("no community is named or coded \"%s\""), {wanted});
}

std::string cli_language() {
  static const std::string language = platform::system_ui_language() == "sv" ? "sv" : "en";
  return language;
}

std::vector<std::string> matching_communities(const Project& project, const std::string& wanted) {
  const std::string folded = normalize_issue(wanted);
  std::vector<std::string> ids;
  for (const auto& c : project.communities)
    if (normalize_issue(c.name) == folded || (!c.code.empty() && c.code == wanted) || c.id == wanted)
      ids.push_back(c.id);
  return ids;
}

}  // namespace readiness::cli
