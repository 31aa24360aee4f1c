#pragma once
// A round (assessment): one issue, in one defined community, at one time,
// with the instrument snapshot it used, its respondents, interviews and
// scores. Action plans belong to the community (action_plan.h).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "instrument.h"
#include "score_value.h"

namespace readiness {

enum class Mode { Interview, SelfRating };
enum class RoundStatus { Planned, Ongoing, Completed };
enum class InterviewStatus { Planned, Held, Transcribed };
// Stored as ints: Postponed came with format 3 and is therefore last.
enum class ActionStatus { Planned, Ongoing, Done, Cancelled, Postponed };

// The two blind scorers of an interview are slots A and B; their names are
// kept on the interview. Only the consensus score counts (method rule 2).
enum class ScorerSlot { A, B, Consensus };

struct Respondent {
  std::string id;         // stable within the round, "R1"
  std::string pseudonym;  // shown everywhere instead of a name
  std::string sector;     // id from questionnaires/sectors.json ("police", ...)
  std::string role;
  std::string contact;    // optional, kept apart, never exported unless asked
};

// Scores of one interview on one dimension.
struct DimensionScore {
  std::optional<Hundredths> scorer_a;
  std::optional<Hundredths> scorer_b;
  std::optional<Hundredths> consensus;
  std::string reason;  // why the consensus landed where it did
  // Each scorer's own note, with any evidence quoted from the answers; kept
  // apart from the consensus reason and never shown to the other scorer
  // while the scoring is blind. Format 2.
  std::string note_a;
  std::string note_b;

  std::optional<Hundredths> get(ScorerSlot slot) const;
  void set(ScorerSlot slot, std::optional<Hundredths> value);
  // A's or B's note; for the consensus slot, the reason.
  const std::string& note(ScorerSlot slot) const;
  void set_note(ScorerSlot slot, std::string text);
};

struct Interview {
  std::string id;             // stable within the round, "1", "I03"
  std::string respondent_id;  // may be empty when unknown
  std::string interviewer;
  std::string second_listener;
  std::string scorer_a_name;  // who scored as A / as B
  std::string scorer_b_name;
  std::string date;           // ISO 8601 "2022-03-14", may be empty
  int duration_minutes = 0;
  std::map<std::string, std::string> answers;  // question id -> answer text
  std::string notes;
  InterviewStatus status = InterviewStatus::Planned;
  std::map<std::string, DimensionScore> scores;  // dimension code -> scores

  // nullptr when the dimension has no entry.
  const DimensionScore* score_for(const std::string& dimension) const;
};

// An action as formats 1 and 2 stored it, in the round's action plan.
// Format 3 keeps actions per community (action_plan.h); loading an older
// file moves these there (migrate_legacy_actions in plan_migration.h).
struct ActionItem {
  std::string id;
  std::string activity;
  std::string target_group;
  std::string responsible;
  std::string dimension;  // linked dimension code, may be empty
  std::string period;     // "2023 H1", "ht 2023"
  ActionStatus status = ActionStatus::Planned;
  std::string follow_up;
};

struct Round {
  std::string id;            // stable, unique in the project
  std::string community_id;
  std::string label;         // "2022"
  std::string issue;         // "langning av alkohol till unga"
  std::vector<std::string> areas;  // ANDTS areas: "alcohol", "narcotics", "doping", "tobacco", "gambling"
  std::string community_definition;
  Instrument instrument;     // snapshot, so old rounds stay readable
  Mode mode = Mode::Interview;
  std::string start_date;    // ISO 8601, may be empty
  std::string end_date;
  RoundStatus status = RoundStatus::Planned;
  std::vector<Respondent> respondents;
  std::vector<Interview> interviews;
  // Only while loading a format 1 or 2 file: its action plan, moved to the
  // community's plans right after (plan_migration.h). Never saved, empty
  // otherwise.
  std::vector<ActionItem> legacy_action_plan;

  const Interview* find_interview(const std::string& id) const;
  Interview* find_interview(const std::string& id);
  const Respondent* find_respondent(const std::string& id) const;
};

const char* to_string(Mode mode);                // "interview", "self-rating"
const char* to_string(RoundStatus status);       // "planned", "ongoing", "completed"
const char* to_string(InterviewStatus status);   // "planned", "held", "transcribed"
const char* to_string(ActionStatus status);      // "planned", "ongoing", "done", "cancelled", "postponed"
bool parse_mode(const std::string& text, Mode& out);
bool parse_round_status(const std::string& text, RoundStatus& out);
bool parse_interview_status(const std::string& text, InterviewStatus& out);
bool parse_action_status(const std::string& text, ActionStatus& out);

// The ANDTS areas a round can name.
const std::vector<std::string>& andts_areas();

}  // namespace readiness
