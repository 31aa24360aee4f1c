#pragma once
// A round's respondents as the respondents editor changes them: add one
// (with a planned interview if wanted), edit one, remove one and put it
// back. Pure functions on a Round; the GUI's undoable commands apply them
// to a copy and hand it to ProjectDocument::update_round.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "round.h"

namespace readiness {

// "R1", "R2"...: one past the highest "R<n>" in the round.
std::string next_respondent_id(const Round& round);
// "1", "2"...: one past the highest numeric interview id in the round.
std::string next_interview_id(const Round& round);

// Appends `respondent` (its id must be new) and, when `interview_id` is
// not empty, a planned interview with that id for it. Throws
// std::invalid_argument for a taken id.
void add_respondent(Round& round, const Respondent& respondent, const std::string& interview_id);

// Replaces the respondent with the same id; returns the previous value.
// Throws std::out_of_range when there is none.
Respondent update_respondent(Round& round, const Respondent& respondent);

// A removed respondent and what went with it, so it can be put back.
struct RemovedRespondent {
  Respondent respondent;
  std::size_t position = 0;
  // Planned interviews nobody had touched go with the respondent.
  std::vector<std::pair<std::size_t, Interview>> interviews;  // ascending positions
  // Interviews with work in them stay, without a respondent.
  std::vector<std::string> unlinked_interview_ids;
};

// What removing would do, without doing it.
RemovedRespondent respondent_removal(const Round& round, const std::string& respondent_id);
// Throws std::out_of_range when there is no such respondent.
RemovedRespondent remove_respondent(Round& round, const std::string& respondent_id);
void restore_respondent(Round& round, const RemovedRespondent& removed);

// The respondent's interviews (usually one), by id.
std::vector<std::string> interviews_of(const Round& round, const std::string& respondent_id);

}  // namespace readiness
