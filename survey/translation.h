#pragma once
// Translation of the messages made below the user interface (survey/: file
// errors, instrument faults, CSV and lock messages), without wx or gettext
// here: the program registers its translator once at start-up — the CLI
// gettext/ngettext, the GUI wxGetTranslation — and survey/ asks it for
// each message when the message is made. With none registered, the
// English source text is used (the core's tests, tools).
//
// Catalog: "readiness"; scripts/refresh-pot extracts `translated` and
// `translated_plural` (keywords) from survey/ like _() from cli/ and gui/.
// A message with values is one whole sentence with "%s" in it, filled by
// format() after translation, so translators see the sentence.
#include <cstddef>
#include <string>
#include <vector>

namespace readiness {

// A catalog lookup: the msgid (UTF-8) in the user's language, or the msgid.
using Translator = std::string (*)(const char* msgid);
// The plural lookup: `singular` or `plural` chosen for `n` by the
// language's rule (Swedish and English: n == 1 is singular).
using PluralTranslator = std::string (*)(const char* singular, const char* plural, unsigned long n);

// Registers the program's lookups; nullptr for either restores English
// for it. Safe to call again (the GUI does when the language changes, but
// its lookup already follows the current language). Thread-safe.
void set_translator(Translator translator, PluralTranslator plural_translator);

// `msgid` in the registered translator's language (English without one).
// Call it with a string literal so the catalog extractor finds it.
std::string translated(const char* msgid);
// `singular` or `plural` for the count `n`, translated; the count itself
// is filled in by format() where the text has "%s" for it. A count beyond
// unsigned long (32 bits on Windows) reaches the lookup as its largest
// value: still plural.
std::string translated_plural(const char* singular, const char* plural, std::size_t n);

// Fills a pattern's placeholders with `values`: each "%s" takes the next
// value in order; "%1$s" … "%9$s" take that value by number (a translation
// may reorder them). A missing value is empty; other text is kept as is.
std::string format(const std::string& pattern, const std::vector<std::string>& values);

}  // namespace readiness
