#include "chart_palette.h"

#include <array>

namespace readiness::charts {

unsigned long series_rgb(std::size_t index) {
  static const std::array<unsigned long, kSeriesColours> kColours = {
      0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9,  // Okabe–Ito
      0x000000, 0x332288, 0x999933, 0x882255, 0x44AA99, 0x777777,  // black; Tol: indigo, olive, wine, teal; grey
  };
  return kColours[index % kColours.size()];
}

unsigned long stage_rgb(int stage) {
  static const std::array<unsigned long, 9> kStages = {0xF4B6B6, 0xF8CBAD, 0xFCE4B6, 0xFFF2A8, 0xF2F5A9,
                                                       0xDDEFB5, 0xC6E8B8, 0xA9DCA9, 0x8FD19E};
  if (stage < 1 || stage > 9) return 0xEEEEEE;
  return kStages[static_cast<std::size_t>(stage - 1)];
}

}  // namespace readiness::charts
