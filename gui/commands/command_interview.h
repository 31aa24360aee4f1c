#pragma once
// Undoable edit of one interview field (an answer, the interviewer, the
// status...). Stores the field by stable ids and its before/after text,
// never a pointer into the model's vectors, so it survives any other edit.
#include <memory>
#include <string>
#include <vector>

#include <wx/cmdproc.h>

#include "project_document.h"

namespace readiness::gui {

class CommandSetInterviewField : public wxCommand {
 public:
  CommandSetInterviewField(ProjectDocumentPtr document, InterviewFieldRef ref, std::string before,
                           std::string after);

  bool Do() override;
  bool Undo() override;

  const InterviewFieldRef& ref() const { return m_ref; }
  const std::string& before() const { return m_before; }
  const std::string& after() const { return m_after; }

  // Typing on in the same field extends this command instead of stacking a
  // new one per pause, so one undo takes back one stretch of typing.
  // Applies `after` to the document at once.
  void extend(const std::string& after);

 private:
  static wxString name_for(const InterviewFieldRef& ref);

  ProjectDocumentPtr m_document;
  InterviewFieldRef m_ref;
  std::string m_before;
  std::string m_after;
};

// Several edits as one undo step (a transcript spread over many answers).
class CommandBatch : public wxCommand {
 public:
  explicit CommandBatch(const wxString& name) : wxCommand(true, name) {}
  void add(std::unique_ptr<wxCommand> command) { m_commands.push_back(std::move(command)); }
  bool empty() const { return m_commands.empty(); }
  bool Do() override;
  bool Undo() override;

 private:
  std::vector<std::unique_ptr<wxCommand>> m_commands;
};

}  // namespace readiness::gui
