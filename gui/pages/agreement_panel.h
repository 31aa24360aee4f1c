#pragma once
// Agreement between the blind scorers of a round, from scoring/agreement.h:
// exact, within ±0.5, within ±1.0, weighted kappa and ICC(2,1), with n, per
// dimension, over all dimensions and per scorer pair.
#include <string>

#include <wx/panel.h>

#include "project.h"

class wxListView;
class wxStaticText;

namespace readiness::gui {

class AgreementPanel : public wxPanel {
 public:
  explicit AgreementPanel(wxWindow* parent);
  void show(const Round& round);
  wxListView* table() const { return m_table; }
  // The text of one cell (tests).
  wxString cell(long row, int column) const;

 private:
  wxListView* m_table = nullptr;
  wxStaticText* m_note = nullptr;
};

}  // namespace readiness::gui
