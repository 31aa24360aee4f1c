#include "sectors.h"

#include "register.h"  // fold_case

namespace readiness {

const std::vector<std::string>& sector_ids() {
  static const std::vector<std::string> ids = {
      "police",   "school",         "social_services", "health_region", "politics",
      "administration", "ngo_faith", "youth",          "business",      "other"};
  return ids;
}

std::string sector_id_from_text(const std::string& text) {
  // The display names of questionnaires/sectors.json (Swedish and English)
  // and short forms an analyst is likely to type; lower case, as fold_case
  // gives. Kept here so import works without the data folder.
  static const struct { const char* name; const char* id; } names[] = {
      {"polis", "police"},
      {"skola", "school"},
      {"socialtjänst", "social_services"},
      {"social services", "social_services"},
      {"hälso- och sjukvård (region)", "health_region"},
      {"hälso- och sjukvård", "health_region"},
      {"region", "health_region"},
      {"health care (region)", "health_region"},
      {"lokal politik", "politics"},
      {"politik", "politics"},
      {"local politics", "politics"},
      {"kommunal förvaltning", "administration"},
      {"förvaltning", "administration"},
      {"municipal administration", "administration"},
      {"ideella organisationer och trossamfund", "ngo_faith"},
      {"ngos and faith communities", "ngo_faith"},
      {"unga", "youth"},
      {"young people", "youth"},
      {"näringsliv", "business"},
      {"övrigt", "other"}};
  const std::string folded = fold_case(text);
  for (const auto& id : sector_ids())
    if (folded == id) return id;
  for (const auto& n : names)
    if (folded == n.name) return n.id;
  return {};
}

}  // namespace readiness
