#include "dialogs/dialog_audit.h"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "score_value.h"
#include "text/score_labels.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

// A score for people: the UI language's decimal point; reasons as written.
wxString shown_value(const AuditEntry& e, const std::string& value) {
  if (value.empty()) return wxString::FromUTF8("\u2013");
  if (e.field == "reason") return to_wx(value);
  const auto h = parse_hundredths(value);
  return h ? score_text(*h) : to_wx(value);
}

}  // namespace

wxString audit_source_label(const AuditEntry& e) {
  wxString text = e.source == kAuditFromApp      ? _("in the app")
                  : e.source == kAuditFromImport ? _("score import")
                  : e.source == kAuditFromPackage ? _("scorer package")
                                                  : to_wx(e.source);
  if (!e.detail.empty()) text += " (" + to_wx(e.detail) + ")";
  return text;
}

wxString audit_field_label(const AuditEntry& e) {
  if (e.field == "a") return _("Scorer A");
  if (e.field == "b") return _("Scorer B");
  if (e.field == "consensus") return _("Consensus");
  if (e.field == "reason") return _("Reason");
  return to_wx(e.field);
}

DialogAudit::DialogAudit(wxWindow* parent, const wxString& heading, const std::vector<AuditEntry>& entries)
    : wxDialog(parent, wxID_ANY, _("Score history"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(this, wxID_ANY, heading), 0, wxALL, FromDIP(10));
  if (entries.empty()) {
    sizer->Add(new wxStaticText(this, wxID_ANY, _("No changes recorded yet.")), 0, wxLEFT | wxRIGHT | wxBOTTOM,
               FromDIP(10));
  }
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 280)), wxLC_REPORT | wxLC_SINGLE_SEL);
  const wxString columns[] = {_("When (UTC)"), _("Who"), _("From"), _("What"), _("Before"), _("After")};
  for (int c = 0; c < 6; ++c) m_list->AppendColumn(columns[c]);
  long row = 0;
  for (const AuditEntry& e : entries) {
    std::string when = e.when;
    if (when.size() == 20) when = when.substr(0, 10) + " " + when.substr(11, 8);
    m_list->InsertItem(row, to_wx(when));
    m_list->SetItem(row, 1, to_wx(e.who));
    m_list->SetItem(row, 2, audit_source_label(e));
    m_list->SetItem(row, 3, audit_field_label(e));
    m_list->SetItem(row, 4, shown_value(e, e.old_value));
    m_list->SetItem(row, 5, shown_value(e, e.new_value));
    ++row;
  }
  for (int c = 0; c < 6; ++c) m_list->SetColumnWidth(c, entries.empty() ? wxLIST_AUTOSIZE_USEHEADER : wxLIST_AUTOSIZE);
  sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  sizer->Add(CreateSeparatedButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(10));
  SetEscapeId(wxID_CLOSE);
  SetSizerAndFit(sizer);
}

int DialogAudit::rows() const { return m_list->GetItemCount(); }

wxString DialogAudit::cell(int row, int column) const { return m_list->GetItemText(row, column); }

}  // namespace readiness::gui
