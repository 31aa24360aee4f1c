// Validation of a whole project. Text fields are free; what is checked is
// what other code relies on: ids that resolve, scores in range, an
// instrument complete enough to score with.
#include "validate_project.h"

#include <set>

#include "score_value.h"
#include "translation.h"
#include "validate_plans.h"

namespace readiness {
namespace {

const char* const kSep = " \u203a ";  // " › "

// `kind`: a translated noun ("round", "interview", …); the id as is.
std::string part(const std::string& kind, const std::string& id) { return kind + " \"" + id + "\""; }

class Validator {
 public:
  std::vector<ValidationIssue> issues;
  // The nouns in `where` and the messages, looked up once per validation.
  const std::string k_dimension = translated("dimension");
  const std::string k_question = translated("question");
  const std::string k_answer = translated("answer");
  const std::string k_round = translated("round");
  const std::string k_instrument = translated("instrument");
  const std::string k_respondent = translated("respondent");
  const std::string k_interview = translated("interview");
  const std::string k_community = translated("community");
  const std::string k_scorer_a = translated("scorer A");
  const std::string k_scorer_b = translated("scorer B");
  const std::string k_consensus = translated("consensus");

  void add(const std::string& where, const std::string& what) { issues.push_back({where, what}); }

  // Ids must be non-empty and unique among their siblings.
  void check_id(const std::string& where, const std::string& kind, const std::string& id,
                std::set<std::string>& seen) {
    if (id.empty())
      add(where, format(translated("%s without an id"), {kind}));
    else if (!seen.insert(id).second)
      add(where, format(translated("%s id \"%s\" is used twice"), {kind, id}));
  }

  void check_instrument(const std::string& where, const Instrument& instrument) {
    std::set<std::string> codes;
    for (const Dimension& d : instrument.dimensions) {
      const std::string here = where + kSep + part(k_dimension, d.code);
      check_id(here, k_dimension, d.code, codes);
      for (std::size_t level = 0; level < d.anchors.size(); ++level)
        if (d.anchors[level].empty())
          add(here, format(translated("anchor %s of 9 is empty"), {std::to_string(level + 1)}));
    }
    std::set<std::string> question_ids;
    for (const Question& q : instrument.questions) {
      const std::string here = where + kSep + part(k_question, q.id);
      check_id(here, k_question, q.id, question_ids);
      if (!q.dimension.empty() && !instrument.find_dimension(q.dimension))
        add(here, format(translated("dimension \"%s\" is not in the instrument"), {q.dimension}));
    }
    // Stage names are looked up by number: exactly 1..9 in order.
    if (instrument.stages.size() != static_cast<std::size_t>(kStageCount))
      add(where, format(translated("has %s stages, not 9"), {std::to_string(instrument.stages.size())}));
    for (std::size_t i = 0; i < instrument.stages.size(); ++i) {
      const int number = instrument.stages[i].number;
      if (number != static_cast<int>(i) + 1)
        add(where + kSep + format(translated("stage %s"), {std::to_string(i + 1)}),
            format(translated("is numbered %s, expected %s"), {std::to_string(number), std::to_string(i + 1)}));
    }
  }

  // `slot`: the translated scorer ("scorer A", "scorer B", "consensus").
  void check_score(const std::string& where, const std::string& slot, const std::optional<Hundredths>& score) {
    if (score && !is_valid_score(*score))
      add(where, format(translated("%s score %s is outside 1.00\u20139.00"), {slot, format_hundredths(*score)}));
  }

  void check_interview(const std::string& where, const Round& round, const Interview& interview) {
    if (!interview.respondent_id.empty() && !round.find_respondent(interview.respondent_id))
      add(where, format(translated("respondent \"%s\" is not in the round"), {interview.respondent_id}));
    if (interview.duration_minutes < 0)
      add(where, format(translated("duration %s minutes is negative"), {std::to_string(interview.duration_minutes)}));
    for (const auto& answer : interview.answers)
      if (!round.instrument.find_question(answer.first))
        add(where + kSep + part(k_answer, answer.first), translated("question is not in the round's instrument"));
    for (const auto& [code, score] : interview.scores) {
      const std::string here = where + kSep + part(k_dimension, code);
      if (!round.instrument.find_dimension(code)) add(here, translated("dimension is not in the round's instrument"));
      check_score(here, k_scorer_a, score.scorer_a);
      check_score(here, k_scorer_b, score.scorer_b);
      check_score(here, k_consensus, score.consensus);
    }
  }

  void check_round(const Project& project, const Round& round) {
    const std::string where = part(k_round, round.id);
    if (!project.find_community(round.community_id))
      add(where, format(translated("community \"%s\" does not exist"), {round.community_id}));
    check_instrument(where + kSep + part(k_instrument, round.instrument.id), round.instrument);

    std::set<std::string> respondent_ids;
    for (const Respondent& r : round.respondents)
      check_id(where + kSep + part(k_respondent, r.id), k_respondent, r.id, respondent_ids);

    std::set<std::string> interview_ids;
    for (const Interview& interview : round.interviews) {
      const std::string here = where + kSep + part(k_interview, interview.id);
      check_id(here, k_interview, interview.id, interview_ids);
      check_interview(here, round, interview);
    }
  }
};

}  // namespace

std::vector<ValidationIssue> validate_project(const Project& project) {
  Validator v;
  std::set<std::string> community_ids;
  for (const Community& c : project.communities)
    v.check_id(part(v.k_community, c.id), v.k_community, c.id, community_ids);
  std::set<std::string> round_ids;
  for (const Round& round : project.rounds) {
    v.check_id(part(v.k_round, round.id), v.k_round, round.id, round_ids);
    v.check_round(project, round);
  }
  for (ValidationIssue& issue : validate_plans(project)) v.issues.push_back(std::move(issue));
  return std::move(v.issues);
}

}  // namespace readiness
