#include "round.h"

namespace readiness {

std::optional<Hundredths> DimensionScore::get(ScorerSlot slot) const {
  switch (slot) {
    case ScorerSlot::A: return scorer_a;
    case ScorerSlot::B: return scorer_b;
    case ScorerSlot::Consensus: return consensus;
  }
  return std::nullopt;
}

void DimensionScore::set(ScorerSlot slot, std::optional<Hundredths> value) {
  switch (slot) {
    case ScorerSlot::A: scorer_a = value; break;
    case ScorerSlot::B: scorer_b = value; break;
    case ScorerSlot::Consensus: consensus = value; break;
  }
}

const std::string& DimensionScore::note(ScorerSlot slot) const {
  return slot == ScorerSlot::A ? note_a : slot == ScorerSlot::B ? note_b : reason;
}

void DimensionScore::set_note(ScorerSlot slot, std::string text) {
  (slot == ScorerSlot::A ? note_a : slot == ScorerSlot::B ? note_b : reason) = std::move(text);
}

const DimensionScore* Interview::score_for(const std::string& dimension) const {
  auto it = scores.find(dimension);
  return it == scores.end() ? nullptr : &it->second;
}

const Interview* Round::find_interview(const std::string& iid) const {
  for (const auto& i : interviews)
    if (i.id == iid) return &i;
  return nullptr;
}

Interview* Round::find_interview(const std::string& iid) {
  for (auto& i : interviews)
    if (i.id == iid) return &i;
  return nullptr;
}

const Respondent* Round::find_respondent(const std::string& rid) const {
  for (const auto& r : respondents)
    if (r.id == rid) return &r;
  return nullptr;
}

namespace {
template <typename Enum, std::size_t N>
bool parse_enum(const std::string& text, const Enum (&values)[N], Enum& out) {
  for (Enum v : values) {
    if (text == to_string(v)) {
      out = v;
      return true;
    }
  }
  return false;
}
}  // namespace

const char* to_string(Mode mode) {
  return mode == Mode::SelfRating ? "self-rating" : "interview";
}

const char* to_string(RoundStatus status) {
  switch (status) {
    case RoundStatus::Planned: return "planned";
    case RoundStatus::Ongoing: return "ongoing";
    case RoundStatus::Completed: return "completed";
  }
  return "planned";
}

const char* to_string(InterviewStatus status) {
  switch (status) {
    case InterviewStatus::Planned: return "planned";
    case InterviewStatus::Held: return "held";
    case InterviewStatus::Transcribed: return "transcribed";
  }
  return "planned";
}

const char* to_string(ActionStatus status) {
  switch (status) {
    case ActionStatus::Planned: return "planned";
    case ActionStatus::Ongoing: return "ongoing";
    case ActionStatus::Done: return "done";
    case ActionStatus::Cancelled: return "cancelled";
    case ActionStatus::Postponed: return "postponed";
  }
  return "planned";
}

bool parse_mode(const std::string& text, Mode& out) {
  const Mode values[] = {Mode::Interview, Mode::SelfRating};
  return parse_enum(text, values, out);
}

bool parse_round_status(const std::string& text, RoundStatus& out) {
  const RoundStatus values[] = {RoundStatus::Planned, RoundStatus::Ongoing, RoundStatus::Completed};
  return parse_enum(text, values, out);
}

bool parse_interview_status(const std::string& text, InterviewStatus& out) {
  const InterviewStatus values[] = {InterviewStatus::Planned, InterviewStatus::Held,
                                    InterviewStatus::Transcribed};
  return parse_enum(text, values, out);
}

bool parse_action_status(const std::string& text, ActionStatus& out) {
  const ActionStatus values[] = {ActionStatus::Planned, ActionStatus::Ongoing, ActionStatus::Done,
                                 ActionStatus::Cancelled, ActionStatus::Postponed};
  return parse_enum(text, values, out);
}

const std::vector<std::string>& andts_areas() {
  static const std::vector<std::string> areas = {"alcohol", "narcotics", "doping", "tobacco",
                                                 "gambling"};
  return areas;
}

}  // namespace readiness
