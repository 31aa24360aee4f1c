#pragma once
// A defined community whose readiness is measured: a municipality from the
// Swedish register, a district, or a custom group ("Pite älvdal").
#include <string>

namespace readiness {

enum class CommunityKind { Municipality, District, Group };

struct Community {
  std::string id;           // stable, unique in the project ("se-2506", "c-pite-alvdal")
  std::string name;         // "Arjeplog"
  std::string code;         // SCB kommunkod "2506", empty for custom communities
  std::string county_code;  // län code "25", may be empty
  CommunityKind kind = CommunityKind::Municipality;
  std::string note;
};

const char* to_string(CommunityKind kind);  // "municipality", "district", "group"
bool parse_community_kind(const std::string& text, CommunityKind& out);

}  // namespace readiness
