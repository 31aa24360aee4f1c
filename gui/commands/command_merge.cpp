#include "commands/command_merge.h"

#include <set>
#include <string>
#include <tuple>

#include "commands/command_attempt.h"
#include "project_merge.h"
#include "text/translate.h"

namespace readiness::gui {

namespace {

bool same_community(const Community& a, const Community& b) {
  return std::tie(a.id, a.name, a.code, a.county_code, a.kind, a.note) ==
         std::tie(b.id, b.name, b.code, b.county_code, b.kind, b.note);
}

std::string entry_key(const AuditEntry& e) {
  return e.when + '\x1f' + e.who + '\x1f' + e.source + '\x1f' + e.detail + '\x1f' + e.round_id + '\x1f' +
         e.interview_id + '\x1f' + e.dimension + '\x1f' + e.field + '\x1f' + e.old_value + '\x1f' + e.new_value;
}

}  // namespace

CommandMergeProjects::CommandMergeProjects(ProjectDocumentPtr document, const Project& merged)
    : wxCommand(true, _("Merge projects")), m_document(std::move(document)) {
  const Project& before = m_document->project();
  for (const auto& c : merged.communities) {
    const Community* old = before.find_community(c.id);
    if (!old)
      m_new_communities.push_back(c);
    else if (!same_community(*old, c))
      m_changed_communities.emplace_back(*old, c);
  }
  for (const auto& r : merged.rounds) {
    const Round* old = before.find_round(r.id);
    if (!old)
      m_new_rounds.push_back(r);
    else if (!same_round(*old, r))
      m_changed_rounds.emplace_back(*old, r);
  }
  std::set<std::string> known;
  for (const auto& e : before.audit) known.insert(entry_key(e));
  for (const auto& e : merged.audit)
    if (!known.count(entry_key(e))) m_audit.push_back(e);
}

bool CommandMergeProjects::changes_anything() const {
  return !m_new_communities.empty() || !m_changed_communities.empty() || !m_new_rounds.empty() ||
         !m_changed_rounds.empty() || !m_audit.empty();
}

bool CommandMergeProjects::Do() {
  return attempt([&] {
    for (const auto& c : m_new_communities) m_document->insert_community(c);
    for (const auto& [before, after] : m_changed_communities) m_document->update_community(after);
    for (const auto& [before, after] : m_changed_rounds) m_document->update_round(after);
    for (const auto& r : m_new_rounds) m_document->insert_round(r);
    m_document->append_audit(m_audit);
  });
}

bool CommandMergeProjects::Undo() {
  return attempt([&] {
    m_document->remove_last_audit(m_audit.size());
    for (auto r = m_new_rounds.rbegin(); r != m_new_rounds.rend(); ++r) m_document->remove_round(r->id);
    for (const auto& [before, after] : m_changed_rounds) m_document->update_round(before);
    for (const auto& [before, after] : m_changed_communities) m_document->update_community(before);
    for (auto c = m_new_communities.rbegin(); c != m_new_communities.rend(); ++c)
      m_document->remove_community(c->id);
  });
}

}  // namespace readiness::gui
