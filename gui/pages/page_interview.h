#pragma once
// Interview capture: the round instrument's questions with {issue} and
// {community} filled in, one answer field each, required questions
// marked, follow-up prompts shown; the interview's interviewer, second
// listener, date, duration and status. Keyboard-first: Ctrl+PgDn/PgUp or
// Alt+Down/Up for the next/previous question, Ctrl+G to jump to a number,
// Ctrl+S saves (the frame's menu).
//
// Typing is committed to the document as an undoable command when the
// field loses focus, after a short pause, and before anything that reads
// the document (save, undo, autosave, another page). Consecutive commits
// of one field while it keeps the focus extend one command, so one undo
// takes back one stretch of typing.
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>
#include <wx/timer.h>

#include "project_document.h"
#include "text/transcript_split.h"

class wxButton;
class wxChoice;
class wxScrolledWindow;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace readiness::gui {

class DateField;
class PageHost;

class PageInterview : public wxPanel, public ProjectObserver {
 public:
  PageInterview(wxWindow* parent, PageHost& host);
  ~PageInterview() override;

  void set_document(ProjectDocumentPtr document);
  void show(const std::string& round_id, const std::string& interview_id);
  const std::string& round_id() const { return m_round_id; }
  const std::string& interview_id() const { return m_interview_id; }
  void on_project_changed(const ChangeEvent& event) override;

  // Pushes the field being typed in to the document (as a command).
  void commit_pending();

  int question_count() const { return static_cast<int>(m_rows.size()); }
  int current_question() const { return m_current; }
  // Focuses question `index` (0-based, clamped) and scrolls it to the top.
  void go_to_question(int index);
  void next_question() { go_to_question(m_current + 1); }
  void previous_question() { go_to_question(m_current - 1); }
  // Asks for a question number (Ctrl+G).
  void ask_question_number();
  wxTextCtrl* answer_field(int index) const;
  DateField* date_field() const { return m_date_field; }
  // Says when the interview's date is before the round's start; empty else.
  wxStaticText* date_warning() const { return m_date_warning; }

  // Paste a whole transcript and assign its parts to questions (dialog).
  void paste_transcript();
  // Adds each part to the end of its question's answer, as one undo step.
  void apply_transcript(const std::vector<TranscriptPart>& parts);

 private:
  void wrap_heading();
  struct QuestionRow {
    std::string question_id;
    wxStaticText* heading = nullptr;
    wxStaticText* text = nullptr;
    wxStaticText* followups = nullptr;
    wxTextCtrl* answer = nullptr;
  };

  void build_questions(const Round& round, const std::string& community_name);
  void load_values();
  void rewrap();
  void update_progress();
  void update_date_warning(const Round& round, const Interview& interview);
  void set_editable(bool editable);
  void bind_text(wxTextCtrl* ctrl);
  std::optional<InterviewFieldRef> ref_of(const wxWindow* ctrl) const;
  void commit_value(const InterviewFieldRef& ref, const std::string& value, bool extendable);
  void show_value(const InterviewFieldRef& ref);

  PageHost& m_host;
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  std::string m_interview_id;
  std::string m_built_for;  // round id + instrument the rows were built for

  wxButton* m_back = nullptr;
  wxButton* m_paste = nullptr;
  wxStaticText* m_heading = nullptr;
  wxString m_heading_text;  // unwrapped
  wxStaticText* m_respondent = nullptr;
  wxTextCtrl* m_interviewer = nullptr;
  wxTextCtrl* m_second_listener = nullptr;
  DateField* m_date_field = nullptr;
  wxTextCtrl* m_date = nullptr;  // m_date_field's text
  wxSpinCtrl* m_duration = nullptr;
  wxChoice* m_status = nullptr;
  wxStaticText* m_progress = nullptr;
  wxStaticText* m_date_warning = nullptr;
  wxScrolledWindow* m_scroll = nullptr;
  wxTextCtrl* m_notes = nullptr;
  wxStaticText* m_notes_label = nullptr;
  std::vector<QuestionRow> m_rows;
  int m_current = 0;
  int m_wrap_width = 0;

  wxTimer m_commit_timer;
  wxTextCtrl* m_pending = nullptr;           // typed in, not yet committed
  std::optional<InterviewFieldRef> m_extend;  // field whose command typing extends
  bool m_loading = false;   // filling controls from the document
  bool m_applying = false;  // our own command is changing the document
};

}  // namespace readiness::gui
