#pragma once
// How charts look: colours, type sizes and the presentation factor, the
// same for the window, the copied picture and the PDF report. Sizes are in
// chart units (device-independent pixels); the painters scale them.
#include <cstddef>

#include "chart_geometry.h"

namespace readiness::charts {

struct ChartStyle {
  // Slides are read from the back of a room: presentation mode enlarges
  // type and lines by this factor; the layout gives the plot what is left.
  static constexpr double kPresentationScale = 1.5;

  bool presentation = false;
  double text_scale = 1.0;
  double title_size = 17.0;
  double label_size = 12.5;
  double small_size = 11.0;
  double line_width = 2.0;

  Colour background{255, 255, 255, 255};
  Colour title_colour{0x1F, 0x38, 0x64, 255};  // the Excel export's title colour
  Colour text{0x26, 0x2B, 0x33, 255};
  Colour muted{0x5B, 0x63, 0x6E, 255};
  Colour grid{0xDD, 0xE1, 0xE6, 255};
  Colour axis{0x8C, 0x94, 0x9E, 255};
  Colour whisker{0x33, 0x33, 0x33, 255};

  static ChartStyle standard();
  static ChartStyle for_presentation();

  // Series colours told apart with the common colour-vision deficiencies
  // (chart_palette.h); series kSeriesColours and later repeat them.
  static constexpr std::size_t kSeriesColours = 12;
  static Colour series_colour(std::size_t index);
  // Stage 1–9 as in the Excel export (pale red → green); grey outside.
  static Colour stage_colour(int stage);

  double scaled(double size) const { return size * text_scale; }
  double pen(double width) const { return width * (presentation ? 1.3 : 1.0); }
  ChartFont title_font() const { return {scaled(title_size), true}; }
  ChartFont label_font() const { return {scaled(label_size), false}; }
  ChartFont small_font() const { return {scaled(small_size), false}; }
};

}  // namespace readiness::charts
