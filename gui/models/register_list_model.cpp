#include "models/register_list_model.h"

#include <wx/settings.h>

#include "text/labels.h"
#include "text/translate.h"
#include "text/wx_text.h"
#include "widgets/themed_colours.h"

namespace readiness::gui {

void RegisterListModel::show(std::vector<const Municipality*> rows) {
  m_rows = std::move(rows);
  Reset(static_cast<unsigned>(m_rows.size()));
}

bool RegisterListModel::set_chosen(const std::string& code, bool chosen) {
  if (present(code)) return false;
  if (chosen)
    m_chosen.insert(code);
  else
    m_chosen.erase(code);
  for (unsigned row = 0; row < m_rows.size(); ++row)
    if (m_rows[row]->code == code) RowValueChanged(row, ColChosen);
  return true;
}

void RegisterListModel::clear_chosen() {
  m_chosen.clear();
  // A visible reset is cheaper than a row-by-row change for 290 rows.
  Reset(static_cast<unsigned>(m_rows.size()));
}

void RegisterListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
  const Municipality* m = at(row);
  if (!m) {
    value = col == ColChosen ? wxVariant(false) : wxVariant(wxString());
    return;
  }
  switch (col) {
    case ColChosen: value = present(m->code) || chosen(m->code); break;
    case ColName: value = to_wx(m->name); break;
    case ColCode: value = to_wx(m->code); break;
    case ColCounty: value = county_label(m->county_code); break;
    // TRANSLATORS: register dialog: this municipality is already a community of the project.
    case ColState: value = present(m->code) ? _("Already in the project") : wxString(); break;
    default: value = wxString();
  }
}

bool RegisterListModel::SetValueByRow(const wxVariant& value, unsigned row, unsigned col) {
  const Municipality* m = at(row);
  if (!m || col != ColChosen) return false;
  return set_chosen(m->code, value.GetBool());
}

bool RegisterListModel::GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const {
  const Municipality* m = at(row);
  if (!m || !present(m->code)) return false;
  attr.SetColour(readable_accent(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT), list_background()));
  attr.SetItalic(true);
  return true;
}

bool RegisterListModel::IsEnabledByRow(unsigned row, unsigned) const {
  const Municipality* m = at(row);
  return m && !present(m->code);
}

}  // namespace readiness::gui
