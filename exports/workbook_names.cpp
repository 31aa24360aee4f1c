#include "workbook_names.h"

#include <algorithm>

#include "register.h"

namespace readiness {

namespace {

constexpr std::size_t kMaxSheetChars = 31;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Characters Excel counts: UTF-16 units (a 4-byte UTF-8 sequence counts 2).
std::size_t utf16_units(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if (is_continuation(c)) continue;
    n += (c >= 0xF0) ? 2 : 1;
  }
  return n;
}

std::string cut_to(const std::string& s, std::size_t max_units) {
  std::string out;
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    const std::size_t u = len == 4 ? 2 : 1;
    if (units + u > max_units) break;
    out.append(s, i, len);
    units += u;
    i += len;
  }
  return out;
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n'");
  if (first == std::string::npos) return "";
  const auto last = s.find_last_not_of(" \t\r\n'");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::string clean_sheet_name(const std::string& wanted) {
  std::string s;
  for (char c : wanted) {
    if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\') s += '-';
    else if (c == '\t' || c == '\r' || c == '\n') s += ' ';
    else s += c;
  }
  s = trim(cut_to(trim(s), kMaxSheetChars));
  if (s.empty()) s = "Blad";
  return s;
}

std::string SheetNames::take(const std::string& wanted) {
  const std::string base = clean_sheet_name(wanted);
  std::string name = base;
  for (int k = 2;; ++k) {
    const std::string folded = fold_case(name);
    if (std::find(m_folded.begin(), m_folded.end(), folded) == m_folded.end()) {
      m_folded.push_back(folded);
      return name;
    }
    const std::string suffix = " (" + std::to_string(k) + ")";
    name = trim(cut_to(base, kMaxSheetChars - utf16_units(suffix))) + suffix;
  }
}

std::string quote_sheet(const std::string& sheet) {
  std::string out = "'";
  for (char c : sheet) out += (c == '\'') ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string cell_ref(int row, int col, bool absolute) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  const std::string dollar = absolute ? "$" : "";
  return dollar + letters + dollar + std::to_string(row + 1);
}

std::string sheet_cell_ref(const std::string& sheet, int row, int col) {
  return quote_sheet(sheet) + "!" + cell_ref(row, col);
}

}  // namespace readiness
