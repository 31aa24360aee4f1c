#pragma once
// The WCAG contrast rule of colour_contrast.h for wx colours and windows:
// every place in gui/ that colours a background picks its text colour here,
// and every coloured text (a warning red, a muted grey) is made readable on
// the background the theme gives it, light or dark.
#include <wx/colour.h>

#include "widgets/colour_contrast.h"

class wxWindow;

namespace readiness::gui {

Rgb to_rgb(const wxColour& colour);
wxColour to_wx_colour(Rgb colour);

double contrast_ratio(const wxColour& a, const wxColour& b);
// Black or white, whichever reads better on `background`.
wxColour readable_text_on(const wxColour& background);
// `accent` as it is when it reads at 4.5:1 on `background`, else nudged
// towards black or white until it does.
wxColour readable_accent(const wxColour& accent, const wxColour& background);

// The colour a window's text sits on: its own background when one was set,
// else the theme's.
wxColour background_of(const wxWindow* window);
// The background of list and text controls (the theme's "window" colour).
wxColour list_background();

// Gives `window` the text colour `accent`, made readable on its background.
void set_accent_text(wxWindow* window, const wxColour& accent);
// The theme's "grey text" for notes and hints, made readable likewise.
void set_muted_text(wxWindow* window);

// The app's own colours for states, one place for all pages.
namespace colours {
// Cell backgrounds (text on them: readable_text_on).
inline const wxColour kAgreed{215, 240, 215};           // consensus set
inline const wxColour kLargeDifference{250, 205, 195};  // A and B more than 1.0 apart
inline const wxColour kReasonMissing{255, 235, 160};    // consensus needs a reason
inline const wxColour kSearchMatch{255, 230, 120};      // search highlight
inline const wxColour kInvalidEntry{255, 225, 225};     // a field that will not be accepted
// Text accents (through readable_accent / set_accent_text).
inline const wxColour kError{170, 0, 0};
inline const wxColour kWarning{170, 80, 0};
inline const wxColour kDone{0, 110, 40};
inline const wxColour kMuted{110, 110, 110};
}  // namespace colours

}  // namespace readiness::gui
