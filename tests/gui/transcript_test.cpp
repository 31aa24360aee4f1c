// Pasting a whole transcript and assigning its parts to questions.
#include <catch2/catch.hpp>

#include <wx/cmdproc.h>
#include <wx/textctrl.h>

#include "dialogs/dialog_transcript.h"
#include "gui_test_util.h"
#include "pages/page_interview.h"
#include "text/transcript_split.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

TEST_CASE("a transcript splits at blank lines and numbered parts go to their question", "[gui]") {
  const std::string transcript =
      "1. Det oroar nog de flesta föräldrar.\n"
      "Men inte alla.\n"
      "\n"
      "Särskilt på helgerna.\n"
      "\r\n"
      "Fråga 3: Polisen gör kontroller.\n"
      "\n"
      "F5 Skolan har en plan.\n"
      "\n"
      "3 personer sa samma sak.\n"
      "\n"
      "12. Utanför instrumentet.\n";
  const auto parts = split_transcript(transcript, 10);
  REQUIRE(parts.size() == 6);
  CHECK(parts[0].question == 0);
  CHECK(parts[0].text == "Det oroar nog de flesta föräldrar.\nMen inte alla.");
  CHECK(parts[1].question == 0);  // an unnumbered part continues the question before
  CHECK(parts[2].question == 2);
  CHECK(parts[2].text == "Polisen gör kontroller.");
  CHECK(parts[3].question == 4);
  CHECK(parts[3].text == "Skolan har en plan.");
  CHECK(parts[4].question == 4);  // "3 personer" is not a question number
  CHECK(parts[4].text == "3 personer sa samma sak.");
  CHECK(parts[5].question == 4);  // 12 is beyond the instrument: continues
  CHECK(split_transcript("  \n\n ", 10).empty());
}

TEST_CASE("a pasted transcript is added to the answers as one undo step", "[gui]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  // The demo's planned interview has no answers yet.
  const Round* round = nullptr;
  const Interview* interview = nullptr;
  for (const auto& r : doc->project().rounds)
    for (const auto& i : r.interviews)
      if (!interview && i.status == InterviewStatus::Planned) {
        round = &r;
        interview = &i;
      }
  REQUIRE(interview);
  const std::string round_id = round->id, interview_id = interview->id;
  const std::string q1 = round->instrument.questions[0].id, q2 = round->instrument.questions[1].id;
  window->show_interview(round_id, interview_id);
  yield_a_bit();

  // The dialog's own split and assignment (not shown: no modal loop needed).
  std::vector<wxString> titles;
  for (std::size_t i = 0; i < round->instrument.questions.size(); ++i) titles.push_back(wxString::Format("%d.", int(i + 1)));
  DialogTranscript dialog(window.frame, titles);
  dialog.set_transcript(wxString::FromUTF8("1. Första svaret.\n\nMer om det.\n\n2. Andra svaret.\n"));
  dialog.split();
  const auto parts = dialog.assignments();
  REQUIRE(parts.size() == 3);
  CHECK(parts[1].question == 0);

  window->interview_page()->apply_transcript(parts);
  auto answer = [&](const std::string& q) {
    return doc->interview_field({round_id, interview_id, InterviewFieldRef::Field::Answer, q});
  };
  CHECK(answer(q1) == "Första svaret.\n\nMer om det.");
  CHECK(answer(q2) == "Andra svaret.");
  CHECK(window->interview_page()->answer_field(1)->GetValue() == wxString::FromUTF8("Andra svaret."));

  window->undo();
  CHECK(answer(q1).empty());
  CHECK(answer(q2).empty());
  window->redo();
  CHECK(answer(q2) == "Andra svaret.");
}
