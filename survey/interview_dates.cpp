#include "interview_dates.h"

#include "iso_date.h"
#include "translation.h"

namespace readiness {

std::string interview_date_warning(const Round& round, const Interview& interview) {
  if (!is_iso_date(interview.date)) return "";
  if (is_iso_date(round.start_date) && interview.date < round.start_date)
    return format(translated("Before the round's start (%s)"), {round.start_date});
  if (is_iso_date(round.end_date) && interview.date > round.end_date)
    return format(translated("After the round's end (%s)"), {round.end_date});
  return "";
}

std::vector<ValidationIssue> interview_date_warnings(const Project& project) {
  std::vector<ValidationIssue> warnings;
  const std::string round_noun = translated("round");
  const std::string interview_noun = translated("interview");
  for (const Round& round : project.rounds)
    for (const Interview& interview : round.interviews) {
      const std::string what = interview_date_warning(round, interview);
      if (what.empty()) continue;
      warnings.push_back({round_noun + " \"" + round.id + "\" \u203a " + interview_noun + " \"" + interview.id +
                              "\" (" + interview.date + ")",
                          what});
    }
  return warnings;
}

}  // namespace readiness
