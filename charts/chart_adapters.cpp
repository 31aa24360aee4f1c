#include "chart_adapters.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "mean_format.h"
#include "uncertainty.h"

namespace readiness::charts {

namespace {

using Band = std::optional<std::pair<double, double>>;

Band band_of(const std::optional<Interval>& interval) {
  if (!interval) return std::nullopt;
  return std::pair(interval->low, interval->high);
}

std::optional<double> value_of(const std::optional<ExactMean>& mean) {
  if (!mean) return std::nullopt;
  return mean->value();
}

const DimensionResult* find_dimension(const RoundResult& result, const std::string& code) {
  for (const auto& d : result.dimensions)
    if (d.code == code) return &d;
  return nullptr;
}

std::string category_of(const std::string& code, const DimensionNames& names) {
  const auto it = names.find(code);
  return it == names.end() || it->second.empty() ? code : code + " " + it->second;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

// The periods as a reader of a pasted slide needs them: "2022",
// "2019, 2022", or "2016–2022" for more than two.
std::string periods_text(const std::vector<std::string>& labels) {
  if (labels.empty()) return {};
  if (labels.size() > 2) return labels.front() + "\u2013" + labels.back();
  return joined(labels);
}

std::string interval_note(const ChartLocale& locale) {
  return locale.tr("Whiskers and bands: 95% interval of the mean");
}

std::string signed_score(double value, const ChartLocale& locale) {
  return (value > 0 ? "+" : "") + format_fixed(value, 2, locale.decimal_point);
}

std::string verdict_label(ChangeVerdict verdict, const ChartLocale& locale) {
  switch (verdict) {
    case ChangeVerdict::BeyondNoise: return locale.tr("beyond the noise");
    case ChangeVerdict::WithinNoise: return locale.tr("within the noise");
    case ChangeVerdict::NotAssessable: return locale.tr("not assessable");
  }
  return {};
}

std::string mode_text(Mode mode, const ChartLocale& locale) {
  switch (mode) {
    case Mode::Interview: return locale.tr("Key-respondent interviews");
    case Mode::SelfRating: return locale.tr("Self-rating");
  }
  return {};
}

std::string n_note(int n, const ChartLocale& locale) {
  return fill(locale.tr_n("n = %d interview", "n = %d interviews", static_cast<unsigned long>(std::max(0, n))),
              {std::to_string(n)});
}

// Every chart says its language's decimal separator and "no data".
ChartData new_chart(const ChartLocale& locale) {
  ChartData chart;
  chart.decimal_point = locale.decimal_point;
  // TRANSLATORS: shown under a chart axis when a dimension has no score.
  chart.no_data = locale.tr("no data");
  return chart;
}

}  // namespace

DimensionNames dimension_names(const RoundResult& result) {
  DimensionNames names;
  for (const auto& d : result.dimensions) names[d.code] = d.name;
  return names;
}

ChartData round_profile_chart(const RoundResult& result, ProfileBand band, const ChartLocale& locale) {
  ChartData chart = new_chart(locale);
  // The title says what the whiskers are, so two pictures of one round with
  // different whiskers (the window's range, a report's interval) never share
  // a title (review item 9).
  const std::string title =
      band == ProfileBand::Range        ? locale.tr("%s %s: readiness by dimension, lowest to highest score")
      : band == ProfileBand::Interval95 ? locale.tr("%s %s: readiness by dimension with 95% intervals")
                                        : locale.tr("%s %s: readiness by dimension");
  chart.title = fill(title, {result.community_name, result.label});
  ChartSeries series;
  series.name = result.community_name + " " + result.label;
  for (const auto& d : result.dimensions) {
    chart.categories.push_back(d.name.empty() ? d.code : d.code + " " + d.name);
    chart.short_categories.push_back(d.code);
    series.values.push_back(value_of(d.mean));
    series.n.push_back(d.n);
    switch (band) {
      case ProfileBand::None: series.band.push_back(std::nullopt); break;
      case ProfileBand::Range:
        series.band.push_back(d.min && d.max ? Band(std::pair(*d.min / 100.0, *d.max / 100.0)) : std::nullopt);
        break;
      case ProfileBand::Interval95: series.band.push_back(band_of(dimension_interval(d))); break;
    }
  }
  chart.series.push_back(std::move(series));

  chart.notes.push_back(n_note(result.scored_interviews, locale));
  if (result.overall && result.overall_stage)
    chart.notes.push_back(fill(locale.tr("Overall %s, stage %d"), {format_mean(*result.overall, 2, locale.decimal_point),
                                                                std::to_string(*result.overall_stage)}) +
                               (result.overall_stage_name.empty() ? std::string()
                                                                  : " (" + result.overall_stage_name + ")"));
  else
    chart.notes.push_back(locale.tr("No overall score: a dimension has no consensus score"));
  if (band == ProfileBand::Range) chart.notes.push_back(locale.tr("Whiskers: lowest to highest score"));
  if (band == ProfileBand::Interval95) chart.notes.push_back(interval_note(locale));
  if (result.provisional) chart.notes.push_back(locale.tr("Provisional: consensus missing"));
  return chart;
}

ChartData round_change_chart(const RoundResult& previous, const RoundResult& latest, const ChartLocale& locale) {
  if (previous.mode != latest.mode)
    throw std::invalid_argument("self-rated and interview rounds cannot share one chart");
  ChartData chart = new_chart(locale);
  const bool same_community = previous.community_id == latest.community_id;
  chart.title = fill(locale.tr("%s: %s compared with %s"), {latest.community_name, latest.label, previous.label});
  ChartSeries before, after;
  before.name = same_community ? previous.label : previous.community_name + " " + previous.label;
  after.name = same_community ? latest.label : latest.community_name + " " + latest.label;
  before.dashed = true;
  std::vector<std::string> dropped;
  for (const auto& d : latest.dimensions) {
    const DimensionResult* earlier = find_dimension(previous, d.code);
    if (!earlier) {
      dropped.push_back(d.code);
      continue;
    }
    chart.categories.push_back(d.name.empty() ? d.code : d.code + " " + d.name);
    chart.short_categories.push_back(d.code);
    before.values.push_back(value_of(earlier->mean));
    before.n.push_back(earlier->n);
    before.band.push_back(band_of(dimension_interval(*earlier)));
    after.values.push_back(value_of(d.mean));
    after.n.push_back(d.n);
    after.band.push_back(band_of(dimension_interval(d)));
  }
  for (const auto& d : previous.dimensions)
    if (!find_dimension(latest, d.code)) dropped.push_back(d.code);
  chart.series.push_back(std::move(before));
  chart.series.push_back(std::move(after));

  chart.notes.push_back(previous.label + ": " + n_note(previous.scored_interviews, locale));
  chart.notes.push_back(latest.label + ": " + n_note(latest.scored_interviews, locale));
  if (!dropped.empty())
    chart.notes.push_back(
        fill(locale.tr("Only dimensions both rounds share; left out: %s"), {joined(dropped)}));
  if (previous.provisional || latest.provisional) chart.notes.push_back(locale.tr("Provisional: consensus missing"));
  return chart;
}

ChartData comparison_chart(const ComparisonTable& table, const ChartLocale& locale) {
  ChartData chart = new_chart(locale);
  std::set<std::string> label_set;
  for (const auto& row : table.rows) label_set.insert(row.result.label);
  const std::vector<std::string> labels(label_set.begin(), label_set.end());
  chart.title = table.issue + " \u2014 " + mode_text(table.mode, locale) +
                (labels.empty() ? std::string() : ", " + periods_text(labels));
  DimensionNames names;
  for (const auto& row : table.rows)
    for (const auto& d : row.result.dimensions) names.emplace(d.code, d.name);
  for (const auto& code : table.dimensions) {
    chart.categories.push_back(category_of(code, names));
    chart.short_categories.push_back(code);
  }
  // With more than one period every series says its period.
  const bool several_periods = labels.size() > 1;
  std::vector<std::string> provisional;
  for (const auto& row : table.rows) {
    ChartSeries series;
    series.name = row.result.community_name;
    if (several_periods) series.name += " " + row.result.label;
    for (std::size_t i = 0; i < table.dimensions.size(); ++i) {
      series.values.push_back(i < row.means.size() ? value_of(row.means[i]) : std::nullopt);
      series.n.push_back(i < row.n.size() ? row.n[i] : 0);
      const DimensionResult* d = find_dimension(row.result, table.dimensions[i]);
      series.band.push_back(d ? band_of(dimension_interval(*d)) : std::nullopt);
    }
    if (row.result.provisional) provisional.push_back(series.name);
    chart.series.push_back(std::move(series));
  }
  chart.notes.push_back(interval_note(locale));
  if (!table.dropped_dimensions.empty())
    chart.notes.push_back(fill(locale.tr("Only dimensions all instruments share; left out: %s"),
                               {joined(table.dropped_dimensions)}));
  if (!provisional.empty())
    chart.notes.push_back(fill(locale.tr("Provisional: %s"), {joined(provisional)}));
  return chart;
}

ChartData trend_chart(const Trend& trend, const DimensionNames& names, const ChartLocale& locale) {
  ChartData chart = new_chart(locale);
  std::vector<std::string> labels;
  for (const auto& point : trend.points) labels.push_back(point.label);
  chart.title = fill(locale.tr("%s over time: %s"), {trend.community_name, trend.issue}) +
                (labels.empty() ? std::string() : ", " + periods_text(labels));
  for (const auto& point : trend.points) {
    chart.categories.push_back(point.label);
    chart.short_categories.push_back(point.label);
  }
  for (std::size_t k = 0; k < trend.dimensions.size(); ++k) {
    ChartSeries series;
    series.name = category_of(trend.dimensions[k], names);
    for (const auto& point : trend.points) {
      const Estimate* e = k < point.dimensions.size() ? &point.dimensions[k] : nullptr;
      series.values.push_back(e ? value_of(e->mean) : std::nullopt);
      series.band.push_back(e ? band_of(e->interval) : std::nullopt);
      series.n.push_back(e ? e->n : 0);
    }
    chart.series.push_back(std::move(series));
  }
  ChartSeries overall;
  overall.name = locale.tr("Overall");
  overall.emphasised = true;
  for (const auto& point : trend.points) {
    overall.values.push_back(value_of(point.overall.mean));
    overall.band.push_back(band_of(point.overall.interval));
    overall.n.push_back(point.overall.n);
  }
  chart.series.push_back(std::move(overall));

  chart.notes.push_back(interval_note(locale));
  for (const auto& step : trend.steps) {
    const Change& change = step.overall;
    std::string note = fill(locale.tr("Overall %s → %s"), {step.from_label, step.to_label});
    if (change.difference) note += ": " + signed_score(*change.difference, locale);
    note += ", " + verdict_label(change.verdict, locale);
    if (change.stage_change_within_noise) note += " " + locale.tr("(the stage change is within the noise)");
    chart.notes.push_back(note);
  }
  std::vector<std::string> provisional;
  for (const auto& point : trend.points)
    if (point.provisional) provisional.push_back(point.label);
  if (!provisional.empty())
    chart.notes.push_back(fill(locale.tr("Provisional: %s"), {joined(provisional)}));
  if (!trend.dropped_dimensions.empty())
    chart.notes.push_back(fill(locale.tr("Only dimensions all rounds share; left out: %s"),
                               {joined(trend.dropped_dimensions)}));
  if (trend.other_mode_split)
    chart.notes.push_back(locale.tr("Rounds in the other mode are shown separately, never on this axis"));
  return chart;
}

ChartData trend_overall_chart(const std::vector<Trend>& trends, const ChartLocale& locale) {
  ChartData chart = new_chart(locale);
  if (trends.empty()) return chart;
  // Rounds in label order ("2019" < "2022"), as trends order their points.
  std::set<std::string> labels;
  for (const auto& trend : trends)
    for (const auto& point : trend.points) labels.insert(point.label);
  chart.categories.assign(labels.begin(), labels.end());
  chart.title = fill(locale.tr("Overall score over time: %s"), {trends.front().issue}) + ", " +
                periods_text(chart.categories);
  chart.short_categories = chart.categories;
  for (const auto& trend : trends) {
    ChartSeries series;
    series.name = trend.community_name;
    for (const auto& label : chart.categories) {
      const auto it = std::find_if(trend.points.begin(), trend.points.end(),
                                   [&](const TrendPoint& p) { return p.label == label; });
      series.values.push_back(it == trend.points.end() ? std::nullopt : value_of(it->overall.mean));
      series.band.push_back(it == trend.points.end() ? std::nullopt : band_of(it->overall.interval));
      series.n.push_back(it == trend.points.end() ? 0 : it->overall.n);
    }
    chart.series.push_back(std::move(series));
  }
  chart.notes.push_back(interval_note(locale));
  return chart;
}

}  // namespace readiness::charts
