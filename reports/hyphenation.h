#pragma once
// Where a word may be broken at the end of a line: at its own hyphens, and
// at the hyphenation points of the report's language found by libhyphen
// (the ALTLinux/Hunspell library LibreOffice uses; Knuth-Liang patterns)
// with the pattern files bundled in data_dir()/hyphenation:
//   hyph_sv_SE.dic  Swedish (Debian's hyphen-sv, ISO 8859-1)
//   hyph_en_US.dic  English (Debian's hyphen-en-us, UTF-8)
// PdfDocument::wrap uses it for words wider than their column.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace readiness::reports {

// A place to break a word: the first `offset` bytes of the word end the
// line; `hyphen` says a "-" is added there (false right after a hyphen the
// word already has).
struct WordBreak {
  std::size_t offset = 0;
  bool hyphen = false;
};

class Hyphenator {
 public:
  // Letters kept together at either end of a hyphenated part: 2, as
  // LibreOffice's default; a pattern file's LEFTHYPHENMIN/RIGHTHYPHENMIN
  // wins when larger (English: 2 and 3).
  static constexpr int kMinLeft = 2;
  static constexpr int kMinRight = 2;

  // The patterns of the file at `dic_path` (UTF-8 name). A missing or
  // unreadable file throws nothing: the hyphenator then has no patterns
  // (loaded() is false) and breaks words only after their own hyphens.
  explicit Hyphenator(const std::string& dic_path);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // The patterns for a report language ("sv-SE", "sv", "en-GB"; Swedish
  // for any "sv…", English otherwise) from data_dir()/hyphenation, read
  // once per file and shared.
  static std::shared_ptr<const Hyphenator> for_language(const std::string& language);
  // The pattern file's name for `language` (hyph_sv_SE.dic, hyph_en_US.dic).
  static std::string file_for_language(const std::string& language);

  bool loaded() const { return m_dict != nullptr; }
  const std::string& path() const { return m_path; }

  // The breaks of `word` (UTF-8, one word: no spaces), in increasing
  // offset, never at 0 or at the end: after each "-" or "/" between two
  // characters (no hyphen added), and inside each run of letters at the
  // patterns' points (a hyphen added). Letters are matched lower-cased
  // (ASCII and Latin-1 letters); a run with a character the pattern file's
  // encoding cannot hold gets no points. libhyphen's non-standard
  // (replacing) points are not used (neither bundled file has any).
  std::vector<WordBreak> breaks(const std::string& word) const;

 private:
  std::string m_path;
  void* m_dict = nullptr;  // HyphenDict*, kept out of this header
};

}  // namespace readiness::reports
