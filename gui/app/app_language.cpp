#include "app/app_language.h"

#include <cstdlib>

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/translation.h>

#include "platform.h"
#include "data_paths.h"
#include "text/wx_text.h"
#include "translation.h"

namespace readiness::gui {

namespace {

std::string g_language = "en";

// survey/'s messages through the catalog in use: wxGetTranslation asks the
// current wxTranslations, so a language switched at run time is followed.
// Msgids are UTF-8 (text/translate.h says why not wx's own conversion).
std::string survey_text(const char* msgid) { return to_utf8(wxGetTranslation(wxString::FromUTF8(msgid))); }
std::string survey_plural(const char* singular, const char* plural, unsigned long n) {
  return to_utf8(wxGetTranslation(wxString::FromUTF8(singular), wxString::FromUTF8(plural), static_cast<unsigned>(n)));
}

}  // namespace

std::string language_setting() {
  wxString value;
  if (wxConfigBase* config = wxConfigBase::Get()) config->Read("Language", &value);
  return value == "sv" || value == "en" ? to_utf8(value) : std::string();
}

void set_language_setting(const std::string& language) {
  if (wxConfigBase* config = wxConfigBase::Get()) {
    config->Write("Language", to_wx(language));
    config->Flush();
  }
}

std::string system_language() { return platform::system_ui_language(); }

void setup_language(const std::string& forced) {
  // GTK set the whole C locale from the environment when it started; numbers
  // for machines must not follow it (platform.h).
  platform::adopt_user_locale();
  std::string language = forced;
  if (language != "sv" && language != "en") language = language_setting();
  if (language.empty()) language = system_language();
  g_language = language;

  auto* translations = new wxTranslations;
  wxTranslations::Set(translations);  // takes ownership
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(readiness::locale_dir()));
  translations->SetLanguage(to_wx(language));
  // English source strings are complete; en.mo only exists for symmetry.
  translations->AddCatalog("readiness");
  // wxWidgets' own strings, where the system has them.
  translations->AddStdCatalog();
  set_translator(survey_text, survey_plural);
}

std::string ui_language() { return g_language; }

char decimal_point() { return g_language == "sv" ? ',' : '.'; }

}  // namespace readiness::gui
