#include "dialogs/dialog_respondents.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "commands/command_respondent.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "app/page_host.h"
#include "models/respondent_list_model.h"
#include "round_respondents.h"
#include "sector_coverage.h"
#include "sectors.h"
#include "text/translate.h"
#include "text/wx_text.h"
#include "widgets/themed_colours.h"

namespace readiness::gui {

DialogRespondents::DialogRespondents(wxWindow* parent, PageHost& host, const std::string& round_id)
    : wxDialog(parent, wxID_ANY, _("Respondents"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_host(host),
      m_document(host.document()),
      m_round_id(round_id),
      m_model(new RespondentListModel(m_document, round_id)) {
  SetName("dialog_respondents");
  auto* top = new wxBoxSizer(wxVERTICAL);

  m_list = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(800, 220)),
                              wxDV_SINGLE | wxDV_ROW_LINES);
  m_list->SetName("respondent_list");
  m_list->AssociateModel(m_model.get());
  auto column = [&](const wxString& title, unsigned col, int width) {
    m_list->AppendTextColumn(title, col, wxDATAVIEW_CELL_INERT,
                             std::max(FromDIP(width), GetTextExtent(title).x + FromDIP(24)), wxALIGN_LEFT,
                             wxDATAVIEW_COL_RESIZABLE);
  };
  column(_("Pseudonym"), RespondentListModel::ColPseudonym, 120);
  column(_("Sector"), RespondentListModel::ColSector, 230);
  column(_("Role"), RespondentListModel::ColRole, 180);
  column(_("Interview"), RespondentListModel::ColInterview, 140);
  // TRANSLATORS: column header: whether contact details are recorded.
  column(_("Contact"), RespondentListModel::ColContact, 80);
  top->Add(m_list, 1, wxEXPAND | wxALL, 12);

  auto* row = new wxBoxSizer(wxHORIZONTAL);
  m_add = new wxButton(this, wxID_ADD, _("&Add respondent"));
  m_remove = new wxButton(this, wxID_REMOVE, _("&Remove"));
  m_plan = new wxCheckBox(this, wxID_ANY, _("Plan an &interview for each new respondent"));
  m_plan->SetName("respondents_plan");
  m_plan->SetValue(true);
  row->Add(m_add, 0, wxRIGHT, 8);
  row->Add(m_remove, 0, wxRIGHT, 16);
  row->Add(m_plan, 0, wxALIGN_CENTER_VERTICAL);
  top->Add(row, 0, wxLEFT | wxRIGHT, 12);

  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Selected respondent"));
  wxWindow* parent_box = box->GetStaticBox();
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  auto add_row = [&](const wxString& label, wxWindow* field) {
    grid->Add(new wxStaticText(parent_box, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(field, 1, wxEXPAND);
  };
  m_pseudonym = new wxTextCtrl(parent_box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  m_pseudonym->SetName("respondent_pseudonym");
  add_row(_("&Pseudonym:"), m_pseudonym);
  m_sector = new wxChoice(parent_box, wxID_ANY);
  m_sector->SetName("respondent_sector");
  // TRANSLATORS: sector choice: no sector chosen yet.
  m_sector->Append(_("(not set)"));
  for (const auto& id : sector_ids()) m_sector->Append(sector_label(id));
  add_row(_("&Sector:"), m_sector);
  m_role = new wxTextCtrl(parent_box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  m_role->SetName("respondent_role");
  m_role->SetHint(_("e.g. community police officer, school nurse"));
  add_row(_("R&ole:"), m_role);
  box->Add(grid, 0, wxEXPAND | wxALL, 8);

  // Contact details apart, and said plainly where they go: exports leave
  // them out unless asked (workbook_export.h include_contacts).
  auto* contact_label = new wxStaticText(parent_box, wxID_ANY,
                                         _("Con&tact details (optional; kept apart, and left out of exports "
                                           "unless you ask for them):"));
  box->Add(contact_label, 0, wxLEFT | wxRIGHT | wxTOP, 8);
  m_contact = new wxTextCtrl(parent_box, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 50)),
                             wxTE_MULTILINE);
  m_contact->SetName("respondent_contact");
  box->Add(m_contact, 0, wxEXPAND | wxALL, 8);
  top->Add(box, 0, wxEXPAND | wxALL, 12);

  m_coverage = new wxStaticText(this, wxID_ANY, wxString());
  m_coverage->SetName("respondents_coverage");
  top->Add(m_coverage, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  auto* buttons = new wxStdDialogButtonSizer;
  auto* close = new wxButton(this, wxID_OK, _("&Close"));
  buttons->AddButton(close);
  buttons->Realize();
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizerAndFit(top);
  SetEscapeId(wxID_OK);

  m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_respondent(); });
  m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_selected(); });
  m_remove->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!selected_id().empty()); });
  auto has_selection = [this](wxUpdateUIEvent& e) { e.Enable(!m_shown_id.empty()); };
  for (wxWindow* field : std::vector<wxWindow*>{m_pseudonym, m_sector, m_role, m_contact})
    field->Bind(wxEVT_UPDATE_UI, has_selection);
  m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
    // A reset of the list (a respondent added or removed) clears the
    // selection for a moment: the fields stay with the respondent shown.
    if (!m_list->HasSelection()) return;
    const std::string id = m_model->respondent_id(m_model->GetRow(m_list->GetSelection()));
    if (id == m_shown_id) return;
    commit();
    load_fields(id);
  });
  // Typing is stored when the field is left or Enter is pressed; a choice at once.
  for (wxTextCtrl* field : {m_pseudonym, m_role, m_contact})
    field->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
      commit();
      e.Skip();
    });
  m_pseudonym->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit(); });
  m_role->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit(); });
  m_sector->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { commit(); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
    commit();
    e.Skip();
  }, wxID_OK);

  m_document->add_observer(this);
  update_title();
  update_coverage();
  if (const Round* r = round(); r && !r->respondents.empty()) select(r->respondents.front().id);
  m_list->SetFocus();
}

DialogRespondents::~DialogRespondents() { m_document->remove_observer(this); }

const Round* DialogRespondents::round() const { return m_document->project().find_round(m_round_id); }

void DialogRespondents::update_title() {
  const Round* r = round();
  const Community* c = r ? m_document->project().find_community(r->community_id) : nullptr;
  if (r && c)
    SetTitle(wxString::Format(_("Respondents — %s, round %s"), to_wx(c->name), to_wx(r->label)));
}

void DialogRespondents::on_project_changed(const ChangeEvent& event) {
  if (event.what == ChangeEvent::What::State || event.what == ChangeEvent::What::Project) return;
  if (event.what != ChangeEvent::What::Reset && !event.round_id.empty() && event.round_id != m_round_id) return;
  const std::string keep = m_shown_id;
  m_model->refresh();
  if (keep.empty() || !select(keep)) load_fields(std::string());
  update_coverage();
}

std::string DialogRespondents::selected_id() const { return m_shown_id; }

bool DialogRespondents::select(const std::string& respondent_id) {
  const int row = m_model->row_of(respondent_id);
  if (row < 0) return false;
  const wxDataViewItem item = m_model->GetItem(static_cast<unsigned>(row));
  m_list->Select(item);
  m_list->EnsureVisible(item);
  load_fields(respondent_id);
  return true;
}

void DialogRespondents::load_fields(const std::string& id) {
  const Round* r = round();
  const Respondent* respondent = r ? r->find_respondent(id) : nullptr;
  m_shown_id = respondent ? id : std::string();
  // At once, not at the next idle time: add_respondent() focuses the
  // pseudonym, and a disabled field cannot take the focus.
  for (wxWindow* field : std::vector<wxWindow*>{m_pseudonym, m_sector, m_role, m_contact})
    field->Enable(respondent != nullptr);
  m_pseudonym->ChangeValue(respondent ? to_wx(respondent->pseudonym) : wxString());
  m_role->ChangeValue(respondent ? to_wx(respondent->role) : wxString());
  m_contact->ChangeValue(respondent ? to_wx(respondent->contact) : wxString());
  int sector = 0;
  if (respondent)
    for (std::size_t i = 0; i < sector_ids().size(); ++i)
      if (sector_ids()[i] == respondent->sector) sector = static_cast<int>(i) + 1;
  m_sector->SetSelection(sector);
}

void DialogRespondents::set_sector(const std::string& sector_id) {
  int index = 0;
  for (std::size_t i = 0; i < sector_ids().size(); ++i)
    if (sector_ids()[i] == sector_id) index = static_cast<int>(i) + 1;
  m_sector->SetSelection(index);
  commit();
}

void DialogRespondents::commit() {
  const Round* r = round();
  const Respondent* current = r && !m_shown_id.empty() ? r->find_respondent(m_shown_id) : nullptr;
  if (!current) return;
  Respondent edited = *current;
  edited.pseudonym = to_utf8(m_pseudonym->GetValue().Strip(wxString::both));
  edited.role = to_utf8(m_role->GetValue().Strip(wxString::both));
  edited.contact = to_utf8(m_contact->GetValue());
  const int sector = m_sector->GetSelection();
  edited.sector = sector > 0 ? sector_ids()[static_cast<std::size_t>(sector - 1)] : std::string();
  if (edited.pseudonym.empty()) edited.pseudonym = current->pseudonym;  // a respondent is never nameless
  if (edited.pseudonym == current->pseudonym && edited.role == current->role && edited.contact == current->contact &&
      edited.sector == current->sector)
    return;
  m_host.submit(new CommandEditRespondent(m_document, m_round_id, edited));
}

std::string DialogRespondents::add_respondent() {
  commit();
  const Round* r = round();
  if (!r) return {};
  Respondent respondent;
  respondent.id = next_respondent_id(*r);
  respondent.pseudonym = to_utf8(wxString::Format(_("Respondent %s"), to_wx(respondent.id.substr(1))));
  const std::string interview_id = m_plan->IsChecked() ? next_interview_id(*r) : std::string();
  if (!m_host.submit(new CommandAddRespondent(m_document, m_round_id, respondent, interview_id))) return {};
  select(respondent.id);
  m_pseudonym->SetFocus();
  m_pseudonym->SelectAll();
  return respondent.id;
}

bool DialogRespondents::remove_selected() {
  const Round* r = round();
  const std::string id = selected_id();
  if (!r || id.empty()) return false;
  const RemovedRespondent consequence = respondent_removal(*r, id);
  if (!consequence.unlinked_interview_ids.empty()) {
    wxString ids;
    for (const auto& i : consequence.unlinked_interview_ids) ids += (ids.empty() ? "" : ", ") + to_wx(i);
    const int n = static_cast<int>(consequence.unlinked_interview_ids.size());
    wxMessageDialog ask(this,
                        wxString::Format(_("Remove %s?"), to_wx(consequence.respondent.pseudonym)),
                        _("Remove respondent"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(wxString::Format(
        wxPLURAL("Interview %s has answers or scores. It stays in the round, without a respondent.",
                 "Interviews %s have answers or scores. They stay in the round, without a respondent.", n),
        ids));
    ask.SetYesNoLabels(_("&Remove"), _("&Keep"));
    if (ask.ShowModal() != wxID_YES) return false;
  }
  m_shown_id.clear();  // nothing to commit for a respondent that goes
  return m_host.submit(new CommandRemoveRespondent(m_document, m_round_id, id));
}

void DialogRespondents::update_coverage() {
  const Round* r = round();
  if (!r) return;
  const SectorCoverage c = sector_coverage(*r);
  wxString text;
  switch (c.level) {
    case CoverageLevel::TooFew:
      text = wxString::Format(
          wxPLURAL("Only %d interview: the method asks for at least %d, and %d or more are recommended.",
                   "Only %d interviews: the method asks for at least %d, and %d or more are recommended.",
                   c.interviews),
          c.interviews, kMinimumInterviews, kRecommendedInterviews);
      break;
    case CoverageLevel::Enough:
      text = wxString::Format(_("%d interviews: enough for a score; %d or more are recommended."), c.interviews,
                              kRecommendedInterviews);
      break;
    case CoverageLevel::Recommended:
      text = wxString::Format(_("%d interviews: as many as recommended."), c.interviews);
      break;
  }
  if (!c.missing.empty()) {
    wxString missing;
    for (const auto& s : c.missing) missing += (missing.empty() ? "" : ", ") + sector_label(s);
    text += "\n" + _("Sectors not heard yet:") + " " + missing;
  }
  if (c.respondents_without_interview > 0)
    text += "\n" + wxString::Format(wxPLURAL("%d respondent has no interview yet.",
                                             "%d respondents have no interview yet.", c.respondents_without_interview),
                                    c.respondents_without_interview);
  set_accent_text(m_coverage, c.level == CoverageLevel::TooFew ? wxColour(170, 60, 0)
                                                                : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
  set_label(m_coverage, text, FromDIP(780));
  Layout();
}

}  // namespace readiness::gui
