#include "csv_reader.h"

#include <cstddef>
#include <utility>

#include "text_identity.h"
#include "translation.h"

namespace readiness {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Offset of the first byte that breaks UTF-8, or npos. Overlong forms and
// surrogates are not hunted down: the aim is to catch a Windows-1252 file
// ("Piteå" saved as plain "CSV" by Excel), not to police encoders.
std::size_t find_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    if (c < 0x80) extra = 0;
    else if (c >= 0xC2 && c <= 0xDF) extra = 1;
    else if (c >= 0xE0 && c <= 0xEF) extra = 2;
    else if (c >= 0xF0 && c <= 0xF4) extra = 3;
    else return i;
    for (std::size_t k = 1; k <= extra; ++k) {
      if (i + k >= text.size()) return i;
      const auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) return i;
    }
    i += extra + 1;
  }
  return std::string_view::npos;
}

// True when the text holds at least one well-formed multi-byte UTF-8
// character (a lead byte followed by its continuation bytes).
bool has_multibyte_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    if (extra == 0 || i + extra >= text.size() + 0) continue;
    bool ok = true;
    for (std::size_t k = 1; k <= extra && ok; ++k) ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (ok) return true;
  }
  return false;
}

int line_of(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

// Excel's separator line: "sep=;" ("SEP=", "Sep=" too) as the first line, asking for
// that separator. The separator is the character after "sep="; anything
// after it may only repeat it (a spreadsheet that re-saved the line as a
// cell pads it with separators: "sep=;;;;"). Returns the separator and the
// length of the line with its line break, or {0, 0}.
std::pair<char, std::size_t> sep_line(std::string_view text) {
  if (text.size() < 5) return {0, 0};
  const std::string_view prefix = text.substr(0, 4);
  if (prefix != "sep=" && prefix != "SEP=" && prefix != "Sep=") return {0, 0};
  const char sep = text[4];
  if (sep == '\r' || sep == '\n' || sep == '"') return {0, 0};
  std::size_t i = 5;
  while (i < text.size() && text[i] == sep) ++i;
  if (i < text.size() && text[i] == '\r') ++i;
  if (i < text.size() && text[i] == '\n') ++i;
  else if (i < text.size() && text[i - 1] != '\r') return {0, 0};  // more text on the line: not a sep line
  return {sep, i};
}

}  // namespace

bool CsvRecord::blank() const {
  for (const auto& f : fields)
    if (f.find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

CsvError::CsvError(int line, const std::string& what) : std::runtime_error(what), m_line(line) {}

char detect_separator(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  if (const auto [sep, length] = sep_line(text); sep) return sep;
  while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;  // "" toggles twice, which is right
    else if (quoted) continue;
    else if (c == ';') return ';';
    else if (c == '\n' || c == '\r') break;
  }
  return ',';
}

CsvTable read_csv(std::string_view text) {
  const bool bom = text.substr(0, kBom.size()) == kBom;
  if (bom) text.remove_prefix(kBom.size());
  std::string decoded;
  std::string encoding = "UTF-8";
  if (auto bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    // Swedish Excel saves "CSV" in Windows-1252. A file with a BOM, or with
    // any real UTF-8 character beside the bad byte, is damaged, not that.
    if (bom || has_multibyte_utf8(text))
      throw CsvError(line_of(text, bad),
                     translated("the text is not UTF-8 and not Windows-1252 either (damaged or mixed)"));
    decoded = decode_cp1252(text);
    text = decoded;
    encoding = "Windows-1252";
  }

  CsvTable table;
  table.encoding = encoding;
  table.separator = detect_separator(text);
  const char sep = table.separator;

  int line = 1;
  // Excel's "sep=;" line says the separator and is no record; the header is
  // then line 2, and messages count it so.
  if (const auto [declared, length] = sep_line(text); declared) {
    text.remove_prefix(length);
    line = 2;
  }
  CsvRecord record{line, {}};
  std::string field;
  bool in_quotes = false;
  bool was_quoted = false;   // the current field started with a quote
  bool after_quote = false;  // its closing quote has been read
  int quote_line = 0;

  auto end_field = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    was_quoted = after_quote = false;
  };
  auto end_record = [&] {
    end_field();
    table.records.push_back(std::move(record));
    record = CsvRecord{line, {}};
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool crlf = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
          after_quote = true;
        }
      } else if (c == '\n' || c == '\r') {
        field += '\n';  // quoted line breaks are kept, normalised to LF
        ++line;
        if (crlf) ++i;
      } else {
        field += c;
      }
    } else if (c == sep) {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (crlf) ++i;
      ++line;
      end_record();
    } else if (after_quote) {
      // Spaces after a closing quote are padding from hand-edited files.
      if (c != ' ' && c != '\t') throw CsvError(line, translated("text after the closing quote of a field"));
    } else if (c == '"' && field.empty() && !was_quoted) {
      in_quotes = was_quoted = true;
      quote_line = line;
    } else {
      field += c;  // a quote inside an unquoted field is kept as written
    }
  }
  if (in_quotes)
    throw CsvError(quote_line, translated("the quoted field starting on this line is never closed"));
  // The last line may lack its newline.
  if (!field.empty() || !record.fields.empty() || was_quoted) end_record();
  return table;
}

}  // namespace readiness
