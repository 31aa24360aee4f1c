#pragma once
// What a chart shows, as plain data (no wx): categories along one axis,
// one or more series of values on the 1–9 scale, with optional spread and
// n per point. The charts never compute statistics; the adapters
// (chart_adapters.h) fill this from scoring/'s results. Text is UTF-8 and
// already in the reader's language (the app's or the report's), and so are
// the decimal separator and the "no data" text the painters write.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace readiness::charts {

enum class ChartKind { Radar, Bars, Lines };

struct ChartSeries {
  std::string name;                                            // legend text
  std::vector<std::optional<double>> values;                   // per category; none = no data
  std::vector<std::optional<std::pair<double, double>>> band;  // low..high per category (e.g. 95% interval); may be empty
  std::vector<int> n;                                          // per category; may be empty
  bool dashed = false;      // an earlier round drawn beside the latest
  bool emphasised = false;  // drawn heavier, e.g. the overall score among dimensions
};

struct ChartData {
  std::string title;
  std::vector<std::string> categories;        // e.g. "A Existing efforts" or round labels
  // Short forms (dimension codes), used where the full category does not
  // fit; may be empty.
  std::vector<std::string> short_categories;
  std::vector<ChartSeries> series;
  double min = 1;  // the scale; stage grid lines at every whole number
  double max = 9;
  std::vector<std::string> notes;             // e.g. "n = 6", "Provisional"
  char decimal_point = '.';                   // of values the painters write ("5,25" in Swedish)
  std::string no_data = "no data";            // under a radar axis without a value
};

}  // namespace readiness::charts
