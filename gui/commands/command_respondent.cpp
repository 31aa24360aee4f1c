#include "commands/command_respondent.h"

#include <algorithm>
#include <stdexcept>

#include <wx/log.h>

#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

// Applies `edit` to a copy of the round and stores it; a refused edit is
// logged and the command dropped.
template <typename F>
bool edit_round(ProjectDocument& document, const std::string& round_id, F&& edit) {
  try {
    const Round* current = document.project().find_round(round_id);
    if (!current) throw std::out_of_range("no round \"" + round_id + "\"");
    Round round = *current;
    edit(round);
    document.update_round(round);
    return true;
  } catch (const std::exception& e) {
    wxLogError("%s", to_wx(e.what()));
    return false;
  }
}

}  // namespace

CommandAddRespondent::CommandAddRespondent(ProjectDocumentPtr document, std::string round_id, Respondent respondent,
                                           std::string interview_id)
    : wxCommand(true, _("Add respondent")),
      m_document(std::move(document)),
      m_round_id(std::move(round_id)),
      m_respondent(std::move(respondent)),
      m_interview_id(std::move(interview_id)) {}
bool CommandAddRespondent::Do() {
  return edit_round(*m_document, m_round_id, [&](Round& r) { add_respondent(r, m_respondent, m_interview_id); });
}
bool CommandAddRespondent::Undo() {
  return edit_round(*m_document, m_round_id, [&](Round& r) {
    if (!m_interview_id.empty())
      r.interviews.erase(std::remove_if(r.interviews.begin(), r.interviews.end(),
                                        [&](const Interview& i) { return i.id == m_interview_id; }),
                         r.interviews.end());
    r.respondents.erase(std::remove_if(r.respondents.begin(), r.respondents.end(),
                                       [&](const Respondent& x) { return x.id == m_respondent.id; }),
                        r.respondents.end());
  });
}

CommandEditRespondent::CommandEditRespondent(ProjectDocumentPtr document, std::string round_id, Respondent after)
    : wxCommand(true, _("Edit respondent")),
      m_document(std::move(document)),
      m_round_id(std::move(round_id)),
      m_after(std::move(after)) {
  if (const Round* r = m_document->project().find_round(m_round_id))
    if (const Respondent* before = r->find_respondent(m_after.id)) m_before = *before;
}
bool CommandEditRespondent::Do() {
  return edit_round(*m_document, m_round_id, [&](Round& r) { update_respondent(r, m_after); });
}
bool CommandEditRespondent::Undo() {
  return edit_round(*m_document, m_round_id, [&](Round& r) { update_respondent(r, m_before); });
}

CommandRemoveRespondent::CommandRemoveRespondent(ProjectDocumentPtr document, std::string round_id,
                                                 std::string respondent_id)
    : wxCommand(true, _("Remove respondent")),
      m_document(std::move(document)),
      m_round_id(std::move(round_id)),
      m_respondent_id(std::move(respondent_id)) {}
bool CommandRemoveRespondent::Do() {
  return edit_round(*m_document, m_round_id, [&](Round& r) { m_removed = remove_respondent(r, m_respondent_id); });
}
bool CommandRemoveRespondent::Undo() {
  return edit_round(*m_document, m_round_id, [&](Round& r) { restore_respondent(r, m_removed); });
}

}  // namespace readiness::gui
