#include "widgets/column_fit.h"

#include <algorithm>

#include <wx/settings.h>

namespace readiness::gui {

namespace {

// Room a cell or a header takes beside its text (GTK's padding, a sort
// arrow's place in the header).
int cell_padding(const wxWindow* list) { return list->FromDIP(14); }
int header_padding(const wxWindow* list) { return list->FromDIP(22); }

int usable_width(const wxDataViewCtrl* list) {
  return list->GetClientSize().x - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, list) - list->FromDIP(4);
}

}  // namespace

int column_content_width(wxDataViewCtrl* list, unsigned position, int max_width) {
  wxDataViewColumn* column = list->GetColumn(position);
  if (!column) return 0;
  int width = list->GetTextExtent(column->GetTitle()).x + header_padding(list);
  if (wxDataViewModel* model = list->GetModel()) {
    // List models do not list their rows as children: ask them by row.
    wxDataViewItemArray rows;
    if (auto* virtual_list = dynamic_cast<wxDataViewVirtualListModel*>(model)) {
      for (unsigned r = 0; r < virtual_list->GetCount(); ++r) rows.Add(virtual_list->GetItem(r));
    } else if (auto* index_list = dynamic_cast<wxDataViewIndexListModel*>(model)) {
      for (unsigned r = 0; r < index_list->GetCount(); ++r) rows.Add(index_list->GetItem(r));
    } else {
      model->GetChildren(wxDataViewItem(nullptr), rows);
    }
    const wxFont normal = list->GetFont();
    const wxFont bold = normal.Bold();
    for (const wxDataViewItem& row : rows) {
      wxVariant value;
      model->GetValue(value, row, column->GetModelColumn());
      if (value.IsNull() || value.GetType() != "string") continue;
      // Bold cells (complete consensus, a community's name) are wider.
      wxDataViewItemAttr attr;
      const bool is_bold = model->GetAttr(row, column->GetModelColumn(), attr) && attr.GetBold();
      int w = 0, h = 0;
      list->GetTextExtent(value.GetString(), &w, &h, nullptr, nullptr, is_bold ? &bold : &normal);
      width = std::max(width, w + cell_padding(list));
    }
  }
  return max_width > 0 ? std::min(width, max_width) : width;
}

void fit_columns(wxDataViewCtrl* list, unsigned stretch, unsigned keep_visible, int min_width) {
  const unsigned count = list->GetColumnCount();
  const int room = usable_width(list);
  if (count == 0 || stretch >= count || room <= 0) return;
  keep_visible = std::min(keep_visible, count - 1);
  int used = 0;
  for (unsigned i = 0; i < count; ++i) {
    if (i == stretch) continue;
    const int w = column_content_width(list, i, std::max(room / 4, list->FromDIP(80)));
    list->GetColumn(i)->SetWidth(w);
    if (i <= keep_visible) used += w;
  }
  const int header = list->GetTextExtent(list->GetColumn(stretch)->GetTitle()).x + header_padding(list);
  const int content = column_content_width(list, stretch);
  const int least = std::max(header, min_width);
  list->GetColumn(stretch)->SetWidth(std::max(least, std::min(content, room - used)));
}

int column_position(const wxDataViewCtrl* list, unsigned model_column) {
  for (unsigned i = 0; i < list->GetColumnCount(); ++i)
    if (list->GetColumn(i)->GetModelColumn() == model_column) return static_cast<int>(i);
  return -1;
}

}  // namespace readiness::gui
