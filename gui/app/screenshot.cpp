#include "app/screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

namespace readiness::gui {

bool save_screenshot(wxWindow* window, const wxString& png_path) {
  window->Update();
  const wxRect rect = window->GetScreenRect();
  if (rect.IsEmpty()) return false;
  wxBitmap bitmap(rect.GetWidth(), rect.GetHeight(), 24);
  {
    wxScreenDC screen;
    wxMemoryDC memory(bitmap);
    if (!memory.Blit(0, 0, rect.GetWidth(), rect.GetHeight(), &screen, rect.GetX(), rect.GetY())) return false;
  }
  if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
  return bitmap.ConvertToImage().SaveFile(png_path, wxBITMAP_TYPE_PNG);
}

}  // namespace readiness::gui
