#pragma once
// The platform layer: every difference between POSIX and Windows lives
// behind this header (docs/design.md, "Platforms"; conventions.md item 17).
// No #ifdef _WIN32 anywhere else.
#include <string>

namespace readiness::platform {

// ---- Locale ----------------------------------------------------------------
// Readiness's rule (issue 15): messages and character classes follow the
// user; numbers for machines never do. adopt_user_locale() is called once at
// start — by the CLI's main and by the GUI after the toolkit has set its
// own — and leaves LC_NUMERIC at "C", so printf-family code in any library
// (libxlsxwriter's snprintf, wxWidgets, GTK) writes '.'. Numbers for people
// are formatted by scoring/mean_format.h with the UI language's decimal
// point, never by the C library.
void adopt_user_locale();

// While alive, this thread formats and parses numbers in the classic "C"
// locale whatever the process locale is (POSIX uselocale; Windows
// per-thread locale). Held around every write by a library that formats
// numbers with printf (the workbook), so a host that resets LC_NUMERIC —
// GTK does on start — cannot put "3,5" into a file. Not copyable.
class ClassicNumbers {
 public:
  ClassicNumbers();
  ~ClassicNumbers();
  ClassicNumbers(const ClassicNumbers&) = delete;
  ClassicNumbers& operator=(const ClassicNumbers&) = delete;

 private:
  void* m_previous = nullptr;  // POSIX: the locale_t in use before
  void* m_classic = nullptr;   // POSIX: the "C" locale_t we made
  int m_previous_mode = 0;     // Windows: _configthreadlocale's previous mode
  std::string m_previous_numeric;  // Windows: LC_NUMERIC before
};

// "sv" or "en": the language the user's system asks for, read as gettext
// does (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; "C"/"POSIX" skipped);
// anything not Swedish is English. On Windows the user's UI language.
std::string system_ui_language();

}  // namespace readiness::platform
