#include "charts/chart_style.h"

#include <cmath>

#include "chart_palette.h"

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

static wxColour rgb_colour(unsigned long rgb) {
  return wxColour(static_cast<unsigned char>(rgb >> 16), static_cast<unsigned char>((rgb >> 8) & 0xFF),
                  static_cast<unsigned char>(rgb & 0xFF));
}

// One palette for the app and the PDF reports: charts/chart_palette.h.
wxColour ChartStyle::series_colour(std::size_t index) { return rgb_colour(charts::series_rgb(index)); }

wxColour ChartStyle::stage_colour(int stage) { return rgb_colour(charts::stage_rgb(stage)); }

wxFont ChartStyle::title_font() const { return chart_font(scaled(title_size), true); }
wxFont ChartStyle::label_font() const { return chart_font(scaled(label_size), false); }
wxFont ChartStyle::small_font() const { return chart_font(scaled(small_size), false); }

}  // namespace readiness::gui
