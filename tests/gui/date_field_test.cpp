// Dates as Swedes write them: YYYY-MM-DD typed and kept, anything else
// refused with a message and left in the field (never cleared), a
// Monday-first calendar with ISO week numbers; the round wizard, the round
// settings and interview capture all use this one field.
#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/frame.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "widgets/date_field.h"
#include "dialogs/dialog_round_wizard.h"
#include "gui_test_util.h"
#include "iso_date.h"
#include "pages/page_interview.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// Types `text` into the field as a user does, then leaves it (Tab).
void type_and_leave(DateField* field, const wxString& text) {
  field->text()->SetFocus();
  field->text()->SelectAll();
  yield_a_bit();
  wxUIActionSimulator sim;
  sim.Text(text.utf8_str());
  yield_a_bit();
  field->text()->Navigate();  // focus moves on: the field is checked
  yield_a_bit(5);
}

struct Host {
  wxFrame* frame;
  DateField* field;
  Host() : frame(new wxFrame(nullptr, wxID_ANY, "dates")) {
    field = new DateField(frame, "test_date");
    auto* other = new wxTextCtrl(frame, wxID_ANY);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(field);
    sizer->Add(other);
    frame->SetSizer(sizer);
    frame->SetSize(500, 200);
    frame->Show();
    yield_a_bit();
  }
  ~Host() {
    frame->Destroy();
    yield_a_bit();
  }
};

}  // namespace

TEST_CASE("an ISO date is a real calendar date written YYYY-MM-DD", "[gui][date]") {
  CHECK(is_iso_date("2026-11-20"));
  CHECK(is_iso_date("2024-02-29"));  // leap year
  CHECK(is_iso_date("2000-02-29"));  // divisible by 400
  CHECK(iso_date_problem("2026-02-29") == DateProblem::Day);
  CHECK(iso_date_problem("2100-02-29") == DateProblem::Day);  // divisible by 100, not 400
  CHECK(iso_date_problem("2026-04-31") == DateProblem::Day);
  CHECK(iso_date_problem("2026-11-00") == DateProblem::Day);
  CHECK(iso_date_problem("2026-13-01") == DateProblem::Month);
  CHECK(iso_date_problem("2026-00-10") == DateProblem::Month);
  CHECK(iso_date_problem("20/11/2026") == DateProblem::Format);
  CHECK(iso_date_problem("2026-1-5") == DateProblem::Format);
  CHECK(iso_date_problem("11/02/2026") == DateProblem::Format);
  CHECK(iso_date_problem("2026-11-20 ") == DateProblem::Format);
  const auto d = parse_iso_date("2026-11-20");
  REQUIRE(d);
  CHECK(d->year == 2026);
  CHECK(d->month == 11);
  CHECK(d->day == 20);
}

TEST_CASE("a typed ISO date is kept, anything else is refused with a message and stays in the field", "[gui][date]") {
  Host host;
  DateField* field = host.field;

  type_and_leave(field, "2026-11-20");
  CHECK(field->text()->GetValue() == "2026-11-20");
  CHECK(field->iso() == std::optional<std::string>("2026-11-20"));
  CHECK(field->message().empty());

  type_and_leave(field, "20/11/2026");
  CHECK(field->text()->GetValue() == "20/11/2026");  // not cleared
  CHECK_FALSE(field->iso());
  CHECK(field->message().Contains("YYYY-MM-DD"));
  CHECK(field->message().Contains("20/11/2026"));

  type_and_leave(field, "2026-13-01");
  CHECK(field->text()->GetValue() == "2026-13-01");
  CHECK_FALSE(field->iso());
  CHECK(field->message().Contains("month"));

  type_and_leave(field, "2026-02-29");
  CHECK(field->text()->GetValue() == "2026-02-29");
  CHECK_FALSE(field->message().empty());

  // Corrected, the message goes as soon as the text is a date.
  field->text()->SetValue("2024-02-29");
  CHECK(field->message().empty());
  CHECK(field->iso() == std::optional<std::string>("2024-02-29"));

  // Empty is allowed: the dates are optional.
  field->text()->SetValue(wxString());
  CHECK(field->check());
  CHECK(field->iso() == std::optional<std::string>(""));
}

TEST_CASE("the calendar starts the week on Monday and numbers ISO weeks", "[gui][date]") {
  Host host;
  auto* calendar = new MonthCalendar(host.frame, CalendarDate{2026, 11, 20}, CalendarDate{2026, 11, 20});
  host.frame->GetSizer()->Add(calendar);
  host.frame->Layout();
  yield_a_bit();
  CHECK(calendar->weekday_heading(0) == "Mo");
  CHECK(calendar->weekday_heading(6) == "Su");
  // 1 November 2026 is a Sunday: the first row runs Monday 26 October to
  // Sunday 1 November, ISO week 44.
  const CalendarDate first = calendar->date_at(0, 0);
  CHECK(first.year == 2026);
  CHECK(first.month == 10);
  CHECK(first.day == 26);
  for (int row = 0; row < 6; ++row) {
    const CalendarDate d = calendar->date_at(row, 0);
    CHECK(wxDateTime(static_cast<wxDateTime::wxDateTime_t>(d.day), static_cast<wxDateTime::Month>(d.month - 1), d.year)
              .GetWeekDay() == wxDateTime::Mon);
  }
  CHECK(calendar->date_at(0, 6).day == 1);
  CHECK(calendar->day_button(0, 6)->GetLabel() == "1");
  auto* week = dynamic_cast<wxStaticText*>(calendar->day_button(0, 0)->GetPrevSibling());
  REQUIRE(week);
  CHECK(week->GetLabel() == "44");
  // A click on a day picks it.
  std::optional<CalendarDate> picked;
  calendar->on_pick = [&](CalendarDate d) { picked = d; };
  wxCommandEvent click(wxEVT_BUTTON, calendar->day_button(3, 4)->GetId());
  click.SetEventObject(calendar->day_button(3, 4));
  calendar->day_button(3, 4)->GetEventHandler()->ProcessEvent(click);
  REQUIRE(picked);
  CHECK(picked->month == 11);
  CHECK(picked->day == 20);  // Friday of week 47
}

TEST_CASE("the calendar reads Swedish in Swedish, still Monday first", "[gui][date]") {
  Scratch scratch;
  Window window;
  switch_language(window, wxString::FromUTF8("Svenska"));
  {
    auto* calendar = new MonthCalendar(window.frame, CalendarDate{2026, 11, 20});
    CHECK(calendar->weekday_heading(0) == wxString::FromUTF8("Må"));
    CHECK(calendar->weekday_heading(6) == wxString::FromUTF8("Sö"));
    auto* title = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("calendar_title", calendar));
    REQUIRE(title);
    CHECK(title->GetLabel() == "november 2026");
    calendar->Destroy();
  }
  switch_language(window, "English");  // as the other tests expect it
}

TEST_CASE("the round wizard takes a typed ISO date and refuses another form without clearing it", "[gui][date]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto* wizard = new DialogRoundWizard(window.frame, window->document()->project(),
                                       window->document()->project().communities.front().id, "en");
  wizard->ShowPage(wizard->page(1));
  wizard->Show();
  yield_a_bit(10);
  type_and_leave(wizard->start_field(), "2026-11-20");
  CHECK(wizard->setup().start_date == "2026-11-20");
  CHECK(wizard->start_field()->text()->GetValue() == "2026-11-20");

  type_and_leave(wizard->end_field(), "20/11/2026");
  CHECK(wizard->end_field()->text()->GetValue() == "20/11/2026");
  CHECK_FALSE(wizard->end_field()->message().empty());
  // Next stays on the page while the date is not one.
  wxCommandEvent next(wxEVT_BUTTON, wxID_FORWARD);
  next.SetEventObject(wizard->FindWindow(wxID_FORWARD));
  wizard->FindWindow(wxID_FORWARD)->GetEventHandler()->ProcessEvent(next);
  yield_a_bit();
  CHECK(wizard->GetCurrentPage() == wizard->page(1));
  CHECK(wizard->end_field()->text()->GetValue() == "20/11/2026");
  wizard->Destroy();
  yield_a_bit();
}

TEST_CASE("interview capture keeps a wrong date in the field and the last real date in the interview", "[gui][date]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Project& project = doc->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();
  const std::string round_id = round.id, iid = round.interviews.front().id;
  const std::string before = round.interviews.front().date;
  window->show_interview(round_id, iid);
  yield_a_bit(10);
  PageInterview* page = window->interview_page();
  DateField* field = page->date_field();
  REQUIRE(field);
  CHECK(to_utf8(field->text()->GetValue()) == before);

  type_and_leave(field, "2026-13-01");
  page->commit_pending();
  CHECK(field->text()->GetValue() == "2026-13-01");
  CHECK_FALSE(field->message().empty());
  CHECK(doc->project().find_round(round_id)->find_interview(iid)->date == before);

  type_and_leave(field, "2026-11-20");
  page->commit_pending();
  CHECK(field->message().empty());
  CHECK(doc->project().find_round(round_id)->find_interview(iid)->date == "2026-11-20");
}
