#pragma once
// Joint commitments (medborgarlöften): the police and a municipality, with
// other partners, promise for a period to work on named points. Each point
// is tracked like an action (owner, when, status, yearly follow-up), so it
// is a PlanAction. Kept per community (Community::commitments).
#include <string>
#include <vector>

#include "action_plan.h"

namespace readiness {

struct JointCommitment {
  std::string id;  // unique within its community
  std::string title;                  // "Medborgarlöfte 2019–2020"
  std::vector<std::string> partner_sectors;  // ids from sectors.json ("police", "administration")
  std::string partners;               // partners in free text ("Polisen i Arjeplog, Arjeplogs kommun")
  int first_year = 0;                 // the period in whole years, 0 = not given
  int last_year = 0;
  std::string note;
  std::vector<PlanAction> items;      // the promise items

  const PlanAction* find_item(const std::string& id) const;
  PlanAction* find_item(const std::string& id);
};

}  // namespace readiness
