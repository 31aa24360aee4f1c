#include "dialogs/dialog_round_settings.h"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include "dialogs/dialog_buttons.h"
#include "widgets/date_field.h"
#include "dialogs/dialog_round_wizard.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

// A date field's text when it is a date; checked before it is used.
std::string iso_date(const DateField* field) { return field->iso().value_or(std::string()); }

}  // namespace

DialogRoundSettings::DialogRoundSettings(wxWindow* parent, const Project& project, const Round& round)
    : wxDialog(parent, wxID_ANY, _("Round settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project),
      m_round_id(round.id),
      m_original(settings_of(round)) {
  SetName("dialog_round_settings");
  auto* top = new wxBoxSizer(wxVERTICAL);
  const Community* community = project.find_community(round.community_id);
  auto* heading = new wxStaticText(
      this, wxID_ANY,
      wxString::Format(_("%s, round %s"), community ? to_wx(community->name) : wxString(), to_wx(round.label)));
  heading->SetFont(heading->GetFont().Scaled(1.2f).Bold());
  top->Add(heading, 0, wxALL, 12);

  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  auto label = [&](const wxString& text, int flags = wxALIGN_CENTER_VERTICAL, int border = 0) {
    grid->Add(new wxStaticText(this, wxID_ANY, text), 0, flags, border);
  };

  m_label = new wxTextCtrl(this, wxID_ANY, to_wx(round.label));
  m_label->SetName("settings_label");
  label(_("&Label:"));
  grid->Add(m_label, 1, wxEXPAND);

  m_issue = new wxTextCtrl(this, wxID_ANY, to_wx(round.issue));
  m_issue->SetName("settings_issue");
  label(_("&Issue:"));
  grid->Add(m_issue, 1, wxEXPAND);

  auto* areas = new wxWrapSizer(wxHORIZONTAL);
  for (const auto& area : andts_areas()) {
    auto* box = new wxCheckBox(this, wxID_ANY, area_label(area));
    box->SetName("settings_area_" + to_wx(area));
    box->SetValue(std::find(round.areas.begin(), round.areas.end(), area) != round.areas.end());
    m_areas[area] = box;
    areas->Add(box, 0, wxRIGHT | wxBOTTOM, 12);
  }
  label(_("ANDTS areas:"), wxALIGN_TOP | wxTOP, 2);
  grid->Add(areas, 1, wxEXPAND);

  m_definition = new wxTextCtrl(this, wxID_ANY, to_wx(round.community_definition), wxDefaultPosition,
                                FromDIP(wxSize(480, 70)), wxTE_MULTILINE);
  m_definition->SetName("settings_definition");
  label(_("Community &definition:"), wxALIGN_TOP | wxTOP, 4);
  grid->Add(m_definition, 1, wxEXPAND);

  const wxString modes[] = {mode_label(Mode::Interview), mode_label(Mode::SelfRating)};
  m_mode = new wxRadioBox(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 2, modes, 2,
                          wxRA_SPECIFY_COLS);
  m_mode->SetName("settings_mode");
  m_mode->SetSelection(round.mode == Mode::SelfRating ? 1 : 0);
  label(_("Mode:"));
  grid->Add(m_mode, 0);

  auto* dates = new wxBoxSizer(wxHORIZONTAL);
  m_start = new DateField(this, "settings_start", round.start_date);
  m_end = new DateField(this, "settings_end", round.end_date);
  dates->Add(m_start, 0, wxRIGHT, 8);
  dates->Add(new wxStaticText(this, wxID_ANY, _("&To:")), 0, wxALIGN_TOP | wxTOP, 6);
  dates->AddSpacer(8);
  dates->Add(m_end, 0);
  label(_("&From:"), wxALIGN_TOP | wxTOP, 6);
  grid->Add(dates, 0);
  top->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);

  // What stays, and what a change of issue or mode means for comparisons.
  auto* note = new wxStaticText(
      this, wxID_ANY,
      _("The instrument, respondents and interviews stay as they are. A round with another issue or mode "
        "is compared and followed over time with the rounds of that issue and mode."));
  set_muted_text(note);
  note->Wrap(FromDIP(560));
  top->Add(note, 0, wxALL, 12);

  top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
  if (wxWindow* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Save"));
  use_own_cancel_button(*this);
  SetSizerAndFit(top);
  m_label->SetFocus();
}

wxCheckBox* DialogRoundSettings::area_box(const std::string& area) const {
  const auto it = m_areas.find(area);
  return it == m_areas.end() ? nullptr : it->second;
}

RoundSetup DialogRoundSettings::settings() const {
  RoundSetup s = m_original;
  s.label = to_utf8(m_label->GetValue().Strip(wxString::both));
  s.issue = to_utf8(m_issue->GetValue().Strip(wxString::both));
  s.areas.clear();
  for (const auto& area : andts_areas())
    if (m_areas.at(area)->IsChecked()) s.areas.push_back(area);
  s.community_definition = to_utf8(m_definition->GetValue().Strip(wxString::both));
  s.mode = m_mode->GetSelection() == 1 ? Mode::SelfRating : Mode::Interview;
  s.start_date = iso_date(m_start);
  s.end_date = iso_date(m_end);
  return s;
}

wxArrayString DialogRoundSettings::problems() const {
  const RoundSetup s = settings();
  wxArrayString out;
  for (RoundSetupProblem p : check_round_settings(s, m_project, m_round_id))
    out.push_back(round_setup_problem_text(p, m_project, s));
  return out;
}

bool DialogRoundSettings::TransferDataFromWindow() {
  // A date that is not one is said beside its field, never dropped.
  const bool start_ok = m_start->check();
  if (!m_end->check() || !start_ok) return false;
  const wxArrayString found = problems();
  if (found.empty()) return true;
  wxMessageBox(wxJoin(found, '\n'), GetTitle(), wxOK | wxICON_INFORMATION, this);
  return false;
}

}  // namespace readiness::gui
