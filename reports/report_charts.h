#pragma once
// The report's charts are the app's: charts/'s adapters in the report's
// language and charts/'s painters on a PdfChartCanvas (pdf_document.h),
// so a chart in a PDF has the layout, colours and labels it has in the
// window. Boxes are in points from the page's top-left corner.
#include <cstddef>

#include "chart_data.h"
#include "chart_locale.h"
#include "pdf_document.h"

namespace readiness::reports {

// Stage 1..9 colour; light grey outside (charts/chart_palette.h).
Rgb stage_colour(int stage);
// Series colour i (charts/chart_palette.h).
Rgb series_colour(std::size_t index);

// The language of the report being written (report_i18n.h): its catalog,
// plural forms and decimal separator, for charts/chart_adapters.h.
charts::ChartLocale report_chart_locale();

// Points per chart unit: 96 device-independent pixels to 72 points, so a
// chart's type is the app's in print (the label font's 12.5 px is 9.4 pt).
constexpr double kChartScale = 0.75;

// Draws `data` as `kind` in the box x, y, w × h (points) on the current
// page, with the app's standard style. Throws ReportError on a libharu
// failure.
void draw_chart(PdfDocument& pdf, double x, double y, double w, double h, const charts::ChartData& data,
                charts::ChartKind kind);

}  // namespace readiness::reports
