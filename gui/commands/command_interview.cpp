#include "commands/command_interview.h"

#include "text/translate.h"
#include <wx/log.h>

#include "text/wx_text.h"

namespace readiness::gui {

CommandSetInterviewField::CommandSetInterviewField(ProjectDocumentPtr document, InterviewFieldRef ref,
                                                   std::string before, std::string after)
    : wxCommand(true, name_for(ref)),
      m_document(std::move(document)),
      m_ref(std::move(ref)),
      m_before(std::move(before)),
      m_after(std::move(after)) {}

wxString CommandSetInterviewField::name_for(const InterviewFieldRef& ref) {
  using F = InterviewFieldRef::Field;
  switch (ref.field) {
    case F::Answer: return _("Answer");
    case F::Interviewer: return _("Interviewer");
    case F::SecondListener: return _("Second listener");
    case F::Date: return _("Date");
    case F::DurationMinutes: return _("Duration");
    case F::Status: return _("Status");
    case F::Notes: return _("Notes");
    case F::RespondentId: return _("Respondent");
  }
  return {};
}

bool CommandSetInterviewField::Do() {
  try {
    m_document->set_interview_field(m_ref, m_after);
    return true;
  } catch (const std::exception& e) {
    wxLogError("%s", to_wx(e.what()));
    return false;
  }
}

bool CommandSetInterviewField::Undo() {
  try {
    m_document->set_interview_field(m_ref, m_before);
    return true;
  } catch (const std::exception& e) {
    wxLogError("%s", to_wx(e.what()));
    return false;
  }
}

void CommandSetInterviewField::extend(const std::string& after) {
  m_after = after;
  Do();
}

bool CommandBatch::Do() {
  for (std::size_t i = 0; i < m_commands.size(); ++i) {
    if (!m_commands[i]->Do()) {
      // Leave the document as it was: take back what was done.
      while (i-- > 0) m_commands[i]->Undo();
      return false;
    }
  }
  return true;
}

bool CommandBatch::Undo() {
  for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
    if (!(*it)->Undo()) return false;
  return true;
}

}  // namespace readiness::gui
