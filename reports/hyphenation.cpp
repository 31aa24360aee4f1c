#include "hyphenation.h"

#include <hyphen.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>

#include "data_paths.h"
#include "platform.h"

namespace readiness::reports {

namespace {

HyphenDict* dict_of(void* p) { return static_cast<HyphenDict*>(p); }

// One code point of a UTF-8 word: where it starts, its byte length, its value.
struct CodePoint {
  std::size_t start = 0, size = 1;
  char32_t value = 0;
};

// Decodes `s` leniently: a malformed byte is a code point of its own
// (U+FFFD), so offsets always stay on the string's own bytes.
std::vector<CodePoint> decode(const std::string& s) {
  std::vector<CodePoint> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    char32_t value = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = n > 0 && i + n <= s.size();
    for (std::size_t k = 1; ok && k < n; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) ok = false;
      value = (value << 6) | (c & 0x3F);
    }
    if (!ok) {
      n = 1;
      value = 0xFFFD;
    }
    out.push_back({i, n, value});
    i += n;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// A letter for hyphenation: ASCII letters and every code point from
// Latin-1's letters up, except the multiplication and division signs,
// general punctuation (dashes, quotes, U+2000-U+206F) and the replacement
// character. Digits, apostrophes and other ASCII punctuation end a run.
bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7 || c == 0xFFFD) return false;
  return !(c >= 0x2000 && c <= 0x206F);
}

// Lower case as the patterns are written: ASCII and Latin-1 capitals.
char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

bool is_latin1_cset(const char* cset) {
  std::string s;
  for (const char* p = cset; *p; ++p) s += static_cast<char>(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
  return s == "ISO8859-1" || s == "ISO-8859-1" || s == "LATIN1";
}

}  // namespace

Hyphenator::Hyphenator(const std::string& dic_path) : m_path(dic_path) {
  // Opened here (UTF-8 name, _wfopen on Windows); libhyphen only reads.
  std::FILE* f = platform::open_file(dic_path, "rb");
  if (!f) return;
  m_dict = hnj_hyphen_load_file(f);
  std::fclose(f);
}

Hyphenator::~Hyphenator() {
  if (m_dict) hnj_hyphen_free(dict_of(m_dict));
}

std::string Hyphenator::file_for_language(const std::string& language) {
  const bool swedish = language.size() >= 2 && (language[0] == 's' || language[0] == 'S') &&
                       (language[1] == 'v' || language[1] == 'V');
  return swedish ? "hyph_sv_SE.dic" : "hyph_en_US.dic";
}

std::shared_ptr<const Hyphenator> Hyphenator::for_language(const std::string& language) {
  const std::string path =
      platform::to_utf8(platform::to_path(data_dir()) / "hyphenation" / file_for_language(language));
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Hyphenator>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& entry = cache[path];
  if (!entry) entry = std::make_shared<const Hyphenator>(path);
  return entry;
}

std::vector<WordBreak> Hyphenator::breaks(const std::string& word) const {
  std::vector<WordBreak> out;
  const std::vector<CodePoint> cps = decode(word);
  HyphenDict* dict = dict_of(m_dict);
  const bool utf8 = dict && dict->utf8;
  const bool latin1 = dict && !utf8 && is_latin1_cset(dict->cset);
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!is_letter(cps[i].value)) {
      const char32_t c = cps[i].value;
      // After a hyphen or slash between two characters (not a run of them).
      if ((c == '-' || c == '/') && i > 0 && i + 1 < cps.size() && cps[i + 1].value != '-' &&
          cps[i + 1].value != '/')
        out.push_back({cps[i].start + cps[i].size, false});
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < cps.size() && is_letter(cps[end].value)) ++end;
    const std::size_t letters = end - i;
    // Encode the run lower-cased in the patterns' encoding: UTF-8 or
    // ISO 8859-1 (one byte a letter); libhyphen's points are per letter.
    std::string encoded;
    bool encodable = (utf8 || latin1) && letters >= static_cast<std::size_t>(kMinLeft + kMinRight);
    for (std::size_t k = i; encodable && k < end; ++k) {
      const char32_t c = to_lower(cps[k].value);
      if (utf8) {
        append_utf8(encoded, c);
      } else if (c <= 0xFF) {
        encoded += static_cast<char>(c);
      } else {
        encodable = false;
      }
    }
    if (encodable) {
      std::vector<char> hyphens(encoded.size() + 5, '0');
      char** rep = nullptr;
      int* pos = nullptr;
      int* cut = nullptr;
      hnj_hyphen_hyphenate3(dict, encoded.c_str(), static_cast<int>(encoded.size()), hyphens.data(), nullptr, &rep,
                            &pos, &cut, kMinLeft, kMinRight, 0, 0);
      for (std::size_t k = 0; k + 1 < letters; ++k) {
        const bool replacing = rep && rep[k];
        if ((hyphens[k] & 1) && !replacing) out.push_back({cps[i + k].start + cps[i + k].size, true});
      }
      if (rep) {
        for (std::size_t k = 0; k < encoded.size(); ++k) std::free(rep[k]);
        std::free(rep);
      }
      std::free(pos);
      std::free(cut);
    }
    i = end;
  }
  return out;
}

}  // namespace readiness::reports
