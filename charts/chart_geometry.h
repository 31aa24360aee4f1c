#pragma once
// The plain types every chart is drawn with, no toolkit's: points and
// rectangles in the chart's own units (device-independent pixels: 1/96
// inch, y growing downwards; a back end maps them to its device), colours
// with alpha, and a font as size and weight (the back end picks the face:
// DejaVu Sans in the PDF, wx's Swiss family in the window).
#include <cstdint>

namespace readiness::charts {

struct Point {
  double x = 0.0;
  double y = 0.0;
};

struct Rect {
  double x = 0.0;  // left
  double y = 0.0;  // top
  double width = 0.0;
  double height = 0.0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

// 8-bit sRGB channels; alpha 255 is opaque.
struct Colour {
  std::uint8_t red = 0, green = 0, blue = 0, alpha = 255;
  // From 0xRRGGBB (chart_palette.h), opaque.
  static Colour rgb(unsigned long hex) {
    return {static_cast<std::uint8_t>((hex >> 16) & 0xFF), static_cast<std::uint8_t>((hex >> 8) & 0xFF),
            static_cast<std::uint8_t>(hex & 0xFF), 255};
  }
  bool operator==(const Colour& o) const {
    return red == o.red && green == o.green && blue == o.blue && alpha == o.alpha;
  }
  bool operator!=(const Colour& o) const { return !(*this == o); }
};

// The same colour with another alpha (0 transparent … 255 opaque).
inline Colour with_alpha(Colour colour, std::uint8_t alpha) {
  colour.alpha = alpha;
  return colour;
}

// Size is the em height in chart units (pixels, not points).
struct ChartFont {
  double size = 12.0;
  bool bold = false;
  bool operator==(const ChartFont& o) const { return size == o.size && bold == o.bold; }
};

// A line of text as the canvas measures it: its advance width and its
// line height (ascent + descent), in chart units.
struct TextSize {
  double width = 0.0;
  double height = 0.0;
};

}  // namespace readiness::charts
