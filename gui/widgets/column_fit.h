#pragma once
// Column widths of a wxDataViewCtrl from what the columns hold and the room
// the control has, so a small laptop's window (1024×700) shows the columns
// that matter without sideways scrolling (review item 11).
#include <wx/dataview.h>

namespace readiness::gui {

// The width column `position` (display order) needs for its header and
// every cell's text, in pixels, padding included; never more than
// `max_width` (0: no limit).
int column_content_width(wxDataViewCtrl* list, unsigned position, int max_width = 0);

// Sizes every column to its content (column_content_width, each at most a
// quarter of the control's width), then gives the column at `stretch` the
// width the columns 0..`keep_visible` (display positions, inclusive) leave
// in the control's client area, a vertical scroll bar's room kept: at least
// its header's width and `min_width`, at most its content's. Does nothing
// before the control has a size or columns.
void fit_columns(wxDataViewCtrl* list, unsigned stretch, unsigned keep_visible, int min_width);

// The display position of the column showing model column `model_column`,
// or -1 when none does.
int column_position(const wxDataViewCtrl* list, unsigned model_column);

}  // namespace readiness::gui
