#include "commands/command_project.h"

#include "commands/command_attempt.h"

#include "text/translate.h"
#include <wx/log.h>

#include "text/wx_text.h"

namespace readiness::gui {

CommandAddCommunity::CommandAddCommunity(ProjectDocumentPtr document, Community community)
    : wxCommand(true, _("Add community")), m_document(std::move(document)), m_community(std::move(community)) {}
bool CommandAddCommunity::Do() {
  return attempt([&] { m_document->insert_community(m_community); });
}
bool CommandAddCommunity::Undo() {
  return attempt([&] { m_document->remove_community(m_community.id); });
}

CommandEditCommunity::CommandEditCommunity(ProjectDocumentPtr document, Community after)
    : wxCommand(true, _("Edit community")), m_document(std::move(document)), m_after(std::move(after)) {
  if (const Community* c = m_document->project().find_community(m_after.id)) m_before = *c;
}
bool CommandEditCommunity::Do() {
  return attempt([&] { m_document->update_community(m_after); });
}
bool CommandEditCommunity::Undo() {
  return attempt([&] { m_document->update_community(m_before); });
}

CommandRemoveCommunity::CommandRemoveCommunity(ProjectDocumentPtr document, std::string community_id)
    : wxCommand(true, _("Remove community")), m_document(std::move(document)), m_community_id(std::move(community_id)) {}
bool CommandRemoveCommunity::Do() {
  return attempt([&] { m_removed = m_document->remove_community(m_community_id); });
}
bool CommandRemoveCommunity::Undo() {
  return attempt([&] { m_document->restore_community(m_removed); });
}

CommandAddRound::CommandAddRound(ProjectDocumentPtr document, Round round)
    : wxCommand(true, _("Add round")), m_document(std::move(document)), m_round(std::move(round)) {}
bool CommandAddRound::Do() {
  return attempt([&] { m_document->insert_round(m_round); });
}
bool CommandAddRound::Undo() {
  return attempt([&] { m_document->remove_round(m_round.id); });
}

CommandEditRound::CommandEditRound(ProjectDocumentPtr document, Round after, const wxString& name)
    : wxCommand(true, name), m_document(std::move(document)), m_after(std::move(after)) {
  if (const Round* r = m_document->project().find_round(m_after.id)) m_before = *r;
}
bool CommandEditRound::Do() {
  return attempt([&] { m_document->update_round(m_after); });
}
bool CommandEditRound::Undo() {
  return attempt([&] { m_document->update_round(m_before); });
}

CommandRemoveRound::CommandRemoveRound(ProjectDocumentPtr document, std::string round_id)
    : wxCommand(true, _("Remove round")), m_document(std::move(document)), m_round_id(std::move(round_id)) {}
bool CommandRemoveRound::Do() {
  return attempt([&] { m_removed = m_document->remove_round(m_round_id); });
}
bool CommandRemoveRound::Undo() {
  return attempt([&] { m_document->restore_round(m_removed); });
}

}  // namespace readiness::gui
