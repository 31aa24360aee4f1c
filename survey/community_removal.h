#pragma once
// What removing a community takes with it, so the confirmation can say it
// in numbers before anything is deleted ("removing Arjeplog deletes 2
// rounds with 13 interviews").
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

struct RemovalConsequences {
  int rounds = 0;
  int interviews = 0;
  // Interviews with work in them: an answer, a score, or held/transcribed.
  int interviews_with_work = 0;
  std::vector<std::string> round_labels;  // in label order
  bool nothing_lost() const { return rounds == 0; }
};

RemovalConsequences community_removal_consequences(const Project& project, const std::string& community_id);

// True for a planned interview nobody has touched yet: no answer, score,
// interviewer, date or note. Such an interview can go without asking.
bool interview_untouched(const Interview& interview);

}  // namespace readiness
