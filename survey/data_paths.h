#pragma once
// Where the bundled data (instruments, registers) and the message catalogs
// live. Found relative to the executable, so an installed or unpacked copy
// works wherever it is put:
//   data:     $READINESS_DATA_DIR, else <exe>/../share/readiness/questionnaires
//             (Linux install), <exe>/questionnaires (Windows), else the
//             source tree's questionnaires/ (a build tree).
//   catalogs: $READINESS_LOCALE_DIR, else <exe>/../share/locale,
//             <exe>/locale, else the build tree's locale/.
//   fonts:    $READINESS_FONT_DIR, else data_dir()/fonts (where
//             cmake/install.cmake puts DejaVu Sans on every platform), else
//             the folder CMake found DejaVuSans.ttf in (fonts-dejavu-core;
//             a build tree).
//   help:     $READINESS_HELP_DIR, else <exe>/../share/readiness/help
//             (Linux install), <exe>/help (Windows), else the source
//             tree's help/; it holds <language>/guide.html.
#include <string>
#include <vector>

namespace readiness {

std::string data_dir();
std::string locale_dir();
// The folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf, embedded in
// PDF reports (reports/); may not exist, the caller reports that.
std::string font_dir();
// The user guide's folder (see above); "" never: the source tree's help/
// is the last resort.
std::string help_dir();
// Folders searched for user-supplied instruments, in order:
// $READINESS_USER_INSTRUMENTS, <user data>/readiness/instruments
// (~/.local/share on Linux, %LOCALAPPDATA% on Windows).
std::vector<std::string> user_instrument_dirs();

}  // namespace readiness
