#pragma once
// The app's icon (packaging/readiness.png, built into the program): for the
// window, the About box and the help window.
#include <wx/bitmap.h>
#include <wx/iconbndl.h>

namespace readiness::gui {

// The icon at 16–256 pixels (scaled down from the 256 px original).
wxIconBundle app_icons();
// The icon at `size` × `size` pixels.
wxBitmap app_icon_bitmap(int size);

}  // namespace readiness::gui
