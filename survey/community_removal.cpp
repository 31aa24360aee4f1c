#include "community_removal.h"

#include <algorithm>
#include <cctype>

namespace readiness {

namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

bool interview_untouched(const Interview& interview) {
  if (interview.status != InterviewStatus::Planned) return false;
  if (!interview.scores.empty()) return false;
  if (!blank(interview.interviewer) || !blank(interview.second_listener) || !blank(interview.date) ||
      !blank(interview.notes) || interview.duration_minutes != 0)
    return false;
  return std::all_of(interview.answers.begin(), interview.answers.end(),
                     [](const auto& answer) { return blank(answer.second); });
}

RemovalConsequences community_removal_consequences(const Project& project, const std::string& community_id) {
  RemovalConsequences out;
  for (const Round* round : project.rounds_of(community_id)) {
    ++out.rounds;
    out.round_labels.push_back(round->label);
    for (const auto& interview : round->interviews) {
      ++out.interviews;
      if (!interview_untouched(interview)) ++out.interviews_with_work;
    }
  }
  return out;
}

}  // namespace readiness
