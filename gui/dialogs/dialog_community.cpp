#include "dialogs/dialog_community.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "dialogs/dialog_buttons.h"
#include "text/labels.h"
#include "register.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString kind_label(CommunityKind kind) {
  switch (kind) {
    case CommunityKind::Municipality: return _("Municipality");
    // TRANSLATORS: community kind: a part of a municipality (stadsdel, kommundel).
    case CommunityKind::District: return _("District");
    // TRANSLATORS: community kind: several municipalities or a group of people treated as one community.
    case CommunityKind::Group: return _("Group");
  }
  return {};
}

}  // namespace

DialogCommunity::DialogCommunity(wxWindow* parent, const Community& community, bool is_new)
    : wxDialog(parent, wxID_ANY, is_new ? _("Add a custom community") : _("Edit community"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_original(community) {
  SetName("dialog_community");
  auto* top = new wxBoxSizer(wxVERTICAL);
  if (is_new) {
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("A community that is not a whole municipality: a district, or a group such as "
                                     "several municipalities along a river valley."));
    intro->Wrap(FromDIP(440));
    top->Add(intro, 0, wxEXPAND | wxALL, 12);
  }

  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  grid->AddGrowableRow(m_original.code.empty() ? 3 : 4, 1);
  auto add_row = [&](const wxString& label, wxWindow* field, int flags = wxALIGN_CENTER_VERTICAL, int border = 0) {
    grid->Add(new wxStaticText(this, wxID_ANY, label), 0, flags, border);
    grid->Add(field, 1, wxEXPAND);
  };

  m_name = new wxTextCtrl(this, wxID_ANY, to_wx(community.name));
  m_name->SetName("community_name");
  add_row(_("&Name:"), m_name);

  m_kind = new wxChoice(this, wxID_ANY);
  m_kind->SetName("community_kind");
  // A municipality is one from the register; custom ones are districts or groups.
  if (!community.code.empty() || community.kind == CommunityKind::Municipality)
    if (!is_new) m_kinds.push_back(CommunityKind::Municipality);
  m_kinds.push_back(CommunityKind::District);
  m_kinds.push_back(CommunityKind::Group);
  for (CommunityKind kind : m_kinds) m_kind->Append(kind_label(kind));
  add_row(_("&Kind:"), m_kind);
  set_kind(community.kind);

  m_county = new wxChoice(this, wxID_ANY);
  m_county->SetName("community_county");
  // TRANSLATORS: county choice for a custom community: it belongs to no single county.
  m_county->Append(_("(no county)"));
  m_county_codes.push_back(std::string());
  for (const auto& county : SwedishRegister::bundled().counties()) {
    m_county->Append(to_wx(county.name));
    m_county_codes.push_back(county.code);
  }
  const auto at = std::find(m_county_codes.begin(), m_county_codes.end(), community.county_code);
  m_county->SetSelection(at == m_county_codes.end() ? 0 : static_cast<int>(at - m_county_codes.begin()));
  add_row(_("C&ounty:"), m_county);

  if (!community.code.empty()) {
    // The register's code is a fact, not an edit.
    auto* code = new wxStaticText(this, wxID_ANY, to_wx(community.code));
    add_row(_("Municipality code:"), code);
  }

  m_note = new wxTextCtrl(this, wxID_ANY, to_wx(community.note), wxDefaultPosition, FromDIP(wxSize(380, 90)),
                          wxTE_MULTILINE);
  m_note->SetName("community_note");
  add_row(_("N&ote:"), m_note, wxALIGN_TOP | wxTOP, 4);
  top->Add(grid, 1, wxEXPAND | wxALL, 12);

  auto* buttons = new wxStdDialogButtonSizer;
  auto* ok = new wxButton(this, wxID_OK, is_new ? _("&Add") : _("&OK"));
  buttons->AddButton(ok);
  buttons->AddButton(new wxButton(this, wxID_CANCEL, _("&Cancel")));
  buttons->Realize();
  use_own_cancel_button(*this);
  top->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizerAndFit(top);
  ok->SetDefault();
  m_name->SetFocus();
  m_name->SelectAll();
}

void DialogCommunity::set_kind(CommunityKind kind) {
  const auto it = std::find(m_kinds.begin(), m_kinds.end(), kind);
  m_kind->SetSelection(it == m_kinds.end() ? static_cast<int>(m_kinds.size()) - 1
                                           : static_cast<int>(it - m_kinds.begin()));
}

Community DialogCommunity::community() const {
  Community c = m_original;
  c.name = to_utf8(m_name->GetValue().Strip(wxString::both));
  const int kind = m_kind->GetSelection();
  if (kind >= 0) c.kind = m_kinds[static_cast<std::size_t>(kind)];
  const int county = m_county->GetSelection();
  if (county >= 0) c.county_code = m_county_codes[static_cast<std::size_t>(county)];
  c.note = to_utf8(m_note->GetValue());
  return c;
}

bool DialogCommunity::TransferDataFromWindow() {
  if (m_name->GetValue().Strip(wxString::both).empty()) {
    wxMessageBox(_("Give the community a name."), GetTitle(), wxOK | wxICON_INFORMATION, this);
    m_name->SetFocus();
    return false;
  }
  return true;
}

}  // namespace readiness::gui
