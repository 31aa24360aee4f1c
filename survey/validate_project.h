#pragma once
// Checks a project's content against the model's rules: ranges, references
// and unique ids. Run after every load (a bad file is refused, design.md)
// and by `readiness-cli validate`.
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

struct ValidationIssue {
  std::string where;  // round "se-2506-2019" › interview "3" › dimension "B"
  std::string what;   // score 12.00 is outside 1.00–9.00
};

// Every issue found, in file order; empty when the project is valid.
std::vector<ValidationIssue> validate_project(const Project& project);

}  // namespace readiness
