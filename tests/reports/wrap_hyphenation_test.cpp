// PdfDocument::wrap's hyphenation (reports/hyphenation.h): a word wider
// than its column breaks at a hyphenation point of the report's language
// with a visible "-", checked against libhyphen's own answer for the
// bundled pattern file (not a copied list); a word that fits is never
// broken; a word's own hyphen is a break without another; without a
// pattern file words break between characters as before.
#include <hyphen.h>

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "data_paths.h"
#include "hyphenation.h"
#include "pdf_document.h"
#include "platform.h"
#include "test_platform.h"

using readiness::reports::Hyphenator;
using readiness::reports::Orientation;
using readiness::reports::PdfDocument;

namespace {

std::string hyphenation_file(const std::string& name) {
  return readiness::platform::to_utf8(readiness::platform::to_path(readiness::data_dir()) / "hyphenation" / name);
}

// Code points of a UTF-8 string (the words here are Latin-1 letters).
std::vector<char32_t> code_points(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(b);
      i += 1;
    } else {
      out.push_back(static_cast<char32_t>(((b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F)));
      i += 2;
    }
  }
  return out;
}

std::size_t length(const std::string& s) { return code_points(s).size(); }

// libhyphen's own points for `word` with the pattern file `name` and the
// file's own settings (hnj_hyphen_hyphenate2): k is in the set when the
// word may break after its k-th letter. The word is lower-cased and given
// in the file's encoding (its first line: UTF-8 or ISO8859-1).
std::set<std::size_t> libhyphen_points(const std::string& name, const std::string& word) {
  std::FILE* f = readiness::platform::open_file(hyphenation_file(name), "rb");
  REQUIRE(f != nullptr);
  HyphenDict* dict = hnj_hyphen_load_file(f);
  std::fclose(f);
  REQUIRE(dict != nullptr);
  std::string encoded;
  for (char32_t c : code_points(word)) {
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE)) c += 32;
    if (dict->utf8 && c >= 0x80) {
      encoded += static_cast<char>(0xC0 | (c >> 6));
      encoded += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      encoded += static_cast<char>(c);
    }
  }
  std::vector<char> hyphens(encoded.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate2(dict, encoded.c_str(), static_cast<int>(encoded.size()), hyphens.data(), nullptr, &rep, &pos,
                        &cut);
  std::set<std::size_t> points;
  for (std::size_t k = 0; k + 1 < length(word); ++k)
    if (hyphens[k] & 1) points.insert(k + 1);
  hnj_hyphen_free(dict);
  CHECK(rep == nullptr);  // neither bundled file has non-standard points
  return points;
}

struct Doc {
  PdfDocument pdf;
  explicit Doc(const std::string& language) : pdf(readiness::font_dir(), "wrap test", language) {
    pdf.new_page(Orientation::Portrait);
    pdf.set_font(false, 9);
  }
};

// The lines of one wrapped word, checked: each within `width`, every line
// but the last ending in an added "-", the parts joined the word again.
// Returns where each line ends, in letters of the word.
std::vector<std::size_t> check_hyphenated(const PdfDocument& pdf, const std::vector<std::string>& lines,
                                          const std::string& word, double width) {
  std::vector<std::size_t> ends;
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    INFO("line " << i << ": \"" << lines[i] << "\"");
    CHECK(pdf.text_width(lines[i]) <= width);
    std::string part = lines[i];
    if (i + 1 < lines.size()) {
      REQUIRE(!part.empty());
      CHECK(part.back() == '-');
      part.pop_back();
      ends.push_back(length(joined + part));
    }
    joined += part;
  }
  CHECK(joined == word);
  return ends;
}

}  // namespace

TEST_CASE("wrap: a Swedish word wider than its column breaks at libhyphen's points with a hyphen", "[reports][wrap]") {
  Doc doc("sv-SE");
  REQUIRE(doc.pdf.hyphenator().loaded());
  for (const std::string word : {"Alkoholhandläggaren", "Socialtjänsten", "Nyckelpersoner"}) {
    INFO(word);
    const std::set<std::size_t> points = libhyphen_points("hyph_sv_SE.dic", word);
    REQUIRE(!points.empty());
    for (const double share : {0.75, 0.5}) {
      const double width = doc.pdf.text_width(word) * share;
      const auto lines = doc.pdf.wrap(word, width);
      INFO("width " << width);
      REQUIRE(lines.size() >= 2);
      for (const std::size_t end : check_hyphenated(doc.pdf, lines, word, width)) CHECK(points.count(end) == 1);
    }
  }
}

TEST_CASE("wrap: each line takes the furthest hyphenation point that fits", "[reports][wrap]") {
  Doc doc("sv-SE");
  const std::string word = "Alkoholhandläggaren";
  const std::set<std::size_t> points = libhyphen_points("hyph_sv_SE.dic", word);
  const double width = doc.pdf.text_width(word) * 0.7;
  const auto lines = doc.pdf.wrap(word, width);
  REQUIRE(lines.size() == 2);
  const std::size_t end = check_hyphenated(doc.pdf, lines, word, width).at(0);
  // No later point of libhyphen's (that keeps two letters on each side)
  // would have fitted on the first line.
  const auto cps = code_points(word);
  for (const std::size_t later : points) {
    if (later <= end || later < 2 || later + 2 > cps.size()) continue;
    std::string part;
    std::size_t bytes = 0;
    for (std::size_t k = 0; k < later; ++k) bytes += cps[k] < 0x80 ? 1 : 2;
    part = word.substr(0, bytes) + "-";
    CHECK(doc.pdf.text_width(part) > width);
  }
}

TEST_CASE("wrap: words that fit are never hyphenated", "[reports][wrap]") {
  Doc doc("sv-SE");
  const double word_width = doc.pdf.text_width("Socialtjänsten");
  CHECK(doc.pdf.wrap("Socialtjänsten", word_width + 0.5) == std::vector<std::string>{"Socialtjänsten"});
  // Beside another word it moves to the next line whole.
  const auto lines = doc.pdf.wrap("Ansvarig Socialtjänsten", word_width + 0.5);
  CHECK(lines == std::vector<std::string>{"Ansvarig", "Socialtjänsten"});
}

TEST_CASE("wrap: a too wide word starts on the line begun when a part fits there", "[reports][wrap]") {
  Doc doc("sv-SE");
  const std::string word = "Alkoholhandläggaren";
  const double width = doc.pdf.text_width("av " + word) * 0.8;
  REQUIRE(doc.pdf.text_width(word) > width);
  const auto lines = doc.pdf.wrap("av " + word, width);
  REQUIRE(lines.size() == 2);
  REQUIRE(lines[0].rfind("av ", 0) == 0);
  const auto ends = check_hyphenated(doc.pdf, {lines[0].substr(3), lines[1]}, word, width);
  CHECK(libhyphen_points("hyph_sv_SE.dic", word).count(ends.at(0)) == 1);
  CHECK(doc.pdf.text_width(lines[0]) <= width);
}

TEST_CASE("wrap: a word's own hyphen is a break point without a second hyphen", "[reports][wrap]") {
  Doc doc("sv-SE");
  const auto breaks = doc.pdf.hyphenator().breaks("ANDT-samordnaren");
  REQUIRE(!breaks.empty());
  bool after_own = false;
  for (const auto& b : breaks) after_own = after_own || (b.offset == 5 && !b.hyphen);
  CHECK(after_own);
  const double width = doc.pdf.text_width("ANDT-") + 1;
  REQUIRE(doc.pdf.text_width("ANDT-s-") > width);
  const auto lines = doc.pdf.wrap("ANDT-samordnaren", width);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "ANDT-");
  std::string rest;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(doc.pdf.text_width(lines[i]) <= width);
    rest += i + 1 < lines.size() ? lines[i].substr(0, lines[i].size() - 1) : lines[i];
  }
  CHECK(rest == "samordnaren");
}

TEST_CASE("wrap: an English report uses the English patterns", "[reports][wrap]") {
  Doc en("en-GB");
  REQUIRE(en.pdf.hyphenator().loaded());
  CHECK(en.pdf.hyphenator().path().find("hyph_en_US.dic") != std::string::npos);
  Doc sv("sv-SE");
  CHECK(sv.pdf.hyphenator().path().find("hyph_sv_SE.dic") != std::string::npos);
  // A word the two languages' patterns hyphenate differently: every break
  // of the English report is an English point.
  const std::string word = "responsibilities";
  const std::set<std::size_t> en_points = libhyphen_points("hyph_en_US.dic", word);
  REQUIRE(en_points != libhyphen_points("hyph_sv_SE.dic", word));
  for (const double share : {0.8, 0.6, 0.4}) {
    const double width = en.pdf.text_width(word) * share;
    INFO("width " << width);
    for (const std::size_t end : check_hyphenated(en.pdf, en.pdf.wrap(word, width), word, width))
      CHECK(en_points.count(end) == 1);
  }
}

TEST_CASE("wrap: without a pattern file words break between characters", "[reports][wrap]") {
  Doc doc("sv-SE");
  auto missing = std::make_shared<const Hyphenator>(hyphenation_file("hyph_xx_XX.dic"));
  CHECK(!missing->loaded());
  doc.pdf.set_hyphenator(missing);
  const std::string word = "Alkoholhandläggaren";
  const double width = doc.pdf.text_width(word) * 0.6;
  const auto lines = doc.pdf.wrap(word, width);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] + lines[1] == word);
  CHECK(doc.pdf.text_width(lines[0]) <= width);
  // As many characters as fit: one more would not.
  const auto cps = code_points(word);
  const std::size_t n = length(lines[0]);
  std::size_t bytes = 0;
  for (std::size_t k = 0; k <= n; ++k) bytes += cps[k] < 0x80 ? 1 : 2;
  CHECK(doc.pdf.text_width(word.substr(0, bytes)) > width);
  // Its own hyphen still breaks without a pattern file.
  CHECK(doc.pdf.wrap("ANDT-samordnaren", doc.pdf.text_width("ANDT-samordnare")).at(0) == "ANDT-");
}

TEST_CASE("wrap: a data folder without hyphenation patterns gives character breaks, no error", "[reports][wrap]") {
  const std::string fonts = readiness::font_dir();
  const auto empty = test_platform::make_temp_dir("readiness-hyph-");
  {
    const test_platform::ScopedEnv env("READINESS_DATA_DIR=\"" + readiness::platform::to_utf8(empty) + "\"");
    PdfDocument pdf(fonts, "wrap test", "sv-SE");
    pdf.new_page(Orientation::Portrait);
    CHECK(!pdf.hyphenator().loaded());
    const std::string word = "Alkoholhandläggaren";
    const double width = pdf.text_width(word) * 0.6;
    const auto lines = pdf.wrap(word, width);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] + lines[1] == word);
    for (const auto& line : lines) CHECK(pdf.text_width(line) <= width);
  }
  std::filesystem::remove_all(empty);
}

TEST_CASE("wrap: a very long word wraps into many hyphenated lines, all of it kept", "[reports][wrap]") {
  Doc doc("sv-SE");
  std::string word;
  for (int i = 0; i < 300; ++i) word += "Alkoholhandläggaren";
  const double width = 100;
  const auto lines = doc.pdf.wrap(word, width);
  CHECK(lines.size() > 50);
  check_hyphenated(doc.pdf, lines, word, width);
}
