#include "app/setup_actions.h"

#include <tuple>

#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>

#include "app/app_language.h"
#include "commands/command_community.h"
#include "commands/command_project.h"
#include "community_removal.h"
#include "dialogs/dialog_add_communities.h"
#include "dialogs/dialog_community.h"
#include "dialogs/dialog_respondents.h"
#include "dialogs/dialog_round_settings.h"
#include "dialogs/dialog_round_wizard.h"
#include "app/page_host.h"
#include "app/project_tree.h"
#include "register_search.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

enum {
  ID_ADD_FROM_REGISTER = wxID_HIGHEST + 600,  // 100 main frame, 700 charts, 850 scoring
  ID_ADD_CUSTOM,
  ID_EDIT_COMMUNITY,
  ID_REMOVE_COMMUNITY,
  ID_NEW_ROUND,
  ID_RESPONDENTS,
  ID_ROUND_SETTINGS,
};

bool writable(const PageHost& host) {
  const ProjectDocumentPtr doc = host.document();
  return doc && !doc->read_only();
}

// The community and round the tree has selected (round: its community too).
struct Selection {
  std::string community_id;
  std::string round_id;
};

Selection selection_of(const ProjectTree& tree, const PageHost& host) {
  Selection out;
  ProjectTree::Kind kind;
  std::string id;
  const ProjectDocumentPtr doc = host.document();
  if (!doc || !tree.selected(kind, id)) return out;
  if (kind == ProjectTree::Kind::Community) out.community_id = id;
  if (kind == ProjectTree::Kind::Round) {
    out.round_id = id;
    if (const Round* r = doc->project().find_round(id)) out.community_id = r->community_id;
  }
  return out;
}

}  // namespace

bool add_communities_from_register(wxWindow* parent, PageHost& host) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  DialogAddCommunities dialog(parent, doc->project());
  if (dialog.ShowModal() != wxID_OK) return false;
  std::vector<Community> added =
      communities_from_register(SwedishRegister::bundled(), doc->project(), dialog.chosen_codes());
  if (added.empty()) return false;
  return host.submit(new CommandAddCommunities(doc, std::move(added)));
}

bool add_custom_community(wxWindow* parent, PageHost& host) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  Community blank;
  blank.kind = CommunityKind::Group;
  DialogCommunity dialog(parent, blank, true);
  if (dialog.ShowModal() != wxID_OK) return false;
  Community community = dialog.community();
  community.id = doc->new_community_id(community.name);
  return host.submit(new CommandAddCommunity(doc, community));
}

bool edit_community(wxWindow* parent, PageHost& host, const std::string& community_id) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  const Community* current = doc->project().find_community(community_id);
  if (!current) return false;
  DialogCommunity dialog(parent, *current, false);
  if (dialog.ShowModal() != wxID_OK) return false;
  const Community edited = dialog.community();
  if (edited.name == current->name && edited.kind == current->kind && edited.county_code == current->county_code &&
      edited.note == current->note)
    return false;
  return host.submit(new CommandEditCommunity(doc, edited));
}

bool remove_community(wxWindow* parent, PageHost& host, const std::string& community_id) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  const Community* community = doc->project().find_community(community_id);
  if (!community) return false;
  const RemovalConsequences c = community_removal_consequences(doc->project(), community_id);
  wxString details;
  if (c.nothing_lost()) {
    details = _("It has no rounds yet.");
  } else {
    wxString labels;
    for (const auto& label : c.round_labels) labels += (labels.empty() ? "" : ", ") + to_wx(label);
    details = wxString::Format(wxPLURAL("This also deletes %d round (%s) with %d interviews.",
                                        "This also deletes %d rounds (%s) with %d interviews.", c.rounds),
                               c.rounds, labels, c.interviews);
    if (c.interviews_with_work > 0)
      details += " " + wxString::Format(wxPLURAL("%d interview has answers or scores.",
                                                 "%d interviews have answers or scores.", c.interviews_with_work),
                                        c.interviews_with_work);
  }
  details += "\n\n" + _("You can take it back with Edit > Undo until the project is closed.");
  wxMessageDialog ask(parent, wxString::Format(_("Remove %s from the project?"), to_wx(community->name)),
                      _("Remove community"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
  ask.SetExtendedMessage(details);
  ask.SetYesNoLabels(_("&Remove"), _("&Keep"));
  if (ask.ShowModal() != wxID_YES) return false;
  return host.submit(new CommandRemoveCommunity(doc, community_id));
}

bool new_round(wxWindow* parent, PageHost& host, const std::string& community_id) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  if (doc->project().communities.empty()) {
    wxMessageBox(_("Add a municipality or community first: Communities > Add from the register."), _("New round"),
                 wxOK | wxICON_INFORMATION, parent);
    return false;
  }
  DialogRoundWizard wizard(parent, doc->project(), community_id, ui_language());
  if (!wizard.run()) return false;
  // The wizard checks each page as it goes; this catches anything left.
  const wxArrayString problems = wizard.problems();
  if (!problems.empty()) {
    wxMessageBox(wxJoin(problems, '\n'), _("The round is not complete"), wxOK | wxICON_INFORMATION, parent);
    return false;
  }
  const Instrument* instrument = wizard.chosen_instrument();
  const RoundSetup setup = wizard.setup();
  const Round round = make_round(setup, *instrument, doc->new_round_id(setup.community_id, setup.label));
  if (!host.submit(new CommandAddRound(doc, round))) return false;
  host.show_round(round.id);
  return true;
}

bool edit_round_settings(wxWindow* parent, PageHost& host, const std::string& round_id) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  const Round* round = doc->project().find_round(round_id);
  if (!round) return false;
  DialogRoundSettings dialog(parent, doc->project(), *round);
  if (dialog.ShowModal() != wxID_OK) return false;
  const Round edited = with_settings(*round, dialog.settings());
  auto settings = [](const Round& r) {
    return std::tie(r.label, r.issue, r.areas, r.community_definition, r.mode, r.start_date, r.end_date);
  };
  if (settings(edited) == settings(*round)) return false;
  return host.submit(new CommandEditRound(doc, edited, _("Change round settings")));
}

bool edit_respondents(wxWindow* parent, PageHost& host, const std::string& round_id) {
  if (!writable(host)) return false;
  const ProjectDocumentPtr doc = host.document();
  if (!doc->project().find_round(round_id)) return false;
  const unsigned long before = doc->revision();
  DialogRespondents dialog(parent, host, round_id);
  dialog.ShowModal();
  return doc->revision() != before;
}

wxMenu* make_setup_menu() {
  auto* menu = new wxMenu;
  menu->Append(ID_ADD_FROM_REGISTER, _("Add from the &register..."),
               _("Add Swedish municipalities to the project"));
  menu->Append(ID_ADD_CUSTOM, _("Add &custom community or group..."),
               _("A district or a group of municipalities"));
  menu->Append(ID_EDIT_COMMUNITY, _("&Edit community..."), _("Name, code and note of the selected community"));
  menu->Append(ID_REMOVE_COMMUNITY, _("Re&move community..."),
               _("Remove the selected community and its rounds (undoable)"));
  menu->AppendSeparator();
  menu->Append(ID_NEW_ROUND, _("&New round...\tCtrl+Shift+N"), _("Plan a new round for the selected community"));
  menu->Append(ID_ROUND_SETTINGS, _("Round se&ttings..."),
               _("Label, issue, areas, mode and dates of the selected round"));
  menu->Append(ID_RESPONDENTS, _("Res&pondents..."), _("The respondents of the selected round"));
  return menu;
}

void bind_setup_actions(wxFrame* frame, PageHost& host, ProjectTree* tree) {
  PageHost* h = &host;
  frame->Bind(wxEVT_MENU, [frame, h](wxCommandEvent&) { add_communities_from_register(frame, *h); },
              ID_ADD_FROM_REGISTER);
  frame->Bind(wxEVT_MENU, [frame, h](wxCommandEvent&) { add_custom_community(frame, *h); }, ID_ADD_CUSTOM);
  frame->Bind(wxEVT_MENU, [frame, h, tree](wxCommandEvent&) {
    edit_community(frame, *h, selection_of(*tree, *h).community_id);
  }, ID_EDIT_COMMUNITY);
  frame->Bind(wxEVT_MENU, [frame, h, tree](wxCommandEvent&) {
    remove_community(frame, *h, selection_of(*tree, *h).community_id);
  }, ID_REMOVE_COMMUNITY);
  frame->Bind(wxEVT_MENU, [frame, h, tree](wxCommandEvent&) {
    new_round(frame, *h, selection_of(*tree, *h).community_id);
  }, ID_NEW_ROUND);
  frame->Bind(wxEVT_MENU, [frame, h, tree](wxCommandEvent&) {
    edit_respondents(frame, *h, selection_of(*tree, *h).round_id);
  }, ID_RESPONDENTS);
  frame->Bind(wxEVT_MENU, [frame, h, tree](wxCommandEvent&) {
    edit_round_settings(frame, *h, selection_of(*tree, *h).round_id);
  }, ID_ROUND_SETTINGS);

  auto can_write = [h](wxUpdateUIEvent& e) { e.Enable(writable(*h)); };
  frame->Bind(wxEVT_UPDATE_UI, can_write, ID_ADD_FROM_REGISTER);
  frame->Bind(wxEVT_UPDATE_UI, can_write, ID_ADD_CUSTOM);
  frame->Bind(wxEVT_UPDATE_UI, [h](wxUpdateUIEvent& e) {
    e.Enable(writable(*h) && !h->document()->project().communities.empty());
  }, ID_NEW_ROUND);
  auto on_community = [h, tree](wxUpdateUIEvent& e) {
    e.Enable(writable(*h) && !selection_of(*tree, *h).community_id.empty());
  };
  frame->Bind(wxEVT_UPDATE_UI, on_community, ID_EDIT_COMMUNITY);
  frame->Bind(wxEVT_UPDATE_UI, on_community, ID_REMOVE_COMMUNITY);
  auto on_round = [h, tree](wxUpdateUIEvent& e) {
    e.Enable(writable(*h) && !selection_of(*tree, *h).round_id.empty());
  };
  frame->Bind(wxEVT_UPDATE_UI, on_round, ID_RESPONDENTS);
  frame->Bind(wxEVT_UPDATE_UI, on_round, ID_ROUND_SETTINGS);

  // Right-click in the tree: the actions that fit the item.
  tree->Bind(wxEVT_TREE_ITEM_MENU, [frame, h, tree](wxTreeEvent& e) {
    if (!writable(*h)) return;
    if (e.GetItem().IsOk()) tree->SelectItem(e.GetItem());
    const Selection s = selection_of(*tree, *h);
    wxMenu menu;
    if (!s.round_id.empty()) {
      menu.Append(ID_ROUND_SETTINGS, _("Round se&ttings..."));
      menu.Append(ID_RESPONDENTS, _("Res&pondents..."));
      menu.Append(ID_NEW_ROUND, _("&New round..."));
    } else if (!s.community_id.empty()) {
      menu.Append(ID_NEW_ROUND, _("&New round..."));
      menu.Append(ID_EDIT_COMMUNITY, _("&Edit community..."));
      menu.Append(ID_REMOVE_COMMUNITY, _("Re&move community..."));
    }
    if (menu.GetMenuItemCount() > 0) menu.AppendSeparator();
    menu.Append(ID_ADD_FROM_REGISTER, _("Add from the &register..."));
    menu.Append(ID_ADD_CUSTOM, _("Add &custom community or group..."));
    frame->PopupMenu(&menu);
  });
}

}  // namespace readiness::gui
