#include "dialogs/dialog_export.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "dialogs/dialog_buttons.h"
#include "text_identity.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

void finish_buttons(wxDialog* dialog, wxSizer* top) {
  auto* buttons = new wxStdDialogButtonSizer;
  // TRANSLATORS: the button that goes on to choosing where the file is saved.
  auto* ok = new wxButton(dialog, wxID_OK, _("&Export..."));
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(dialog, wxID_CANCEL, _("&Cancel")));
  buttons->Realize();
  use_own_cancel_button(*dialog);  // GTK's stock Cancel is English
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
}

wxStaticText* note(wxWindow* parent, const wxString& text, int width) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  set_muted_text(label);
  label->Wrap(width);
  return label;
}

}  // namespace

DialogExportWorkbook::DialogExportWorkbook(wxWindow* parent, const Project& project, const std::string& language)
    : wxDialog(parent, wxID_ANY, _("Export Excel workbook"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project) {
  SetName("dialog_export_workbook");
  const int width = FromDIP(460);
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(note(this,
                _("One workbook for the whole project: a summary, every score, a sheet per community, the "
                  "comparison, trends, scorer agreement and the method. Means and stages are live formulas."),
                width),
           0, wxALL, 12);

  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  auto label = [&](const wxString& text) {
    grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
  };

  m_language = new wxChoice(this, wxID_ANY);
  m_language->SetName("export_language");
  m_language->Append(wxString::FromUTF8("Svenska"));
  m_language->Append("English");
  m_language->SetSelection(language == "en" ? 1 : 0);
  // TRANSLATORS: the language of the workbook's sheet names and headers.
  label(_("&Language:"));
  grid->Add(m_language, 1, wxEXPAND);

  // Issues as compare and trend see them: one entry per identity_key.
  std::vector<std::string> keys;
  for (const auto& r : project.rounds) {
    if (r.issue.empty()) continue;
    const std::string key = identity_key(r.issue);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
    keys.push_back(key);
    m_issues.push_back(r.issue);
  }
  m_issue = new wxChoice(this, wxID_ANY);
  m_issue->SetName("export_issue");
  m_issue->Append(_("Every issue"));
  for (const auto& issue : m_issues) m_issue->Append(to_wx(issue));
  m_issue->SetSelection(0);
  label(_("Comparison &issue:"));
  grid->Add(m_issue, 1, wxEXPAND);

  m_period = new wxChoice(this, wxID_ANY);
  m_period->SetName("export_period");
  label(_("Comparison &period:"));
  grid->Add(m_period, 1, wxEXPAND);
  top->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  m_contacts = new wxCheckBox(this, wxID_ANY, _("Include the respondents' &contact details"));
  m_contacts->SetName("export_contacts");
  top->Add(m_contacts, 0, wxLEFT | wxRIGHT | wxTOP, 12);
  top->Add(note(this, _("Leave this off for a workbook that is sent on: contact details are personal data."), width),
           0, wxLEFT | wxRIGHT | wxTOP, 12);
  finish_buttons(this, top);
  SetSizerAndFit(top);

  fill_periods();
  m_issue->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_periods(); });
  m_language->SetFocus();
}

void DialogExportWorkbook::fill_periods() {
  const int issue = m_issue->GetSelection();
  const std::string key = issue > 0 ? identity_key(m_issues[static_cast<std::size_t>(issue - 1)]) : std::string();
  const wxString kept = m_period->GetSelection() > 0 ? m_period->GetStringSelection() : wxString();
  m_periods.clear();
  for (const auto& r : m_project.rounds) {
    if (!key.empty() && identity_key(r.issue) != key) continue;
    if (std::find(m_periods.begin(), m_periods.end(), r.label) == m_periods.end()) m_periods.push_back(r.label);
  }
  std::sort(m_periods.begin(), m_periods.end());
  m_period->Clear();
  m_period->Append(_("The latest round of each issue"));
  for (const auto& p : m_periods) m_period->Append(to_wx(p));
  const int again = kept.empty() ? wxNOT_FOUND : m_period->FindString(kept, true);
  m_period->SetSelection(again == wxNOT_FOUND ? 0 : again);
}

WorkbookOptions DialogExportWorkbook::options() const {
  WorkbookOptions o;
  o.language = m_language->GetSelection() == 1 ? "en" : "sv";
  o.include_contacts = m_contacts->IsChecked();
  if (m_issue->GetSelection() > 0) o.comparison_issue = m_issues[static_cast<std::size_t>(m_issue->GetSelection() - 1)];
  if (m_period->GetSelection() > 0)
    o.comparison_period = m_periods[static_cast<std::size_t>(m_period->GetSelection() - 1)];
  return o;
}

DialogExportCsv::DialogExportCsv(wxWindow* parent, char separator)
    : wxDialog(parent, wxID_ANY, _("Export scores as CSV"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  SetName("dialog_export_csv");
  const int width = FromDIP(440);
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(note(this,
                _("Every score as one row per interview, dimension and scorer: the format File > Import scores "
                  "reads back unchanged."),
                width),
           0, wxALL, 12);
  m_semicolon = new wxRadioButton(this, wxID_ANY, _("&Semicolon and decimal comma (Swedish Excel)"),
                                  wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
  m_semicolon->SetName("csv_semicolon");
  m_comma = new wxRadioButton(this, wxID_ANY, _("C&omma and decimal point (English Excel, other programs)"));
  m_comma->SetName("csv_comma");
  top->Add(m_semicolon, 0, wxLEFT | wxRIGHT, 12);
  top->Add(m_comma, 0, wxLEFT | wxRIGHT | wxTOP, 12);
  finish_buttons(this, top);
  SetSizerAndFit(top);
  set_separator(separator);
}

char DialogExportCsv::separator() const { return m_semicolon->GetValue() ? ';' : ','; }

void DialogExportCsv::set_separator(char separator) {
  (separator == ';' ? m_semicolon : m_comma)->SetValue(true);
}

}  // namespace readiness::gui
