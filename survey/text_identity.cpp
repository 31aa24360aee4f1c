#include "text_identity.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace readiness {

namespace {

const utf8proc_uint8_t* bytes(std::string_view s) { return reinterpret_cast<const utf8proc_uint8_t*>(s.data()); }

// utf8proc_map with `options`; nullopt-like empty result flagged by `ok`
// when the text is not UTF-8.
std::string mapped(std::string_view text, int options, bool& ok) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(bytes(text), static_cast<utf8proc_ssize_t>(text.size()), &out,
                                          static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(out, &std::free);
  ok = n >= 0;
  if (!ok) return std::string(text);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// One step through UTF-8: the code point at `i` (advancing `i`), or -1 for a
// byte that does not start a valid sequence (then `i` moves one byte).
utf8proc_int32_t next(std::string_view s, std::size_t& i) {
  utf8proc_int32_t cp = -1;
  const utf8proc_ssize_t n =
      utf8proc_iterate(bytes(s) + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) {
    ++i;
    return -1;
  }
  i += static_cast<std::size_t>(n);
  return cp;
}

bool is_space(utf8proc_int32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85) return true;
  if (cp < 0) return false;
  const utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

bool is_dash(utf8proc_int32_t cp) { return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_PD; }

// White space (and with `dashes`, dashes) folded to one space, collapsed
// and trimmed; every other byte copied as it is.
std::string fold_spaces(std::string_view s, bool dashes) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const utf8proc_int32_t cp = next(s, i);
    if (is_space(cp) || (dashes && is_dash(cp))) {
      pending = true;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::string ascii_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

constexpr int kNfc = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_IGNORE;
constexpr int kFolded = kNfc | UTF8PROC_CASEFOLD;

std::string key(std::string_view text, bool dashes) {
  bool ok = false;
  std::string folded = mapped(text, kFolded, ok);
  if (!ok) folded = ascii_lower(std::move(folded));
  return fold_spaces(folded, dashes);
}

std::vector<utf8proc_int32_t> code_points(std::string_view s) {
  std::vector<utf8proc_int32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const utf8proc_int32_t cp = next(s, i);
    // A bad byte stands for itself, kept apart from every code point.
    out.push_back(cp >= 0 ? cp : -1 - static_cast<unsigned char>(s[start]));
  }
  return out;
}

// The Windows-1252 byte that decodes to `cp`, or -1. 0x80–0x9F hold
// typographic characters; the five bytes cp1252 leaves undefined are
// decoded by Windows as the C1 controls of the same value.
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

int cp1252_byte(utf8proc_int32_t cp) {
  const auto& kHigh = kCp1252High;
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return cp;
  for (int b = 0; b < 32; ++b)
    if (kHigh[b] == cp) return 0x80 + b;
  return -1;
}

}  // namespace

std::string tidy_text(std::string_view text) {
  bool ok = false;
  const std::string nfc = mapped(text, kNfc, ok);
  return fold_spaces(nfc, false);
}

std::string identity_key(std::string_view text) { return key(text, false); }

std::string place_name_key(std::string_view text) { return key(text, true); }

std::string case_fold(std::string_view text) {
  bool ok = false;
  std::string folded = mapped(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD, ok);
  return ok ? folded : ascii_lower(std::move(folded));
}

std::string strip_marks(std::string_view text) {
  bool ok = false;
  return mapped(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK, ok);
}

std::string swedish_sort_key(std::string_view text) {
  const std::string folded = case_fold(text);
  std::string key;
  key.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    switch (next(folded, i)) {
      // Bytes just above 'z' keep å < ä < ö after every ASCII letter and
      // before every other UTF-8 sequence (lead bytes 0xC2 and up).
      case 0xE5: key += '\x7b'; break;                         // å
      case 0xE4: case 0xE6: key += '\x7c'; break;              // ä, æ
      case 0xF6: case 0xF8: key += '\x7d'; break;              // ö, ø
      case 0xE9: case 0xE8: case 0xEA: key += 'e'; break;      // é è ê
      case 0xE1: case 0xE0: key += 'a'; break;                 // á à
      case 0xFC: key += 'y'; break;                            // ü
      default: key.append(folded, start, i - start); break;
    }
  }
  return key;
}

std::size_t code_point_count(std::string_view text) { return code_points(text).size(); }

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const auto x = code_points(a), y = code_points(b);
  const int gap = static_cast<int>(x.size() > y.size() ? x.size() - y.size() : y.size() - x.size());
  if (gap > limit) return limit + 1;
  std::vector<int> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[y.size()], limit + 1);
}

std::string decode_cp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    const utf8proc_int32_t cp = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b;
    utf8proc_uint8_t encoded[4];
    const auto length = utf8proc_encode_char(cp, encoded);
    out.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length));
  }
  return out;
}

std::string undo_cp1252_mojibake(std::string_view text) {
  std::string original;
  bool non_ascii = false;
  for (std::size_t i = 0; i < text.size();) {
    const utf8proc_int32_t cp = next(text, i);
    const int b = cp1252_byte(cp);
    if (b < 0) return {};
    non_ascii = non_ascii || b >= 0x80;
    original += static_cast<char>(b);
  }
  if (!non_ascii) return {};
  // The bytes must be UTF-8 through and through, with a letter beyond ASCII.
  for (std::size_t i = 0; i < original.size();)
    if (next(original, i) < 0) return {};
  return original;
}

}  // namespace readiness
