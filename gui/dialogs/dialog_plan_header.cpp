#include "dialogs/dialog_plan_header.h"

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
#include "plan_labels.h"
#include "text/field_text.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString year_text(int year) { return year > 0 ? wxString::Format("%d", year) : wxString(); }

// "" -> 0 (not given); a year 1900–2200; false for anything else.
bool parse_year(const wxString& text, int& out) {
  const wxString t = trimmed(text);
  if (t.empty()) {
    out = 0;
    return true;
  }
  long value = 0;
  if (!t.ToLong(&value) || value < 1900 || value > 2200) return false;
  out = static_cast<int>(value);
  return true;
}

}  // namespace

const std::vector<PlanStatus>& plan_status_order() {
  static const std::vector<PlanStatus> order = {PlanStatus::Draft, PlanStatus::Adopted, PlanStatus::Finished,
                                                PlanStatus::Cancelled};
  return order;
}

wxString plan_status_label(PlanStatus status) { return _(plan_status_msgid(status)); }

DialogPlanHeader::DialogPlanHeader(wxWindow* parent, const ActionPlan& plan, const std::vector<const Round*>& rounds)
    : wxDialog(parent, wxID_ANY, _("Edit action plan"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_is_plan(true),
      m_plan(plan) {
  SetName("dialog_plan_header");
  build(plan.title, plan.first_year, plan.last_year);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("Stat&us:")), 0, wxALIGN_CENTER_VERTICAL);
  m_status = new wxChoice(this, wxID_ANY);
  m_status->SetName("plan_header_status");
  for (PlanStatus s : plan_status_order()) m_status->Append(plan_status_label(s));
  const auto& order = plan_status_order();
  m_status->SetSelection(static_cast<int>(std::find(order.begin(), order.end(), plan.status) - order.begin()));
  m_grid->Add(m_status, 0);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("Answers the &rounds:")), 0, wxALIGN_TOP | wxTOP, FromDIP(4));
  m_rounds = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(90)));
  m_rounds->SetName("plan_header_rounds");
  for (const Round* r : rounds) {
    m_rounds->Append(to_wx(r->label) + wxString::FromUTF8(" · ") + to_wx(r->issue));
    m_round_ids.push_back(r->id);
    m_rounds->Check(m_rounds->GetCount() - 1,
                    std::find(plan.round_ids.begin(), plan.round_ids.end(), r->id) != plan.round_ids.end());
  }
  m_grid->Add(m_rounds, 1, wxEXPAND);
  m_grid->AddGrowableRow(4, 1);
  finish();
}

DialogPlanHeader::DialogPlanHeader(wxWindow* parent, const JointCommitment& commitment)
    : wxDialog(parent, wxID_ANY, _("Edit joint commitment"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_is_plan(false),
      m_commitment(commitment) {
  SetName("dialog_commitment_header");
  build(commitment.title, commitment.first_year, commitment.last_year);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("Partner &sectors:")), 0, wxALIGN_TOP | wxTOP, FromDIP(4));
  wxArrayString names;
  for (const std::string& id : sector_ids()) names.Add(sector_label(id));
  m_sectors = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(110)), names);
  m_sectors->SetName("commitment_header_sectors");
  const auto& ids = sector_ids();
  for (std::size_t i = 0; i < ids.size(); ++i)
    m_sectors->Check(static_cast<unsigned>(i), std::find(commitment.partner_sectors.begin(),
                                                         commitment.partner_sectors.end(),
                                                         ids[i]) != commitment.partner_sectors.end());
  m_grid->Add(m_sectors, 1, wxEXPAND);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("&Partners (free text):")), 0, wxALIGN_CENTER_VERTICAL);
  m_partners = new wxTextCtrl(this, wxID_ANY, to_wx(commitment.partners));
  m_partners->SetName("commitment_header_partners");
  m_grid->Add(m_partners, 1, wxEXPAND);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("N&ote:")), 0, wxALIGN_TOP | wxTOP, FromDIP(4));
  m_note = new wxTextCtrl(this, wxID_ANY, to_wx(commitment.note), wxDefaultPosition, wxSize(-1, FromDIP(50)),
                          wxTE_MULTILINE);
  m_note->SetName("commitment_header_note");
  m_grid->Add(m_note, 1, wxEXPAND);
  m_grid->AddGrowableRow(3, 1);
  finish();
}

void DialogPlanHeader::build(const std::string& title, int first_year, int last_year) {
  m_top = new wxBoxSizer(wxVERTICAL);
  m_grid = new wxFlexGridSizer(2, wxSize(FromDIP(10), FromDIP(6)));
  m_grid->AddGrowableCol(1, 1);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("&Title:")), 0, wxALIGN_CENTER_VERTICAL);
  m_title = new wxTextCtrl(this, wxID_ANY, to_wx(title), wxDefaultPosition, wxSize(FromDIP(360), -1));
  m_title->SetName("plan_header_title");
  m_grid->Add(m_title, 1, wxEXPAND);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("&First year:")), 0, wxALIGN_CENTER_VERTICAL);
  m_first = new wxTextCtrl(this, wxID_ANY, year_text(first_year), wxDefaultPosition, wxSize(FromDIP(80), -1));
  m_first->SetName("plan_header_first_year");
  m_grid->Add(m_first, 0);
  m_grid->Add(new wxStaticText(this, wxID_ANY, _("&Last year:")), 0, wxALIGN_CENTER_VERTICAL);
  m_last = new wxTextCtrl(this, wxID_ANY, year_text(last_year), wxDefaultPosition, wxSize(FromDIP(80), -1));
  m_last->SetName("plan_header_last_year");
  m_grid->Add(m_last, 0);
}

void DialogPlanHeader::finish() {
  m_top->Add(m_grid, 1, wxEXPAND | wxALL, FromDIP(12));
  auto* buttons = new wxStdDialogButtonSizer;
  auto* ok = new wxButton(this, wxID_OK, _("&OK"));
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancel")));
  buttons->Realize();
  use_own_cancel_button(*this);
  m_top->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  SetSizerAndFit(m_top);
  ok->SetDefault();
  m_title->SetFocus();
}

bool DialogPlanHeader::header(std::string& title, int& first, int& last, wxString* error) const {
  auto fail = [&](const wxString& message) {
    if (error) *error = message;
    return false;
  };
  const wxString t = trimmed(m_title->GetValue());
  if (t.empty()) return fail(_("Title: give it a title."));
  if (!parse_year(m_first->GetValue(), first))
    return fail(wxString::Format(_("First year: \"%s\" is not a year (1900–2200)."), trimmed(m_first->GetValue())));
  if (!parse_year(m_last->GetValue(), last))
    return fail(wxString::Format(_("Last year: \"%s\" is not a year (1900–2200)."), trimmed(m_last->GetValue())));
  if (first == 0 && last != 0) return fail(_("First year: give the first year too."));
  if (last == 0) last = first;
  if (last < first) return fail(_("Last year: the period ends before it starts."));
  title = to_utf8(t);
  return true;
}

std::optional<ActionPlan> DialogPlanHeader::plan(wxString* error) const {
  if (!m_is_plan) return std::nullopt;
  ActionPlan p = m_plan;
  if (!header(p.title, p.first_year, p.last_year, error)) return std::nullopt;
  const int status = m_status->GetSelection();
  if (status >= 0) p.status = plan_status_order()[static_cast<std::size_t>(status)];
  p.round_ids.clear();
  for (std::size_t i = 0; i < m_round_ids.size(); ++i)
    if (m_rounds->IsChecked(static_cast<unsigned>(i))) p.round_ids.push_back(m_round_ids[i]);
  return p;
}

std::optional<JointCommitment> DialogPlanHeader::commitment(wxString* error) const {
  if (m_is_plan) return std::nullopt;
  JointCommitment c = m_commitment;
  if (!header(c.title, c.first_year, c.last_year, error)) return std::nullopt;
  c.partner_sectors.clear();
  const auto& ids = sector_ids();
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (m_sectors->IsChecked(static_cast<unsigned>(i))) c.partner_sectors.push_back(ids[i]);
  c.partners = to_utf8(trimmed(m_partners->GetValue()));
  c.note = to_utf8(trimmed(m_note->GetValue()));
  return c;
}

bool DialogPlanHeader::TransferDataFromWindow() {
  wxString error;
  const bool ok = m_is_plan ? plan(&error).has_value() : commitment(&error).has_value();
  if (ok) return true;
  wxMessageBox(error, GetTitle(), wxOK | wxICON_WARNING, this);
  return false;
}

}  // namespace readiness::gui
