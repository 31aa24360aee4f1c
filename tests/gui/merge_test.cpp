// File > Merge projects (issue 12, item 8): another municipality's file
// comes in as one undoable step with its audit trail; a file whose values
// differ is refused with the list, and nothing changes.
#include <catch2/catch.hpp>

#include "gui_test_util.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

// A project with one new community and round, and one audit entry.
Project other_municipality() {
  Project p;
  p.title = "Kalix";
  p.communities.push_back({"se-2514", "Kalix", "2514", "25", CommunityKind::Municipality, "", {}, {}});
  const InstrumentLibrary library = InstrumentLibrary::load_default();
  Round r;
  r.id = "se-2514-2024";
  r.community_id = "se-2514";
  r.label = "2024";
  r.issue = "langning av alkohol till unga";
  r.instrument = library.get(kDefaultInstrumentId);
  Interview iv;
  iv.id = "1";
  iv.scores[r.instrument.dimensions.front().code].consensus = 450;
  r.interviews.push_back(iv);
  p.rounds.push_back(r);
  p.audit.push_back({"2026-01-01T10:00:00Z", "Kim", kAuditFromApp, "", r.id, "1",
                     r.instrument.dimensions.front().code, "consensus", "", "4.50"});
  return p;
}

}  // namespace

TEST_CASE("merging another municipality's file adds it as one undoable step", "[gui][merge]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const std::size_t rounds = doc->project().rounds.size();
  const std::size_t communities = doc->project().communities.size();
  const std::string kalix = (scratch.dir / "kalix.readiness").string();
  save_project(other_municipality(), kalix);

  REQUIRE(window->merge_files({wxString::FromUTF8(kalix)}));
  CHECK(doc->project().rounds.size() == rounds + 1);
  CHECK(doc->project().communities.size() == communities + 1);
  REQUIRE(doc->project().find_round("se-2514-2024"));
  CHECK(doc->project().title != "Kalix");  // the open project's title stays
  REQUIRE(doc->project().audit.size() == 1);
  CHECK(doc->project().audit[0].who == "Kim");

  window->undo();
  CHECK(doc->project().rounds.size() == rounds);
  CHECK(doc->project().communities.size() == communities);
  CHECK(doc->project().audit.empty());
}

TEST_CASE("a file with a different value is listed and nothing is merged", "[gui][merge]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  Project changed = doc->project();
  changed.communities.front().name += " kommun";
  const std::string path = (scratch.dir / "changed.readiness").string();
  save_project(changed, path);
  const unsigned long revision = doc->revision();
  bool merged = true;
  wxString text;
  wxTEST_DIALOG(merged = window->merge_files({wxString::FromUTF8(path)}),
                ExpectMessage(wxID_OK, "not merged", &text));
  CHECK_FALSE(merged);
  CHECK(text.Contains("changed.readiness"));
  CHECK(text.Contains(wxString::FromUTF8(changed.communities.front().name)));
  CHECK(doc->revision() == revision);
}
