#pragma once
// A small CSV reader for files analysts save from Excel or LibreOffice:
// UTF-8 (a BOM is stripped), CRLF or LF, RFC 4180 quoting ("" inside a
// quoted field is one quote; separators and newlines may be quoted), and the
// separator taken from Excel's "sep=;" / "sep=," first line when there is
// one (also after a BOM; the line is skipped, line numbers still count it),
// otherwise from the header line: Swedish-locale Excel writes ';' because
// ',' is its decimal separator.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace readiness {

struct CsvRecord {
  int line = 0;  // 1-based physical line the record starts on
  std::vector<std::string> fields;  // as written, not trimmed

  // True for "" and for rows of bare separators (";;;;" from Excel).
  bool blank() const;
};

struct CsvTable {
  char separator = ',';
  // How the bytes were read: "UTF-8", or "Windows-1252" for a file Excel
  // saved as plain "CSV" (not one multi-byte UTF-8 character in it).
  std::string encoding = "UTF-8";
  std::vector<CsvRecord> records;  // records[0] is the header when present
};

class CsvError : public std::runtime_error {
 public:
  CsvError(int line, const std::string& what);
  int line() const { return m_line; }

 private:
  int m_line;
};

// The separator a "sep=X" first line declares; else ';' when the header
// line has a ';' outside quotes, otherwise ','. A header
// with both is read as ';': a comma there can only be part of a misspelt
// column name, which the caller then reports by name.
char detect_separator(std::string_view text);

// Parses the whole text. Text that is not UTF-8 and has no UTF-8 character
// at all is read as Windows-1252 (Swedish Excel's "CSV"). Throws CsvError
// (with the line) for text mixing UTF-8 with other bytes, a quote that is never closed, or text after a closing quote.
CsvTable read_csv(std::string_view text);

}  // namespace readiness
