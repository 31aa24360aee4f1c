#include "widgets/colour_contrast.h"

#include <cmath>

namespace readiness::gui {

namespace {

double linear(unsigned char channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

unsigned char mix(unsigned char from, unsigned char to, double amount) {
  return static_cast<unsigned char>(std::lround(from + (to - from) * amount));
}

}  // namespace

double relative_luminance(Rgb colour) {
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrast_ratio(Rgb a, Rgb b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

Rgb readable_text_on(Rgb background) {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  return contrast_ratio(black, background) >= contrast_ratio(white, background) ? black : white;
}

Rgb readable_accent(Rgb accent, Rgb background, double min_ratio) {
  if (contrast_ratio(accent, background) >= min_ratio) return accent;
  const Rgb target = readable_text_on(background);
  // Twenty steps of 5%: the last one is the target itself, which reaches
  // at least 4.58:1 on any background.
  for (int step = 1; step <= 20; ++step) {
    const double amount = step / 20.0;
    const Rgb c{mix(accent.r, target.r, amount), mix(accent.g, target.g, amount), mix(accent.b, target.b, amount)};
    if (contrast_ratio(c, background) >= min_ratio) return c;
  }
  return target;
}

}  // namespace readiness::gui
