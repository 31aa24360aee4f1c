#include "dialogs/dialog_report.h"

#include <algorithm>
#include <set>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/mimetype.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "app/page_host.h"
#include "county_overview.h"
#include "dialogs/dialog_buttons.h"
#include "dialogs/dialog_file.h"
#include "municipality_report.h"
#include "pdf_document.h"
#include "atomic_output.h"
#include "register.h"
#include "text/translate.h"
#include "text/wx_text.h"
#include "app/app_language.h"

namespace readiness::gui {

DialogReport::DialogReport(wxWindow* parent, const Project& project, const std::string& language)
    : wxDialog(parent, wxID_ANY, _("Report"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project) {
  SetName("dialog_report");
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);

  m_municipality = new wxRadioButton(this, wxID_ANY, _("&Municipality report:"), wxDefaultPosition, wxDefaultSize,
                                     wxRB_GROUP);
  m_municipality->SetName("report_municipality");
  m_round = new wxChoice(this, wxID_ANY);
  m_round->SetName("report_round");
  for (const auto& r : project.rounds) m_rounds.push_back(&r);
  std::sort(m_rounds.begin(), m_rounds.end(), [&](const Round* a, const Round* b) {
    const Community* ca = project.find_community(a->community_id);
    const Community* cb = project.find_community(b->community_id);
    const std::string na = ca ? ca->name : a->community_id, nb = cb ? cb->name : b->community_id;
    return na != nb ? na < nb : a->label > b->label;  // latest round first
  });
  for (const Round* r : m_rounds) {
    const Community* c = project.find_community(r->community_id);
    m_round->Append(to_wx((c ? c->name : r->community_id) + " · " + r->label + " · " + r->issue));
  }
  if (!m_rounds.empty()) m_round->SetSelection(0);
  grid->Add(m_municipality, 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_round, 1, wxEXPAND);

  m_county_button = new wxRadioButton(this, wxID_ANY, _("&County overview:"));
  m_county_button->SetName("report_county");
  m_county = new wxChoice(this, wxID_ANY);
  m_county->SetName("report_county_code");
  std::set<std::string> codes;
  for (const auto& c : project.communities)
    if (!c.county_code.empty()) codes.insert(c.county_code);
  for (const auto& code : codes) {
    m_county_codes.push_back(code);
    std::string name = code;
    try {
      if (const County* county = SwedishRegister::bundled().county(code)) name = county->name + " (" + code + ")";
    } catch (const std::exception&) {
    }
    m_county->Append(to_wx(name));
  }
  if (!m_county_codes.empty()) m_county->SetSelection(0);
  grid->Add(m_county_button, 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_county, 1, wxEXPAND);

  m_language = new wxChoice(this, wxID_ANY);
  m_language->SetName("report_language");
  m_language->Append(wxString::FromUTF8("Svenska"));
  m_language->Append("English");
  m_language->SetSelection(language == "en" ? 1 : 0);
  // TRANSLATORS: the language the report is written in.
  grid->Add(new wxStaticText(this, wxID_ANY, _("&Language:")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_language, 1, wxEXPAND);
  top->Add(grid, 0, wxEXPAND | wxALL, 12);

  m_open = new wxCheckBox(this, wxID_ANY, _("&Open the report when it is written"));
  m_open->SetName("report_open");
  m_open->SetValue(true);
  top->Add(m_open, 0, wxLEFT | wxRIGHT, 12);

  auto* buttons = new wxStdDialogButtonSizer;
  // TRANSLATORS: the button that goes on to choosing where the PDF is saved.
  auto* ok = new wxButton(this, wxID_OK, _("&Write PDF..."));
  ok->SetDefault();
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancel")));
  buttons->Realize();
  use_own_cancel_button(*this);
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizerAndFit(top);
  m_municipality->SetValue(true);
  m_municipality->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update_enabled(); });
  m_county_button->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update_enabled(); });
  update_enabled();
}

void DialogReport::update_enabled() {
  m_round->Enable(!county());
  m_county->Enable(county());
  if (wxWindow* ok = FindWindow(wxID_OK))
    ok->Enable(county() ? m_county->GetSelection() != wxNOT_FOUND : m_round->GetSelection() != wxNOT_FOUND);
}

bool DialogReport::county() const { return m_county_button->GetValue(); }

const Round* DialogReport::round() const {
  const int i = m_round->GetSelection();
  return i == wxNOT_FOUND ? nullptr : m_rounds[static_cast<std::size_t>(i)];
}

std::string DialogReport::county_code() const {
  const int i = m_county->GetSelection();
  return i == wxNOT_FOUND ? std::string() : m_county_codes[static_cast<std::size_t>(i)];
}

std::string DialogReport::language() const { return m_language->GetSelection() == 1 ? "en" : "sv"; }

bool DialogReport::open_when_done() const { return m_open->GetValue(); }

bool write_report(wxWindow* parent, PageHost& host) {
  const ProjectDocumentPtr doc = host.document();
  if (!doc) return false;
  const Project& project = doc->project();
  DialogReport dialog(parent, project, ui_language());
  if (dialog.ShowModal() != wxID_OK) return false;
  std::string name;
  if (dialog.county()) {
    name = "lagesbild-" + dialog.county_code();
  } else if (const Round* r = dialog.round()) {
    const Community* c = project.find_community(r->community_id);
    name = slugify(c ? c->name : r->community_id) + "-" + slugify(r->label);
  } else {
    return false;
  }
  wxFileDialog files(parent, _("Save the report"), wxString(), to_wx(name + ".pdf"), _("PDF files (*.pdf)|*.pdf"),
                     wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (files.ShowModal() != wxID_OK) return false;
  wxString path = files.GetPath();
  if (path.empty() && !files.GetFilename().empty())
    path = wxFileName(files.GetDirectory(), files.GetFilename()).GetFullPath();
  if (path.empty()) return false;
  reports::ReportOptions options;
  options.language = dialog.language();
  try {
    wxBusyCursor busy;
    if (dialog.county()) {
      reports::CountySelection selection;
      selection.county_code = dialog.county_code();
      reports::write_county_overview(project, selection, options, to_utf8(path));
    } else {
      reports::write_municipality_report(project, *dialog.round(), options, to_utf8(path));
    }
  } catch (const std::exception& e) {
    show_error(parent, _("The report was not written."), wxString::FromUTF8(e.what()));
    return false;
  }
  if (dialog.open_when_done() && !wxLaunchDefaultApplication(path))
    show_error(parent, _("No program opens this file."), path);
  return true;
}

}  // namespace readiness::gui
