#pragma once
// Adapts a comparison table (scoring/comparison.h) to a wxDataViewCtrl:
// one row per round, a column per common dimension ("4.58 (6)": mean and
// n), the overall score over those dimensions, its stage, the interviews
// and the lowest dimension. Cells are coloured by stage. The row order is
// scoring's sorted_rows() (comparison_view.h); the model only keeps the
// permutation, never a copy of the numbers (views adapt, never own).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/dataview.h>

#include "comparison_view.h"

namespace readiness::gui {

class CompareListModel : public wxDataViewVirtualListModel {
 public:
  CompareListModel() = default;

  // Shows `table` (nothing when null) in its own order, sorted by community.
  // `stage_names[i]` names row i's overall stage (from its instrument).
  void set_table(std::shared_ptr<const ComparisonTable> table, std::vector<std::string> stage_names = {});
  const ComparisonTable* table() const { return m_table.get(); }

  // Column layout of the current table.
  unsigned community_column() const { return 0; }
  unsigned round_column() const { return 1; }
  unsigned dimension_column(std::size_t dimension) const { return 2 + static_cast<unsigned>(dimension); }
  unsigned overall_column() const { return 2 + dimension_count(); }
  unsigned stage_column() const { return overall_column() + 1; }
  unsigned interviews_column() const { return overall_column() + 2; }
  unsigned lowest_column() const { return overall_column() + 3; }

  // The sort a column header click asks for; none outside the table.
  std::optional<ComparisonSort> sort_for_column(unsigned column, bool ascending) const;
  void sort(const ComparisonSort& sort);
  const ComparisonSort& current_sort() const { return m_sort; }

  // The table row shown at a view row; -1 when out of range.
  int table_row(unsigned view_row) const;
  const ComparisonRow* row_at(unsigned view_row) const;

  unsigned GetColumnCount() const override { return lowest_column() + 1; }
  wxString GetColumnType(unsigned) const override { return "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
  bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
  bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;

 private:
  unsigned dimension_count() const {
    return m_table ? static_cast<unsigned>(m_table->dimensions.size()) : 0u;
  }

  std::shared_ptr<const ComparisonTable> m_table;
  std::vector<std::string> m_stage_names;
  std::vector<std::size_t> m_order;
  ComparisonSort m_sort;
};

}  // namespace readiness::gui
