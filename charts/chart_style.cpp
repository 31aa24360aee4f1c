#include "chart_style.h"

#include "chart_palette.h"

namespace readiness::charts {

ChartStyle ChartStyle::standard() { return ChartStyle{}; }

ChartStyle ChartStyle::for_presentation() {
  ChartStyle style;
  style.presentation = true;
  style.text_scale = kPresentationScale;
  return style;
}

// One palette for every back end: chart_palette.h.
Colour ChartStyle::series_colour(std::size_t index) { return Colour::rgb(series_rgb(index)); }

Colour ChartStyle::stage_colour(int stage) { return Colour::rgb(stage_rgb(stage)); }

}  // namespace readiness::charts
