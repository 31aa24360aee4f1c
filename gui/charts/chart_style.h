#pragma once
// How charts look: colours, type sizes and the presentation factor. Sizes
// are in device-independent pixels; the painters scale them.
#include <cstddef>

#include <wx/colour.h>
#include <wx/font.h>

namespace readiness::gui {

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

  wxColour background{255, 255, 255};
  wxColour title_colour{0x1F, 0x38, 0x64};  // the Excel export's title colour
  wxColour text{0x26, 0x2B, 0x33};
  wxColour muted{0x5B, 0x63, 0x6E};
  wxColour grid{0xDD, 0xE1, 0xE6};
  wxColour axis{0x8C, 0x94, 0x9E};
  wxColour whisker{0x33, 0x33, 0x33};

  static ChartStyle standard();
  static ChartStyle for_presentation();

  // Series colours told apart with the common colour-vision deficiencies:
  // Okabe–Ito's seven (no yellow) and five of Paul Tol's; series
  // kSeriesColours and later repeat them from the start.
  static constexpr std::size_t kSeriesColours = 12;
  static wxColour series_colour(std::size_t index);
  // Stage 1–9 as in the Excel export (pale red → green); grey outside.
  static wxColour stage_colour(int stage);

  double scaled(double size) const { return size * text_scale; }
  double pen(double width) const { return width * (presentation ? 1.3 : 1.0); }
  wxFont title_font() const;
  wxFont label_font() const;
  wxFont small_font() const;
};

}  // namespace readiness::gui
