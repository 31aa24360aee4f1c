#pragma once
// Pages on small screens (1024×700, 1366×768 at 125 %, GDK_SCALE=2):
// pages scroll rather than squeeze, and rows of side-by-side parts stack
// when the page is too narrow for them.
class wxBoxSizer;
class wxScrolledWindow;
class wxWindow;

namespace readiness::gui {

// Vertical scrolling only (widths follow the window; tables scroll
// sideways themselves), in steps of a text line.
void make_scrolling(wxScrolledWindow* page);
// After a change of content: the page's scrollable height follows its
// sizer's minimum, then the sizer lays out again.
void relayout_scrolling(wxScrolledWindow* page);
// Lays `row`'s items side by side while `page` is at least `min_width`
// device-independent pixels wide, else one under the other.
void follow_width(wxWindow* page, wxBoxSizer* row, int min_width);

}  // namespace readiness::gui
