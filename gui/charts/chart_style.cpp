#include "charts/chart_style.h"

#include <array>
#include <cmath>

namespace readiness::gui {

namespace {

// Pixel sizes, not points: the same chart must come out the same on a
// window, in a bitmap and in SVG, whatever DPI each of those reports.
wxFont chart_font(double pixels, bool bold) {
  wxFontInfo info(wxSize(0, static_cast<int>(std::lround(pixels))));
  info.Family(wxFONTFAMILY_SWISS);
  if (bold) info.Bold();
  return wxFont(info);
}

}  // namespace

ChartStyle ChartStyle::standard() { return ChartStyle{}; }

ChartStyle ChartStyle::for_presentation() {
  ChartStyle style;
  style.presentation = true;
  style.text_scale = kPresentationScale;
  return style;
}

wxColour ChartStyle::series_colour(std::size_t index) {
  // Okabe & Ito (2008), yellow left out: it vanishes on white; then four of
  // Paul Tol's muted colours (personal.sron.nl/~pault) that differ from
  // those seven in hue or lightness, also for the common colour-vision
  // deficiencies, and a mid grey.
  static const std::array<unsigned long, kSeriesColours> kColours = {
      0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9,  // Okabe–Ito
      0x000000, 0x332288, 0x999933, 0x882255, 0x44AA99, 0x777777,  // black; Tol: indigo, olive, wine, teal; grey
  };
  const unsigned long rgb = kColours[index % kColours.size()];
  return wxColour(static_cast<unsigned char>(rgb >> 16), static_cast<unsigned char>((rgb >> 8) & 0xFF),
                  static_cast<unsigned char>(rgb & 0xFF));
}

wxColour ChartStyle::stage_colour(int stage) {
  // Same values as kStageColours in exports/workbook_export.cpp, so a stage
  // has one colour in the workbook and on screen.
  static const std::array<unsigned long, 9> kStages = {0xF4B6B6, 0xF8CBAD, 0xFCE4B6, 0xFFF2A8, 0xF2F5A9,
                                                       0xDDEFB5, 0xC6E8B8, 0xA9DCA9, 0x8FD19E};
  if (stage < 1 || stage > 9) return wxColour(0xEE, 0xEE, 0xEE);
  const unsigned long rgb = kStages[static_cast<std::size_t>(stage - 1)];
  return wxColour(static_cast<unsigned char>(rgb >> 16), static_cast<unsigned char>((rgb >> 8) & 0xFF),
                  static_cast<unsigned char>(rgb & 0xFF));
}

wxFont ChartStyle::title_font() const { return chart_font(scaled(title_size), true); }
wxFont ChartStyle::label_font() const { return chart_font(scaled(label_size), false); }
wxFont ChartStyle::small_font() const { return chart_font(scaled(small_size), false); }

}  // namespace readiness::gui
