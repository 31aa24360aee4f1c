#pragma once
// Finding municipalities in the Swedish register to add to a project, and
// turning a register entry into a community. The register dialog shows
// what these return; the rules (what matches, what counts as already
// added, which id a municipality gets) live here.
#include <set>
#include <string>
#include <vector>

#include "project.h"
#include "register.h"
#include "text_identity.h"  // swedish_sort_key

namespace readiness {

// Municipalities whose name contains `text` (compared by place_name_key:
// case, NFC, no-break spaces and hyphens do not matter; "orebro" and
// "malmo" also find Örebro and Malmö), whose code starts with it, or that
// `text` names in an official form ("Älvsbyns kommun", "Region Gotland"),
// in `county_code` (all counties when empty), sorted by name in Swedish
// alphabetical order (å ä ö after z). An empty text matches all.
std::vector<const Municipality*> search_register(const SwedishRegister& reg, const std::string& text,
                                                 const std::string& county_code);

// SCB codes of the municipalities already in the project.
std::set<std::string> municipality_codes_in(const Project& project);

// The communities to add for the chosen codes: in register order, each
// once, skipping unknown codes and municipalities already in the project.
// Ids are "se-" + code (made unique against the project's ids).
std::vector<Community> communities_from_register(const SwedishRegister& reg, const Project& project,
                                                 const std::vector<std::string>& codes);

}  // namespace readiness
