#include "widgets/date_field.h"

#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/dialog.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/validate.h>

#include "dialogs/dialog_buttons.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString month_name(int month) {
  switch (month) {
    case 1: return _("January");
    case 2: return _("February");
    case 3: return _("March");
    case 4: return _("April");
    // TRANSLATORS: the month.
    case 5: return _("May");
    case 6: return _("June");
    case 7: return _("July");
    case 8: return _("August");
    case 9: return _("September");
    case 10: return _("October");
    case 11: return _("November");
    case 12: return _("December");
    default: return wxString();
  }
}

wxDateTime as_wx(CalendarDate d) {
  return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(d.day), static_cast<wxDateTime::Month>(d.month - 1),
                    d.year);
}

CalendarDate of_wx(const wxDateTime& d) {
  return CalendarDate{d.GetYear(), static_cast<int>(d.GetMonth()) + 1, d.GetDay()};
}

wxString iso_text(CalendarDate d) { return wxString::Format("%04d-%02d-%02d", d.year, d.month, d.day); }

// The date field's check, where wx dialogs and wizard pages look for it:
// Next and OK stay put while a date field holds something that is not a
// date.
class DateValidator : public wxValidator {
 public:
  wxObject* Clone() const override { return new DateValidator; }
  bool Validate(wxWindow*) override {
    auto* field = dynamic_cast<DateField*>(GetWindow());
    if (!field || field->check()) return true;
    field->text()->SetFocus();
    return false;
  }
  bool TransferToWindow() override { return true; }
  bool TransferFromWindow() override { return true; }
};

}  // namespace

wxString date_problem_text(const wxString& text) {
  const wxString trimmed = wxString(text).Strip(wxString::both);
  if (trimmed.empty()) return wxString();
  const std::string s = to_utf8(trimmed);
  const auto problem = iso_date_problem(s);
  if (!problem) return wxString();
  switch (*problem) {
    case DateProblem::Format:
      // TRANSLATORS: %s is what was typed; keep YYYY-MM-DD and the example as they are.
      return wxString::Format(_("\u201c%s\u201d is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20."), trimmed);
    case DateProblem::Month:
      return wxString::Format(_("\u201c%s\u201d is not a date: the month must be 01\u201312."), trimmed);
    case DateProblem::Day:
      return wxString::Format(_("\u201c%s\u201d is not a date: that month has no such day."), trimmed);
  }
  return wxString();
}

// ---- MonthCalendar ----------------------------------------------------------

MonthCalendar::MonthCalendar(wxWindow* parent, CalendarDate shown, std::optional<CalendarDate> chosen)
    : wxPanel(parent, wxID_ANY), m_chosen(chosen) {
  SetName("month_calendar");
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* head = new wxBoxSizer(wxHORIZONTAL);
  auto* previous = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u2039"), wxDefaultPosition, wxDefaultSize,
                                wxBU_EXACTFIT);
  previous->SetName("calendar_previous");
  previous->SetToolTip(_("Previous month"));
  auto* next = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u203a"), wxDefaultPosition, wxDefaultSize,
                            wxBU_EXACTFIT);
  next->SetName("calendar_next");
  next->SetToolTip(_("Next month"));
  m_title = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
  m_title->SetName("calendar_title");
  m_title->SetFont(m_title->GetFont().Bold());
  head->Add(previous, 0, wxALIGN_CENTER_VERTICAL);
  head->Add(m_title, 1, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 8);
  head->Add(next, 0, wxALIGN_CENTER_VERTICAL);
  top->Add(head, 0, wxEXPAND | wxBOTTOM, 6);

  // ISO 8601: the week starts on Monday, as in Sweden; week numbers are
  // ISO weeks ("vecka 47").
  const wxString headings[7] = {
      // TRANSLATORS: two-letter weekday headings of the calendar, Monday first.
      _("Mo"), _("Tu"), _("We"), _("Th"), _("Fr"), _("Sa"), _("Su")};
  auto* grid = new wxFlexGridSizer(8, wxSize(2, 2));
  // TRANSLATORS: heading of the ISO week number column in the calendar.
  auto* week_heading = new wxStaticText(this, wxID_ANY, _("Wk"));
  set_muted_text(week_heading);
  grid->Add(week_heading, 0, wxALIGN_CENTER);
  for (int c = 0; c < 7; ++c) {
    m_headings[c] = new wxStaticText(this, wxID_ANY, headings[c]);
    m_headings[c]->SetName(wxString::Format("calendar_weekday_%d", c));
    grid->Add(m_headings[c], 0, wxALIGN_CENTER);
  }
  const wxSize cell = FromDIP(wxSize(36, 28));
  for (int r = 0; r < 6; ++r) {
    m_weeks[r] = new wxStaticText(this, wxID_ANY, wxString());
    set_muted_text(m_weeks[r]);
    grid->Add(m_weeks[r], 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT | wxRIGHT, 4);
    for (int c = 0; c < 7; ++c) {
      const int index = r * 7 + c;
      m_days[index] = new wxButton(this, wxID_ANY, wxString(), wxDefaultPosition, cell, wxBU_EXACTFIT);
      m_days[index]->SetName(wxString::Format("calendar_day_%d_%d", r, c));
      m_days[index]->Bind(wxEVT_BUTTON, [this, index](wxCommandEvent&) { pick(index); });
      grid->Add(m_days[index], 0);
    }
  }
  top->Add(grid, 0);
  SetSizer(top);

  previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    show_month(m_month == 1 ? m_year - 1 : m_year, m_month == 1 ? 12 : m_month - 1);
  });
  next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    show_month(m_month == 12 ? m_year + 1 : m_year, m_month == 12 ? 1 : m_month + 1);
  });
  show_month(shown.year, shown.month);
}

wxString MonthCalendar::weekday_heading(int column) const { return m_headings[column]->GetLabel(); }

CalendarDate MonthCalendar::date_at(int row, int column) const {
  wxDateTime first = as_wx(CalendarDate{m_year, m_month, 1});
  // Back to the Monday on or before the 1st.
  const int weekday = (static_cast<int>(first.GetWeekDay()) + 6) % 7;  // Monday 0 … Sunday 6
  first -= wxDateSpan::Days(weekday);
  return of_wx(first + wxDateSpan::Days(row * 7 + column));
}

void MonthCalendar::show_month(int year, int month) {
  m_year = year;
  m_month = month;
  m_title->SetLabel(wxString::Format("%s %d", month_name(month), year));
  const CalendarDate today = of_wx(wxDateTime::Today());
  for (int r = 0; r < 6; ++r) {
    m_weeks[r]->SetLabel(wxString::Format("%d", as_wx(date_at(r, 0)).GetWeekOfYear(wxDateTime::Monday_First)));
    for (int c = 0; c < 7; ++c) {
      const CalendarDate d = date_at(r, c);
      wxButton* b = m_days[r * 7 + c];
      const bool in_month = d.month == month;
      b->SetLabel(wxString::Format("%d", d.day));
      // Days of the neighbouring months are shown, greyed, and can be
      // picked as well (the 31st from a row that starts in the month).
      b->SetForegroundColour(in_month ? wxNullColour
                                      : readable_accent(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT),
                                                        wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE)));
      const bool chosen = m_chosen && m_chosen->year == d.year && m_chosen->month == d.month && m_chosen->day == d.day;
      const bool is_today = today.year == d.year && today.month == d.month && today.day == d.day;
      wxFont font = GetFont();
      if (chosen || is_today) font.MakeBold();
      if (is_today) font.MakeUnderlined();
      b->SetFont(font);
      if (chosen) b->SetFocus();
    }
  }
  Layout();
}

void MonthCalendar::pick(int index) {
  const CalendarDate d = date_at(index / 7, index % 7);
  m_chosen = d;
  if (on_pick) on_pick(d);
}

// ---- DateField --------------------------------------------------------------

DateField::DateField(wxWindow* parent, const wxString& name, const std::string& iso) : wxPanel(parent, wxID_ANY) {
  SetName(name + "_field");
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  m_text = new wxTextCtrl(this, wxID_ANY, to_wx(iso), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  m_text->SetName(name);
  // TRANSLATORS: placeholder for an ISO date; keep the digits' order.
  m_text->SetHint(_("YYYY-MM-DD"));
  // Wide enough for a date and the hint, not for a paragraph.
  m_text->SetMinSize(wxSize(m_text->GetTextExtent("0000-00-00").x + FromDIP(40), -1));
  m_button = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u2026"), wxDefaultPosition, wxDefaultSize,
                          wxBU_EXACTFIT);
  m_button->SetName(name + "_calendar");
  m_button->SetToolTip(_("Choose the date in a calendar"));
  row->Add(m_text, 0, wxALIGN_CENTER_VERTICAL);
  row->Add(m_button, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 2);
  top->Add(row, 0);
  m_message = new wxStaticText(this, wxID_ANY, wxString());
  m_message->SetName(name + "_message");
  m_message->Hide();
  top->Add(m_message, 0, wxTOP, 2);
  SetSizer(top);
  SetValidator(DateValidator());

  // While typing: a message goes away as soon as the text is a date; a
  // new one waits until the field is left or Enter is pressed, so that
  // "2026-1" on the way to "2026-11-20" is not scolded.
  m_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    if (!message().empty() && date_problem_text(m_text->GetValue()).empty()) show_problem(wxString());
    if (on_change) on_change();
  });
  m_text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent& e) {
    check();
    e.Skip();
  });
  m_text->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    check();
    e.Skip();
  });
  m_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_calendar(); });
}

std::optional<std::string> DateField::iso() const {
  const wxString text = m_text->GetValue().Strip(wxString::both);
  if (text.empty()) return std::string();
  const std::string s = to_utf8(text);
  if (!is_iso_date(s)) return std::nullopt;
  return s;
}

void DateField::set_iso(const std::string& iso) {
  m_text->ChangeValue(to_wx(iso));
  show_problem(wxString());
}

bool DateField::check() {
  const wxString problem = date_problem_text(m_text->GetValue());
  show_problem(problem);
  return problem.empty();
}

wxString DateField::message() const { return m_message->IsShown() ? m_message->GetLabel() : wxString(); }

void DateField::show_problem(const wxString& message) {
  if (message == this->message()) return;
  if (message.empty()) {
    m_message->Hide();
    m_text->SetBackgroundColour(wxNullColour);
    m_text->SetForegroundColour(wxNullColour);
  } else {
    m_message->SetLabel(message);
    set_accent_text(m_message, colours::kError);
    m_message->Show();
    m_text->SetBackgroundColour(colours::kInvalidEntry);
    m_text->SetForegroundColour(readable_text_on(colours::kInvalidEntry));
  }
  m_text->Refresh();
  InvalidateBestSize();
  for (wxWindow* w = this; w; w = w->GetParent()) {
    w->Layout();
    if (w->IsTopLevel()) break;
  }
}

void DateField::open_calendar() {
  const auto current = iso();
  const std::optional<CalendarDate> chosen = current && !current->empty() ? parse_iso_date(*current) : std::nullopt;
  const CalendarDate shown = chosen ? *chosen : of_wx(wxDateTime::Today());
  wxDialog dialog(this, wxID_ANY, _("Choose a date"));
  dialog.SetName("dialog_calendar");
  auto* calendar = new MonthCalendar(&dialog, shown, chosen);
  calendar->on_pick = [this, &dialog](CalendarDate d) {
    m_text->SetValue(iso_text(d));  // an edit like typing: on_change follows
    show_problem(wxString());
    dialog.EndModal(wxID_OK);
  };
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(calendar, 0, wxALL, 10);
  sizer->Add(dialog.CreateStdDialogButtonSizer(wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
  use_own_cancel_button(dialog);
  dialog.SetSizerAndFit(sizer);
  dialog.ShowModal();
  m_text->SetFocus();
}

}  // namespace readiness::gui
