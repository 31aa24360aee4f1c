#pragma once
// The language of one report, independent of the language the program
// itself speaks: a report is asked for in Swedish or English (--lang). The
// texts are gettext msgids in the sources (marked with _() in reports/*.cpp,
// extracted by scripts/refresh-pot into po/); for Swedish the translation is
// read from the built catalog <locale_dir>/sv/LC_MESSAGES/readiness.mo.
// Why not gettext() itself: it translates into the process's language only
// (LC_MESSAGES/LANGUAGE), not into the one a report is asked for.
#include <map>
#include <string>

namespace readiness::reports {

class ReportLanguage {
 public:
  // "sv" or "en" (anything else is refused with std::invalid_argument).
  // For "sv", loads the catalog from `locale_dir` (survey's locale_dir());
  // throws ReportError when it is missing or not a valid .mo file.
  ReportLanguage(const std::string& code, const std::string& locale_dir);

  const std::string& code() const { return m_code; }
  bool english() const { return m_code == "en"; }
  char decimal_point() const { return english() ? '.' : ','; }
  // "sv-SE" / "en-GB" for the PDF's /Lang.
  std::string bcp47() const { return english() ? "en-GB" : "sv-SE"; }
  // The msgid's translation; the msgid itself when there is none (English).
  const char* translate(const char* msgid) const;

 private:
  std::string m_code;
  std::map<std::string, std::string> m_catalog;
};

// Parses the bytes of a GNU .mo file into msgid -> msgstr (the first form
// of plural entries under the singular msgid, the second under the plural
// msgid; the header entry "" is left out). Throws ReportError
// on a file that is not a .mo file or is cut short.
std::map<std::string, std::string> parse_mo(const std::string& bytes);

}  // namespace readiness::reports
