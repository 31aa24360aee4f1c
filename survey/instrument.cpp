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

std::string fill_placeholders(const std::string& text, const std::string& issue,
                              const std::string& community) {
  std::string out = text;
  replace_all(out, "{issue}", issue);
  replace_all(out, "{community}", community);
  return out;
}

}  // namespace readiness
