#include "dialogs/dialog_plan_action.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "dialogs/dialog_buttons.h"
#include "sectors.h"
#include "text/labels.h"
#include "text/field_text.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

// Whole kronor as people type them: "25000", "25 000", "25 000 kr"; empty
// for none. False for anything else (decimals, negative, letters).
bool parse_cost(const wxString& text, std::optional<long long>& out) {
  wxString digits;
  wxString t = trimmed(text);
  if (t.Lower().EndsWith("kr")) t = trimmed(t.Left(t.length() - 2));
  for (const wxUniChar c : t) {
    if (c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009) continue;
    if (c < '0' || c > '9') return false;
    digits += c;
  }
  if (digits.empty()) {
    out.reset();
    return true;
  }
  if (digits.length() > 15) return false;
  long long value = 0;
  if (!digits.ToLongLong(&value)) return false;
  out = value;
  return true;
}

wxString cost_text(const std::optional<long long>& cost) {
  return cost ? wxString::Format("%lld", *cost) : wxString();
}

}  // namespace

wxString priority_label(int priority) {
  switch (priority) {
    // TRANSLATORS: the priority of an action in an action plan.
    case 1: return _("high");
    case 2: return _("medium");
    case 3: return _("low");
    default: return wxString();
  }
}

DialogPlanAction::DialogPlanAction(wxWindow* parent, const PlanAction& action,
                                   std::function<bool(const std::string&)> known_dimension,
                                   std::optional<ChannelAdvice> advice)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Edit action %s"), to_wx(action.id)), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_original(action),
      m_known_dimension(std::move(known_dimension)),
      m_advice(std::move(advice)) {
  SetName("dialog_plan_action");
  auto* top = new wxBoxSizer(wxVERTICAL);
  const int wide = FromDIP(200);
  auto label = [this](const wxString& text) { return new wxStaticText(this, wxID_ANY, text); };
  auto text = [this](const std::string& value, const wxString& name, int width = -1, long style = 0, int height = -1) {
    auto* field = new wxTextCtrl(this, wxID_ANY, to_wx(value), wxDefaultPosition, wxSize(width, height), style);
    field->SetName(name);
    return field;
  };

  auto* grid = new wxFlexGridSizer(4, wxSize(FromDIP(8), FromDIP(6)));
  grid->AddGrowableCol(1, 1);
  grid->AddGrowableCol(3, 1);
  auto pair = [&](const wxString& caption, wxWindow* field) {
    grid->Add(label(caption), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(field, 1, wxEXPAND);
  };

  // The activity spans the dialog's width.
  auto* activity_row = new wxBoxSizer(wxHORIZONTAL);
  activity_row->Add(label(_("&Activity:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  m_activity = text(action.activity, "plan_action_activity");
  activity_row->Add(m_activity, 1, wxEXPAND);
  top->Add(activity_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

  m_target = text(action.target_group, "plan_action_target", wide);
  pair(_("&Target group:"), m_target);
  m_dimensions = text(to_utf8([&] {
                        wxString out;
                        for (const std::string& d : action.dimensions) out += (out.empty() ? "" : ", ") + to_wx(d);
                        return out;
                      }()),
                      "plan_action_dimensions", wide);
  m_dimensions->SetToolTip(_("Dimension codes, separated by commas: A, B …"));
  pair(_("&Dimensions:"), m_dimensions);
  m_start = text(format_plan_time(action.start), "plan_action_start");
  const wxString time_tip = _("A year, a year and quarter, or a year and month: 2025, 2025-Q3, 2025-03");
  m_start->SetToolTip(time_tip);
  pair(_("&Start:"), m_start);
  m_end = text(format_plan_time(action.end), "plan_action_end");
  m_end->SetToolTip(time_tip);
  pair(_("E&nd:"), m_end);
  m_status = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, status_labels());
  m_status->SetName("plan_action_status");
  const auto& statuses = status_order();
  m_status->SetSelection(static_cast<int>(std::find(statuses.begin(), statuses.end(), action.status) - statuses.begin()));
  pair(_("Stat&us:"), m_status);
  m_priority = new wxChoice(this, wxID_ANY);
  m_priority->SetName("plan_action_priority");
  // TRANSLATORS: the priority of an action is not set.
  m_priority->Append(_("(not set)"));
  for (int p = 1; p <= 3; ++p) m_priority->Append(priority_label(p));
  m_priority->SetSelection(action.priority >= 0 && action.priority <= 3 ? action.priority : 0);
  pair(_("&Priority:"), m_priority);
  m_cost = text(to_utf8(cost_text(action.cost_sek)), "plan_action_cost");
  m_cost->SetToolTip(_("Whole kronor, e.g. 25000; empty when not known"));
  pair(_("Estimated &cost (SEK):"), m_cost);
  m_funding = text(action.funding, "plan_action_funding");
  pair(_("&Funding source:"), m_funding);
  top->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

  // Who: sectors from sectors.json (several) and actors in free text.
  auto* who = new wxBoxSizer(wxHORIZONTAL);
  auto* sectors_column = new wxBoxSizer(wxVERTICAL);
  sectors_column->Add(label(_("Responsible s&ectors:")), 0, wxBOTTOM, FromDIP(4));
  wxArrayString sector_names;
  for (const std::string& id : sector_ids()) sector_names.Add(sector_label(id));
  m_sectors = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(220), FromDIP(120)), sector_names);
  m_sectors->SetName("plan_action_sectors");
  check_sectors(action.sectors);
  sectors_column->Add(m_sectors, 1, wxEXPAND);
  who->Add(sectors_column, 0, wxEXPAND | wxRIGHT, FromDIP(12));

  auto* right = new wxBoxSizer(wxVERTICAL);
  right->Add(label(_("Responsible actors (free te&xt):")), 0, wxBOTTOM, FromDIP(4));
  m_responsible = text(action.responsible, "plan_action_responsible");
  right->Add(m_responsible, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
  auto* channel_row = new wxBoxSizer(wxHORIZONTAL);
  channel_row->Add(label(_("C&hannel:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  wxArrayString channels = channel_labels();
  // TRANSLATORS: the channel choice of an action that is not communication.
  channels[0] = _("(not a communication action)");
  m_channel = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, channels);
  m_channel->SetName("plan_action_channel");
  channel_row->Add(m_channel, 1, wxEXPAND);
  right->Add(channel_row, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  m_advice_text = new wxStaticText(this, wxID_ANY, wxString());
  m_advice_text->SetName("plan_action_channel_advice");
  right->Add(m_advice_text, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  right->Add(label(_("&Key message:")), 0, wxBOTTOM, FromDIP(4));
  m_key_message = text(action.key_message, "plan_action_key_message", -1, wxTE_MULTILINE, FromDIP(48));
  right->Add(m_key_message, 1, wxEXPAND);
  who->Add(right, 1, wxEXPAND);
  top->Add(who, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

  auto* note_row = new wxBoxSizer(wxHORIZONTAL);
  note_row->Add(label(_("N&ote:")), 0, wxTOP | wxRIGHT, FromDIP(4));
  m_note = text(action.note, "plan_action_note", -1, wxTE_MULTILINE, FromDIP(40));
  note_row->Add(m_note, 1, wxEXPAND);
  top->Add(note_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(12));

  auto* buttons = new wxStdDialogButtonSizer;
  auto* ok = new wxButton(this, wxID_OK, _("&OK"));
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancel")));
  buttons->Realize();
  use_own_cancel_button(*this);
  top->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(12));

  const auto& all_channels = communication_channels();
  const auto at = std::find(all_channels.begin(), all_channels.end(), action.channel);
  m_channel->SetSelection(at == all_channels.end() ? 0 : static_cast<int>(at - all_channels.begin()) + 1);
  m_channel->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_channel_advice(); });
  SetSizer(top);
  // Room for the longest advice, wrapped, within a 1024×700 screen.
  SetMinSize(wxSize(std::min(FromDIP(720), 1000), -1));
  update_channel_advice();
  Fit();
  ok->SetDefault();
  m_activity->SetFocus();
}

void DialogPlanAction::check_sectors(const std::vector<std::string>& sector_ids_to_check) {
  const auto& ids = sector_ids();
  for (std::size_t i = 0; i < ids.size(); ++i)
    m_sectors->Check(static_cast<unsigned>(i), std::find(sector_ids_to_check.begin(), sector_ids_to_check.end(),
                                                         ids[i]) != sector_ids_to_check.end());
}

void DialogPlanAction::choose_channel(Channel channel) {
  const auto& all = communication_channels();
  const auto at = std::find(all.begin(), all.end(), channel);
  m_channel->SetSelection(at == all.end() ? 0 : static_cast<int>(at - all.begin()) + 1);
  update_channel_advice();
}

wxString DialogPlanAction::channel_advice_text() const { return m_advice_text->GetLabel(); }

void DialogPlanAction::update_channel_advice() {
  wxString advice;
  if (m_channel->GetSelection() > 0) {
    if (m_advice) {
      const wxString where = m_advice->dimension.empty()
                                 ? wxString::Format(_("Stage %d (%s), round %s"), m_advice->stage,
                                                    to_wx(m_advice->stage_name), to_wx(m_advice->round_label))
                                 : wxString::Format(_("Dimension %s at stage %d (%s), round %s"),
                                                    to_wx(m_advice->dimension), m_advice->stage,
                                                    to_wx(m_advice->stage_name), to_wx(m_advice->round_label));
      advice = wxString::Format(_("The method's advice on channels — %s: %s"), where, to_wx(m_advice->channels));
    } else {
      advice = _("No round of this community has a stage yet, so there is no advice on channels for it.");
    }
  }
  m_advice_text->SetLabel(advice);
  m_advice_text->Wrap(std::max(GetMinSize().x - FromDIP(270), FromDIP(300)));
  m_key_message->Enable(m_channel->GetSelection() > 0);
  if (GetSizer()) Layout();
}

std::optional<PlanAction> DialogPlanAction::action(wxString* error) const {
  auto fail = [&](const wxString& message) -> std::optional<PlanAction> {
    if (error) *error = message;
    return std::nullopt;
  };
  PlanAction a = m_original;
  const wxString activity = trimmed(m_activity->GetValue());
  if (activity.empty()) return fail(_("Activity: write what is to be done."));
  a.activity = to_utf8(activity);
  a.target_group = to_utf8(trimmed(m_target->GetValue()));
  a.dimensions = split_codes(m_dimensions->GetValue());
  for (const std::string& code : a.dimensions)
    if (m_known_dimension && !m_known_dimension(code))
      return fail(wxString::Format(_("Dimensions: \"%s\" is not a dimension of this community's rounds."), to_wx(code)));
  const auto start = parse_plan_time(to_utf8(trimmed(m_start->GetValue())));
  if (!start) return fail(wxString::Format(_("Start: \"%s\" is not a year, year-quarter or year-month (2025, 2025-Q3, 2025-03)."),
                                           trimmed(m_start->GetValue())));
  const auto end = parse_plan_time(to_utf8(trimmed(m_end->GetValue())));
  if (!end) return fail(wxString::Format(_("End: \"%s\" is not a year, year-quarter or year-month (2025, 2025-Q3, 2025-03)."),
                                         trimmed(m_end->GetValue())));
  if (!start->empty() && !end->empty() && end->last_month() < start->first_month())
    return fail(_("End: the action ends before it starts."));
  a.start = *start;
  a.end = *end;
  const int status = m_status->GetSelection();
  if (status >= 0 && static_cast<std::size_t>(status) < status_order().size())
    a.status = status_order()[static_cast<std::size_t>(status)];
  a.priority = std::max(0, m_priority->GetSelection());
  if (!parse_cost(m_cost->GetValue(), a.cost_sek))
    return fail(wxString::Format(_("Estimated cost: \"%s\" is not a whole number of kronor."), trimmed(m_cost->GetValue())));
  a.funding = to_utf8(trimmed(m_funding->GetValue()));
  a.sectors.clear();
  const auto& ids = sector_ids();
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (m_sectors->IsChecked(static_cast<unsigned>(i))) a.sectors.push_back(ids[i]);
  a.responsible = to_utf8(trimmed(m_responsible->GetValue()));
  const int channel = m_channel->GetSelection();
  a.channel = channel > 0 ? communication_channels()[static_cast<std::size_t>(channel - 1)] : Channel::None;
  a.key_message = a.is_communication() ? to_utf8(trimmed(m_key_message->GetValue())) : std::string();
  a.note = to_utf8(trimmed(m_note->GetValue()));
  return a;
}

bool DialogPlanAction::TransferDataFromWindow() {
  wxString error;
  if (action(&error)) return true;
  wxMessageBox(error, _("Edit action"), wxOK | wxICON_WARNING, this);
  return false;
}

}  // namespace readiness::gui
