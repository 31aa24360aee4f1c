// Validation of a whole project. Text fields are free; what is checked is
// what other code relies on: ids that resolve, scores in range, an
// instrument complete enough to score with.
#include "validate_project.h"

#include <set>

#include "score_value.h"
#include "validate_plans.h"

namespace readiness {
namespace {

const char* const kSep = " \u203a ";  // " › "

std::string part(const char* kind, const std::string& id) { return std::string(kind) + " \"" + id + "\""; }

class Validator {
 public:
  std::vector<ValidationIssue> issues;

  void add(const std::string& where, const std::string& what) { issues.push_back({where, what}); }

  // Ids must be non-empty and unique among their siblings.
  void check_id(const std::string& where, const char* kind, const std::string& id,
                std::set<std::string>& seen) {
    if (id.empty())
      add(where, std::string(kind) + " without an id");
    else if (!seen.insert(id).second)
      add(where, std::string(kind) + " id \"" + id + "\" is used twice");
  }

  void check_instrument(const std::string& where, const Instrument& instrument) {
    std::set<std::string> codes;
    for (const Dimension& d : instrument.dimensions) {
      const std::string here = where + kSep + part("dimension", d.code);
      check_id(here, "dimension", d.code, codes);
      for (std::size_t level = 0; level < d.anchors.size(); ++level)
        if (d.anchors[level].empty()) add(here, "anchor " + std::to_string(level + 1) + " of 9 is empty");
    }
    std::set<std::string> question_ids;
    for (const Question& q : instrument.questions) {
      const std::string here = where + kSep + part("question", q.id);
      check_id(here, "question", q.id, question_ids);
      if (!q.dimension.empty() && !instrument.find_dimension(q.dimension))
        add(here, "dimension \"" + q.dimension + "\" is not in the instrument");
    }
    // Stage names are looked up by number: exactly 1..9 in order.
    if (instrument.stages.size() != static_cast<std::size_t>(kStageCount))
      add(where, "has " + std::to_string(instrument.stages.size()) + " stages, not 9");
    for (std::size_t i = 0; i < instrument.stages.size(); ++i) {
      const int number = instrument.stages[i].number;
      if (number != static_cast<int>(i) + 1)
        add(where + kSep + "stage " + std::to_string(i + 1),
            "is numbered " + std::to_string(number) + ", expected " + std::to_string(i + 1));
    }
  }

  void check_score(const std::string& where, const char* slot, const std::optional<Hundredths>& score) {
    if (score && !is_valid_score(*score))
      add(where, std::string(slot) + " score " + format_hundredths(*score) + " is outside 1.00\u20139.00");
  }

  void check_interview(const std::string& where, const Round& round, const Interview& interview) {
    if (!interview.respondent_id.empty() && !round.find_respondent(interview.respondent_id))
      add(where, "respondent \"" + interview.respondent_id + "\" is not in the round");
    if (interview.duration_minutes < 0)
      add(where, "duration " + std::to_string(interview.duration_minutes) + " minutes is negative");
    for (const auto& answer : interview.answers)
      if (!round.instrument.find_question(answer.first))
        add(where + kSep + part("answer", answer.first), "question is not in the round's instrument");
    for (const auto& [code, score] : interview.scores) {
      const std::string here = where + kSep + part("dimension", code);
      if (!round.instrument.find_dimension(code)) add(here, "dimension is not in the round's instrument");
      check_score(here, "scorer A", score.scorer_a);
      check_score(here, "scorer B", score.scorer_b);
      check_score(here, "consensus", score.consensus);
    }
  }

  void check_round(const Project& project, const Round& round) {
    const std::string where = part("round", round.id);
    if (!project.find_community(round.community_id))
      add(where, "community \"" + round.community_id + "\" does not exist");
    check_instrument(where + kSep + part("instrument", round.instrument.id), round.instrument);

    std::set<std::string> respondent_ids;
    for (const Respondent& r : round.respondents)
      check_id(where + kSep + part("respondent", r.id), "respondent", r.id, respondent_ids);

    std::set<std::string> interview_ids;
    for (const Interview& interview : round.interviews) {
      const std::string here = where + kSep + part("interview", interview.id);
      check_id(here, "interview", interview.id, interview_ids);
      check_interview(here, round, interview);
    }
  }
};

}  // namespace

std::vector<ValidationIssue> validate_project(const Project& project) {
  Validator v;
  std::set<std::string> community_ids;
  for (const Community& c : project.communities)
    v.check_id(part("community", c.id), "community", c.id, community_ids);
  std::set<std::string> round_ids;
  for (const Round& round : project.rounds) {
    v.check_id(part("round", round.id), "round", round.id, round_ids);
    v.check_round(project, round);
  }
  for (ValidationIssue& issue : validate_plans(project)) v.issues.push_back(std::move(issue));
  return std::move(v.issues);
}

}  // namespace readiness
