#pragma once
// Adapts the search result of the Swedish register to a wxDataViewCtrl:
// rows point into SwedishRegister::bundled() (nothing copied), a check
// column says chosen, and municipalities already in the project are shown
// checked, greyed and not toggleable.
#include <set>
#include <string>
#include <vector>

#include <wx/dataview.h>

#include "register.h"

namespace readiness::gui {

class RegisterListModel : public wxDataViewVirtualListModel {
 public:
  enum Column { ColChosen, ColName, ColCode, ColCounty, ColState, ColCount };

  explicit RegisterListModel(std::set<std::string> present) : m_present(std::move(present)) {}

  // Shows `rows` (pointers into the bundled register).
  void show(std::vector<const Municipality*> rows);
  const std::vector<const Municipality*>& rows() const { return m_rows; }
  const Municipality* at(unsigned row) const { return row < m_rows.size() ? m_rows[row] : nullptr; }

  bool present(const std::string& code) const { return m_present.count(code) > 0; }
  bool chosen(const std::string& code) const { return m_chosen.count(code) > 0; }
  // Chooses or un-chooses; false for a municipality already present.
  bool set_chosen(const std::string& code, bool chosen);
  const std::set<std::string>& chosen_codes() const { return m_chosen; }
  void clear_chosen();

  unsigned GetColumnCount() const override { return ColCount; }
  wxString GetColumnType(unsigned col) const override { return col == ColChosen ? "bool" : "string"; }
  void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
  bool SetValueByRow(const wxVariant& value, unsigned row, unsigned col) override;
  bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;
  bool IsEnabledByRow(unsigned row, unsigned col) const override;

 private:
  std::vector<const Municipality*> m_rows;
  std::set<std::string> m_present;
  std::set<std::string> m_chosen;
};

}  // namespace readiness::gui
