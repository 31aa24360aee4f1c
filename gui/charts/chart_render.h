#pragma once
// A chart as an image outside a window: a bitmap (clipboard, README
// pictures), a PNG file or an SVG file. Sizes are device-independent
// pixels; `scale` multiplies them into image pixels (2 for slides and
// HiDPI).
#include <wx/bitmap.h>
#include <wx/gdicmn.h>
#include <wx/string.h>

#include "charts/app_charts.h"

namespace readiness::gui {

// An opaque bitmap of size × scale pixels.
wxBitmap render_chart_bitmap(const ChartData& data, ChartKind kind, const ChartStyle& style, wxSize size,
                             double scale);
// False when the bitmap could not be made or the file not written.
bool save_chart_png(const wxString& path, const ChartData& data, ChartKind kind, const ChartStyle& style,
                    wxSize size, double scale);
// Drawn through wxSVGFileDC (see wx_chart_canvas.h): text stays text.
bool save_chart_svg(const wxString& path, const ChartData& data, ChartKind kind, const ChartStyle& style,
                    wxSize size);

}  // namespace readiness::gui
