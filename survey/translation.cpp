#include "translation.h"

#include <atomic>
#include <limits>

namespace readiness {

namespace {

// Function pointers in atomics: a message made on a worker thread while
// the GUI re-registers never reads half a pointer.
std::atomic<Translator> g_translator{nullptr};
std::atomic<PluralTranslator> g_plural_translator{nullptr};

}  // namespace

void set_translator(Translator translator, PluralTranslator plural_translator) {
  g_translator.store(translator);
  g_plural_translator.store(plural_translator);
}

std::string translated(const char* msgid) {
  if (const Translator translator = g_translator.load()) return translator(msgid);
  return msgid;
}

std::string translated_plural(const char* singular, const char* plural, std::size_t n) {
  if (const PluralTranslator translator = g_plural_translator.load())
    return translator(singular, plural,
                      n > std::numeric_limits<unsigned long>::max() ? std::numeric_limits<unsigned long>::max()
                                                                    : static_cast<unsigned long>(n));
  return n == 1 ? singular : plural;
}

std::string format(const std::string& pattern, const std::vector<std::string>& values) {
  auto value = [&](std::size_t index) { return index < values.size() ? values[index] : std::string(); };
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's') {
      out += value(next++);
      ++i;
    } else if (pattern[i] == '%' && i + 3 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9' &&
               pattern[i + 2] == '$' && pattern[i + 3] == 's') {
      out += value(static_cast<std::size_t>(pattern[i + 1] - '1'));
      i += 3;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace readiness
