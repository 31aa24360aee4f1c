#pragma once
// A defined community whose readiness is measured: a municipality from the
// Swedish register, a district, or a custom group ("Pite älvdal"), with what
// it plans to do about its results (format 3).
#include <string>
#include <vector>

#include "action_plan.h"
#include "joint_commitment.h"

namespace readiness {

enum class CommunityKind { Municipality, District, Group };

struct Community {
  std::string id;           // stable, unique in the project ("se-2506", "c-pite-alvdal")
  std::string name;         // "Arjeplog"
  std::string code;         // SCB kommunkod "2506", empty for custom communities
  std::string county_code;  // län code "25", may be empty
  CommunityKind kind = CommunityKind::Municipality;
  std::string note;
  std::vector<ActionPlan> plans;              // format 3
  std::vector<JointCommitment> commitments;  // format 3 (medborgarlöften)

  // The plan, commitment, or action/item with that id; nullptr when none.
  const ActionPlan* find_plan(const std::string& id) const;
  ActionPlan* find_plan(const std::string& id);
  const JointCommitment* find_commitment(const std::string& id) const;
  JointCommitment* find_commitment(const std::string& id);
  const PlanAction* find_action(const std::string& id) const;
  PlanAction* find_action(const std::string& id);
  // Every action id in use: plans' actions and commitments' items.
  std::vector<std::string> action_ids() const;
};

const char* to_string(CommunityKind kind);  // "municipality", "district", "group"
bool parse_community_kind(const std::string& text, CommunityKind& out);

}  // namespace readiness
