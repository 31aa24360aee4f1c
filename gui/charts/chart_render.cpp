#include "charts/chart_render.h"

#include <cmath>
#include <memory>

#include <wx/dcmemory.h>
#include <wx/dcsvg.h>
#include <wx/ffile.h>
#include <wx/filefn.h>
#include <wx/graphics.h>
#include <wx/image.h>

#include "charts/wx_chart_canvas.h"
#include "platform.h"
#include "text/wx_text.h"

namespace readiness::gui {

wxBitmap render_chart_bitmap(const ChartData& data, ChartKind kind, const ChartStyle& style, wxSize size,
                             double scale) {
  if (size.x <= 0 || size.y <= 0 || !(scale > 0)) return wxNullBitmap;
  const wxSize pixels(static_cast<int>(std::lround(size.x * scale)), static_cast<int>(std::lround(size.y * scale)));
  wxBitmap bitmap(pixels, 24);
  if (!bitmap.IsOk()) return wxNullBitmap;
  {
    wxMemoryDC dc(bitmap);
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return wxNullBitmap;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    gc->Scale(scale, scale);
    paint_chart(*gc, wxRect2DDouble(0, 0, size.x, size.y), data, kind, style);
  }
  return bitmap;
}

bool save_chart_png(const wxString& path, const ChartData& data, ChartKind kind, const ChartStyle& style,
                    wxSize size, double scale) {
  const wxBitmap bitmap = render_chart_bitmap(data, kind, style, size, scale);
  if (!bitmap.IsOk()) return false;
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
  return bitmap.ConvertToImage().SaveFile(path, wxBITMAP_TYPE_PNG);
}

bool save_chart_svg(const wxString& path, const ChartData& data, ChartKind kind, const ChartStyle& style,
                    wxSize size) {
  if (size.x <= 0 || size.y <= 0) return false;
  {
    // wxSVGFileDC prints sizes and coordinates with printf: under a Swedish
    // LC_NUMERIC its "16,93cm" makes the drawing unreadable (platform.h).
    const platform::ClassicNumbers classic_numbers;
    // 96 dpi: one SVG user unit is one device-independent pixel, as on screen.
    wxSVGFileDC dc(path, size.x, size.y, 96.0, to_wx(data.title));
    if (!dc.IsOk()) return false;
    paint_chart(dc, wxRect2DDouble(0, 0, size.x, size.y), data, kind, style);
  }  // the file is completed when the DC goes
  // wxSVGFileDC reports no write errors: check that the file was finished.
  wxFFile file(path, "rb");
  wxString text;
  return file.IsOpened() && file.ReadAll(&text, wxConvUTF8) && text.Contains("</svg>");
}

}  // namespace readiness::gui
