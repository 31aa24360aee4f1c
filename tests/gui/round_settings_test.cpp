// Correcting a round's settings after the wizard: the dialog starts from
// the round, refuses a label another round has and dates that run
// backwards, and its change is one undoable step that moves the round to
// the trend of its new issue and mode.
#include <catch2/catch.hpp>

#include <wx/checkbox.h>
#include <wx/radiobox.h>
#include <wx/textctrl.h>

#include "widgets/date_field.h"
#include "dialogs/dialog_round_settings.h"
#include "gui_test_util.h"
#include "app/setup_actions.h"
#include "trend.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

const Round& round_of(const Project& project, const std::string& community, const std::string& label) {
  for (const auto& r : project.rounds) {
    const Community* c = project.find_community(r.community_id);
    if (c && c->name == community && r.label == label) return r;
  }
  FAIL("no round " << community << " " << label);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("round settings are corrected through their dialog, checked, and undone in one step", "[gui][setup]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round before = round_of(doc->project(), "Arjeplog", "2022");
  const std::string community_id = before.community_id;
  TrendOptions arjeplog;
  arjeplog.community_ids = {community_id};
  REQUIRE(trends(doc->project(), arjeplog).size() == 1);

  bool done = false;
  wxTEST_DIALOG(done = edit_round_settings(window.frame, *window.frame, before.id),
                ExpectDialog<DialogRoundSettings>([&](DialogRoundSettings& dialog) {
                  // It starts from the round as it is, with nothing to object to.
                  CHECK(dialog.label_field()->GetValue() == "2022");
                  CHECK(to_utf8(dialog.issue_field()->GetValue()) == before.issue);
                  CHECK(dialog.area_box("alcohol")->IsChecked());
                  CHECK(dialog.mode_box()->GetSelection() == 0);
                  CHECK(dialog.problems().empty());
                  // Another round's label is refused, by name.
                  dialog.label_field()->ChangeValue("2019");
                  REQUIRE(dialog.problems().size() == 1);
                  CHECK(dialog.problems()[0].Contains("2019"));
                  dialog.label_field()->ChangeValue(" 2022 ");
                  // Dates that run backwards are refused.
                  dialog.start_field()->set_iso("2022-03-10");
                  dialog.end_field()->set_iso("2022-02-01");
                  CHECK(dialog.problems().size() == 1);
                  dialog.end_field()->set_iso("2022-04-20");
                  // A new issue wording and the self-rating mode.
                  dialog.issue_field()->ChangeValue("alkohol bland unga");
                  dialog.mode_box()->SetSelection(1);
                  CHECK(dialog.problems().empty());
                  return wxID_OK;
                }));
  REQUIRE(done);
  const Round& after = *doc->project().find_round(before.id);
  CHECK(after.label == "2022");
  CHECK(after.issue == "alkohol bland unga");
  CHECK(after.mode == Mode::SelfRating);
  CHECK(after.start_date == "2022-03-10");
  CHECK(after.end_date == "2022-04-20");
  // What the wizard fixed stays: interviews, scores, respondents, instrument.
  REQUIRE(after.interviews.size() == before.interviews.size());
  CHECK(after.interviews[0].scores.size() == before.interviews[0].scores.size());
  CHECK(after.respondents.size() == before.respondents.size());
  CHECK(after.instrument.id == before.instrument.id);
  // Another issue and mode: no longer on the axis of Arjeplog 2019.
  CHECK(trends(doc->project(), arjeplog).size() == 2);

  window->undo();
  const Round& undone = *doc->project().find_round(before.id);
  CHECK(undone.issue == before.issue);
  CHECK(undone.mode == Mode::Interview);
  CHECK(undone.start_date == before.start_date);
  CHECK(trends(doc->project(), arjeplog).size() == 1);

  // Saving without a change submits nothing.
  const unsigned long revision = doc->revision();
  wxTEST_DIALOG(done = edit_round_settings(window.frame, *window.frame, before.id),
                ExpectDialog<DialogRoundSettings>([](DialogRoundSettings&) { return wxID_OK; }));
  CHECK_FALSE(done);
  CHECK(doc->revision() == revision);
}
