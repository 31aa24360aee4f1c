#pragma once
// Contrast between two colours as WCAG 2.x defines it, and the text colour
// that stays readable on a given background. Pure arithmetic, no wx, so the
// rule is unit-tested on its own; gui/themed_colours.h applies it to
// wxColour and the app's named colours.
//
// WCAG 2.x, "relative luminance" and "contrast ratio": sRGB channels are
// linearised (c/12.92 up to 0.04045, else ((c+0.055)/1.055)^2.4), weighted
// 0.2126 R + 0.7152 G + 0.0722 B; the ratio is (L1+0.05)/(L2+0.05), L1 the
// lighter. 4.5:1 is level AA for normal text.

namespace readiness::gui {

struct Rgb {
  unsigned char r = 0, g = 0, b = 0;
  friend bool operator==(const Rgb& a, const Rgb& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
};

inline constexpr double kReadableContrast = 4.5;  // WCAG 2.x AA, normal text

// 0 for black … 1 for white.
double relative_luminance(Rgb colour);
// 1 (same luminance) … 21 (black on white); symmetric.
double contrast_ratio(Rgb a, Rgb b);
// Black or white, whichever contrasts more with `background` (at least
// 4.58:1 for any background).
Rgb readable_text_on(Rgb background);
// `accent` (a warning red, a muted grey) kept as it is when it reaches
// `min_ratio` on `background`, else moved step by step towards black or
// white (the one that can reach the ratio) until it does: the hue stays
// recognisable in light and dark themes.
Rgb readable_accent(Rgb accent, Rgb background, double min_ratio = kReadableContrast);

}  // namespace readiness::gui
