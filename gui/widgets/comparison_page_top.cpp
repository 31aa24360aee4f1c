#include "widgets/comparison_page_top.h"

#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "widgets/comparison_picker.h"
#include "widgets/page_layout.h"
#include "widgets/themed_colours.h"

namespace readiness::gui {

ComparisonPageTop add_comparison_page_top(wxWindow* page, wxBoxSizer* top, const wxString& title,
                                          ComparisonPicker* picker, const wxString& name,
                                          const wxString& summary_name, wxDataViewModel* model) {
  const int gap = page->FromDIP(12);
  ComparisonPageTop parts;
  auto* heading = new wxStaticText(page, wxID_ANY, title);
  heading->SetFont(heading->GetFont().Scaled(1.5f).Bold());
  top->Add(heading, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

  auto* pickers = new wxBoxSizer(wxHORIZONTAL);
  pickers->Add(picker, 0, wxEXPAND | wxRIGHT | wxBOTTOM, gap);
  parts.notice = new wxStaticText(page, wxID_ANY, wxString());
  parts.notice->SetName(name + "_notice");
  pickers->Add(parts.notice, 1, wxEXPAND);
  top->Add(pickers, 0, wxEXPAND | wxALL, gap);
  follow_width(page, pickers, 820);

  parts.table = new wxDataViewCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
  parts.table->SetName(name + "_table");
  parts.table->AssociateModel(model);
  top->Add(parts.table, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);

  parts.legend = new wxStaticText(page, wxID_ANY, wxString());
  set_muted_text(parts.legend);
  top->AddSpacer(page->FromDIP(4));
  top->Add(parts.legend, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
  top->AddSpacer(page->FromDIP(4));
  parts.summary = new wxStaticText(page, wxID_ANY, wxString());
  parts.summary->SetName(summary_name);
  parts.summary->SetFont(parts.summary->GetFont().Bold());
  top->Add(parts.summary, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
  return parts;
}

}  // namespace readiness::gui
