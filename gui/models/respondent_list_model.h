#pragma once
// Adapts one round's respondents to a wxDataViewCtrl without copying them:
// each row is looked up in the document when drawn. Row i is the round's
// respondent i.
#include <string>

#include <wx/dataview.h>

#include "project_document.h"

namespace readiness::gui {

class RespondentListModel : public wxDataViewVirtualListModel {
 public:
  enum Column { ColPseudonym, ColSector, ColRole, ColInterview, ColContact, ColCount };

  RespondentListModel(ProjectDocumentPtr document, std::string round_id);
  // Call after the round changed: the row count may differ (then the view
  // resets and loses its selection).
  void refresh();
  std::string respondent_id(unsigned row) const;
  int row_of(const std::string& respondent_id) const;

  unsigned GetColumnCount() const override { return ColCount; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

 private:
  const Round* round() const;

  ProjectDocumentPtr m_document;
  std::string m_round_id;
};

}  // namespace readiness::gui
