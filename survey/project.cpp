#include "project.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace readiness {

const Community* Project::find_community(const std::string& cid) const {
  for (const auto& c : communities)
    if (c.id == cid) return &c;
  return nullptr;
}

Community* Project::find_community(const std::string& cid) {
  for (auto& c : communities)
    if (c.id == cid) return &c;
  return nullptr;
}

const Round* Project::find_round(const std::string& rid) const {
  for (const auto& r : rounds)
    if (r.id == rid) return &r;
  return nullptr;
}

Round* Project::find_round(const std::string& rid) {
  for (auto& r : rounds)
    if (r.id == rid) return &r;
  return nullptr;
}

std::vector<const Round*> Project::rounds_of(const std::string& community_id) const {
  std::vector<const Round*> out;
  for (const auto& r : rounds)
    if (r.community_id == community_id) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(),
                   [](const Round* a, const Round* b) { return a->label < b->label; });
  return out;
}

std::string slugify(const std::string& text) {
  // Swedish letters map to their base letter; other non-ASCII bytes are dropped.
  static const struct { const char* utf8; char ascii; } folds[] = {
      {"å", 'a'}, {"ä", 'a'}, {"ö", 'o'}, {"Å", 'a'}, {"Ä", 'a'}, {"Ö", 'o'},
      {"é", 'e'}, {"É", 'e'}, {"ü", 'u'}, {"Ü", 'u'}};
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char mapped = 0;
    std::size_t len = 1;
    if (c < 0x80) {
      if (std::isalnum(c)) mapped = static_cast<char>(std::tolower(c));
    } else {
      for (const auto& f : folds) {
        std::size_t n = std::char_traits<char>::length(f.utf8);
        if (text.compare(i, n, f.utf8) == 0) {
          mapped = f.ascii;
          len = n;
          break;
        }
      }
    }
    if (mapped) {
      if (dash && !out.empty()) out += '-';
      out += mapped;
      dash = false;
    } else {
      dash = true;
    }
    i += len;
  }
  return out.empty() ? "x" : out;
}

std::string make_unique_id(const std::string& prefix, const std::string& text,
                           const std::vector<std::string>& taken) {
  const std::string base = prefix + slugify(text);
  std::string candidate = base;
  for (int n = 2; std::find(taken.begin(), taken.end(), candidate) != taken.end(); ++n)
    candidate = base + "-" + std::to_string(n);
  return candidate;
}

}  // namespace readiness
