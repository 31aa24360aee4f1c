#pragma once
// scoring/'s results as chart data. The numbers are scoring's own (means,
// n, min/max, 95% intervals from uncertainty.h); nothing is computed here
// beyond picking and labelling. Titles, series names, notes and the
// decimal separator come out in `locale`'s language: the app's
// (gui/charts/app_charts.h) or a report's (reports/report_charts.h).
#include <map>
#include <string>
#include <vector>

#include "chart_data.h"
#include "chart_locale.h"
#include "comparison.h"
#include "round_result.h"
#include "trend.h"

namespace readiness::charts {

// What the whiskers of a round profile show.
enum class ProfileBand { None, Range, Interval95 };

// One round: a category per dimension ("A Existing efforts", short "A"),
// one series with the dimension means and n, notes on n, the overall
// score and provisional results.
ChartData round_profile_chart(const RoundResult& result, ProfileBand band, const ChartLocale& locale);

// Two rounds of one community, the earlier dashed, on the dimensions both
// share. Throws std::invalid_argument when one is self-rated and the other
// from interviews: those never share an axis.
ChartData round_change_chart(const RoundResult& previous, const RoundResult& latest, const ChartLocale& locale);

// One series per community (row) over the table's common dimensions, with
// 95% intervals. The title names issue, mode and periods ("2019, 2022");
// with more than one period each series' name ends in its round's label.
ChartData comparison_chart(const ComparisonTable& table, const ChartLocale& locale);

// Dimension code → name, e.g. from a RoundResult of the instrument.
using DimensionNames = std::map<std::string, std::string>;
DimensionNames dimension_names(const RoundResult& result);

// One community over its rounds: a series per dimension and the overall
// score (emphasised), 95% intervals as the band, notes on each overall
// change judged against the noise. The title ends in the periods
// ("2016–2022" for three or more).
ChartData trend_chart(const Trend& trend, const DimensionNames& names, const ChartLocale& locale);

// Several communities' overall scores over rounds (same issue and mode;
// the trends should come from trends() with shared_dimensions); the title
// ends in the periods.
ChartData trend_overall_chart(const std::vector<Trend>& trends, const ChartLocale& locale);

}  // namespace readiness::charts
