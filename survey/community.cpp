#include "community.h"

namespace readiness {

const char* to_string(CommunityKind kind) {
  switch (kind) {
    case CommunityKind::Municipality: return "municipality";
    case CommunityKind::District: return "district";
    case CommunityKind::Group: return "group";
  }
  return "municipality";
}

bool parse_community_kind(const std::string& text, CommunityKind& out) {
  for (CommunityKind k : {CommunityKind::Municipality, CommunityKind::District, CommunityKind::Group}) {
    if (text == to_string(k)) {
      out = k;
      return true;
    }
  }
  return false;
}

}  // namespace readiness
