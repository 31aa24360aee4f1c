#pragma once
// The demo's action plans (issue 13): a clearly fictional plan for Arjeplog
// and for Älvsbyn, answering their 2019 rounds, with a yearly follow-up for
// 2020 and 2021, and one medborgarlöfte for Arjeplog 2019–2020. Written in
// Swedish as a county's coordinators would write it; any likeness to real
// plans is in the spirit of the method, not copied.
#include "project.h"

namespace readiness {

// Adds the plans and the commitment to the communities "se-2506" (Arjeplog)
// and "se-2560" (Älvsbyn); a community that is missing is skipped.
// Deterministic.
void add_demo_plans(Project& project);

}  // namespace readiness
