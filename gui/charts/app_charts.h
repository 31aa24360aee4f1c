#pragma once
// charts/ (the wx-free chart definitions) as the app's pages use them: the
// chart types under readiness::gui, and the adapters bound to the app's
// language (its catalog through survey/translation.h, its decimal
// separator). The reports bind the same adapters to a report's language
// (reports/report_charts.h).
#include "chart_adapters.h"
#include "chart_data.h"
#include "chart_style.h"

namespace readiness::gui {

using charts::ChartData;
using charts::ChartKind;
using charts::ChartSeries;
using charts::ChartStyle;
using charts::DimensionNames;
using charts::ProfileBand;
using charts::dimension_names;

// The app's language and decimal separator (app/app_language.h).
charts::ChartLocale app_chart_locale();

// charts/chart_adapters.h in the app's language.
ChartData round_profile_chart(const RoundResult& result, ProfileBand band = ProfileBand::Interval95);
ChartData round_change_chart(const RoundResult& previous, const RoundResult& latest);
ChartData comparison_chart(const ComparisonTable& table);
ChartData trend_chart(const Trend& trend, const DimensionNames& names = {});
ChartData trend_overall_chart(const std::vector<Trend>& trends);

}  // namespace readiness::gui
