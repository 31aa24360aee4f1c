#pragma once
// The upper part the compare and trend pages share: a title, the picker
// with its notice beside it (under it on a narrow page), the table, a muted
// legend line and a bold summary line, in that order in `top`.
#include <wx/string.h>

class wxBoxSizer;
class wxDataViewCtrl;
class wxDataViewModel;
class wxStaticText;
class wxWindow;

namespace readiness::gui {

class ComparisonPicker;

struct ComparisonPageTop {
  wxStaticText* notice = nullptr;
  wxDataViewCtrl* table = nullptr;
  wxStaticText* legend = nullptr;
  wxStaticText* summary = nullptr;
};

// Adds the parts to `top` (a vertical sizer of `page`). `picker` is a child
// of `page`; the table shows `model`. `name` prefixes the window names
// (name + "_notice", name + "_table"); the summary is named `summary_name`.
ComparisonPageTop add_comparison_page_top(wxWindow* page, wxBoxSizer* top, const wxString& title,
                                          ComparisonPicker* picker, const wxString& name,
                                          const wxString& summary_name, wxDataViewModel* model);

}  // namespace readiness::gui
