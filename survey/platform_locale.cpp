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
  if (const char* value = std::getenv("LANGUAGE"); value && *value) return value[0] == 's' && value[1] == 'v' ? "sv" : "en";
  return PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_SWEDISH ? "sv" : "en";
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
  // The same order gettext uses: LANGUAGE (a list) first, then the locale.
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    const std::string text = value;
    if (text == "C" || text == "POSIX" || text.rfind("C.", 0) == 0) continue;
    return text.rfind("sv", 0) == 0 ? "sv" : "en";
  }
  return "en";
}

#endif

}  // namespace readiness::platform
