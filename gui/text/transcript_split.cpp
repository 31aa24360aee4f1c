#include "text/transcript_split.h"

#include <cctype>
#include <sstream>

namespace readiness::gui {

namespace {

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

bool starts_with_word(const std::string& text, std::size_t at, const char* word) {
  std::size_t i = 0;
  for (; word[i]; ++i) {
    if (at + i >= text.size()) return false;
    // ASCII only: the C library's tolower works on bytes in the process
    // locale, and under a single-byte Windows locale it changed the first
    // byte of UTF-8 "å" (0xC3 -> 0xE3), so "Fråga 3:" was not recognised.
    unsigned char c = static_cast<unsigned char>(text[at + i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c != static_cast<unsigned char>(word[i])) return false;
  }
  return true;
}

// The question number a part starts with (1-based), or 0; `rest` is where
// the text after the number begins.
int leading_number(const std::string& part, std::size_t& rest) {
  std::size_t i = 0;
  bool labelled = false;
  // Optional label: "fråga", "question", "f", "q".
  for (const char* label : {"fr\xc3\xa5ga", "fr\xc3\x85ga", "question", "f", "q"}) {
    if (starts_with_word(part, 0, label)) {
      i = std::string(label).size();
      labelled = true;
      break;
    }
  }
  while (i < part.size() && part[i] == ' ') ++i;
  const std::size_t digits = i;
  int number = 0;
  while (i < part.size() && std::isdigit(static_cast<unsigned char>(part[i])) && i - digits < 3)
    number = number * 10 + (part[i++] - '0');
  if (i == digits) return 0;
  // A number must be closed by punctuation or a line end, so "3 personer
  // sa..." is not taken as question 3.
  if (i < part.size() && part[i] != '.' && part[i] != ':' && part[i] != ')' && part[i] != '\n' && part[i] != '\r' &&
      !(labelled && part[i] == ' '))
    return 0;
  if (i < part.size() && part[i] != '\n' && part[i] != '\r') ++i;
  rest = i;
  return number;
}

}  // namespace

std::vector<TranscriptPart> split_transcript(const std::string& transcript, int question_count) {
  std::vector<TranscriptPart> parts;
  std::istringstream in(transcript);
  std::string line, current;
  auto flush = [&] {
    std::string text = trim(current);
    current.clear();
    if (text.empty()) return;
    TranscriptPart part;
    std::size_t rest = 0;
    const int number = leading_number(text, rest);
    if (number >= 1 && number <= question_count) {
      part.question = number - 1;
      text = trim(text.substr(rest));
    } else if (!parts.empty()) {
      part.question = parts.back().question;
    } else {
      part.question = question_count > 0 ? 0 : -1;
    }
    part.text = text;
    if (!part.text.empty()) parts.push_back(part);
  };
  while (std::getline(in, line)) {
    if (trim(line).empty()) {
      flush();
    } else {
      if (!current.empty()) current += "\n";
      if (!line.empty() && line.back() == '\r') line.pop_back();
      current += line;
    }
  }
  flush();
  return parts;
}

}  // namespace readiness::gui
