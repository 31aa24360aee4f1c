#include "widgets/themed_colours.h"

#include <wx/settings.h>
#include <wx/window.h>

namespace readiness::gui {

Rgb to_rgb(const wxColour& colour) { return Rgb{colour.Red(), colour.Green(), colour.Blue()}; }

wxColour to_wx_colour(Rgb colour) { return wxColour(colour.r, colour.g, colour.b); }

double contrast_ratio(const wxColour& a, const wxColour& b) { return contrast_ratio(to_rgb(a), to_rgb(b)); }

wxColour readable_text_on(const wxColour& background) { return to_wx_colour(readable_text_on(to_rgb(background))); }

wxColour readable_accent(const wxColour& accent, const wxColour& background) {
  return to_wx_colour(readable_accent(to_rgb(accent), to_rgb(background)));
}

wxColour background_of(const wxWindow* window) {
  // A colour set on the window or a parent it inherits from; else the
  // theme's dialog/panel colour (what a label on a page sits on).
  for (const wxWindow* w = window; w; w = w->GetParent()) {
    if (w->UseBgCol()) return w->GetBackgroundColour();
    if (w->IsTopLevel()) break;
  }
  return wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE);
}

wxColour list_background() { return wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX); }

void set_accent_text(wxWindow* window, const wxColour& accent) {
  window->SetForegroundColour(readable_accent(accent, background_of(window)));
}

void set_muted_text(wxWindow* window) { set_accent_text(window, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)); }

}  // namespace readiness::gui
