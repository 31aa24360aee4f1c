// The locale part of the platform layer (platform.h).
#include <clocale>
#include <cstdlib>

#include "platform.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <locale.h>
#endif

namespace readiness::platform {

namespace {

// The first set of LC_ALL, LC_MESSAGES, LANG: the messages locale gettext
// reads from the environment; "" when none is set.
std::string environment_messages_locale() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = std::getenv(name); value && *value) return value;
  return "";
}

// "sv" or "en" for the messages locale `locale`, as gettext chooses: in the
// plain C or POSIX locale messages stay untranslated whatever LANGUAGE says;
// otherwise LANGUAGE (a list) comes first, then the locale — so
// LC_ALL=C.UTF-8 with LANG=sv_SE.UTF-8 is English (C.UTF-8 is no Swedish
// locale), and Swedish only with LANGUAGE=sv.
std::string gettext_language(const std::string& locale) {
  if (locale == "C" || locale == "POSIX") return "en";
  if (const char* language = std::getenv("LANGUAGE"); language && *language)
    return std::string(language).rfind("sv", 0) == 0 ? "sv" : "en";
  return locale.rfind("sv", 0) == 0 ? "sv" : "en";
}

}  // namespace

void adopt_user_locale() {
  std::setlocale(LC_ALL, "");
  // Numbers for machines never follow the user (issue 15): the one place
  // the process's LC_NUMERIC is decided.
  std::setlocale(LC_NUMERIC, "C");
}

#ifdef _WIN32

ClassicNumbers::ClassicNumbers() {
  m_previous_mode = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
  if (const char* now = std::setlocale(LC_NUMERIC, nullptr)) m_previous_numeric = now;
  std::setlocale(LC_NUMERIC, "C");
}

ClassicNumbers::~ClassicNumbers() {
  if (!m_previous_numeric.empty()) std::setlocale(LC_NUMERIC, m_previous_numeric.c_str());
  _configthreadlocale(m_previous_mode);
}

std::string system_ui_language() {
  // As libintl decides on Windows: the environment's messages locale when
  // one is set (gettext_language below), else the user's Windows display
  // language, then LANGUAGE over it.
  const std::string locale = environment_messages_locale();
  return gettext_language(
      !locale.empty() ? locale : PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_SWEDISH ? "sv_SE" : "en_GB");
}

#else

ClassicNumbers::ClassicNumbers() {
  // Only the numbers become "C": messages (gettext follows LC_MESSAGES of
  // the thread's locale), dates and character classes stay the user's, so
  // an error made while the workbook is written is still in Swedish.
  locale_t current = duplocale(uselocale(static_cast<locale_t>(nullptr)));
  if (current == static_cast<locale_t>(nullptr)) return;
  locale_t classic = newlocale(LC_NUMERIC_MASK, "C", current);
  if (classic == static_cast<locale_t>(nullptr)) {  // out of memory: the process locale stays
    freelocale(current);
    return;
  }
  m_classic = classic;
  m_previous = uselocale(classic);
}

ClassicNumbers::~ClassicNumbers() {
  if (!m_classic) return;
  uselocale(static_cast<locale_t>(m_previous));
  freelocale(static_cast<locale_t>(m_classic));
}

std::string system_ui_language() {
  // As glibc's gettext decides: no messages locale in the environment is "C".
  const std::string locale = environment_messages_locale();
  return gettext_language(locale.empty() ? "C" : locale);
}

#endif

}  // namespace readiness::platform
