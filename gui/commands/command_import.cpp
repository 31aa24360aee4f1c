#include "commands/command_import.h"

#include <algorithm>
#include <tuple>

#include "commands/command_attempt.h"
#include "text/translate.h"

namespace readiness::gui {

namespace {

// What score_import may change in a round that already existed: its issue
// (a gap filled), respondents (added, sector set), interviews (added, date,
// respondent) and scores. Compared field by field so only touched rounds
// are replaced; keep in step with Importer::apply in survey/score_import.cpp.
bool same_scores(const DimensionScore& a, const DimensionScore& b) {
  return std::tie(a.scorer_a, a.scorer_b, a.consensus, a.reason, a.note_a, a.note_b) ==
         std::tie(b.scorer_a, b.scorer_b, b.consensus, b.reason, b.note_a, b.note_b);
}

bool same_interview(const Interview& a, const Interview& b) {
  if (std::tie(a.id, a.respondent_id, a.date, a.status) != std::tie(b.id, b.respondent_id, b.date, b.status) ||
      a.scores.size() != b.scores.size())
    return false;
  for (const auto& [dimension, score] : a.scores) {
    const auto other = b.scores.find(dimension);
    if (other == b.scores.end() || !same_scores(score, other->second)) return false;
  }
  return true;
}

bool same_import_content(const Round& a, const Round& b) {
  if (a.issue != b.issue || a.respondents.size() != b.respondents.size() || a.interviews.size() != b.interviews.size())
    return false;
  for (std::size_t i = 0; i < a.respondents.size(); ++i)
    if (std::tie(a.respondents[i].id, a.respondents[i].sector) != std::tie(b.respondents[i].id, b.respondents[i].sector))
      return false;
  for (std::size_t i = 0; i < a.interviews.size(); ++i)
    if (!same_interview(a.interviews[i], b.interviews[i])) return false;
  return true;
}

}  // namespace

CommandImportScores::CommandImportScores(ProjectDocumentPtr document, const Project& after)
    : wxCommand(true, _("Import scores")), m_document(std::move(document)) {
  const Project& before = m_document->project();
  for (const auto& c : after.communities)
    if (!before.find_community(c.id)) m_new_communities.push_back(c);
  for (const auto& r : after.rounds) {
    const Round* old = before.find_round(r.id);
    if (!old)
      m_new_rounds.push_back(r);
    else if (!same_import_content(*old, r))
      m_changed_rounds.emplace_back(*old, r);
  }
  if (after.audit.size() > before.audit.size())
    m_audit.assign(after.audit.begin() + static_cast<std::ptrdiff_t>(before.audit.size()), after.audit.end());
}

bool CommandImportScores::changes_anything() const {
  return !m_new_communities.empty() || !m_new_rounds.empty() || !m_changed_rounds.empty();
}

bool CommandImportScores::Do() {
  return attempt([&] {
    for (const auto& c : m_new_communities) m_document->insert_community(c);
    for (const auto& [before, after] : m_changed_rounds) m_document->update_round(after);
    for (const auto& r : m_new_rounds) m_document->insert_round(r);
    if (!m_done) {
      m_document->append_audit(m_audit);
    } else {
      // Redo: the same changes again, made now in the app.
      const AuditOrigin origin = m_document->audit_origin();
      std::vector<AuditEntry> again = m_audit;
      for (auto& e : again)
        std::tie(e.when, e.who, e.source, e.detail) = std::tie(origin.when, origin.user, origin.source, origin.detail);
      m_document->append_audit(again);
    }
    m_done = true;
  });
}

bool CommandImportScores::Undo() {
  return attempt([&] {
    for (auto r = m_new_rounds.rbegin(); r != m_new_rounds.rend(); ++r) m_document->remove_round(r->id);
    for (const auto& [before, after] : m_changed_rounds) m_document->update_round(before);
    for (auto c = m_new_communities.rbegin(); c != m_new_communities.rend(); ++c)
      m_document->remove_community(c->id);
    const AuditOrigin origin = m_document->audit_origin();
    std::vector<AuditEntry> back;
    for (auto e = m_audit.rbegin(); e != m_audit.rend(); ++e) {
      AuditEntry undone = *e;
      std::swap(undone.old_value, undone.new_value);
      std::tie(undone.when, undone.source, undone.detail) = std::tie(origin.when, origin.source, origin.detail);

      undone.who = origin.user;
      back.push_back(std::move(undone));
    }
    m_document->append_audit(back);
  });
}

}  // namespace readiness::gui
