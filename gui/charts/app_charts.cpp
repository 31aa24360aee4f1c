#include "charts/app_charts.h"

#include "app/app_language.h"

namespace readiness::gui {

charts::ChartLocale app_chart_locale() { return charts::ChartLocale::registered(decimal_point()); }

ChartData round_profile_chart(const RoundResult& result, ProfileBand band) {
  return charts::round_profile_chart(result, band, app_chart_locale());
}

ChartData round_change_chart(const RoundResult& previous, const RoundResult& latest) {
  return charts::round_change_chart(previous, latest, app_chart_locale());
}

ChartData comparison_chart(const ComparisonTable& table) {
  return charts::comparison_chart(table, app_chart_locale());
}

ChartData trend_chart(const Trend& trend, const DimensionNames& names) {
  return charts::trend_chart(trend, names, app_chart_locale());
}

ChartData trend_overall_chart(const std::vector<Trend>& trends) {
  return charts::trend_overall_chart(trends, app_chart_locale());
}

}  // namespace readiness::gui
