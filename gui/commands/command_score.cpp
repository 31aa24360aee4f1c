#include "commands/command_score.h"

#include "commands/command_attempt.h"

#include <wx/log.h>

#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

CommandSetScore::CommandSetScore(ProjectDocumentPtr document, ScoreRef ref, std::optional<Hundredths> after)
    : wxCommand(true, ref.slot == ScorerSlot::Consensus ? _("Consensus score") : _("Score")),
      m_document(std::move(document)),
      m_ref(std::move(ref)),
      m_before(m_document->score(m_ref)),
      m_after(after) {}

bool CommandSetScore::apply(std::optional<Hundredths> value) {
  return attempt([&] { m_document->set_score(m_ref, value); });
}
bool CommandSetScore::Do() { return apply(m_after); }
bool CommandSetScore::Undo() { return apply(m_before); }

CommandSetConsensus::CommandSetConsensus(ProjectDocumentPtr document, ScoreRef ref, std::optional<Hundredths> after,
                                         std::string reason_after)
    : wxCommand(true, _("Consensus score")),
      m_document(std::move(document)),
      m_ref(std::move(ref)),
      m_after(after),
      m_reason_after(std::move(reason_after)) {
  m_ref.slot = ScorerSlot::Consensus;
  m_before = m_document->score(m_ref);
  m_reason_before = m_document->consensus_reason(m_ref);
}

bool CommandSetConsensus::apply(std::optional<Hundredths> value, const std::string& reason) {
  return attempt([&] {
    m_document->set_consensus_reason(m_ref, reason);
    m_document->set_score(m_ref, value);
  });
}
bool CommandSetConsensus::Do() { return apply(m_after, m_reason_after); }
bool CommandSetConsensus::Undo() { return apply(m_before, m_reason_before); }

CommandSetScoreNote::CommandSetScoreNote(ProjectDocumentPtr document, ScoreRef ref, std::string after)
    : wxCommand(true, _("Scorer's note")),
      m_document(std::move(document)),
      m_ref(std::move(ref)),
      m_before(m_document->score_note(m_ref)),
      m_after(std::move(after)) {}

bool CommandSetScoreNote::apply(const std::string& text) {
  return attempt([&] { m_document->set_score_note(m_ref, text); });
}
bool CommandSetScoreNote::Do() { return apply(m_after); }
bool CommandSetScoreNote::Undo() { return apply(m_before); }

CommandSetScorerName::CommandSetScorerName(ProjectDocumentPtr document, std::string round_id, std::string interview_id,
                                           ScorerSlot slot, std::string after)
    : wxCommand(true, _("Scorer name")),
      m_document(std::move(document)),
      m_round_id(std::move(round_id)),
      m_interview_id(std::move(interview_id)),
      m_slot(slot),
      m_before(m_document->scorer_name(m_round_id, m_interview_id, m_slot)),
      m_after(std::move(after)) {}

bool CommandSetScorerName::apply(const std::string& name) {
  return attempt([&] { m_document->set_scorer_name(m_round_id, m_interview_id, m_slot, name); });
}
bool CommandSetScorerName::Do() { return apply(m_after); }
bool CommandSetScorerName::Undo() { return apply(m_before); }

}  // namespace readiness::gui
