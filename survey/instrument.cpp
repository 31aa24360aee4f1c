#include "instrument.h"

namespace readiness {

const Dimension* Instrument::find_dimension(const std::string& code) const {
  for (const auto& d : dimensions)
    if (d.code == code) return &d;
  return nullptr;
}

const Question* Instrument::find_question(const std::string& qid) const {
  for (const auto& q : questions)
    if (q.id == qid) return &q;
  return nullptr;
}

std::string Instrument::stage_name(int stage) const {
  for (const auto& s : stages)
    if (s.number == stage) return s.name;
  return {};
}

namespace {
void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}
}  // namespace

namespace {

// Length in bytes of an upper-case letter at `s[pos]` (ASCII A–Z or
// Latin-1 À–Þ in UTF-8), 0 when there is none.
std::size_t upper_letter(const std::string& s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c >= 'A' && c <= 'Z') return 1;
  if (c == 0xC3 && pos + 1 < s.size()) {
    const auto d = static_cast<unsigned char>(s[pos + 1]);
    if (d >= 0x80 && d <= 0x9E && d != 0x97) return 2;
  }
  return 0;
}

bool lower_letter(const std::string& s, std::size_t pos) {
  if (pos >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c >= 'a' && c <= 'z') return true;
  return c == 0xC3 && pos + 1 < s.size() && static_cast<unsigned char>(s[pos + 1]) >= 0x9F;
}

// The issue as it reads inside a sentence: "Alkohol bland unga" becomes
// "alkohol bland unga". Conservative: only a capital followed by small
// letters ("ANDTS", "NPS-preparat" stay), and never when the issue starts
// with the community's name ("Arjeplogs ungdomar"). Other proper names
// at the start of an issue cannot be told from a word and get lowered.
std::string issue_mid_sentence(const std::string& issue, const std::string& community) {
  const std::size_t n = upper_letter(issue, 0);
  if (n == 0 || !lower_letter(issue, n)) return issue;
  if (!community.empty() && issue.compare(0, community.size(), community) == 0) return issue;
  std::string out = issue;
  if (n == 1)
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  else
    out[1] = static_cast<char>(static_cast<unsigned char>(out[1]) + 0x20);
  return out;
}

// Whether `pos` in `text` starts a sentence: nothing but spaces, quotes or
// brackets since the start, a line break or . ! ?
bool starts_sentence(const std::string& text, std::size_t pos) {
  while (pos > 0) {
    const char c = text[pos - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '"' && c != '(' && c != '\'') return false;
    --pos;
  }
  return true;
}

}  // namespace

std::string fill_placeholders(const std::string& text, const std::string& issue,
                              const std::string& community) {
  static const std::string kIssue = "{issue}";
  const std::string inside = issue_mid_sentence(issue, community);
  std::string out;
  std::size_t from = 0;
  for (std::size_t pos = text.find(kIssue); pos != std::string::npos; pos = text.find(kIssue, from)) {
    out.append(text, from, pos - from);
    out += starts_sentence(text, pos) ? issue : inside;
    from = pos + kIssue.size();
  }
  out.append(text, from, std::string::npos);
  replace_all(out, "{community}", community);
  return out;
}

}  // namespace readiness
