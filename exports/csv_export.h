#pragma once
// The long score table as CSV, in the SCORES.csv import format (one row per
// interview × dimension × scorer), so an export imports back unchanged.
// With ';' as separator numbers get a decimal comma (Swedish Excel). The
// text starts with a UTF-8 BOM, whatever the separator, so Excel reads it
// as UTF-8; rows end in CRLF. A field that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) gets a leading single quote
// (survey/csv_formula.h, OWASP's rule); the importer removes it again.
#include <string>

#include "project.h"

namespace readiness {

std::string scores_csv(const Project& project, char separator = ',');
// Writes atomically; throws ExportError naming the path and the reason.
void write_scores_csv(const Project& project, const std::string& path, char separator = ',');

}  // namespace readiness
