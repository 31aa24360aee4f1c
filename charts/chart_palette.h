#pragma once
// The charts' colours, defined once for every back end (no wx): the
// charts' style (chart_style.h) and the PDF reports' tables
// (reports/report_charts.h). Colours are 0xRRGGBB.
#include <cstddef>

namespace readiness::charts {

// Series colours told apart with the common colour-vision deficiencies:
// Okabe & Ito (2008) without yellow (it vanishes on white), then four of
// Paul Tol's muted colours (personal.sron.nl/~pault) that differ from those
// in hue or lightness, and a mid grey. Index kSeriesColours and later
// repeat from the start.
constexpr std::size_t kSeriesColours = 12;
unsigned long series_rgb(std::size_t index);

// Stage 1–9, pale red → green, the same as the Excel export's
// (exports/workbook_export.cpp); light grey outside 1–9.
unsigned long stage_rgb(int stage);

}  // namespace readiness::charts
