#include "commands/command_processor.h"

#include <algorithm>

#include <wx/log.h>

#include "commands/command_interview.h"
#include "round.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

bool has_work(const Interview& interview) {
  for (const auto& [question, answer] : interview.answers)
    if (answer.find_first_not_of(" \t\r\n") != std::string::npos) return true;
  for (const auto& [dimension, s] : interview.scores)
    if (s.scorer_a || s.scorer_b || s.consensus) return true;
  return false;
}

}  // namespace

void ProjectCommandProcessor::set_document(ProjectDocumentPtr document) {
  m_document = std::move(document);
  m_changes.clear();
}

void ProjectCommandProcessor::ClearCommands() {
  // The empty history stands for what the project is now: the saved
  // state only if it is that now.
  if (GetCurrentCommand() != m_saved) m_saved_known = false;
  m_saved = nullptr;
  wxCommandProcessor::ClearCommands();
  // wxCommandProcessor::Store clears the history before storing the first
  // command: that command's status changes stay.
  auto kept = m_storing ? m_changes.find(m_storing) : m_changes.end();
  std::vector<StatusChange> keep;
  if (kept != m_changes.end()) keep = std::move(kept->second);
  m_changes.clear();
  if (!keep.empty()) m_changes[m_storing] = std::move(keep);
}

void ProjectCommandProcessor::mark_saved() {
  m_saved = GetCurrentCommand();
  m_saved_known = true;
}

void ProjectCommandProcessor::forget_saved() {
  m_saved = nullptr;
  m_saved_known = false;
}

std::optional<bool> ProjectCommandProcessor::at_saved_point() const {
  if (!m_saved_known) return std::nullopt;
  return GetCurrentCommand() == m_saved;
}

void ProjectCommandProcessor::Store(wxCommand* command) {
  // The commands after the current one (undone) go now; when the saved
  // point is among them, it can no longer be reached.
  if (m_saved_known && m_saved && m_saved != GetCurrentCommand()) {
    wxList& list = GetCommands();
    const wxCommand* current = GetCurrentCommand();
    bool after_current = current == nullptr;
    for (auto node = list.GetFirst(); node; node = node->GetNext()) {
      const auto* c = static_cast<const wxCommand*>(node->GetData());
      if (after_current && c == m_saved) {
        m_saved_known = false;
        m_saved = nullptr;
        break;
      }
      if (c == current) after_current = true;
    }
  }
  m_storing = command;
  wxCommandProcessor::Store(command);
  m_storing = nullptr;
}

void ProjectCommandProcessor::on_project_changed(const ChangeEvent& event) {
  if (event.round_id.empty()) return;
  m_touched[event.round_id].insert(event.interview_id);
}

bool ProjectCommandProcessor::DoCommand(wxCommand& command) {
  // Entries of commands the history has dropped since.
  for (auto it = m_changes.begin(); it != m_changes.end();)
    it = GetCommands().Find(const_cast<wxCommand*>(it->first)) || it->first == &command ? std::next(it)
                                                                                       : m_changes.erase(it);
  m_changes.erase(&command);
  const auto* field = dynamic_cast<const CommandSetInterviewField*>(&command);
  const bool sets_status = field && field->ref().field == InterviewFieldRef::Field::Status;
  if (!m_document || sets_status) return wxCommandProcessor::DoCommand(command);
  m_touched.clear();
  m_document->add_observer(this);
  const bool done = wxCommandProcessor::DoCommand(command);
  m_document->remove_observer(this);
  if (done) {
    std::vector<StatusChange> changes = follow_work();
    if (!changes.empty()) m_changes[&command] = std::move(changes);
  }
  m_touched.clear();
  return done;
}

bool ProjectCommandProcessor::UndoCommand(wxCommand& command) {
  const auto it = m_changes.find(&command);
  if (it != m_changes.end()) {
    const std::vector<StatusChange> changes = std::move(it->second);
    m_changes.erase(it);
    for (auto c = changes.rbegin(); c != changes.rend(); ++c) apply(*c, false);
  }
  return wxCommandProcessor::UndoCommand(command);
}

std::vector<ProjectCommandProcessor::StatusChange> ProjectCommandProcessor::follow_work() {
  std::vector<StatusChange> changes;
  if (m_document->read_only()) return changes;
  for (const auto& [round_id, interview_ids] : m_touched) {
    const Round* round = m_document->project().find_round(round_id);
    if (!round) continue;
    const bool whole_round = interview_ids.count(std::string()) > 0;
    for (const Interview& i : round->interviews) {
      if (!whole_round && !interview_ids.count(i.id)) continue;
      if (i.status == InterviewStatus::Planned && has_work(i))
        changes.push_back({round_id, i.id, to_string(i.status), to_string(InterviewStatus::Transcribed)});
    }
    for (const StatusChange& c : changes)
      if (c.round_id == round_id) apply(c, true);
    round = m_document->project().find_round(round_id);
    RoundStatus next = round->status;
    if (round_progress(*round).complete())
      next = RoundStatus::Completed;
    else if (round->status == RoundStatus::Planned &&
             std::any_of(round->interviews.begin(), round->interviews.end(),
                         [](const Interview& i) { return i.status != InterviewStatus::Planned || has_work(i); }))
      next = RoundStatus::Ongoing;
    if (next != round->status) {
      StatusChange c{round_id, std::string(), to_string(round->status), to_string(next)};
      apply(c, true);
      changes.push_back(std::move(c));
    }
  }
  return changes;
}

void ProjectCommandProcessor::apply(const StatusChange& change, bool forward) {
  const std::string& value = forward ? change.after : change.before;
  try {
    if (!change.interview_id.empty()) {
      m_document->set_interview_field({change.round_id, change.interview_id, InterviewFieldRef::Field::Status, {}},
                                      value);
    } else if (const Round* round = m_document->project().find_round(change.round_id)) {
      Round edited = *round;
      if (!parse_round_status(value, edited.status)) return;
      m_document->update_round(edited);
    }
  } catch (const std::exception& e) {
    wxLogError("%s", to_wx(e.what()));
  }
}

}  // namespace readiness::gui
