#pragma once
// CSV injection (formula injection): a spreadsheet opening a CSV runs a
// cell that starts with '=', '+', '-' or '@' as a formula (and a leading
// tab or carriage return hides such a start). OWASP's rule for CSV written
// for spreadsheets ("CSV Injection", owasp.org/www-community/attacks/
// CSV_Injection): prefix such a field with a single quote, which Excel and
// LibreOffice show as text and do not evaluate.
//
// Our score CSV must also import back unchanged, so the pair is exact:
// neutralise_formula() also prefixes a field that already starts with a
// quote followed by one of those characters, and restore_formula() removes
// one quote exactly where neutralise_formula() would have put it.
#include <string>

namespace readiness {

// True when `field` starts with '=', '+', '-', '@', '\t' or '\r'.
bool starts_like_formula(const std::string& field);
// "'" + field when the field starts like a formula, or with "'" followed by
// such a start; the field unchanged otherwise.
std::string neutralise_formula(const std::string& field);
// The inverse: one leading "'" dropped when what follows starts like a
// formula or is itself such a quoted field; the field unchanged otherwise
// (a name that just starts with an apostrophe keeps it).
std::string restore_formula(const std::string& field);

}  // namespace readiness
