#include "dialogs/dialog_add_communities.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "dialogs/dialog_buttons.h"
#include "text/label_util.h"
#include "models/register_list_model.h"
#include "register_search.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

DialogAddCommunities::DialogAddCommunities(wxWindow* parent, const Project& project)
    : wxDialog(parent, wxID_ANY, _("Add municipalities from the register"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_model(new RegisterListModel(municipality_codes_in(project))) {
  SetName("dialog_add_communities");
  const SwedishRegister& reg = SwedishRegister::bundled();
  auto* top = new wxBoxSizer(wxVERTICAL);

  auto* intro = new wxStaticText(
      this, wxID_ANY,
      _("Find municipalities by name or code, tick the ones to add, or choose a county and add all of it."));
  top->Add(intro, 0, wxEXPAND | wxALL, 12);

  // Search and county on one row, each with its label before it.
  auto* filters = new wxFlexGridSizer(4, wxSize(8, 6));
  filters->AddGrowableCol(1, 3);
  filters->AddGrowableCol(3, 2);
  auto* search_label = new wxStaticText(this, wxID_ANY, _("&Search:"));
  m_search = new wxSearchCtrl(this, wxID_ANY);
  m_search->SetName("register_search");
  m_search->ShowCancelButton(true);
  // TRANSLATORS: placeholder in the register search field.
  m_search->SetDescriptiveText(_("Name or municipality code"));
  auto* county_label_text = new wxStaticText(this, wxID_ANY, _("&County:"));
  m_county = new wxChoice(this, wxID_ANY);
  m_county->SetName("register_county");
  m_county->Append(_("All counties"));
  for (const auto& county : reg.counties()) {
    m_county->Append(wxString::Format("%s (%s)", to_wx(county.name), to_wx(county.code)));
    m_county_codes.push_back(county.code);
  }
  m_county->SetSelection(0);
  filters->Add(search_label, 0, wxALIGN_CENTER_VERTICAL);
  filters->Add(m_search, 1, wxEXPAND);
  filters->Add(county_label_text, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
  filters->Add(m_county, 1, wxEXPAND);
  top->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  m_list = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 360)),
                              wxDV_SINGLE | wxDV_ROW_LINES);
  m_list->SetName("register_list");
  m_list->AssociateModel(m_model.get());
  // TRANSLATORS: register dialog column: the tick box "add this one".
  m_list->AppendToggleColumn(_("Add"), RegisterListModel::ColChosen, wxDATAVIEW_CELL_ACTIVATABLE,
                             std::max(FromDIP(50), GetTextExtent(_("Add")).x + FromDIP(24)), wxALIGN_CENTER);
  m_list->AppendTextColumn(_("Municipality"), RegisterListModel::ColName, wxDATAVIEW_CELL_INERT, FromDIP(170),
                           wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
  // TRANSLATORS: column header: the municipality code (kommunkod).
  m_list->AppendTextColumn(_("Code"), RegisterListModel::ColCode, wxDATAVIEW_CELL_INERT,
                           std::max(FromDIP(60), GetTextExtent(_("Code")).x + FromDIP(24)), wxALIGN_LEFT,
                           wxDATAVIEW_COL_RESIZABLE);
  m_list->AppendTextColumn(_("County"), RegisterListModel::ColCounty, wxDATAVIEW_CELL_INERT, FromDIP(190),
                           wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
  m_list->AppendTextColumn(_("In the project"), RegisterListModel::ColState, wxDATAVIEW_CELL_INERT, FromDIP(160),
                           wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
  top->Add(m_list, 1, wxEXPAND | wxALL, 12);

  auto* actions = new wxBoxSizer(wxHORIZONTAL);
  m_whole_county = new wxButton(this, wxID_ANY, _("Choose the &whole county"));
  m_whole_county->SetName("choose_whole_county");
  m_clear = new wxButton(this, wxID_ANY, _("C&lear choice"));
  m_summary = new wxStaticText(this, wxID_ANY, wxString());
  m_summary->SetName("register_summary");
  actions->Add(m_whole_county, 0, wxRIGHT, 8);
  actions->Add(m_clear, 0, wxRIGHT, 16);
  actions->Add(m_summary, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(actions, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  auto* buttons = new wxStdDialogButtonSizer;
  m_ok = new wxButton(this, wxID_OK, _("&Add"));
  buttons->AddButton(m_ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancel")));
  buttons->Realize();
  use_own_cancel_button(*this);
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizerAndFit(top);
  m_ok->SetDefault();

  m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refilter(); });
  m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { set_search(wxString()); });
  // Down from the search field goes to the results, as in a browser.
  m_search->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
    if (e.GetKeyCode() == WXK_DOWN && m_model->GetCount() > 0) {
      m_list->SetFocus();
      m_list->Select(m_model->GetItem(0));
      return;
    }
    e.Skip();
  });
  m_county->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refilter(); });
  m_whole_county->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_whole_county(); });
  m_clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    m_model->clear_chosen();
    update_summary();
  });
  m_whole_county->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!county_code().empty()); });
  m_clear->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_model->chosen_codes().empty()); });
  m_ok->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_model->chosen_codes().empty()); });
  // Enter, double-click or space on a row ticks it.
  m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& e) {
    if (e.GetColumn() == RegisterListModel::ColChosen) return;  // the toggle renderer did it
    toggle_row(m_model->GetRow(e.GetItem()));
  });
  m_list->Bind(wxEVT_CHAR, [this](wxKeyEvent& e) {
    if (e.GetKeyCode() == WXK_SPACE && m_list->HasSelection()) {
      toggle_row(m_model->GetRow(m_list->GetSelection()));
      return;
    }
    e.Skip();
  });
  m_list->Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, [this](wxDataViewEvent&) { update_summary(); });

  refilter();
  m_search->SetFocus();
}

std::string DialogAddCommunities::county_code() const {
  const int selection = m_county->GetSelection();
  return selection > 0 ? m_county_codes[static_cast<std::size_t>(selection - 1)] : std::string();
}

void DialogAddCommunities::refilter() {
  m_model->show(search_register(SwedishRegister::bundled(), to_utf8(m_search->GetValue()), county_code()));
  update_summary();
}

void DialogAddCommunities::update_summary() {
  const int chosen = static_cast<int>(m_model->chosen_codes().size());
  const int shown = static_cast<int>(m_model->rows().size());
  wxString text = wxString::Format(wxPLURAL("%d municipality shown", "%d municipalities shown", shown), shown);
  text += wxString::FromUTF8(" \u00b7 ");
  text += chosen == 0 ? _("none chosen yet")
                      : wxString::Format(wxPLURAL("%d chosen", "%d chosen", chosen), chosen);
  set_label(m_summary, text);
  m_ok->SetLabel(chosen > 0 ? wxString::Format(wxPLURAL("&Add %d municipality", "&Add %d municipalities", chosen),
                                               chosen)
                            : _("&Add"));
  Layout();
}

std::vector<std::string> DialogAddCommunities::chosen_codes() const {
  const auto& chosen = m_model->chosen_codes();
  return {chosen.begin(), chosen.end()};
}

void DialogAddCommunities::set_search(const wxString& text) {
  m_search->ChangeValue(text);
  refilter();
}

void DialogAddCommunities::set_county(const std::string& code) {
  const auto it = std::find(m_county_codes.begin(), m_county_codes.end(), code);
  m_county->SetSelection(it == m_county_codes.end() ? 0 : static_cast<int>(it - m_county_codes.begin()) + 1);
  refilter();
}

void DialogAddCommunities::choose_whole_county() {
  const std::string county = county_code();
  if (county.empty()) return;
  // The whole county, whatever the search field narrows the list to.
  for (const Municipality* m : search_register(SwedishRegister::bundled(), std::string(), county))
    m_model->set_chosen(m->code, true);
  update_summary();
}

void DialogAddCommunities::toggle_row(unsigned row) {
  if (const Municipality* m = m_model->at(row)) {
    m_model->set_chosen(m->code, !m_model->chosen(m->code));
    update_summary();
  }
}

bool DialogAddCommunities::choose(const std::string& code, bool chosen) {
  const bool done = m_model->set_chosen(code, chosen);
  update_summary();
  return done;
}

}  // namespace readiness::gui
