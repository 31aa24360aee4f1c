#include "register_search.h"

#include <algorithm>

namespace readiness {

namespace {

// fold_case, then å ä ö é reduced to a o e, so a search typed on a
// keyboard without them still matches.
std::string strip_diacritics(const std::string& folded) {
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '\xc3' && i + 1 < folded.size()) {
      const char next = folded[i + 1];
      if (next == '\xa5' || next == '\xa4') {  // å ä
        out += 'a';
        ++i;
        continue;
      }
      if (next == '\xb6') {  // ö
        out += 'o';
        ++i;
        continue;
      }
      if (next == '\xa9') {  // é
        out += 'e';
        ++i;
        continue;
      }
    }
    out += folded[i];
  }
  return out;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::string swedish_sort_key(const std::string& name) {
  const std::string folded = fold_case(name);
  std::string out;
  out.reserve(folded.size() + 4);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '\xc3' && i + 1 < folded.size()) {
      const char next = folded[i + 1];
      // Bytes above 'z' keep å < ä < ö after every ASCII letter.
      const char* key = next == '\xa5' ? "\x7b" : next == '\xa4' ? "\x7c" : next == '\xb6' ? "\x7d"
                        : next == '\xa9' ? "e" : nullptr;
      if (key) {
        out += key;
        ++i;
        continue;
      }
    }
    out += folded[i];
  }
  return out;
}

std::vector<const Municipality*> search_register(const SwedishRegister& reg, const std::string& text,
                                                 const std::string& county_code) {
  const std::string query = fold_case(trimmed(text));
  const std::string loose = strip_diacritics(query);
  std::vector<const Municipality*> out;
  for (const auto& m : reg.municipalities()) {
    if (!county_code.empty() && m.county_code != county_code) continue;
    if (!query.empty()) {
      const std::string name = fold_case(m.name);
      const bool match = name.find(query) != std::string::npos ||
                         strip_diacritics(name).find(loose) != std::string::npos ||
                         m.code.compare(0, query.size(), query) == 0;
      if (!match) continue;
    }
    out.push_back(&m);
  }
  std::stable_sort(out.begin(), out.end(), [](const Municipality* a, const Municipality* b) {
    return swedish_sort_key(a->name) < swedish_sort_key(b->name);
  });
  return out;
}

std::set<std::string> municipality_codes_in(const Project& project) {
  std::set<std::string> codes;
  for (const auto& c : project.communities)
    if (!c.code.empty()) codes.insert(c.code);
  return codes;
}

std::vector<Community> communities_from_register(const SwedishRegister& reg, const Project& project,
                                                 const std::vector<std::string>& codes) {
  std::set<std::string> wanted(codes.begin(), codes.end());
  const std::set<std::string> present = municipality_codes_in(project);
  std::vector<std::string> taken;
  for (const auto& c : project.communities) taken.push_back(c.id);
  std::vector<Community> out;
  for (const auto& m : reg.municipalities()) {
    if (!wanted.count(m.code) || present.count(m.code)) continue;
    Community c;
    c.id = make_unique_id("se-", m.code, taken);
    taken.push_back(c.id);
    c.name = m.name;
    c.code = m.code;
    c.county_code = m.county_code;
    c.kind = CommunityKind::Municipality;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace readiness
