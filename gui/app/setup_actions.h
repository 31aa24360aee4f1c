#pragma once
// Setting a project up from the menus: municipalities from the register
// or custom communities, editing and removing them, the round wizard and
// the respondents editor. Each action opens its dialog modally and
// submits one undoable command through the PageHost. The Communities menu
// and the tree's context menu call these; tests call them directly.
#include <string>

class wxFrame;
class wxMenu;
class wxWindow;

namespace readiness::gui {

class PageHost;
class ProjectTree;

// True when something was added, changed or removed.
bool add_communities_from_register(wxWindow* parent, PageHost& host);
bool add_custom_community(wxWindow* parent, PageHost& host);
bool edit_community(wxWindow* parent, PageHost& host, const std::string& community_id);
// Asks first, naming the rounds and interviews that go with it.
bool remove_community(wxWindow* parent, PageHost& host, const std::string& community_id);
// The round wizard with `community_id` preselected (may be empty); shows
// the new round.
bool new_round(wxWindow* parent, PageHost& host, const std::string& community_id);
// Label, issue, areas, definition, mode and dates of an existing round.
bool edit_round_settings(wxWindow* parent, PageHost& host, const std::string& round_id);
bool edit_respondents(wxWindow* parent, PageHost& host, const std::string& round_id);

// The Communities menu ("Kommuner") for the menu bar.
wxMenu* make_setup_menu();
// Binds that menu's items on `frame`, acting on the tree's selection, and
// gives the tree a context menu with the same actions.
void bind_setup_actions(wxFrame* frame, PageHost& host, ProjectTree* tree);

}  // namespace readiness::gui
