// The audit trail in the app (issue 12, item 6): score edits, imports and
// their undo are recorded; Scoring > Score history shows the selected
// interview's changes on the selected dimension.
#include <catch2/catch.hpp>

#include <fstream>

#include "app/transfer_actions.h"
#include "commands/command_score.h"
#include "dialogs/dialog_audit.h"
#include "dialogs/dialog_import_result.h"
#include "gui_test_util.h"
#include "pages/page_consensus.h"
#include "pages/page_scoring.h"
#include "platform.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// The demo's first community's latest round, its first interview.
const Round& latest_round(const Project& p) { return *p.rounds_of(p.communities.front().id).back(); }

}  // namespace

TEST_CASE("score edits in the app appear in the score history of their cell", "[gui][audit]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = latest_round(doc->project());
  const std::string interview = round.interviews.front().id;
  const std::string dimension = round.instrument.dimensions.front().code;
  const ScoreRef consensus{round.id, interview, dimension, ScorerSlot::Consensus};
  const std::optional<Hundredths> before = doc->score(consensus);
  const Hundredths changed = before == 725 ? 650 : 725;
  REQUIRE(window->submit(new CommandSetScore(doc, consensus, changed)));
  REQUIRE(doc->project().audit.size() == 1);

  // Nowhere to point at outside the scoring and consensus pages.
  CHECK(window->make_score_history() == nullptr);
  window->show_consensus(round.id);
  auto* page = dynamic_cast<PageConsensus*>(window->current_page());
  REQUIRE(page);
  REQUIRE(page->select_cell(interview, dimension));
  DialogAudit* dialog = window->make_score_history();
  REQUIRE(dialog);
  REQUIRE(dialog->rows() == 1);
  CHECK(dialog->cell(0, 1) == wxString::FromUTF8(platform::user_name()));
  CHECK(dialog->cell(0, 2) == "in the app");
  CHECK(dialog->cell(0, 3) == "Consensus");
  CHECK(dialog->cell(0, 5) == (changed == 725 ? "7.25" : "6.50"));
  dialog->Destroy();

  // Undo is a change of its own: the trail grows, the old value comes back.
  window->undo();
  CHECK(doc->score(consensus) == before);
  REQUIRE(doc->project().audit.size() == 2);
  CHECK(doc->project().audit[1].new_value == doc->project().audit[0].old_value);

  // Another cell has no history.
  const std::string other = round.instrument.dimensions.back().code;
  REQUIRE(page->select_cell(interview, other));
  dialog = window->make_score_history();
  REQUIRE(dialog);
  CHECK(dialog->rows() == 0);
  dialog->Destroy();
}

TEST_CASE("an import through the app records its changes, and its undo records them back", "[gui][audit]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Round& round = latest_round(doc->project());
  const Community* community = doc->project().find_community(round.community_id);
  REQUIRE(community);
  const std::string interview = round.interviews.front().id;
  const std::string dimension = round.instrument.dimensions.front().code;
  const auto before = doc->score({round.id, interview, dimension, ScorerSlot::Consensus});
  const std::string value = before == 800 ? "7" : "8";
  const std::string csv = (scratch.dir / "change.csv").string();
  std::ofstream(csv) << "community,round,interview,dimension,score,scorer\n"
                     << community->name << "," << round.label << "," << interview << "," << dimension << ","
                     << value << ",consensus\n";
  bool changed = false;
  DialogImportResult* result = import_scores_described(window.frame, *window.frame, wxString::FromUTF8(csv), changed);
  REQUIRE(result);
  result->Destroy();
  REQUIRE(changed);
  REQUIRE(doc->project().audit.size() == 1);
  const AuditEntry entry = doc->project().audit[0];
  CHECK(entry.source == "import");
  CHECK(entry.detail == "change.csv");
  CHECK(entry.new_value == value + ".00");

  window->undo();
  CHECK(doc->score({round.id, interview, dimension, ScorerSlot::Consensus}) == before);
  REQUIRE(doc->project().audit.size() == 2);
  CHECK(doc->project().audit[1].source == "app");
  CHECK(doc->project().audit[1].old_value == entry.new_value);
  CHECK(doc->project().audit[1].new_value == entry.old_value);
}
