#include "register_search.h"

#include <algorithm>

#include "text_identity.h"

namespace readiness {

std::vector<const Municipality*> search_register(const SwedishRegister& reg, const std::string& text,
                                                 const std::string& county_code) {
  // The identity normaliser (NFC, case, no-break and other spaces, hyphen
  // as space), so a name pasted from a web page or a Mac finds its entry.
  const std::string query = place_name_key(text);
  const std::string loose = strip_marks(query);
  // "Älvsbyns kommun" as the municipality signs itself finds Älvsbyn.
  const Municipality* official = query.empty() ? nullptr : reg.municipality_by_official_name(text);
  std::vector<const Municipality*> out;
  for (const auto& m : reg.municipalities()) {
    if (!county_code.empty() && m.county_code != county_code) continue;
    if (!query.empty()) {
      const std::string name = place_name_key(m.name);
      const bool match = &m == official || name.find(query) != std::string::npos ||
                         strip_marks(name).find(loose) != std::string::npos ||
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
