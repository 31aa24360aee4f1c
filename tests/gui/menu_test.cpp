// The menu bar: every item explains itself in the status bar in the
// window's language (review item 8: wx's stock English "Create new
// document" showed in the Swedish window), and View > Action plan opens the
// selected community's plan (review item 23).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <wx/menu.h>

#include "app/project_tree.h"
#include "gui_test_util.h"
#include "pages/page_action_plan.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

struct MenuEntry {
  std::string where;  // "menu 0, item 3, item 1": its position in the bar
  int id = 0;  // a submenu's own item gets a new automatic id in each window
  bool submenu = false;
  wxString help;
};

void collect(const wxMenu& menu, const std::string& where, std::vector<MenuEntry>& out) {
  int index = 0;
  for (const wxMenuItem* item : menu.GetMenuItems()) {
    const std::string here = where + ", item " + std::to_string(index++);
    if (item->IsSeparator()) continue;
    // The recent files are the user's own paths, not our texts.
    if (item->GetId() >= wxID_FILE1 && item->GetId() <= wxID_FILE9) continue;
    out.push_back({here, item->GetId(), item->GetSubMenu() != nullptr, item->GetHelp()});
    if (item->GetSubMenu()) collect(*item->GetSubMenu(), here, out);
  }
}

std::vector<MenuEntry> menu_entries(wxMenuBar* bar) {
  std::vector<MenuEntry> out;
  for (size_t m = 0; m < bar->GetMenuCount(); ++m) collect(*bar->GetMenu(m), "menu " + std::to_string(m), out);
  return out;
}

// Whether the window enables `id` now, as its menu would show it.
bool enabled(MainFrame* frame, int id) {
  wxUpdateUIEvent event(id);
  event.SetEventObject(frame);
  frame->ProcessWindowEvent(event);
  return event.GetSetEnabled() && event.GetEnabled();
}

int menu_id(MainFrame* frame, const wxString& menu, const wxString& item) {
  return frame->GetMenuBar()->FindMenuItem(menu, item);
}

}  // namespace

TEST_CASE("every menu item has its own help text, translated in the Swedish window", "[gui][menu]") {
  Window window;
  const std::vector<MenuEntry> english = menu_entries(window->GetMenuBar());
  REQUIRE(english.size() > 30);
  for (const MenuEntry& e : english) {
    INFO(e.where << " (id " << e.id << ")");
    CHECK_FALSE(e.help.empty());
  }
  switch_language(window, wxString::FromUTF8("Svenska"));
  const std::vector<MenuEntry> swedish = menu_entries(window->GetMenuBar());
  REQUIRE(swedish.size() == english.size());
  for (size_t i = 0; i < swedish.size(); ++i) {
    INFO(swedish[i].where << " (id " << swedish[i].id << "): " << swedish[i].help.utf8_string());
    CHECK(swedish[i].submenu == english[i].submenu);
    if (!swedish[i].submenu) CHECK(swedish[i].id == english[i].id);
    CHECK_FALSE(swedish[i].help.empty());
    // Not the English text (ours or wx's stock help for New, Open, Quit…).
    CHECK(swedish[i].help != english[i].help);
  }
  switch_language(window, "English");
}

TEST_CASE("View > Action plan opens the selected community's plan and is disabled without one", "[gui][menu]") {
  Scratch scratch;
  Window window;
  const int id = menu_id(window.frame, _("&View"), _("&Action plan"));
  REQUIRE(id != wxNOT_FOUND);
  CHECK_FALSE(enabled(window.frame, id));  // no project
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  const Project& project = window->document()->project();
  REQUIRE(project.communities.size() > 1);
  const Community& community = project.communities[1];
  const auto rounds = project.rounds_of(community.id);
  REQUIRE(!rounds.empty());

  // A round selected in the tree: its community's plan.
  window->show_round(rounds.front()->id);
  CHECK(enabled(window.frame, id));
  wxCommandEvent click(wxEVT_MENU, id);
  window->ProcessWindowEvent(click);
  CHECK(window->current_page() == window->action_plan_page());
  CHECK(window->action_plan_page()->community_id() == community.id);

  // A community selected: its plan.
  const Community& first = project.communities.front();
  REQUIRE(window->tree()->select(ProjectTree::Kind::Community, first.id));
  yield_a_bit();
  CHECK(enabled(window.frame, id));
  window->ProcessWindowEvent(click);
  CHECK(window->current_page() == window->action_plan_page());
  CHECK(window->action_plan_page()->community_id() == first.id);

  // The county selected: no community, nothing to open.
  REQUIRE(window->tree()->select(ProjectTree::Kind::County, first.county_code));
  yield_a_bit();
  CHECK_FALSE(enabled(window.frame, id));
}
