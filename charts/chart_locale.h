#pragma once
// The reader's language for the chart adapters (chart_adapters.h): the
// app's (the GUI registers survey/translation.h's lookups) or a report's
// own (reports/ passes its catalog, which may differ from the app's). The
// msgids are marked with tr()/tr_n() and extracted into po/ like _().
#include <functional>
#include <string>
#include <vector>

namespace readiness::charts {

struct ChartLocale {
  // msgid -> translation; empty: English (the msgid).
  std::function<std::string(const char*)> translate;
  // singular/plural msgid chosen for n and translated; empty: English.
  std::function<std::string(const char*, const char*, unsigned long)> translate_plural;
  // Of every value the charts show ("5,25" in Swedish).
  char decimal_point = '.';

  std::string tr(const char* msgid) const;
  std::string tr_n(const char* singular, const char* plural, unsigned long n) const;

  // English with '.'.
  static ChartLocale english() { return {}; }
  // survey/translation.h's registered lookups (the app's language).
  static ChartLocale registered(char decimal_point);
};

// A pattern's "%s" and "%d" placeholders filled with `values` in order
// ("%1$s" … by number), after translation (survey/translation.h's format).
std::string fill(const std::string& pattern, const std::vector<std::string>& values);

}  // namespace readiness::charts
