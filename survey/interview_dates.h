#pragma once
// Interviews dated outside their round's dates (review item 15). Allowed —
// a round's dates may be set after the fact — but likely a typo, so the
// window's interview page, `readiness-cli validate` and the report say so
// in the same words. Dates are ISO 8601 and compare as text; an empty or
// unparsable date (the round's or the interview's) gives no warning.
#include <string>
#include <vector>

#include "project.h"
#include "validate_project.h"

namespace readiness {

// "Before the round's start (2022-03-14)" / "After the round's end
// (2022-05-31)" in the user's language (translation.h), or "" when the
// interview's date is within the round's dates.
std::string interview_date_warning(const Round& round, const Interview& interview);

// Every such interview of the project in file order: where is
// `round "se-2506-2022" › interview "1" (2022-03-11)`, what the warning.
std::vector<ValidationIssue> interview_date_warnings(const Project& project);

}  // namespace readiness
