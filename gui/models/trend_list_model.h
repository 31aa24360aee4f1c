#pragma once
// Adapts trends (scoring/trend.h) to a wxDataViewCtrl, as readiness-cli
// trend prints them: a row per round with every mean and the half-width of
// its 95% interval ("4.88 ±0.37"), and between two rounds a row with each
// change judged against the noise ("↑ +0.98" beyond, "≈ +0.10" within,
// "?" not assessable, "!" a stage change within the noise). Several
// communities follow one another. The model keeps the trends the page
// computed and an index of rows, no copies (views adapt, never own).
#include <memory>
#include <string>
#include <vector>

#include <wx/dataview.h>

#include "trend.h"

namespace readiness::gui {

class TrendListModel : public wxDataViewVirtualListModel {
 public:
  enum class RowKind { Point, Step };
  struct RowRef {
    std::size_t trend = 0;
    RowKind kind = RowKind::Point;
    std::size_t index = 0;  // into Trend::points or Trend::steps
  };

  TrendListModel() = default;
  // `stage_names[t][p]` names point p's overall stage of trend t.
  void set_trends(std::shared_ptr<const std::vector<Trend>> trends,
                  std::vector<std::vector<std::string>> stage_names = {});
  const std::vector<RowRef>& rows() const { return m_rows; }

  unsigned community_column() const { return 0; }
  unsigned round_column() const { return 1; }
  unsigned dimension_column(std::size_t dimension) const { return 2 + static_cast<unsigned>(dimension); }
  unsigned overall_column() const { return 2 + dimension_count(); }
  unsigned stage_column() const { return overall_column() + 1; }
  unsigned interviews_column() const { return overall_column() + 2; }

  // The change a step row shows in a column (dimension or overall); null
  // for point rows and other columns.
  const Change* change_at(unsigned row, unsigned col) const;
  // The estimate a point row shows in a column; null otherwise.
  const Estimate* estimate_at(unsigned row, unsigned col) const;

  unsigned GetColumnCount() const override { return interviews_column() + 1; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
  bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;

 private:
  unsigned dimension_count() const {
    return m_trends && !m_trends->empty() ? static_cast<unsigned>(m_trends->front().dimensions.size()) : 0u;
  }

  std::shared_ptr<const std::vector<Trend>> m_trends;
  std::vector<std::vector<std::string>> m_stage_names;
  std::vector<RowRef> m_rows;
};

// "↑ +0.98", "≈ +0.10 !", "? +2.50", "?" — readiness-cli trend's change cell,
// with the UI's decimal separator.
wxString change_text(const Change& change);
// "4.88 ±0.37", "(n 1)" added when fewer interviews than the round's scored ones.
wxString estimate_text(const Estimate& estimate, int scored_interviews);

}  // namespace readiness::gui
