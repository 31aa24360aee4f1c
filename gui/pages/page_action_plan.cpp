#include "pages/page_action_plan.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "action_suggestion.h"
#include "app/app_language.h"
#include "app/page_host.h"
#include "commands/command_plan.h"
#include "dialogs/dialog_plan_action.h"
#include "dialogs/dialog_plan_header.h"
#include "text/field_text.h"
#include "text/translate.h"
#include "text/wx_text.h"
#include "validate_plans.h"
#include "widgets/column_fit.h"
#include "workbook_text.h"

namespace readiness::gui {

namespace {

wxString joined(const std::vector<std::string>& items, const char* sep) {
  wxString out;
  for (const std::string& item : items) out += (out.empty() ? wxString() : wxString(sep)) + to_wx(item);
  return out;
}

wxString years_label(int first, int last) {
  if (first == 0) return wxString();
  if (last <= first) return wxString::Format("%d", first);
  return wxString::Format("%d", first) + wxString::FromUTF8("–") + wxString::Format("%d", last);
}

// "⚠ overdue" when `action` is late in `year` by is_overdue (survey/action_plan.h,
// the rule the command line's plan and the workbook use), else "".
wxString overdue_mark(const PlanAction& action, int year, int last_year) {
  return is_overdue(action, year, last_year) ? wxString::FromUTF8("⚠ ") + _("overdue") : wxString();
}

wxDataViewListCtrl* make_table(wxWindow* parent, const wxString& name) {
  auto* list = new wxDataViewListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxDV_ROW_LINES | wxDV_SINGLE | wxDV_HORIZ_RULES);
  list->SetName(name);
  return list;
}

void text_column(wxDataViewListCtrl* list, const wxString& title, bool editable, int width) {
  list->AppendTextColumn(title, editable ? wxDATAVIEW_CELL_EDITABLE : wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                         wxDATAVIEW_COL_RESIZABLE);
}

void choice_column(wxDataViewListCtrl* list, const wxString& title, const wxArrayString& choices, int width) {
  auto* renderer = new wxDataViewChoiceRenderer(choices, wxDATAVIEW_CELL_EDITABLE);
  list->AppendColumn(new wxDataViewColumn(title, renderer, list->GetColumnCount(), width, wxALIGN_LEFT,
                                          wxDATAVIEW_COL_RESIZABLE),
                     "string");
}

}  // namespace

PageActionPlan::PageActionPlan(wxWindow* parent, PageHost& host) : wxPanel(parent, wxID_ANY), m_host(host) {
  SetName("page_action_plan");
  m_reference_year = wxDateTime::Today().GetYear();
  m_follow_year = m_reference_year;
  const int gap = FromDIP(10);
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_title = new wxStaticText(this, wxID_ANY, _("Action plan"));
  m_title->SetFont(m_title->GetFont().Scaled(1.5f).Bold());
  top->Add(m_title, 0, wxLEFT | wxRIGHT | wxTOP, gap);

  // Wraps on a narrow window (1024 px with the tree) rather than cut the filter off.
  auto* bar = new wxWrapSizer(wxHORIZONTAL);
  bar->Add(new wxStaticText(this, wxID_ANY, _("&Plan:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  m_plan_choice = new wxChoice(this, wxID_ANY);
  m_plan_choice->SetName("plan_choice");
  m_plan_choice->SetMinSize(wxSize(FromDIP(220), -1));
  bar->Add(m_plan_choice, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  auto* new_plan = new wxButton(this, wxID_ANY, _("New p&lan"));
  new_plan->SetName("plan_new");
  bar->Add(new_plan, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  auto* edit_plan = new wxButton(this, wxID_ANY, _("Edit pla&n…"));
  edit_plan->SetName("plan_edit");
  edit_plan->SetToolTip(_("The plan's title, period, the rounds it answers and its status"));
  bar->Add(edit_plan, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(12));
  m_communication = new wxCheckBox(this, wxID_ANY, _("Co&mmunication actions only"));
  m_communication->SetName("plan_communication_only");
  bar->Add(m_communication, 0, wxALIGN_CENTER_VERTICAL);
  top->Add(bar, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
  m_plan_info = new wxStaticText(this, wxID_ANY, wxString());
  top->Add(m_plan_info, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(6));

  m_tabs = new wxNotebook(this, wxID_ANY);
  m_tabs->SetName("plan_tabs");
  // Actions.
  auto* actions_panel = new wxPanel(m_tabs);
  auto* actions_sizer = new wxBoxSizer(wxVERTICAL);
  auto* action_buttons = new wxWrapSizer(wxHORIZONTAL);
  auto* from_strategy = new wxButton(actions_panel, wxID_ANY, _("Add from the lowest &dimension"));
  from_strategy->SetName("plan_add_from_strategy");
  from_strategy->SetToolTip(_("A new action from a strategy of the stage the lowest dimension of the latest round "
                              "is at, pre-filled for you to edit."));
  auto* add = new wxButton(actions_panel, wxID_ANY, _("&Add action"));
  add->SetName("plan_add_action");
  auto* remove = new wxButton(actions_panel, wxID_ANY, _("D&elete action"));
  remove->SetName("plan_delete_action");
  action_buttons->Add(from_strategy, 0, wxRIGHT, FromDIP(6));
  action_buttons->Add(add, 0, wxRIGHT, FromDIP(6));
  action_buttons->Add(remove, 0, wxRIGHT, FromDIP(6));
  auto* edit = new wxButton(actions_panel, wxID_ANY, _("Edi&t action…"));
  edit->SetName("plan_edit_action");
  edit->SetToolTip(_("Every field of the selected action, with the stage's advice on channels (Enter or double-click "
                     "in the table)"));
  action_buttons->Add(edit, 0);
  actions_sizer->Add(action_buttons, 0, wxEXPAND | wxALL, FromDIP(6));
  m_actions = make_table(actions_panel, "plan_actions");
  text_column(m_actions, _("Id"), false, FromDIP(34));
  text_column(m_actions, _("Activity"), true, FromDIP(200));
  text_column(m_actions, _("Dim."), true, FromDIP(40));
  text_column(m_actions, _("Start"), true, FromDIP(62));
  text_column(m_actions, _("End"), true, FromDIP(62));
  choice_column(m_actions, _("Status"), status_labels(), FromDIP(96));
  text_column(m_actions, _("Overdue"), false, FromDIP(80));
  // Responsible: the actors and the ticked sectors together, edited in the
  // action's dialog (Enter or double-click), where both are.
  text_column(m_actions, _("Responsible"), false, FromDIP(130));
  text_column(m_actions, _("Target group"), true, FromDIP(130));
  choice_column(m_actions, _("Channel"), channel_labels(), FromDIP(120));
  actions_sizer->Add(m_actions, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
  actions_panel->SetSizer(actions_sizer);
  m_tabs->AddPage(actions_panel, _("Actions"));

  // Follow-up.
  auto* follow_panel = new wxPanel(m_tabs);
  auto* follow_sizer = new wxBoxSizer(wxVERTICAL);
  auto* year_row = new wxBoxSizer(wxHORIZONTAL);
  year_row->Add(new wxStaticText(follow_panel, wxID_ANY, _("What happened in &year:")), 0,
                wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  m_year = new wxSpinCtrl(follow_panel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                          1900, 2200, m_follow_year);
  m_year->SetName("plan_follow_year");
  year_row->Add(m_year, 0, wxALIGN_CENTER_VERTICAL);
  follow_sizer->Add(year_row, 0, wxALL, FromDIP(6));
  m_follow = make_table(follow_panel, "plan_follow_up");
  text_column(m_follow, _("Id"), false, FromDIP(34));
  text_column(m_follow, _("Activity"), false, FromDIP(180));
  choice_column(m_follow, _("Status"), status_labels(), FromDIP(96));
  text_column(m_follow, _("What was done"), true, FromDIP(200));
  text_column(m_follow, _("Outcome or indicator"), true, FromDIP(130));
  text_column(m_follow, _("Next step"), true, FromDIP(130));
  follow_sizer->Add(m_follow, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
  follow_panel->SetSizer(follow_sizer);
  m_tabs->AddPage(follow_panel, _("Yearly follow-up"));

  // Joint commitments.
  auto* commit_panel = new wxPanel(m_tabs);
  auto* commit_sizer = new wxBoxSizer(wxVERTICAL);
  auto* commit_buttons = new wxWrapSizer(wxHORIZONTAL);
  auto* new_commitment = new wxButton(commit_panel, wxID_ANY, _("New &joint commitment"));
  new_commitment->SetName("plan_new_commitment");
  auto* new_item = new wxButton(commit_panel, wxID_ANY, _("Add promise &item"));
  new_item->SetName("plan_new_item");
  commit_buttons->Add(new_commitment, 0, wxRIGHT, FromDIP(6));
  commit_buttons->Add(new_item, 0, wxRIGHT, FromDIP(6));
  auto* edit_commitment = new wxButton(commit_panel, wxID_ANY, _("Edit &commitment…"));
  edit_commitment->SetName("plan_edit_commitment");
  edit_commitment->SetToolTip(_("The joint commitment's title, period and partners (of the selected item, else the "
                                "latest)"));
  commit_buttons->Add(edit_commitment, 0, wxRIGHT, FromDIP(6));
  auto* edit_item = new wxButton(commit_panel, wxID_ANY, _("Edit it&em…"));
  edit_item->SetName("plan_edit_item");
  commit_buttons->Add(edit_item, 0);
  commit_sizer->Add(commit_buttons, 0, wxEXPAND | wxALL, FromDIP(6));
  m_commitment_info = new wxStaticText(commit_panel, wxID_ANY, wxString());
  commit_sizer->Add(m_commitment_info, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
  m_commitments = make_table(commit_panel, "plan_commitments");
  text_column(m_commitments, _("Id"), false, FromDIP(34));
  text_column(m_commitments, _("Promise item"), true, FromDIP(220));
  text_column(m_commitments, _("Start"), true, FromDIP(58));
  text_column(m_commitments, _("End"), true, FromDIP(58));
  choice_column(m_commitments, _("Status"), status_labels(), FromDIP(96));
  // The same rule and mark as the actions' Overdue column (is_overdue).
  text_column(m_commitments, _("Overdue"), false, FromDIP(80));
  text_column(m_commitments, _("Latest follow-up"), false, FromDIP(180));
  text_column(m_commitments, _("Responsible"), false, FromDIP(150));
  text_column(m_commitments, _("Joint commitment"), false, FromDIP(180));
  commit_sizer->Add(m_commitments, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
  commit_panel->SetSizer(commit_sizer);
  m_tabs->AddPage(commit_panel, _("Joint commitments"));

  for (wxDataViewListCtrl* table : {m_actions, m_follow, m_commitments})
    table->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
      e.Skip();
      fit_tables();
    });
  top->Add(m_tabs, 1, wxEXPAND | wxALL, gap);
  m_hint = new wxStaticText(this, wxID_ANY, wxString());
  m_hint->SetName("plan_hint");
  top->Add(m_hint, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, gap);
  SetSizer(top);

  m_plan_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const Community* c = community();
    const int i = m_plan_choice->GetSelection();
    if (c && i >= 0 && static_cast<std::size_t>(i) < c->plans.size()) select_plan(c->plans[static_cast<std::size_t>(i)].id);
  });
  new_plan->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_plan(); });
  m_communication->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { set_communication_only(e.IsChecked()); });
  from_strategy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_from_lowest_strategy(); });
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_action(); });
  remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const int row = m_actions->GetSelectedRow();
    if (row == wxNOT_FOUND) return;
    const auto index = static_cast<std::size_t>(m_actions->GetItemData(m_actions->RowToItem(row)));
    if (index < m_action_rows.size()) delete_action(m_action_rows[index]);
  });
  new_commitment->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_commitment(); });
  new_item->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_commitment_item(); });
  for (wxButton* b : {new_plan, from_strategy, add, remove, new_commitment, new_item})
    b->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(writable() && community()); });
  edit_plan->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_plan_dialog(); });
  edit_plan->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(writable() && community() && community()->find_plan(m_plan_id));
  });
  auto edit_selected = [this](wxCommandEvent&) {
    const PlanRowRef row = selected_row();
    if (!row.source_id.empty()) open_action_dialog(row);
  };
  edit->Bind(wxEVT_BUTTON, edit_selected);
  edit_item->Bind(wxEVT_BUTTON, edit_selected);
  for (wxButton* b : {edit, edit_item})
    b->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(writable() && !selected_row().source_id.empty()); });
  edit_commitment->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const Community* c = community();
    if (!c || c->commitments.empty()) return;
    const PlanRowRef row = selected_row();
    open_commitment_dialog(row.commitment ? row.source_id : c->commitments.back().id);
  });
  edit_commitment->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(writable() && community() && !community()->commitments.empty());
  });
  // Enter or a double-click on a row opens the whole record.
  for (wxDataViewListCtrl* table : {m_actions, m_follow, m_commitments})
    table->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
      const PlanRowRef row = selected_row();
      if (!row.source_id.empty() && writable()) open_action_dialog(row);
    });
  m_year->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& e) { set_follow_up_year(e.GetPosition()); });
  m_actions->Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, &PageActionPlan::on_action_edited, this);
  m_follow->Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, &PageActionPlan::on_follow_edited, this);
  m_commitments->Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, &PageActionPlan::on_commitment_edited, this);
  m_actions->Bind(wxEVT_DATAVIEW_COLUMN_HEADER_CLICK, &PageActionPlan::on_action_header, this);
}

PageActionPlan::~PageActionPlan() {
  if (m_document) m_document->remove_observer(this);
}

const Community* PageActionPlan::community() const {
  return m_document ? m_document->project().find_community(m_community_id) : nullptr;
}

bool PageActionPlan::writable() const { return m_document && !m_document->read_only(); }

void PageActionPlan::show(const std::string& community_id) {
  const ProjectDocumentPtr now = m_host.document();
  if (now != m_document) {
    if (m_document) m_document->remove_observer(this);
    m_document = now;
    if (m_document) m_document->add_observer(this);
  }
  if (community_id != m_community_id) {
    m_community_id = community_id;
    m_plan_id.clear();
    m_channel_advice.clear();
    m_sort_column = -1;
    // The follow-up opens on the latest year followed up, else this year.
    int latest = 0;
    if (const Community* c = community())
      for (const PlanRowRef& r : action_rows(*c, "", true, false))
        if (const FollowUp* f = find_row_action(*c, r)->latest_follow_up()) latest = std::max(latest, f->year);
    m_follow_year = latest > 0 ? latest : m_reference_year;
    m_year->SetValue(m_follow_year);
  }
  refresh();
}

void PageActionPlan::on_project_changed(const ChangeEvent& event) {
  if (event.what == ChangeEvent::What::State || event.what == ChangeEvent::What::Interview) return;
  if (event.what == ChangeEvent::What::Community && event.community_id != m_community_id) return;
  refresh();
}

void PageActionPlan::refresh() {
  const Community* c = community();
  m_title->SetLabel(c ? wxString::Format(_("Action plan — %s"), to_wx(c->name)) : _("Action plan"));
  if (c && (m_plan_id.empty() || !c->find_plan(m_plan_id))) m_plan_id = c->plans.empty() ? "" : c->plans.front().id;
  fill_plans();
  fill_actions();
  fill_follow_up();
  fill_commitments();
  update_hint();
  Layout();
}

void PageActionPlan::fill_plans() {
  m_plan_choice->Clear();
  const Community* c = community();
  if (!c) return;
  for (const ActionPlan& plan : c->plans) m_plan_choice->Append(to_wx(plan.title.empty() ? plan.id : plan.title));
  for (std::size_t i = 0; i < c->plans.size(); ++i)
    if (c->plans[i].id == m_plan_id) m_plan_choice->SetSelection(static_cast<int>(i));
  const ActionPlan* plan = c->find_plan(m_plan_id);
  if (!plan) {
    m_plan_info->SetLabel(_("No action plan yet: add an action from the lowest dimension, or start a new plan."));
    return;
  }
  wxString info = _("Period") + ": " + years_label(plan->first_year, plan->last_year) + wxString::FromUTF8(" · ") +
                  plan_status_label(plan->status);
  std::vector<std::string> labels;
  for (const std::string& id : plan->round_ids)
    if (const Round* r = m_document->project().find_round(id)) labels.push_back(r->label);
  if (!labels.empty()) info += wxString::FromUTF8(" · ") + wxString::Format(_("answers the round %s"), joined(labels, ", "));
  m_plan_info->SetLabel(info);
}

wxString PageActionPlan::action_cell(const Community& c, const PlanRowRef& row, int column) const {
  const PlanAction* a = find_row_action(c, row);
  if (!a) return wxString();
  switch (column) {
    case kAId: return to_wx(a->id);
    case kAActivity: return to_wx(a->activity);
    case kATarget: return to_wx(a->target_group);
    case kAResponsible: return to_wx(responsible_text(*a, ui_language()));
    case kADimension: return joined(a->dimensions, ", ");
    case kAStart: return to_wx(format_plan_time(a->start));
    case kAEnd: return to_wx(format_plan_time(a->end));
    case kAStatus: return status_label(a->status);
    case kAChannel: return channel_label(a->channel);
    case kAOverdue: return overdue_mark(*a, m_reference_year, row_last_year(c, row));
    default: return wxString();
  }
}

void PageActionPlan::fill_actions() {
  m_actions->DeleteAllItems();
  m_action_rows.clear();
  const Community* c = community();
  if (!c) return;
  m_action_rows = action_rows(*c, m_plan_id, false, m_communication_only);
  if (m_sort_column >= 0) {
    const int column = m_sort_column;
    sort_rows(m_action_rows, m_sort_ascending, [&](const PlanRowRef& r) { return action_cell(*c, r, column); });
  }
  for (std::size_t i = 0; i < m_action_rows.size(); ++i) {
    wxVector<wxVariant> values;
    for (int col = 0; col < kAColumns; ++col) values.push_back(wxVariant(action_cell(*c, m_action_rows[i], col)));
    m_actions->AppendItem(values, static_cast<wxUIntPtr>(i));
  }
  // The sort column's header carries ▲ or ▼.
  const wxString titles[kAColumns] = {_("Id"),      _("Activity"),    _("Dim."),         _("Start"),  _("End"),
                                      _("Status"),  _("Overdue"),     _("Responsible"),  _("Target group"),
                                      _("Channel")};
  for (int col = 0; col < kAColumns; ++col) {
    wxString title = titles[col];
    if (col == m_sort_column) title += wxString::FromUTF8(m_sort_ascending ? " ▲" : " ▼");
    m_actions->GetColumn(static_cast<unsigned>(col))->SetTitle(title);
  }
  fit_tables();
}

void PageActionPlan::fit_tables() {
  // The activity takes what the columns through Responsible (actions),
  // Outcome (follow-up) or Overdue (commitments) leave: at 1024 px those
  // stay in view (review item 11); the rest scroll.
  if (m_actions->GetColumnCount() == kAColumns)
    fit_columns(m_actions, kAActivity, kAResponsible, FromDIP(150));
  if (m_follow->GetColumnCount() == kFColumns)
    fit_columns(m_follow, kFActivity, kFOutcome, FromDIP(150));
  if (m_commitments->GetColumnCount() == kCColumns)
    fit_columns(m_commitments, kCItem, kCOverdue, FromDIP(150));
}

void PageActionPlan::fill_follow_up() {
  m_follow->DeleteAllItems();
  m_follow_rows.clear();
  const Community* c = community();
  if (!c) return;
  m_follow_rows = action_rows(*c, "", true, m_communication_only);
  for (std::size_t i = 0; i < m_follow_rows.size(); ++i) {
    const PlanAction* a = find_row_action(*c, m_follow_rows[i]);
    const FollowUp* f = a->follow_up_for(m_follow_year);
    wxVector<wxVariant> values;
    values.push_back(wxVariant(to_wx(a->id)));
    values.push_back(wxVariant(to_wx(a->activity)));
    values.push_back(wxVariant(f ? status_label(f->status) : wxString()));
    values.push_back(wxVariant(f ? to_wx(f->done) : wxString()));
    values.push_back(wxVariant(f ? to_wx(f->outcome) : wxString()));
    values.push_back(wxVariant(f ? to_wx(f->next_step) : wxString()));
    m_follow->AppendItem(values, static_cast<wxUIntPtr>(i));
  }
  fit_tables();
}

void PageActionPlan::fill_commitments() {
  m_commitments->DeleteAllItems();
  m_commit_rows.clear();
  const Community* c = community();
  if (!c) return;
  wxString info;
  for (const JointCommitment& commitment : c->commitments) {
    if (!info.empty()) info += "\n";
    info += to_wx(commitment.title) + wxString::FromUTF8(" · ") +
            years_label(commitment.first_year, commitment.last_year);
    if (!commitment.partners.empty()) info += wxString::FromUTF8(" · ") + to_wx(commitment.partners);
  }
  m_commitment_info->SetLabel(info.empty() ? _("No joint commitment (medborgarlöfte) yet.") : info);
  m_commitment_info->Wrap(std::max(GetClientSize().GetWidth() - FromDIP(60), FromDIP(300)));
  m_commit_rows = commitment_rows(*c);
  for (std::size_t i = 0; i < m_commit_rows.size(); ++i) {
    const JointCommitment* commitment = c->find_commitment(m_commit_rows[i].source_id);
    const PlanAction* a = find_row_action(*c, m_commit_rows[i]);
    wxString latest;
    if (const FollowUp* f = a->latest_follow_up()) {
      latest = wxString::Format("%d: ", f->year) + status_label(f->status);
      if (!f->done.empty()) latest += wxString::FromUTF8(" – ") + to_wx(f->done);
    }
    wxVector<wxVariant> values;
    values.push_back(wxVariant(to_wx(a->id)));
    values.push_back(wxVariant(to_wx(a->activity)));
    values.push_back(wxVariant(to_wx(format_plan_time(a->start))));
    values.push_back(wxVariant(to_wx(format_plan_time(a->end))));
    values.push_back(wxVariant(status_label(a->status)));
    values.push_back(wxVariant(overdue_mark(*a, m_reference_year, commitment->last_year)));
    values.push_back(wxVariant(latest));
    values.push_back(wxVariant(to_wx(responsible_text(*a, ui_language()))));
    values.push_back(wxVariant(to_wx(commitment->title)));
    m_commitments->AppendItem(values, static_cast<wxUIntPtr>(i));
  }
  fit_tables();
}

void PageActionPlan::update_hint() {
  m_hint_text.clear();
  if (m_document && community()) {
    if (const auto s = suggest_action(m_document->project(), m_community_id, m_reference_year)) {
      const Round* round = m_document->project().find_round(s->round_id);
      m_hint_text = wxString::Format(_("Start from the lowest dimension: %s %s, stage %d (%s) in the round %s."),
                                     to_wx(s->strategy.dimension), to_wx(s->strategy.dimension_name), s->strategy.stage,
                                     to_wx(s->strategy.stage_name), round ? to_wx(round->label) : wxString());
      if (!s->strategy.channels.empty()) m_hint_text += " " + _("Channels at this stage:") + " " + to_wx(s->strategy.channels);
    }
  }
  if (!m_channel_advice.empty()) m_hint_text += (m_hint_text.empty() ? "" : "\n") + m_channel_advice;
  m_hint->SetLabel(m_hint_text);
  m_hint->Wrap(std::max(GetClientSize().GetWidth() - FromDIP(24), FromDIP(300)));
}

wxString PageActionPlan::hint() const { return m_hint_text; }

bool PageActionPlan::submit(std::vector<ActionPlan> plans, std::vector<JointCommitment> commitments,
                            const wxString& label) {
  if (!writable() || !community()) return false;
  return m_host.submit(new CommandEditPlans(m_document, m_community_id, std::move(plans), std::move(commitments), label));
}

std::string PageActionPlan::new_action_id(const Community& c, const std::string& prefix) const {
  const std::vector<std::string> taken = c.action_ids();
  for (int n = 1;; ++n) {
    const std::string id = prefix + std::to_string(n);
    if (std::find(taken.begin(), taken.end(), id) == taken.end()) return id;
  }
}

std::string PageActionPlan::add_plan() {
  const Community* c = community();
  if (!c || !writable()) return "";
  Community copy = *c;
  std::vector<std::string> taken;
  for (const ActionPlan& p : copy.plans) taken.push_back(p.id);
  ActionPlan plan;
  plan.id = make_unique_id("plan-", std::to_string(m_reference_year), taken);
  plan.title = to_utf8(wxString::Format(_("Action plan %d"), m_reference_year));
  plan.first_year = m_reference_year;
  plan.last_year = m_reference_year;
  const auto rounds = m_document->project().rounds_of(m_community_id);
  if (!rounds.empty()) plan.round_ids.push_back(rounds.back()->id);
  copy.plans.push_back(plan);
  if (!submit(copy.plans, copy.commitments, _("New action plan"))) return "";
  select_plan(plan.id);
  return plan.id;
}

std::string PageActionPlan::add_from_lowest_strategy() {
  const Community* c = community();
  if (!c || !writable()) return "";
  const auto suggestion = suggest_action(m_document->project(), m_community_id, m_reference_year);
  if (!suggestion) {
    m_hint->SetLabel(_("No round of this community has a score yet, so there is no lowest dimension to start from."));
    return "";
  }
  Community copy = *c;
  ActionPlan* plan = copy.find_plan(m_plan_id);
  if (!plan) {
    std::vector<std::string> taken;
    for (const ActionPlan& p : copy.plans) taken.push_back(p.id);
    ActionPlan fresh;
    fresh.id = make_unique_id("plan-", std::to_string(m_reference_year), taken);
    fresh.title = to_utf8(wxString::Format(_("Action plan %d"), m_reference_year));
    fresh.first_year = fresh.last_year = m_reference_year;
    fresh.round_ids = {suggestion->round_id};
    copy.plans.push_back(fresh);
    plan = &copy.plans.back();
  }
  PlanAction action = suggestion->action;
  action.id = new_action_id(copy, "a");
  plan->actions.push_back(action);
  const std::string plan_id = plan->id;
  if (!submit(copy.plans, copy.commitments, _("Add action from strategy"))) return "";
  select_plan(plan_id);
  return action.id;
}

std::string PageActionPlan::add_action() {
  const Community* c = community();
  if (!c || !writable()) return "";
  if (!c->find_plan(m_plan_id) && add_plan().empty()) return "";
  Community copy = *community();
  ActionPlan* plan = copy.find_plan(m_plan_id);
  if (!plan) return "";
  PlanAction action;
  action.id = new_action_id(copy, "a");
  action.activity = to_utf8(_("New action"));
  action.start = action.end = PlanTime{m_reference_year, 0, 0};
  plan->actions.push_back(action);
  if (!submit(copy.plans, copy.commitments, _("Add action"))) return "";
  return action.id;
}

std::string PageActionPlan::add_commitment() {
  const Community* c = community();
  if (!c || !writable()) return "";
  Community copy = *c;
  std::vector<std::string> taken;
  for (const JointCommitment& m : copy.commitments) taken.push_back(m.id);
  JointCommitment commitment;
  commitment.id = make_unique_id("ml-", std::to_string(m_reference_year), taken);
  commitment.title = to_utf8(wxString::Format(_("Joint commitment %d–%d"), m_reference_year, m_reference_year + 1));
  commitment.partner_sectors = {"police", "administration"};
  commitment.first_year = m_reference_year;
  commitment.last_year = m_reference_year + 1;
  copy.commitments.push_back(commitment);
  if (!submit(copy.plans, copy.commitments, _("New joint commitment"))) return "";
  m_tabs->SetSelection(2);
  return commitment.id;
}

std::string PageActionPlan::add_commitment_item() {
  const Community* c = community();
  if (!c || !writable()) return "";
  if (c->commitments.empty()) {
    m_hint->SetLabel(_("Make a joint commitment first."));
    return "";
  }
  Community copy = *c;
  // To the commitment of the selected row, else the latest one.
  JointCommitment* target = &copy.commitments.back();
  const int row = m_commitments->GetSelectedRow();
  if (row != wxNOT_FOUND) {
    const auto index = static_cast<std::size_t>(m_commitments->GetItemData(m_commitments->RowToItem(row)));
    if (index < m_commit_rows.size())
      if (JointCommitment* chosen = copy.find_commitment(m_commit_rows[index].source_id)) target = chosen;
  }
  PlanAction item;
  item.id = new_action_id(copy, "m");
  item.activity = to_utf8(_("New promise item"));
  item.start = PlanTime{target->first_year, 0, 0};
  item.end = PlanTime{target->last_year, 0, 0};
  item.sectors = target->partner_sectors;
  target->items.push_back(item);
  if (!submit(copy.plans, copy.commitments, _("Add promise item"))) return "";
  return item.id;
}

bool PageActionPlan::delete_action(const PlanRowRef& row) {
  const Community* c = community();
  if (!c || !writable()) return false;
  Community copy = *c;
  std::vector<PlanAction>* list = nullptr;
  if (row.commitment) {
    if (JointCommitment* m = copy.find_commitment(row.source_id)) list = &m->items;
  } else if (ActionPlan* p = copy.find_plan(row.source_id)) {
    list = &p->actions;
  }
  if (!list) return false;
  const auto it = std::find_if(list->begin(), list->end(), [&](const PlanAction& a) { return a.id == row.action_id; });
  if (it == list->end()) return false;
  list->erase(it);
  return submit(copy.plans, copy.commitments, _("Delete action"));
}

bool PageActionPlan::edit_action(const PlanRowRef& row, ActionColumn column, const wxString& raw) {
  const Community* c = community();
  if (!c || !writable()) return false;
  Community copy = *c;
  PlanAction* a = find_row_action(copy, row);
  if (!a) return false;
  const wxString text = trimmed(raw);
  const std::string utf8 = to_utf8(text);
  switch (column) {
    case kAActivity:
      if (text.empty()) return false;
      a->activity = utf8;
      break;
    case kATarget: a->target_group = utf8; break;
    case kAResponsible: a->responsible = utf8; break;
    case kADimension: {
      const std::vector<std::string> codes = split_codes(text);
      for (const std::string& code : codes)
        if (!community_knows_dimension(m_document->project(), m_community_id, code)) return false;
      a->dimensions = codes;
      break;
    }
    case kAStart:
    case kAEnd: {
      const std::optional<PlanTime> time = parse_plan_time(utf8);
      if (!time) return false;
      (column == kAStart ? a->start : a->end) = *time;
      if (!a->start.empty() && !a->end.empty() && a->end.last_month() < a->start.first_month()) return false;
      break;
    }
    case kAStatus:
      if (!status_from_label(text, a->status)) return false;
      break;
    case kAChannel:
      if (!channel_from_label(text, a->channel)) return false;
      if (a->channel == Channel::None) a->key_message.clear();
      m_channel_advice.clear();
      if (a->channel != Channel::None) {
        if (const auto advice = channel_advice(m_document->project(), m_community_id, *a))
          m_channel_advice = wxString::Format(_("%s %s — the method's advice on channels at stage %d (%s): %s"),
                                              to_wx(a->id), channel_label(a->channel), advice->stage,
                                              to_wx(advice->stage_name), to_wx(advice->channels));
      }
      break;
    default: return false;
  }
  return submit(copy.plans, copy.commitments, _("Edit action"));
}

PlanRowRef PageActionPlan::selected_row() const {
  const int tab = m_tabs->GetSelection();
  wxDataViewListCtrl* table = tab == 1 ? m_follow : tab == 2 ? m_commitments : m_actions;
  const std::vector<PlanRowRef>& rows = tab == 1 ? m_follow_rows : tab == 2 ? m_commit_rows : m_action_rows;
  const int row = table->GetSelectedRow();
  if (row == wxNOT_FOUND) return PlanRowRef{};
  const auto index = static_cast<std::size_t>(table->GetItemData(table->RowToItem(row)));
  return index < rows.size() ? rows[index] : PlanRowRef{};
}

bool PageActionPlan::valid(const Community& edited) const {
  // No new issue (an older file may carry some elsewhere; they stay its own).
  const Project& now = m_document->project();
  Project check = now;
  for (Community& c : check.communities)
    if (c.id == edited.id) c = edited;
  return validate_plans(check).size() <= validate_plans(now).size();
}

bool PageActionPlan::edit_action_record(const PlanRowRef& row, const PlanAction& edited) {
  const Community* c = community();
  if (!c || !writable()) return false;
  Community copy = *c;
  PlanAction* a = find_row_action(copy, row);
  if (!a || edited.id != a->id || edited.activity.empty()) return false;
  *a = edited;
  if (!valid(copy)) return false;
  return submit(copy.plans, copy.commitments, _("Edit action"));
}

bool PageActionPlan::edit_plan_header(const ActionPlan& edited) {
  const Community* c = community();
  if (!c || !writable()) return false;
  Community copy = *c;
  ActionPlan* plan = copy.find_plan(edited.id);
  if (!plan || edited.title.empty()) return false;
  plan->title = edited.title;
  plan->first_year = edited.first_year;
  plan->last_year = edited.last_year;
  plan->round_ids = edited.round_ids;
  plan->status = edited.status;
  if (!valid(copy)) return false;
  return submit(copy.plans, copy.commitments, _("Edit action plan"));
}

bool PageActionPlan::edit_commitment_header(const JointCommitment& edited) {
  const Community* c = community();
  if (!c || !writable()) return false;
  Community copy = *c;
  JointCommitment* commitment = copy.find_commitment(edited.id);
  if (!commitment || edited.title.empty()) return false;
  commitment->title = edited.title;
  commitment->first_year = edited.first_year;
  commitment->last_year = edited.last_year;
  commitment->partner_sectors = edited.partner_sectors;
  commitment->partners = edited.partners;
  commitment->note = edited.note;
  if (!valid(copy)) return false;
  return submit(copy.plans, copy.commitments, _("Edit joint commitment"));
}

void PageActionPlan::open_action_dialog(const PlanRowRef& row) {
  const Community* c = community();
  const PlanAction* a = c ? find_row_action(*c, row) : nullptr;
  if (!a || !writable()) return;
  const Project& project = m_document->project();
  const std::string community_id = m_community_id;
  DialogPlanAction dialog(
      this, *a,
      [&project, community_id](const std::string& code) { return community_knows_dimension(project, community_id, code); },
      channel_advice(project, m_community_id, *a));
  if (dialog.ShowModal() != wxID_OK) return;
  if (const auto edited = dialog.action()) edit_action_record(row, *edited);
}

void PageActionPlan::open_plan_dialog() {
  const Community* c = community();
  const ActionPlan* plan = c ? c->find_plan(m_plan_id) : nullptr;
  if (!plan || !writable()) return;
  DialogPlanHeader dialog(this, *plan, m_document->project().rounds_of(m_community_id));
  if (dialog.ShowModal() != wxID_OK) return;
  if (const auto edited = dialog.plan()) edit_plan_header(*edited);
}

void PageActionPlan::open_commitment_dialog(const std::string& commitment_id) {
  const Community* c = community();
  const JointCommitment* commitment = c ? c->find_commitment(commitment_id) : nullptr;
  if (!commitment || !writable()) return;
  DialogPlanHeader dialog(this, *commitment);
  if (dialog.ShowModal() != wxID_OK) return;
  if (const auto edited = dialog.commitment()) edit_commitment_header(*edited);
}

bool PageActionPlan::set_follow_up(const PlanRowRef& row, const FollowUp& entry) {
  const Community* c = community();
  if (!c || !writable() || entry.year < 1900 || entry.year > 2200) return false;
  Community copy = *c;
  PlanAction* a = find_row_action(copy, row);
  if (!a) return false;
  a->set_follow_up(entry);
  return submit(copy.plans, copy.commitments, _("Follow up action"));
}

void PageActionPlan::set_follow_up_year(int year) {
  m_follow_year = year;
  if (m_year->GetValue() != year) m_year->SetValue(year);
  fill_follow_up();
}

void PageActionPlan::set_reference_year(int year) {
  m_reference_year = year;
  refresh();
}

void PageActionPlan::sort_actions(ActionColumn column, bool ascending) {
  m_sort_column = column;
  m_sort_ascending = ascending;
  fill_actions();
}

void PageActionPlan::set_communication_only(bool only) {
  m_communication_only = only;
  if (m_communication->GetValue() != only) m_communication->SetValue(only);
  fill_actions();
  fill_follow_up();
}

void PageActionPlan::select_plan(const std::string& plan_id) {
  m_plan_id = plan_id;
  refresh();
}

void PageActionPlan::on_action_header(wxDataViewEvent& event) {
  const wxDataViewColumn* column = event.GetDataViewColumn();
  if (!column) return;
  const int col = static_cast<int>(column->GetModelColumn());
  sort_actions(static_cast<ActionColumn>(col), col == m_sort_column ? !m_sort_ascending : true);
}

void PageActionPlan::on_action_edited(wxDataViewEvent& event) {
  const int row = m_actions->ItemToRow(event.GetItem());
  const int col = event.GetColumn();
  if (row == wxNOT_FOUND || col < 0) return;
  const auto index = static_cast<std::size_t>(m_actions->GetItemData(event.GetItem()));
  if (index >= m_action_rows.size()) return;
  const PlanRowRef ref = m_action_rows[index];
  const wxString text = m_actions->GetTextValue(static_cast<unsigned>(row), static_cast<unsigned>(col));
  // After the control has finished its own edit: the table is refilled.
  CallAfter([this, ref, col, text] {
    if (!edit_action(ref, static_cast<ActionColumn>(col), text)) fill_actions();
  });
}

void PageActionPlan::on_follow_edited(wxDataViewEvent& event) {
  const int row = m_follow->ItemToRow(event.GetItem());
  const int col = event.GetColumn();
  if (row == wxNOT_FOUND || col < 0) return;
  const auto index = static_cast<std::size_t>(m_follow->GetItemData(event.GetItem()));
  if (index >= m_follow_rows.size()) return;
  const PlanRowRef ref = m_follow_rows[index];
  const wxString text = trimmed(m_follow->GetTextValue(static_cast<unsigned>(row), static_cast<unsigned>(col)));
  CallAfter([this, ref, col, text] {
    const Community* c = community();
    const PlanAction* a = c ? find_row_action(*c, ref) : nullptr;
    if (!a) return;
    FollowUp entry = a->follow_up_for(m_follow_year) ? *a->follow_up_for(m_follow_year)
                                                     : FollowUp{m_follow_year, a->status, "", "", ""};
    bool ok = true;
    switch (col) {
      case kFStatus: ok = status_from_label(text, entry.status); break;
      case kFDone: entry.done = to_utf8(text); break;
      case kFOutcome: entry.outcome = to_utf8(text); break;
      case kFNextStep: entry.next_step = to_utf8(text); break;
      default: ok = false;
    }
    if (!ok || !set_follow_up(ref, entry)) fill_follow_up();
  });
}

void PageActionPlan::on_commitment_edited(wxDataViewEvent& event) {
  const int row = m_commitments->ItemToRow(event.GetItem());
  const int col = event.GetColumn();
  if (row == wxNOT_FOUND || col < 0) return;
  const auto index = static_cast<std::size_t>(m_commitments->GetItemData(event.GetItem()));
  if (index >= m_commit_rows.size()) return;
  const PlanRowRef ref = m_commit_rows[index];
  const wxString text = m_commitments->GetTextValue(static_cast<unsigned>(row), static_cast<unsigned>(col));
  ActionColumn target = kAColumns;
  switch (col) {
    case kCItem: target = kAActivity; break;
    case kCStart: target = kAStart; break;
    case kCEnd: target = kAEnd; break;
    case kCStatus: target = kAStatus; break;
    default: return;
  }
  CallAfter([this, ref, target, text] {
    if (!edit_action(ref, target, text)) fill_commitments();
  });
}

}  // namespace readiness::gui
