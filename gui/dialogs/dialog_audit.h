#pragma once
// Score history (issue 12, item 6): the audit trail of one interview on one
// dimension — when, who, from where, what, old → new — oldest first, from
// Scoring > Score history… on the scoring and consensus pages.
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "audit.h"

class wxListView;

namespace readiness::gui {

class DialogAudit : public wxDialog {
 public:
  // `entries`: already filtered (audit_of); `heading` names the interview
  // and dimension.
  DialogAudit(wxWindow* parent, const wxString& heading, const std::vector<AuditEntry>& entries);
  // Rows shown (0 when the history is empty) and one cell, for tests.
  int rows() const;
  wxString cell(int row, int column) const;

 private:
  wxListView* m_list = nullptr;
};

// "app", "import (x.csv)", … in the UI language.
wxString audit_source_label(const AuditEntry& entry);
// "Scorer A", "Scorer B", "Consensus", "Reason".
wxString audit_field_label(const AuditEntry& entry);

}  // namespace readiness::gui
