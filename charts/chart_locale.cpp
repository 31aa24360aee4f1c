#include "chart_locale.h"

#include "translation.h"

namespace readiness::charts {

std::string ChartLocale::tr(const char* msgid) const { return translate ? translate(msgid) : std::string(msgid); }

std::string ChartLocale::tr_n(const char* singular, const char* plural, unsigned long n) const {
  if (translate_plural) return translate_plural(singular, plural, n);
  return n == 1 ? singular : plural;
}

ChartLocale ChartLocale::registered(char decimal_point) {
  ChartLocale locale;
  locale.translate = [](const char* msgid) { return translated(msgid); };
  locale.translate_plural = [](const char* singular, const char* plural, unsigned long n) {
    return translated_plural(singular, plural, n);
  };
  locale.decimal_point = decimal_point;
  return locale;
}

std::string fill(const std::string& pattern, const std::vector<std::string>& values) {
  // wx-style "%d" for counts is filled like "%s": the values come as text.
  std::string text = pattern;
  for (std::size_t at = text.find("%d"); at != std::string::npos; at = text.find("%d", at + 2))
    if (at == 0 || text[at - 1] != '%') text[at + 1] = 's';
  return format(text, values);
}

}  // namespace readiness::charts
