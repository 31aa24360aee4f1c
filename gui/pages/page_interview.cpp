#include "pages/page_interview.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/cmdproc.h>
#include "widgets/page_layout.h"
#include "widgets/themed_colours.h"
#include "widgets/date_field.h"
#include "text/translate.h"
#include <wx/numdlg.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "commands/command_interview.h"
#include "dialogs/dialog_transcript.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "app/page_host.h"
#include "text/wx_text.h"
#include "interview_dates.h"

namespace readiness::gui {

namespace {

using Field = InterviewFieldRef::Field;

// A pause this long in typing commits the field (the rest on focus loss).
constexpr int kCommitPauseMs = 1500;

const InterviewStatus kStatuses[] = {InterviewStatus::Planned, InterviewStatus::Held, InterviewStatus::Transcribed};

}  // namespace

PageInterview::PageInterview(wxWindow* parent, PageHost& host) : wxPanel(parent, wxID_ANY), m_host(host) {
  SetName("page_interview");
  auto* top = new wxBoxSizer(wxVERTICAL);

  auto* title_row = new wxBoxSizer(wxHORIZONTAL);
  m_back = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u2190 ") + _("&Round overview"));
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { wrap_heading(); });
  });
  m_back->SetName("back_to_round");
  title_row->Add(m_back, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  m_heading = new wxStaticText(this, wxID_ANY, wxString());
  m_heading->SetFont(m_heading->GetFont().Scaled(1.4f).Bold());
  title_row->Add(m_heading, 1, wxALIGN_CENTER_VERTICAL);
  auto* paste = new wxButton(this, wxID_ANY, _("&Paste transcript..."));
  m_paste = paste;
  paste->SetName("paste_transcript");
  title_row->Add(paste, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 12);
  paste->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { paste_transcript(); });
  paste->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_document && !m_document->read_only()); });
  top->Add(title_row, 0, wxEXPAND | wxALL, 12);

  // The interview's own fields: two label/field pairs per row.
  auto* grid = new wxFlexGridSizer(4, wxSize(8, 6));
  grid->AddGrowableCol(1, 1);
  grid->AddGrowableCol(3, 1);
  auto label = [&](const wxString& text) {
    grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  };
  label(_("Respondent:"));
  m_respondent = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  // Shortened with "…" rather than widening the page (the tooltip has it all).
  m_respondent->SetMinSize(FromDIP(wxSize(100, -1)));
  grid->Add(m_respondent, 1, wxALIGN_CENTER_VERTICAL | wxEXPAND);
  label(_("Status:"));
  m_status = new wxChoice(this, wxID_ANY);
  m_status->SetName("status");
  for (InterviewStatus s : kStatuses) m_status->Append(interview_status_label(s));
  grid->Add(m_status, 0, wxALIGN_CENTER_VERTICAL);

  label(_("&Interviewer:"));
  m_interviewer = new wxTextCtrl(this, wxID_ANY);
  m_interviewer->SetName("interviewer");
  grid->Add(m_interviewer, 1, wxEXPAND);
  label(_("Second &listener:"));
  m_second_listener = new wxTextCtrl(this, wxID_ANY);
  m_second_listener->SetName("second_listener");
  grid->Add(m_second_listener, 1, wxEXPAND);

  label(_("&Date:"));
  m_date_field = new DateField(this, "date");
  m_date = m_date_field->text();
  {
    // The date with a warning beside it when it is outside the round's dates.
    auto* date_row = new wxBoxSizer(wxHORIZONTAL);
    date_row->Add(m_date_field, 0);
    m_date_warning = new wxStaticText(this, wxID_ANY, wxString());
    m_date_warning->SetName("date_warning");
    set_accent_text(m_date_warning, colours::kWarning);
    date_row->Add(m_date_warning, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    grid->Add(date_row, 0);
    // On a narrow page the warning goes under the date, not off the edge.
    follow_width(this, date_row, 900);
  }
  label(_("D&uration (min):"));
  m_duration = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 600, 0);
  m_duration->SetName("duration");
  grid->Add(m_duration, 0);
  top->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
  // Tab goes through the fields in reading order of a form: who, when, how
  // long, then the status, then the answers.
  m_status->MoveAfterInTabOrder(m_duration);

  top->Add(new wxStaticLine(this), 0, wxEXPAND | wxALL, 12);
  // A space, not "": the line keeps its height before the first text (GTK).
  // Wraps on a narrow page rather than cut the keyboard hint (review item 12).
  m_progress = new wxStaticText(this, wxID_ANY, " ");
  m_progress->SetName("interview_progress");
  set_muted_text(m_progress);
  top->Add(m_progress, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);

  m_scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL);
  m_scroll->SetName("questions");
  m_scroll->SetScrollRate(0, FromDIP(12));
  m_scroll->SetSizer(new wxBoxSizer(wxVERTICAL));
  top->Add(m_scroll, 1, wxEXPAND);
  SetSizer(top);

  m_back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    commit_pending();
    if (!m_round_id.empty()) m_host.show_round(m_round_id);
  });
  bind_text(m_interviewer);
  bind_text(m_second_listener);
  bind_text(m_date);
  m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const int i = m_status->GetSelection();
    if (i < 0 || m_interview_id.empty()) return;
    commit_pending();
    commit_value({m_round_id, m_interview_id, Field::Status, {}}, to_string(kStatuses[i]), false);
  });
  auto commit_duration = [this] {
    if (m_interview_id.empty() || m_loading) return;
    commit_value({m_round_id, m_interview_id, Field::DurationMinutes, {}}, std::to_string(m_duration->GetValue()),
                 false);
  };
  m_duration->Bind(wxEVT_SPINCTRL, [commit_duration](wxSpinEvent&) { commit_duration(); });
  m_duration->Bind(wxEVT_KILL_FOCUS, [commit_duration](wxFocusEvent& e) {
    commit_duration();
    e.Skip();
  });
  m_scroll->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    rewrap();
  });
  m_commit_timer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { commit_pending(); });
  // Next/previous question before the text field sees the key: GTK's text
  // view takes Ctrl+PgDn/PgUp for itself, so the menu accelerator alone
  // would not do. Alt+Down/Up too, for laptops without PgUp/PgDn.
  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
    const int key = e.GetKeyCode();
    const bool next = (e.GetModifiers() == wxMOD_CONTROL && key == WXK_PAGEDOWN) ||
                      (e.GetModifiers() == wxMOD_ALT && key == WXK_DOWN);
    const bool previous = (e.GetModifiers() == wxMOD_CONTROL && key == WXK_PAGEUP) ||
                          (e.GetModifiers() == wxMOD_ALT && key == WXK_UP);
    if (next) {
      next_question();
    } else if (previous) {
      previous_question();
    } else if (e.GetModifiers() == wxMOD_CONTROL && key == 'G') {
      ask_question_number();
    } else {
      e.Skip();
    }
  });
}

PageInterview::~PageInterview() {
  m_commit_timer.Stop();
  if (m_document) m_document->remove_observer(this);
}

void PageInterview::bind_text(wxTextCtrl* ctrl) {
  ctrl->Bind(wxEVT_TEXT, [this, ctrl](wxCommandEvent&) {
    if (m_loading) return;
    if (m_pending && m_pending != ctrl) commit_pending();
    m_pending = ctrl;
    m_commit_timer.StartOnce(kCommitPauseMs);
  });
  ctrl->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    commit_pending();
    m_extend.reset();
    e.Skip();
  });
}

void PageInterview::set_document(ProjectDocumentPtr document) {
  m_commit_timer.Stop();
  m_pending = nullptr;
  m_extend.reset();
  if (m_document) m_document->remove_observer(this);
  m_document = std::move(document);
  if (m_document) m_document->add_observer(this);
  m_round_id.clear();
  m_interview_id.clear();
  m_built_for.clear();
  m_scroll->DestroyChildren();
  m_scroll->GetSizer()->Clear();
  m_rows.clear();
  m_notes = nullptr;
  m_notes_label = nullptr;
}

void PageInterview::show(const std::string& round_id, const std::string& interview_id) {
  commit_pending();
  m_extend.reset();
  const Round* round = m_document ? m_document->project().find_round(round_id) : nullptr;
  const Interview* interview = round ? round->find_interview(interview_id) : nullptr;
  if (!interview) return;
  const bool same_interview = round_id == m_round_id && interview_id == m_interview_id;
  m_round_id = round_id;
  m_interview_id = interview_id;
  const Community* community = m_document->project().find_community(round->community_id);
  const std::string community_name = community ? community->name : std::string();
  const std::string key = round->id + "\n" + round->instrument.id + "\n" + round->instrument.version + "\n" +
                          round->issue + "\n" + community_name;
  if (key != m_built_for) {
    build_questions(*round, community_name);
    m_built_for = key;
  }
  m_heading_text = wxString::Format(_("Interview %s · %s, round %s"), to_wx(interview->id), to_wx(community_name),
                                    to_wx(round->label));
  wrap_heading();
  load_values();
  set_editable(!m_document->read_only());
  Layout();
  if (!same_interview) {
    m_current = 0;
    m_scroll->Scroll(0, 0);
  }
  update_progress();
}

void PageInterview::wrap_heading() {
  // Between the two buttons, on two lines when the page is narrow.
  const int width = GetClientSize().x - m_back->GetSize().x - m_paste->GetSize().x - FromDIP(48);
  set_label(m_heading, m_heading_text, std::max(FromDIP(150), width));
  update_progress();
  Layout();
}

void PageInterview::build_questions(const Round& round, const std::string& community_name) {
  m_scroll->Freeze();
  m_scroll->DestroyChildren();
  m_scroll->GetSizer()->Clear();
  m_rows.clear();
  wxSizer* sizer = m_scroll->GetSizer();
  const auto& questions = round.instrument.questions;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Question& q = questions[i];
    QuestionRow row;
    row.question_id = q.id;
    wxString heading = wxString::Format(_("Question %d of %d"), static_cast<int>(i + 1), static_cast<int>(questions.size()));
    if (const Dimension* d = round.instrument.find_dimension(q.dimension))
      heading += wxString::FromUTF8(" \u00b7 ") + wxString::Format(_("dimension %s, %s"), to_wx(d->code), to_wx(d->name));
    // TRANSLATORS: marks a question that must be answered before scoring.
    if (q.required) heading += wxString::FromUTF8(" \u00b7 ") + _("required for scoring") + " *";
    row.heading = new wxStaticText(m_scroll, wxID_ANY, heading);
    row.heading->SetFont(row.heading->GetFont().Bold());
    if (q.required) set_accent_text(row.heading, wxColour(150, 30, 30));
    sizer->Add(row.heading, 0, wxLEFT | wxRIGHT | wxTOP, 12);

    row.text = new wxStaticText(m_scroll, wxID_ANY, to_wx(fill_placeholders(q.text, round.issue, community_name)));
    sizer->Add(row.text, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    if (!q.followups.empty()) {
      wxString followups = _("Follow-up prompts:");
      for (const auto& f : q.followups)
        followups += wxString::FromUTF8("\n\u2013 ") + to_wx(fill_placeholders(f, round.issue, community_name));
      row.followups = new wxStaticText(m_scroll, wxID_ANY, followups);
      set_muted_text(row.followups);
      row.followups->SetFont(row.followups->GetFont().Italic());
      sizer->Add(row.followups, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    }
    row.answer = new wxTextCtrl(m_scroll, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, FromDIP(110)),
                                wxTE_MULTILINE | wxTE_RICH2 | wxTE_WORDWRAP);
    row.answer->SetName(wxString::Format("answer_%s", to_wx(q.id)));
    const int index = static_cast<int>(i);
    row.answer->Bind(wxEVT_SET_FOCUS, [this, index](wxFocusEvent& e) {
      m_current = index;
      update_progress();
      e.Skip();
    });
    bind_text(row.answer);
    sizer->Add(row.answer, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    m_rows.push_back(row);
  }
  m_notes_label = new wxStaticText(m_scroll, wxID_ANY, _("Notes (not part of the answers):"));
  m_notes_label->SetFont(m_notes_label->GetFont().Bold());
  sizer->Add(m_notes_label, 0, wxLEFT | wxRIGHT | wxTOP, 12);
  m_notes = new wxTextCtrl(m_scroll, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, FromDIP(80)),
                           wxTE_MULTILINE | wxTE_RICH2 | wxTE_WORDWRAP);
  m_notes->SetName("notes");
  bind_text(m_notes);
  sizer->Add(m_notes, 0, wxEXPAND | wxALL, 12);
  m_wrap_width = 0;
  rewrap();
  m_scroll->Thaw();
}

void PageInterview::rewrap() {
  const int width = m_scroll->GetClientSize().x - FromDIP(40);
  if (width <= 50 || width == m_wrap_width) return;
  m_wrap_width = width;
  const Round* round = m_document ? m_document->project().find_round(m_round_id) : nullptr;
  if (!round) return;
  const Community* community = m_document->project().find_community(round->community_id);
  const std::string community_name = community ? community->name : std::string();
  for (auto& row : m_rows) {
    const Question* q = round->instrument.find_question(row.question_id);
    if (!q) continue;
    // Wrap() inserts line breaks: start again from the unwrapped text.
    row.text->SetLabel(to_wx(fill_placeholders(q->text, round->issue, community_name)));
    row.text->Wrap(width);
    if (row.followups) {
      wxString followups = _("Follow-up prompts:");
      for (const auto& f : q->followups)
        followups += wxString::FromUTF8("\n\u2013 ") + to_wx(fill_placeholders(f, round->issue, community_name));
      row.followups->SetLabel(followups);
      row.followups->Wrap(width);
    }
  }
  m_scroll->FitInside();
  m_scroll->Layout();
}

void PageInterview::load_values() {
  const Round* round = m_document->project().find_round(m_round_id);
  const Interview* interview = round ? round->find_interview(m_interview_id) : nullptr;
  if (!interview) return;
  m_loading = true;
  const Respondent* r = round->find_respondent(interview->respondent_id);
  if (r) {
    wxString text = to_wx(r->pseudonym);
    if (!r->sector.empty()) text += wxString::FromUTF8(" \u00b7 ") + sector_label(r->sector);
    if (!r->role.empty()) text += wxString::FromUTF8(" \u00b7 ") + to_wx(r->role);
    m_respondent->SetLabel(text);
  } else {
    m_respondent->SetLabel(_("(no respondent assigned)"));
  }
  m_interviewer->ChangeValue(to_wx(interview->interviewer));
  m_second_listener->ChangeValue(to_wx(interview->second_listener));
  m_date->ChangeValue(to_wx(interview->date));
  m_duration->SetValue(interview->duration_minutes);
  for (std::size_t i = 0; i < std::size(kStatuses); ++i)
    if (kStatuses[i] == interview->status) m_status->SetSelection(static_cast<int>(i));
  for (auto& row : m_rows) {
    auto it = interview->answers.find(row.question_id);
    row.answer->ChangeValue(it == interview->answers.end() ? wxString() : to_wx(it->second));
  }
  if (m_notes) m_notes->ChangeValue(to_wx(interview->notes));
  m_loading = false;
}

void PageInterview::set_editable(bool editable) {
  for (wxTextCtrl* t : {m_interviewer, m_second_listener, m_date}) t->SetEditable(editable);
  for (auto& row : m_rows) row.answer->SetEditable(editable);
  if (m_notes) m_notes->SetEditable(editable);
  m_duration->Enable(editable);
  m_status->Enable(editable);
}

void PageInterview::update_progress() {
  const Round* round = m_document ? m_document->project().find_round(m_round_id) : nullptr;
  const Interview* interview = round ? round->find_interview(m_interview_id) : nullptr;
  if (!interview) {
    m_progress->SetLabel(wxString());
    m_date_warning->SetLabel(wxString());
    return;
  }
  update_date_warning(*round, *interview);
  const InterviewProgress p = interview_progress(*round, *interview);
  const wxString text = wxString::Format(
      _("Question %d of %d · %d answered · required %d of %d · Ctrl+PgDn/PgUp next/previous, Ctrl+G go to question"),
      std::min(m_current + 1, p.questions), p.questions, p.answered, p.required_answered, p.required_total);
  const int height = m_progress->GetMinSize().y;
  set_label(m_progress, text, std::max(FromDIP(200), GetClientSize().x - FromDIP(24)));
  // One line more or less: the questions below move.
  if (m_progress->GetMinSize().y != height) Layout();
}

void PageInterview::update_date_warning(const Round& round, const Interview& interview) {
  // Outside the round's dates: the words validate and the report use.
  const wxString warning = to_wx(interview_date_warning(round, interview));
  if (m_date_warning->GetLabel() != warning) {
    m_date_warning->SetLabel(warning);
    m_date_warning->SetToolTip(warning);
    Layout();
  }
}

wxTextCtrl* PageInterview::answer_field(int index) const {
  return index >= 0 && index < question_count() ? m_rows[static_cast<std::size_t>(index)].answer : nullptr;
}

void PageInterview::go_to_question(int index) {
  if (m_rows.empty()) return;
  index = std::clamp(index, 0, question_count() - 1);
  const QuestionRow& row = m_rows[static_cast<std::size_t>(index)];
  m_current = index;
  row.answer->SetFocus();
  // The question's heading to the top, so its text shows above the field.
  int unit_x = 0, unit_y = 1;
  m_scroll->GetScrollPixelsPerUnit(&unit_x, &unit_y);
  const wxPoint at = m_scroll->CalcUnscrolledPosition(row.heading->GetPosition());
  m_scroll->Scroll(-1, std::max(0, (at.y - FromDIP(6)) / std::max(unit_y, 1)));
  update_progress();
}

void PageInterview::ask_question_number() {
  if (m_rows.empty()) return;
  const long n = wxGetNumberFromUser(wxString(), _("Question number:"), _("Go to question"), m_current + 1, 1,
                                     question_count(), this);
  if (n >= 1) go_to_question(static_cast<int>(n - 1));
}

void PageInterview::paste_transcript() {
  if (!m_document || m_document->read_only() || m_interview_id.empty()) return;
  commit_pending();
  const Round* round = m_document->project().find_round(m_round_id);
  if (!round) return;
  const Community* community = m_document->project().find_community(round->community_id);
  std::vector<wxString> titles;
  for (std::size_t i = 0; i < round->instrument.questions.size(); ++i) {
    wxString text = to_wx(fill_placeholders(round->instrument.questions[i].text, round->issue,
                                            community ? community->name : std::string()));
    if (text.length() > 70) text = text.Left(68) + wxString::FromUTF8("\u2026");
    titles.push_back(wxString::Format("%d. %s", static_cast<int>(i + 1), text));
  }
  DialogTranscript dialog(this, titles);
  if (dialog.ShowModal() == wxID_OK) apply_transcript(dialog.assignments());
}

void PageInterview::apply_transcript(const std::vector<TranscriptPart>& parts) {
  if (!m_document || m_document->read_only() || m_interview_id.empty()) return;
  commit_pending();
  std::vector<std::string> added(m_rows.size());
  for (const auto& part : parts) {
    if (part.question < 0 || part.question >= question_count()) continue;
    std::string& text = added[static_cast<std::size_t>(part.question)];
    if (!text.empty()) text += "\n\n";
    text += part.text;
  }
  auto batch = std::make_unique<CommandBatch>(_("Paste transcript"));
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    if (added[i].empty()) continue;
    const InterviewFieldRef ref{m_round_id, m_interview_id, Field::Answer, m_rows[i].question_id};
    const std::string before = m_document->interview_field(ref);
    const std::string after = before.empty() ? added[i] : before + "\n\n" + added[i];
    batch->add(std::make_unique<CommandSetInterviewField>(m_document, ref, before, after));
  }
  m_extend.reset();
  if (batch->empty()) return;
  m_host.submit(batch.release());
  update_progress();
}

std::optional<InterviewFieldRef> PageInterview::ref_of(const wxWindow* ctrl) const {
  if (m_interview_id.empty()) return std::nullopt;
  InterviewFieldRef ref{m_round_id, m_interview_id, Field::Answer, {}};
  if (ctrl == m_interviewer) {
    ref.field = Field::Interviewer;
  } else if (ctrl == m_second_listener) {
    ref.field = Field::SecondListener;
  } else if (ctrl == m_date) {
    ref.field = Field::Date;
  } else if (ctrl == m_notes) {
    ref.field = Field::Notes;
  } else {
    auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const QuestionRow& r) { return r.answer == ctrl; });
    if (it == m_rows.end()) return std::nullopt;
    ref.question_id = it->question_id;
  }
  return ref;
}

void PageInterview::commit_pending() {
  m_commit_timer.Stop();
  wxTextCtrl* ctrl = m_pending;
  m_pending = nullptr;
  if (!ctrl || !m_document || m_document->read_only()) return;
  // A date that is not one stays in the field with its message; the
  // interview keeps its last real date.
  if (ctrl == m_date && !m_date_field->check()) return;
  if (ctrl == m_date) {
    if (auto ref = ref_of(ctrl)) commit_value(*ref, m_date_field->iso().value_or(std::string()), false);
    return;
  }
  if (auto ref = ref_of(ctrl)) commit_value(*ref, to_utf8(ctrl->GetValue()), true);
}

void PageInterview::commit_value(const InterviewFieldRef& ref, const std::string& value, bool extendable) {
  if (!m_document || m_document->read_only()) return;
  std::string current;
  try {
    current = m_document->interview_field(ref);
  } catch (const std::exception&) {
    return;  // the interview is gone (removed meanwhile)
  }
  if (current == value) return;
  m_applying = true;
  auto* last = dynamic_cast<CommandSetInterviewField*>(m_host.commands().GetCurrentCommand());
  if (extendable && m_extend && *m_extend == ref && last && last->ref() == ref) {
    last->extend(value);
  } else {
    m_host.submit(new CommandSetInterviewField(m_document, ref, current, value));
    if (extendable)
      m_extend = ref;
    else
      m_extend.reset();
  }
  m_applying = false;
  update_progress();
}

void PageInterview::show_value(const InterviewFieldRef& ref) {
  std::string value;
  try {
    value = m_document->interview_field(ref);
  } catch (const std::exception&) {
    return;
  }
  m_loading = true;
  auto set_text = [&](wxTextCtrl* t) {
    if (t && to_utf8(t->GetValue()) != value) t->ChangeValue(to_wx(value));
  };
  switch (ref.field) {
    case Field::Interviewer: set_text(m_interviewer); break;
    case Field::SecondListener: set_text(m_second_listener); break;
    case Field::Date: set_text(m_date); break;
    case Field::Notes: set_text(m_notes); break;
    case Field::DurationMinutes: m_duration->SetValue(std::atoi(value.c_str())); break;
    case Field::Status:
    case Field::RespondentId:
      load_values();
      break;
    case Field::Answer:
      for (auto& row : m_rows)
        if (row.question_id == ref.question_id) set_text(row.answer);
      break;
  }
  m_loading = false;
}

void PageInterview::on_project_changed(const ChangeEvent& event) {
  using W = ChangeEvent::What;
  if (event.what == W::State) {
    if (m_document) set_editable(!m_document->read_only());
    return;
  }
  if (m_interview_id.empty() || event.what == W::Project) return;
  if (event.what == W::Interview) {
    if (event.round_id != m_round_id || event.interview_id != m_interview_id) return;
    if (!m_applying) {
      // Undo, redo or another view: the typing session ends here.
      m_extend.reset();
      InterviewFieldRef ref{m_round_id, m_interview_id, Field::Answer, {}};
      const std::string& f = event.field;
      if (f.rfind("answer:", 0) == 0) {
        ref.question_id = f.substr(7);
      } else if (f == "interviewer") {
        ref.field = Field::Interviewer;
      } else if (f == "second_listener") {
        ref.field = Field::SecondListener;
      } else if (f == "date") {
        ref.field = Field::Date;
      } else if (f == "duration_minutes") {
        ref.field = Field::DurationMinutes;
      } else if (f == "status") {
        ref.field = Field::Status;
      } else if (f == "notes") {
        ref.field = Field::Notes;
      } else {
        ref.field = Field::RespondentId;
      }
      show_value(ref);
    }
    update_progress();
    return;
  }
  // A round or community changed: show the interview afresh if it is still there.
  if (!event.round_id.empty() && event.round_id != m_round_id && event.what == W::Round) return;
  const std::string round_id = m_round_id, interview_id = m_interview_id;
  m_built_for.clear();
  m_pending = nullptr;
  m_extend.reset();
  const Round* round = m_document->project().find_round(round_id);
  if (round && round->find_interview(interview_id)) {
    m_interview_id.clear();
    show(round_id, interview_id);
  } else {
    m_round_id.clear();
    m_interview_id.clear();
  }
}

}  // namespace readiness::gui
