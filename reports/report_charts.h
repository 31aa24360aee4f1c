#pragma once
// The report's charts, drawn with vector graphics on a PdfDocument, in the
// app's colours (charts/chart_palette.h). Not yet the app's own chart code:
// that still lives in gui/charts/ (see charts/CMakeLists.txt). Values are the
// scoring/ numbers; labels are passed in already formatted and translated.
// Boxes are in points from the page's top-left corner.
#include <optional>
#include <string>
#include <vector>

#include "pdf_document.h"

namespace readiness::reports {

// Stage 1..9 colour; light grey outside.
Rgb stage_colour(int stage);
// Series colour i (charts::series_rgb).
Rgb series_colour(std::size_t index);

struct Bar {
  std::string label;                  // "A"
  std::optional<double> value;        // mean on the 1–9 scale
  std::optional<int> stage;
  std::optional<double> low, high;    // 95% interval
};

// Vertical bars on a 0–9 scale with the stage grid and interval whiskers.
void draw_profile_chart(PdfDocument& pdf, double x, double y, double w, double h, const std::string& title,
                        const std::vector<Bar>& bars, char decimal_point);

struct Series {
  std::string name;
  std::vector<std::optional<double>> values;  // per x label
  std::vector<std::optional<double>> low, high;
  bool bold = false;
};

// Lines over rounds (x labels) on a 1–9 scale, with interval whiskers.
void draw_trend_chart(PdfDocument& pdf, double x, double y, double w, double h, const std::string& title,
                      const std::vector<std::string>& x_labels, const std::vector<Series>& series);

struct Dot {
  std::string label;
  std::optional<double> value, low, high;
  std::optional<int> stage;
};

// One row per entry: a dot at the value, its interval as a bar, on 1–9.
void draw_dot_chart(PdfDocument& pdf, double x, double y, double w, double h, const std::string& title,
                    const std::vector<Dot>& dots);

}  // namespace readiness::reports
