#include "county_overview.h"

#include <algorithm>
#include <map>
#include <set>

#include "atomic_output.h"
#include "comparison.h"
#include "data_paths.h"
#include "register.h"
#include "chart_adapters.h"
#include "report_charts.h"
#include "report_common.h"
#include "report_i18n.h"
#include "report_layout.h"
#include "trend.h"
#include "workbook_text.h"

namespace readiness::reports {

namespace {

struct Row {
  std::string name;
  std::string code;
  const Trend* trend = nullptr;
  std::size_t point = 0;  // index of the period's point in trend->points
};

std::string county_name(const std::string& code) {
  try {
    if (const County* c = SwedishRegister::bundled().county(code)) return c->name;
  } catch (const std::exception&) {
  }
  return code;
}

}  // namespace

std::string county_overview_pdf(const Project& project, const CountySelection& sel, const ReportOptions& options) {
  const ReportLanguage language(options.language, options.locale_dir.empty() ? locale_dir() : options.locale_dir);
  LanguageScope scope(language);
  const std::string lang = language.code();

  // The county's communities and their rounds.
  std::vector<std::string> ids;
  for (const auto& c : project.communities)
    if (c.county_code == sel.county_code) ids.push_back(c.id);
  std::map<std::string, std::string> issues;  // normalized -> as written
  for (const auto& r : project.rounds)
    if (std::find(ids.begin(), ids.end(), r.community_id) != ids.end()) issues.emplace(normalize_issue(r.issue), r.issue);
  if (issues.empty()) {
    // A code the register does not know is no county at all (SCB län codes).
    // Said with the counties the project's communities are in.
    std::string known;
    bool is_county = true;
    try {
      const SwedishRegister& reg = SwedishRegister::bundled();
      is_county = reg.county(sel.county_code) != nullptr;
      std::set<std::string> codes;
      for (const auto& c : project.communities)
        if (const County* county = reg.county(c.county_code); county && codes.insert(county->code).second)
          known += (known.empty() ? "" : ", ") + county->code + " " + county->name;
    } catch (const std::exception&) {
      is_county = true;  // no register to ask: the plain message below
    }
    if (!is_county && ids.empty()) {
      if (known.empty())
        // TRANSLATORS: report --county 99: "99" is no Swedish county (län) code of SCB.
        throw SelectionError(fill(_("\"%s\" is not a county code"), {sel.county_code}));
      // TRANSLATORS: report --county 99: "…; the project's communities are in 25 Norrbottens län".
      throw SelectionError(fill(_("\"%s\" is not a county code; the project's communities are in %s"),
                                {sel.county_code, known}));
    }
    throw SelectionError(fill(_("no rounds in county %s"), {sel.county_code}));
  }
  std::string issue = sel.issue;
  if (issue.empty()) {
    if (issues.size() > 1) {
      std::string list;
      for (const auto& [k, v] : issues) list += (list.empty() ? "" : "; ") + v;
      throw SelectionError(fill(_("county %s has rounds on several issues; choose one with --issue: %s"),
                                {sel.county_code, list}));
    }
    issue = issues.begin()->second;
  } else if (!issues.count(normalize_issue(issue))) {
    throw SelectionError(fill(_("no round on \"%s\" in county %s"), {issue, sel.county_code}));
  }

  TrendOptions topt;
  topt.issue = issue;
  topt.community_ids = ids;
  topt.shared_dimensions = true;
  const std::vector<Trend> all = trends(project, topt);
  // Interview rounds only (self-rating scores higher and never shares an axis).
  std::vector<const Trend*> used;
  for (const auto& t : all)
    if (t.mode == Mode::Interview) used.push_back(&t);
  std::string period = sel.period;
  if (period.empty())
    for (const Trend* t : used)
      for (const auto& p : t->points) period = std::max(period, p.label);
  if (period.empty()) throw SelectionError(fill(_("no interview rounds on \"%s\" in county %s"), {issue, sel.county_code}));

  std::vector<Row> rows;
  std::vector<std::string> without;  // "Name (code)" of municipalities without a round in the period
  std::set<std::string> listed_codes;
  for (const auto& id : ids) {
    const Community* c = project.find_community(id);
    Row row{c->name, c->code, nullptr, 0};
    for (const Trend* t : used)
      if (t->community_id == id)
        for (std::size_t i = 0; i < t->points.size(); ++i)
          if (t->points[i].label == period) {
            row.trend = t;
            row.point = i;
          }
    if (!c->code.empty()) listed_codes.insert(c->code);
    if (row.trend) rows.push_back(row);
    else without.push_back(community_label(project, id));
  }
  try {
    for (const Municipality* m : SwedishRegister::bundled().municipalities_in(sel.county_code))
      if (!listed_codes.count(m->code)) without.push_back(m->name + " (" + m->code + ")");
  } catch (const std::exception&) {
  }
  std::sort(without.begin(), without.end());

  std::vector<std::string> dims = rows.empty() ? std::vector<std::string>{} : rows.front().trend->dimensions;
  const Instrument* instrument = nullptr;
  for (const auto& r : project.rounds)
    if (!rows.empty() && r.id == rows.front().trend->points[rows.front().point].round_id) instrument = &r.instrument;

  const std::string county = county_name(sel.county_code);
  PdfDocument pdf(options.font_dir.empty() ? font_dir() : options.font_dir,
                  fill(_("County overview: %s, %s, %s"), {county, issue, period}), language.bcp47());
  ReportLayout l(pdf, Orientation::Landscape,
                 fill(_("County overview · %s · %s · %s"), {county, issue, period}) + " · " + report_date(options.date),
                 _("Page"));
  l.new_page();
  l.title(fill(_("County overview: %s"), {county}),
          fill(_("%s · period %s · interview rounds · %s of the county's municipalities with a round"),
               {issue, period, std::to_string(rows.size())}));

  // The table: municipality, each dimension, overall, interval, stage, change.
  std::vector<ReportLayout::Column> cols{{_("Municipality"), 84}};
  for (const auto& d : dims) cols.push_back({d, 36, Align::Right});
  cols.push_back({_("Overall"), 44, Align::Right});
  cols.push_back({_("95% interval"), 64, Align::Right});
  cols.push_back({_("Stage"), 84});
  cols.push_back({_("n"), 22, Align::Right});
  cols.push_back({_("Change since previous round"), 0});
  std::vector<std::vector<std::string>> cells;
  std::map<std::string, int> lowest_count;
  for (const Row& r : rows) {
    const TrendPoint& p = r.trend->points[r.point];
    std::vector<std::string> line{r.name};
    for (const auto& e : p.dimensions) line.push_back(mean_text(e.mean));
    line.push_back(mean_text(p.overall.mean));
    line.push_back(p.overall.interval ? interval_text(p.overall.interval->low, p.overall.interval->high) : "–");
    line.push_back(p.overall.stage && instrument
                       ? std::to_string(*p.overall.stage) + " " + stage_name(*instrument, *p.overall.stage, lang)
                       : "–");
    line.push_back(std::to_string(p.overall.n));
    std::string change = _("first round");
    if (r.point > 0) {
      const Change& ch = r.trend->steps[r.point - 1].overall;
      const std::string from = r.trend->points[r.point - 1].label;
      if (ch.verdict == ChangeVerdict::NotAssessable || !ch.difference)
        change = fill(_("since %s: not assessable"), {from});
      else
        change = fill(ch.verdict == ChangeVerdict::BeyondNoise ? _("since %s: %s, beyond the noise (threshold %s)")
                                                                : _("since %s: %s, within the noise (threshold %s)"),
                      {from, signed_text(*ch.difference), fixed_text(ch.threshold.value_or(0.0))});
    }
    if (p.provisional) change += " · " + std::string(_("provisional"));
    line.push_back(change);
    cells.push_back(line);
    // The lowest of this municipality's dimensions (ties kept).
    std::optional<ExactMean> low;
    for (const auto& e : p.dimensions)
      if (e.mean && (!low || *e.mean < *low)) low = e.mean;
    for (std::size_t d = 0; d < p.dimensions.size(); ++d)
      if (low && p.dimensions[d].mean && *p.dimensions[d].mean == *low) ++lowest_count[dims[d]];
  }
  l.table(cols, cells, [&](std::size_t r, std::size_t c, Rgb& colour) {
    const TrendPoint& p = rows[r].trend->points[rows[r].point];
    std::optional<int> stage;
    if (c >= 1 && c <= dims.size()) stage = p.dimensions[c - 1].stage;
    else if (c == dims.size() + 1 || c == dims.size() + 3) stage = p.overall.stage;
    if (!stage) return false;
    colour = stage_colour(*stage);
    return true;
  }, 8);

  // Weakest dimension and the municipalities without a round, left; chart right.
  const double top = l.y();
  const double half = l.width() / 2 - 10;
  PdfDocument& d = l.pdf();
  double y = top;
  d.set_font(true, 9.5);
  d.text(l.left(), y + 9.5, _("The county's weakest dimension"));
  y += 15;
  d.set_font(false, 8.5);
  int most = 0;
  for (const auto& [code, n] : lowest_count) most = std::max(most, n);
  std::string weakest;
  for (const auto& code : dims)
    if (lowest_count.count(code) && lowest_count[code] == most)
      weakest += (weakest.empty() ? "" : ", ") + code + " " + (instrument ? dimension_name(*instrument, code, lang) : code);
  y = d.paragraph(l.left(), y + 8.5, half,
                  rows.empty() ? std::string(_("No municipality has a round in the period."))
                               : fill(most == 1 && rows.size() > 1 ? _("%s: each the lowest dimension in %s of %s municipalities.")
                                                                   : _("%s: the lowest dimension in %s of %s municipalities."),
                                      {weakest, std::to_string(most), std::to_string(rows.size())}));
  y += 6;
  d.set_font(true, 9.5);
  d.text(l.left(), y + 9.5, fill(_("Without a round in %s (%s)"), {period, std::to_string(without.size())}));
  y += 15;
  d.set_font(false, 8);
  std::string names;
  for (const auto& n : without) names += (names.empty() ? "" : ", ") + n;
  y = d.paragraph(l.left(), y + 8, half, without.empty() ? std::string(_("none")) : names);
  y += 6;
  d.set_font(false, 7.5);
  std::string legend;
  for (const auto& code : dims) legend += (legend.empty() ? "" : " · ") + code + " " + (instrument ? dimension_name(*instrument, code, lang) : code);
  y = d.paragraph(l.left(), y + 7.5, half, legend);
  y = d.paragraph(l.left(), y + 2, half,
                  // xgettext:no-c-format
                  _("Means cut to two decimals, cells coloured by stage. Change: Welch's t-test at 5% on the overall "
                    "score; within the noise means the data do not show a change."));

  // The app's trend chart of several municipalities (charts/): each one's
  // overall score with its 95% interval over the rounds up to the period.
  std::vector<Trend> shown;
  for (const Row& r : rows) {
    Trend t = *r.trend;
    t.points.resize(r.point + 1);
    shown.push_back(std::move(t));
  }
  const double chart_h = std::max(160.0, std::min(l.bottom() - top, 300.0));
  if (top + chart_h > l.bottom()) l.new_page();
  draw_chart(d, l.left() + half + 20, l.y() == top ? top : l.y(), half, chart_h,
             charts::trend_overall_chart(shown, report_chart_locale()), charts::ChartKind::Lines);
  l.set_y(std::max(y, top + chart_h));
  return pdf.bytes();
}

void write_county_overview(const Project& project, const CountySelection& selection, const ReportOptions& options,
                           const std::string& path) {
  write_file_atomically(path, county_overview_pdf(project, selection, options));
}

}  // namespace readiness::reports
