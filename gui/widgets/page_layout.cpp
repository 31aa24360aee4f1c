#include "widgets/page_layout.h"

#include <wx/scrolwin.h>
#include <wx/sizer.h>

namespace readiness::gui {

void make_scrolling(wxScrolledWindow* page) {
  page->SetScrollRate(0, page->FromDIP(16));
  // Arrow keys belong to the lists and fields on the page.
  page->DisableKeyboardScrolling();
}

void relayout_scrolling(wxScrolledWindow* page) {
  page->FitInside();
  page->Layout();
}

void follow_width(wxWindow* page, wxBoxSizer* row, int min_width) {
  auto apply = [page, row, min_width] {
    const int wanted = page->ToDIP(page->GetClientSize()).x >= min_width ? wxHORIZONTAL : wxVERTICAL;
    if (row->GetOrientation() == wanted) return false;
    row->SetOrientation(wanted);
    return true;
  };
  page->Bind(wxEVT_SIZE, [page, apply](wxSizeEvent& event) {
    event.Skip();
    if (apply()) page->CallAfter([page] {
        if (auto* scrolled = wxDynamicCast(page, wxScrolledWindow))
          relayout_scrolling(scrolled);
        else
          page->Layout();
      });
  });
  apply();
}

}  // namespace readiness::gui
