#pragma once
// Adapts one round's interviews to a wxDataViewCtrl without copying them:
// each row is looked up in the document when drawn (views adapt, never
// own). Row i is the round's interview i.
#include <string>

#include <wx/dataview.h>

#include "project_document.h"

namespace readiness::gui {

class InterviewListModel : public wxDataViewVirtualListModel {
 public:
  enum Column { ColId, ColRespondent, ColSector, ColInterviewer, ColDate, ColStatus, ColAnswers, ColScorerA, ColScorerB, ColConsensus, ColCount };

  InterviewListModel() = default;
  // Shows `round_id` of `document` (nothing when empty).
  void show(ProjectDocumentPtr document, const std::string& round_id);
  // The interview id of a row, or "" when out of range.
  std::string interview_id(unsigned row) const;
  int row_of(const std::string& interview_id) const;

  unsigned GetColumnCount() const override { return ColCount; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
  bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;

 private:
  const Round* round() const;

  ProjectDocumentPtr m_document;
  std::string m_round_id;
};

}  // namespace readiness::gui
