#pragma once
// Stage and dimension names in an output language (review item 4). The one
// rule every output follows (CLI tables, window, workbook, PDF report):
//   * an instrument in the output language gives its own names;
//   * otherwise the names come from its translation in the instrument
//     library: the instrument whose id is the same with the language suffix
//     swapped ("cr6-sv" <-> "cr6-en"), whose language is the output
//     language and which has the same dimension codes in the same order
//     (questionnaires/README.md, "Names in another language");
//   * a custom instrument without such a translation keeps its own names
//     (its own language), never another instrument's names by letter.
// The library is the bundled questionnaires/ plus the user instrument
// folders (InstrumentLibrary::load_default), read once per set of folders.
// Machine output (score --json) keeps the instrument's own names.
#include <string>

#include "instrument.h"
#include "instrument_library.h"

namespace readiness {

// The instrument that gives `instrument`'s names in `language` ("sv"/"en"):
// `instrument` itself when it is in that language, else its translation in
// `library`, else nullptr.
const Instrument* instrument_translation(const Instrument& instrument, const std::string& language,
                                         const InstrumentLibrary& library);
// The instrument whose texts (names, stage goals, strategies, questions) an
// output in `language` shows: the translation in the default library, else
// `instrument` itself. The reference lives as long as `instrument` or the
// process (the default library is never unloaded).
const Instrument& instrument_in_language(const Instrument& instrument, const std::string& language);

// Stage 1..9's name in `language`; "" when out of range. Uses the default
// library (see above); the overload takes the library to look in.
std::string stage_name(const Instrument& instrument, int stage, const std::string& language);
std::string stage_name(const Instrument& instrument, int stage, const std::string& language,
                       const InstrumentLibrary& library);

// The dimension's name in `language`; the code itself when the instrument
// has no such dimension.
std::string dimension_name(const Instrument& instrument, const std::string& code, const std::string& language);
std::string dimension_name(const Instrument& instrument, const std::string& code, const std::string& language,
                           const InstrumentLibrary& library);

}  // namespace readiness
