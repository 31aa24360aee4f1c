#pragma once
// Respondent sectors. The ids are what the project file stores
// (Respondent::sector); questionnaires/sectors.json carries their display
// names in Swedish and English for the views.
#include <string>
#include <vector>

namespace readiness {

// "police", "school", "social_services", "health_region", "politics",
// "administration", "ngo_faith", "youth", "business", "other".
const std::vector<std::string>& sector_ids();

// The id for text typed in a CSV: an id, a display name from sectors.json
// in Swedish or English, or a short form ("Polis", "Socialtjänst",
// "Region"), case-insensitive. Empty when unknown.
std::string sector_id_from_text(const std::string& text);

}  // namespace readiness
