#include "app/app_icon.h"

#include <wx/image.h>
#include <wx/mstream.h>

#include "app_icon_png.h"

namespace readiness::gui {

namespace {

wxImage original() {
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
  wxMemoryInputStream stream(kAppIconPng, sizeof(kAppIconPng));
  return wxImage(stream, wxBITMAP_TYPE_PNG);
}

}  // namespace

wxBitmap app_icon_bitmap(int size) {
  wxImage image = original();
  if (!image.IsOk()) return wxNullBitmap;
  if (image.GetWidth() != size) image.Rescale(size, size, wxIMAGE_QUALITY_HIGH);
  return wxBitmap(image);
}

wxIconBundle app_icons() {
  wxIconBundle icons;
  for (int size : {16, 24, 32, 48, 64, 128, 256}) {
    const wxBitmap bitmap = app_icon_bitmap(size);
    if (!bitmap.IsOk()) continue;
    wxIcon icon;
    icon.CopyFromBitmap(bitmap);
    icons.AddIcon(icon);
  }
  return icons;
}

}  // namespace readiness::gui
