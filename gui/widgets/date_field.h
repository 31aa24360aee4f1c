#pragma once
// The one date entry of the app: a text field taking YYYY-MM-DD (ISO 8601,
// as Swedes write dates), a button opening a Monday-first calendar, and a
// line saying what is wrong with a date that is not one. A typed date is
// never cleared or rewritten: it is kept, or refused with a message.
//
// Not wxDatePickerCtrl: under GTK it formats and parses with the C
// library's locale (11/02/2026 under the "C" locale the app runs in, see
// app_language.h) and silently empties a date it cannot parse.
#include <functional>
#include <optional>
#include <string>

#include <wx/panel.h>

#include "iso_date.h"

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace readiness::gui {

// A month as a grid of day buttons, Monday first (ISO 8601, the Swedish
// week), with ISO week numbers and names from our own catalog, so it reads
// the same whatever the C library's locale.
class MonthCalendar : public wxPanel {
 public:
  MonthCalendar(wxWindow* parent, CalendarDate shown, std::optional<CalendarDate> chosen = std::nullopt);

  void show_month(int year, int month);
  int year() const { return m_year; }
  int month() const { return m_month; }
  // The heading of weekday column 0–6 ("Mo" … "Su", translated).
  wxString weekday_heading(int column) const;
  // The date on the button in week row 0–5, weekday column 0–6 (days of
  // the neighbouring months included), and that button.
  CalendarDate date_at(int row, int column) const;
  wxButton* day_button(int row, int column) const { return m_days[row * 7 + column]; }
  // Called with the day clicked.
  std::function<void(CalendarDate)> on_pick;

 private:
  void pick(int index);
  int m_year = 0, m_month = 0;
  std::optional<CalendarDate> m_chosen;
  wxStaticText* m_title = nullptr;
  wxStaticText* m_headings[7] = {};
  wxStaticText* m_weeks[6] = {};
  wxButton* m_days[42] = {};
};

class DateField : public wxPanel {
 public:
  // `name` names the text field (tests and screen readers find it by it).
  DateField(wxWindow* parent, const wxString& name, const std::string& iso = std::string());

  // The date as written, "" when the field is empty; nullopt when the text
  // is not a real date (the message then says why).
  std::optional<std::string> iso() const;
  // Shows `iso` without an edit event.
  void set_iso(const std::string& iso);
  // Checks the text now and shows or clears the message; true when the
  // field holds a date or nothing.
  bool check();
  // The message shown, empty when there is none.
  wxString message() const;

  wxTextCtrl* text() const { return m_text; }
  wxButton* calendar_button() const { return m_button; }
  // Opens the calendar (modal); the chosen day is written into the field.
  void open_calendar();
  // Called after the text changed (typed or picked).
  std::function<void()> on_change;

 private:
  void show_problem(const wxString& message);
  wxTextCtrl* m_text = nullptr;
  wxButton* m_button = nullptr;
  wxStaticText* m_message = nullptr;
};

// What is wrong with `text` as a date, in the UI language; empty when it is
// a date or empty.
wxString date_problem_text(const wxString& text);

}  // namespace readiness::gui
