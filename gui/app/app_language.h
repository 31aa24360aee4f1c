#pragma once
// The user-interface language: Swedish or English, from the command line,
// the user's choice in the Language menu (wxConfig "Language"), or the
// system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), in that order. Catalogs
// are the "readiness" gettext domain built from po/ (see po/CMakeLists).
// Only wxTranslations is used, no wxLocale: a Swedish UI must not depend on
// sv_SE being generated on the machine.
#include <string>

namespace readiness::gui {

// "sv", "en" or "" (follow the system).
std::string language_setting();
void set_language_setting(const std::string& language);

// The language the system asks for: "sv" or "en".
std::string system_language();

// Installs wxTranslations for `forced` ("sv"/"en"), or for the setting,
// or the system language. Call once, after wxApp exists.
void setup_language(const std::string& forced = {});

// The language in use: "sv" or "en".
std::string ui_language();

// The decimal separator of the UI language (',' in Swedish).
char decimal_point();

}  // namespace readiness::gui
