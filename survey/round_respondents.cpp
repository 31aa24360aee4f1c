#include "round_respondents.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "community_removal.h"
#include "translation.h"

namespace readiness {

namespace {

// The number in "R12" / "12", or -1.
long number_after(const std::string& id, std::size_t prefix) {
  if (id.size() <= prefix || id.size() > prefix + 9) return -1;
  for (std::size_t i = prefix; i < id.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return -1;
  return std::stol(id.substr(prefix));
}

}  // namespace

std::string next_respondent_id(const Round& round) {
  long highest = 0;
  for (const auto& r : round.respondents)
    if (!r.id.empty() && r.id[0] == 'R') highest = std::max(highest, number_after(r.id, 1));
  std::string id = "R" + std::to_string(highest + 1);
  while (round.find_respondent(id)) id = "R" + std::to_string(++highest + 1);
  return id;
}

std::string next_interview_id(const Round& round) {
  long highest = 0;
  for (const auto& i : round.interviews) highest = std::max(highest, number_after(i.id, 0));
  std::string id = std::to_string(highest + 1);
  while (round.find_interview(id)) id = std::to_string(++highest + 1);
  return id;
}

void add_respondent(Round& round, const Respondent& respondent, const std::string& interview_id) {
  if (respondent.id.empty() || round.find_respondent(respondent.id))
    throw std::invalid_argument(format(translated("respondent id \"%s\" is empty or taken"), {respondent.id}));
  if (!interview_id.empty() && round.find_interview(interview_id))
    throw std::invalid_argument(format(translated("interview id \"%s\" is taken"), {interview_id}));
  round.respondents.push_back(respondent);
  if (!interview_id.empty()) {
    Interview interview;
    interview.id = interview_id;
    interview.respondent_id = respondent.id;
    interview.status = InterviewStatus::Planned;
    round.interviews.push_back(std::move(interview));
  }
}

Respondent update_respondent(Round& round, const Respondent& respondent) {
  for (auto& r : round.respondents)
    if (r.id == respondent.id) {
      Respondent before = r;
      r = respondent;
      return before;
    }
  throw std::out_of_range(format(translated("no respondent \"%s\" in round \"%s\""), {respondent.id, round.id}));
}

RemovedRespondent respondent_removal(const Round& round, const std::string& respondent_id) {
  RemovedRespondent out;
  const auto it = std::find_if(round.respondents.begin(), round.respondents.end(),
                               [&](const Respondent& r) { return r.id == respondent_id; });
  if (it == round.respondents.end())
    throw std::out_of_range(format(translated("no respondent \"%s\" in round \"%s\""), {respondent_id, round.id}));
  out.respondent = *it;
  out.position = static_cast<std::size_t>(it - round.respondents.begin());
  for (std::size_t i = 0; i < round.interviews.size(); ++i) {
    const Interview& interview = round.interviews[i];
    if (interview.respondent_id != respondent_id) continue;
    if (interview_untouched(interview))
      out.interviews.emplace_back(i, interview);
    else
      out.unlinked_interview_ids.push_back(interview.id);
  }
  return out;
}

RemovedRespondent remove_respondent(Round& round, const std::string& respondent_id) {
  RemovedRespondent removed = respondent_removal(round, respondent_id);
  for (auto it = removed.interviews.rbegin(); it != removed.interviews.rend(); ++it)
    round.interviews.erase(round.interviews.begin() + static_cast<std::ptrdiff_t>(it->first));
  for (const auto& id : removed.unlinked_interview_ids)
    if (Interview* interview = round.find_interview(id)) interview->respondent_id.clear();
  round.respondents.erase(round.respondents.begin() + static_cast<std::ptrdiff_t>(removed.position));
  return removed;
}

void restore_respondent(Round& round, const RemovedRespondent& removed) {
  const std::size_t at = std::min(removed.position, round.respondents.size());
  round.respondents.insert(round.respondents.begin() + static_cast<std::ptrdiff_t>(at), removed.respondent);
  for (const auto& [position, interview] : removed.interviews) {
    const std::size_t i = std::min(position, round.interviews.size());
    round.interviews.insert(round.interviews.begin() + static_cast<std::ptrdiff_t>(i), interview);
  }
  for (const auto& id : removed.unlinked_interview_ids)
    if (Interview* interview = round.find_interview(id)) interview->respondent_id = removed.respondent.id;
}

std::vector<std::string> interviews_of(const Round& round, const std::string& respondent_id) {
  std::vector<std::string> out;
  for (const auto& i : round.interviews)
    if (i.respondent_id == respondent_id) out.push_back(i.id);
  return out;
}

}  // namespace readiness
