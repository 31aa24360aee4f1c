#include "sector_coverage.h"

#include <algorithm>

#include "sectors.h"

namespace readiness {

SectorCoverage sector_coverage(const Round& round) {
  SectorCoverage out;
  out.interviews = static_cast<int>(round.interviews.size());
  out.level = out.interviews >= kRecommendedInterviews ? CoverageLevel::Recommended
              : out.interviews >= kMinimumInterviews   ? CoverageLevel::Enough
                                                       : CoverageLevel::TooFew;
  std::vector<std::string> seen;
  for (const auto& respondent : round.respondents) {
    const bool interviewed = std::any_of(round.interviews.begin(), round.interviews.end(),
                                         [&](const Interview& i) { return i.respondent_id == respondent.id; });
    if (!interviewed) {
      ++out.respondents_without_interview;
      continue;
    }
    if (!respondent.sector.empty()) seen.push_back(respondent.sector);
  }
  for (const auto& id : sector_ids()) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end())
      out.covered.push_back(id);
    else if (id != "other")
      out.missing.push_back(id);
  }
  return out;
}

}  // namespace readiness
