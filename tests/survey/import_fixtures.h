#pragma once
// Shared by the score-import tests: the bundled register and instrument
// library, imports of a text or a file from tests/data/csv, and the rows or
// message of a refused import (failing the test when it is accepted).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "instrument_library.h"
#include "project.h"
#include "register.h"
#include "score_import.h"

namespace readiness::testing {

inline const SwedishRegister& test_register() {
  static const SwedishRegister reg = SwedishRegister::load(READINESS_SOURCE_DIR "/questionnaires/registers");
  return reg;
}

inline const InstrumentLibrary& test_library() {
  static const InstrumentLibrary lib = InstrumentLibrary::load_from({READINESS_SOURCE_DIR "/questionnaires"});
  return lib;
}

inline ImportSummary import_text(Project& project, const std::string& text) {
  return import_scores_text(project, text, "SCORES.csv", test_register(), test_library());
}

inline ImportSummary import_file(Project& project, const std::string& name) {
  return import_scores(project, READINESS_TEST_DATA "/csv/" + name, test_register(), test_library());
}

// The rows of a refused import; fails the test when the import succeeds.
inline std::vector<ImportRowError> refusal(Project& project, const std::string& text) {
  try {
    import_text(project, text);
  } catch (const ScoreImportError& e) {
    return e.rows();
  }
  FAIL("import was not refused");
  return {};
}

inline std::string refusal_message(Project& project, const std::string& text) {
  try {
    import_text(project, text);
  } catch (const ScoreImportError& e) {
    return e.what();
  }
  FAIL("import was not refused");
  return {};
}

}  // namespace readiness::testing
