#pragma once
// Checks the communities' action plans and joint commitments (format 3):
// ids unique within the community, references that resolve (rounds of the
// same community, dimensions of its rounds' instruments, sector ids of
// sectors.json), times and numbers in range. Part of validate_project;
// also run on an imported plan before it replaces anything.
#include <vector>

#include "project.h"
#include "validate_project.h"

namespace readiness {

// Every issue found in the plans and commitments, in file order; where:
// community "se-2506" › plan "p1" › action "a3" › follow-up 2021.
std::vector<ValidationIssue> validate_plans(const Project& project);

// True when some round of the community has the dimension in its
// instrument, or the community has no rounds at all (nothing to check
// against yet).
bool community_knows_dimension(const Project& project, const std::string& community_id,
                               const std::string& code);

}  // namespace readiness
