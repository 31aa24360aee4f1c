// ProjectDocument's score edits: the scoring page, the consensus page and
// scorer package imports all change scores through these, so every change
// is announced and marks the project modified.
#include <stdexcept>
#include <utility>

#include "project_document.h"
#include "translation.h"

namespace readiness {

namespace {

const char* slot_name(ScorerSlot slot) {
  switch (slot) {
    case ScorerSlot::A: return "a";
    case ScorerSlot::B: return "b";
    case ScorerSlot::Consensus: return "consensus";
  }
  return "";
}

// Templates over const and non-const Project, so readers and editors share
// the same lookups and messages.
template <class P>
auto& round_of(P& project, const std::string& round_id) {
  auto* round = project.find_round(round_id);
  if (!round) throw std::out_of_range(format(translated("no round \"%s\""), {round_id}));
  return *round;
}

template <class R>
auto& interview_of(R& round, const std::string& interview_id) {
  auto* interview = round.find_interview(interview_id);
  if (!interview) throw std::out_of_range(format(translated("no interview \"%s\" in round \"%s\""), {interview_id, round.id}));
  return *interview;
}

// The interview, after checking the dimension belongs to the round's instrument.
template <class P>
auto& cell_of(P& project, const ScoreRef& ref) {
  auto& round = round_of(project, ref.round_id);
  if (!round.instrument.find_dimension(ref.dimension))
    throw std::out_of_range(
        format(translated("no dimension \"%s\" in the instrument of round \"%s\""), {ref.dimension, round.id}));
  return interview_of(round, ref.interview_id);
}

bool empty(const DimensionScore& s) {
  return !s.scorer_a && !s.scorer_b && !s.consensus && s.reason.empty() && s.note_a.empty() && s.note_b.empty();
}

}  // namespace

std::string ScoreRef::name() const { return "score:" + dimension + ":" + slot_name(slot); }

bool ScoreRef::operator==(const ScoreRef& other) const {
  return round_id == other.round_id && interview_id == other.interview_id && dimension == other.dimension &&
         slot == other.slot;
}

std::optional<Hundredths> ProjectDocument::score(const ScoreRef& ref) const {
  const DimensionScore* s = cell_of(std::as_const(*m_project), ref).score_for(ref.dimension);
  return s ? s->get(ref.slot) : std::nullopt;
}

void ProjectDocument::set_score(const ScoreRef& ref, std::optional<Hundredths> value) {
  check_writable();
  Interview& interview = cell_of(*m_project, ref);
  if (value && !is_valid_score(*value))
    throw std::invalid_argument(format(translated("score %s is outside 1.00–9.00"), {format_hundredths(*value)}));
  DimensionScore& s = interview.scores[ref.dimension];
  record_score_change(m_project->audit, audit_origin(), ref.round_id, interview, ref.dimension, ref.slot,
                      s.get(ref.slot), value);
  s.set(ref.slot, value);
  // A cleared cell leaves no entry, so files stay as they were.
  if (empty(s)) interview.scores.erase(ref.dimension);
  const Round& round = round_of(*m_project, ref.round_id);
  changed({ChangeEvent::What::Interview, round.community_id, ref.round_id, ref.interview_id, ref.name()});
}

std::string ProjectDocument::consensus_reason(const ScoreRef& ref) const {
  const DimensionScore* s = cell_of(std::as_const(*m_project), ref).score_for(ref.dimension);
  return s ? s->reason : std::string();
}

void ProjectDocument::set_consensus_reason(const ScoreRef& ref, const std::string& reason) {
  check_writable();
  Interview& interview = cell_of(*m_project, ref);
  DimensionScore& s = interview.scores[ref.dimension];
  record_reason_change(m_project->audit, audit_origin(), ref.round_id, interview, ref.dimension, s.reason, reason);
  s.reason = reason;
  if (empty(s)) interview.scores.erase(ref.dimension);
  const Round& round = round_of(*m_project, ref.round_id);
  changed({ChangeEvent::What::Interview, round.community_id, ref.round_id, ref.interview_id,
           "reason:" + ref.dimension});
}

std::string ProjectDocument::score_note(const ScoreRef& ref) const {
  const DimensionScore* s = cell_of(std::as_const(*m_project), ref).score_for(ref.dimension);
  return s ? s->note(ref.slot) : std::string();
}

void ProjectDocument::set_score_note(const ScoreRef& ref, const std::string& text) {
  check_writable();
  Interview& interview = cell_of(*m_project, ref);
  DimensionScore& s = interview.scores[ref.dimension];
  // The consensus slot's note is the consensus reason: recorded as such.
  if (ref.slot == ScorerSlot::Consensus)
    record_reason_change(m_project->audit, audit_origin(), ref.round_id, interview, ref.dimension, s.reason, text);
  s.set_note(ref.slot, text);
  if (empty(s)) interview.scores.erase(ref.dimension);
  const Round& round = round_of(*m_project, ref.round_id);
  changed({ChangeEvent::What::Interview, round.community_id, ref.round_id, ref.interview_id,
           "note:" + ref.dimension + ":" + slot_name(ref.slot)});
}

std::string ProjectDocument::scorer_name(const std::string& round_id, const std::string& interview_id,
                                         ScorerSlot slot) const {
  const Interview& i = interview_of(round_of(std::as_const(*m_project), round_id), interview_id);
  if (slot == ScorerSlot::Consensus) throw std::invalid_argument(translated("the consensus has no scorer name"));
  return slot == ScorerSlot::A ? i.scorer_a_name : i.scorer_b_name;
}

void ProjectDocument::set_scorer_name(const std::string& round_id, const std::string& interview_id, ScorerSlot slot,
                                      const std::string& name) {
  check_writable();
  if (slot == ScorerSlot::Consensus) throw std::invalid_argument(translated("the consensus has no scorer name"));
  Round& round = round_of(*m_project, round_id);
  Interview& i = interview_of(round, interview_id);
  (slot == ScorerSlot::A ? i.scorer_a_name : i.scorer_b_name) = name;
  changed({ChangeEvent::What::Interview, round.community_id, round_id, interview_id,
           slot == ScorerSlot::A ? "scorer_a_name" : "scorer_b_name"});
}

AuditOrigin ProjectDocument::audit_origin() const {
  return m_audit_origin ? *m_audit_origin : AuditOrigin::now(kAuditFromApp);
}

void ProjectDocument::set_audit_origin(std::optional<AuditOrigin> origin) { m_audit_origin = std::move(origin); }

void ProjectDocument::append_audit(const std::vector<AuditEntry>& entries) {
  check_writable();
  if (entries.empty()) return;
  m_project->audit.insert(m_project->audit.end(), entries.begin(), entries.end());
  changed({ChangeEvent::What::Project, {}, {}, {}, "audit"});
}

void ProjectDocument::remove_last_audit(std::size_t count) {
  check_writable();
  if (count == 0) return;
  if (count > m_project->audit.size()) throw std::out_of_range("fewer audit entries than to be removed");
  m_project->audit.resize(m_project->audit.size() - count);
  changed({ChangeEvent::What::Project, {}, {}, {}, "audit"});
}

}  // namespace readiness
