#include "municipality_report.h"

#include <algorithm>
#include <set>

#include "agreement.h"
#include "atomic_output.h"
#include "data_paths.h"
#include "instrument_library.h"
#include "mean_format.h"
#include "report_action_plan.h"
#include "chart_adapters.h"
#include "report_charts.h"
#include "report_common.h"
#include "report_i18n.h"
#include "report_layout.h"
#include "round_result.h"
#include "round_warnings.h"
#include "sector_coverage.h"
#include "sectors.h"
#include "strategy.h"
#include "trend.h"
#include "uncertainty.h"
#include "interview_dates.h"
#include "workbook_text.h"  // stage_name, dimension_name, sector_name, mode_name in sv/en

namespace readiness::reports {

namespace {

using Column = ReportLayout::Column;

struct Context {
  const Project& project;
  const Round& round;
  const RoundResult result;
  const std::string lang;
  const Instrument& texts;  // stage/dimension texts in the report's language
  std::optional<Trend> trend;
  std::size_t point = 0;    // this round's index in trend->points
};

std::string dim_name(const Context& c, const std::string& code) { return dimension_name(c.round.instrument, code, c.lang); }
std::string stage_label(const Context& c, int stage) { return stage_name(c.round.instrument, stage, c.lang); }

std::string areas_text(const Round& round) {
  std::string out;
  for (const auto& area : round.areas) {
    std::string name = area;
    if (area == "alcohol") name = _("alcohol");
    else if (area == "narcotics") name = _("narcotics");
    else if (area == "doping") name = _("doping");
    else if (area == "tobacco") name = _("tobacco and nicotine");
    else if (area == "gambling") name = _("gambling");
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

std::string period_text(const Round& round) {
  if (round.start_date.empty() && round.end_date.empty()) return "";
  return round.start_date + "–" + round.end_date;
}

// Interviews by sector: "Polis 1, Skola 2" (interviews with a respondent).
std::string sectors_text(const Context& c) {
  std::map<std::string, int> count;
  for (const auto& interview : c.round.interviews) {
    const Respondent* r = c.round.find_respondent(interview.respondent_id);
    ++count[r ? r->sector : std::string()];
  }
  std::string out;
  for (const auto& id : sector_ids()) {
    auto it = count.find(id);
    if (it == count.end()) continue;
    out += (out.empty() ? "" : ", ") + sector_name(id, c.lang) + " " + std::to_string(it->second);
  }
  for (const auto& [id, n] : count)
    if (std::find(sector_ids().begin(), sector_ids().end(), id) == sector_ids().end())
      out += (out.empty() ? "" : ", ") + (id.empty() ? std::string(_("sector unknown")) : id) + " " + std::to_string(n);
  return out;
}

std::vector<std::string> warning_lines(const Context& c) {
  const RoundWarnings w = round_warnings(c.round, c.result);
  std::vector<std::string> out;
  if (w.provisional)
    out.push_back(_("Provisional: the scorers have not agreed on every score yet; the numbers can still change."));
  if (w.too_few_interviews)
    out.push_back(fill(_("Too few interviews: %s with consensus scores; the method asks for at least 4."),
                       {std::to_string(w.scored_interviews)}));
  else if (w.fewer_than_recommended)
    out.push_back(fill(_("Few interviews: %s with consensus scores; 6 or more are recommended, so one stage of "
                         "difference can be noise."),
                       {std::to_string(w.scored_interviews)}));
  if (!w.missing_sectors.empty()) {
    std::string names;
    for (const auto& s : w.missing_sectors) names += (names.empty() ? "" : ", ") + sector_name(s, c.lang);
    out.push_back(fill(_("Sectors not heard: %s."), {names}));
  }
  if (!w.dimensions_without_score.empty()) {
    std::string codes;
    for (const auto& s : w.dimensions_without_score) codes += (codes.empty() ? "" : ", ") + s;
    out.push_back(fill(_("No score on %s: the round has no overall score (gap rule)."), {codes}));
  }
  if (w.cells_without_consensus > 0)
    out.push_back(fill(_("%s interview × dimension cells still lack a consensus score."),
                       {std::to_string(w.cells_without_consensus)}));
  return out;
}

std::optional<Interval> overall_ci(const Context& c) {
  if (!c.result.overall) return std::nullopt;
  return overall_interval(*c.result.overall, overall_spread(c.round));
}

// ---- page 1: what was measured, the overall score, warnings, profile -------

void summary_page(ReportLayout& l, const Context& c, const std::string& date) {
  const Community* community = c.project.find_community(c.round.community_id);
  l.title(fill(_("Community readiness in %s"), {community ? community->name : c.result.community_name}),
          fill(_("%s · round %s · feedback report of %s"), {c.round.issue, c.round.label, date}));

  l.heading(_("What was measured"));
  const SectorCoverage coverage = sector_coverage(c.round);
  l.facts({{_("Issue"), c.round.issue},
           {_("ANDTS area"), areas_text(c.round)},
           {_("Community"), community_label(c.project, c.round.community_id) +
                                (c.round.community_definition.empty() ? "" : " – " + c.round.community_definition)},
           {_("Period"), period_text(c.round)},
           {_("Mode"), mode_name(c.round.mode, c.lang)},
           {_("Interviews"), fill(_("%s in the round, %s with consensus scores"),
                                  {std::to_string(c.result.interviews), std::to_string(c.result.scored_interviews)})},
           {_("By sector"), sectors_text(c)},
           {_("Instrument"), c.round.instrument.title + " (" + c.round.instrument.id + " " +
                                 c.round.instrument.version + ")"}},
          110);
  (void)coverage;

  l.heading(_("Overall readiness"));
  PdfDocument& pdf = l.pdf();
  const double box_y = l.y();
  const double box_h = 62;
  const int stage = c.result.overall_stage.value_or(0);
  pdf.fill_rect(l.left(), box_y, l.width(), box_h, stage_colour(stage));
  if (c.result.overall) {
    pdf.set_font(true, 26);
    pdf.text(l.left() + 14, box_y + 36, mean_text(c.result.overall));
    pdf.set_font(true, 14);
    pdf.text(l.left() + 110, box_y + 25,
             fill(_("Stage %s: %s"), {std::to_string(stage), stage_label(c, stage)}));
    pdf.set_font(false, 9.5);
    const auto ci = overall_ci(c);
    const OverallSpread spread = overall_spread(c.round);
    pdf.text(l.left() + 110, box_y + 44,
             ci ? fill(_("95% interval %s (n = %s interviews)"), {interval_text(ci->low, ci->high), std::to_string(spread.n)})
                : std::string(_("No interval: fewer than two interviews scored every dimension.")));
  } else {
    pdf.set_font(true, 13);
    pdf.text(l.left() + 14, box_y + 36, _("No overall score: a dimension has no consensus score (gap rule)."));
  }
  l.set_y(box_y + box_h + 10);
  l.paragraph(_("The overall score is the mean of the dimension means; the stage is that mean cut to a whole "
                "number (4.99 is stage 4). The interval shows how much the score could move with other "
                "respondents of the same kind."),
              8.5);

  const auto warnings = warning_lines(c);
  if (!warnings.empty()) {
    l.subheading(_("Read with care"));
    for (const auto& w : warnings) l.bullet(w, 9);
  }

  // Profile chart: the app's bars (charts/), dimension and stage names in
  // the report's language.
  RoundResult named = c.result;
  for (auto& d : named.dimensions) d.name = dim_name(c, d.code);
  if (named.overall_stage) named.overall_stage_name = stage_label(c, *named.overall_stage);
  const double chart_h = 240;
  l.need(chart_h + 30);
  draw_chart(pdf, l.left(), l.y(), l.width(), chart_h,
             charts::round_profile_chart(named, charts::ProfileBand::Interval95, report_chart_locale()),
             charts::ChartKind::Bars);
  l.set_y(l.y() + chart_h + 4);
  std::string legend;
  for (const auto& d : c.result.dimensions) legend += (legend.empty() ? "" : " · ") + d.code + " " + dim_name(c, d.code);
  l.paragraph(legend, 8);
}

// ---- page 2: dimensions, the stage's meaning, the lowest dimension ---------

void dimensions_page(ReportLayout& l, const Context& c) {
  l.new_page();
  l.heading(_("Dimensions"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : c.result.dimensions) {
    const auto ci = dimension_interval(d);
    rows.push_back({d.code, dim_name(c, d.code), mean_text(d.mean), std::to_string(d.n),
                    d.n >= 2 ? fixed_text(d.sd) : "–",
                    d.min && d.max ? format_hundredths(*d.min, current_language().decimal_point()) + "–" +
                                         format_hundredths(*d.max, current_language().decimal_point())
                                   : "–",
                    ci ? interval_text(ci->low, ci->high) : "–",
                    d.stage ? std::to_string(*d.stage) + " " + stage_label(c, *d.stage) : "–"});
  }
  if (c.result.overall) {
    const auto ci = overall_ci(c);
    rows.push_back({"", _("Overall"), mean_text(c.result.overall), std::to_string(overall_spread(c.round).n), "", "",
                    ci ? interval_text(ci->low, ci->high) : "–",
                    std::to_string(*c.result.overall_stage) + " " + stage_label(c, *c.result.overall_stage)});
  }
  l.table({{_("Dim."), 34}, {_("Dimension"), 112}, {_("Mean"), 64, Align::Right}, {"n", 20, Align::Right},
           {_("SD"), 32, Align::Right}, {_("Min–max"), 58, Align::Right}, {_("95% interval"), 80, Align::Right},
           {_("Stage"), 0}},
          rows, [&](std::size_t r, std::size_t col, Rgb& colour) {
            if (col != 7) return false;
            const std::optional<int> stage =
                r < c.result.dimensions.size() ? c.result.dimensions[r].stage : c.result.overall_stage;
            if (!stage) return false;
            colour = stage_colour(*stage);
            return true;
          });
  l.paragraph(_("Mean: cut to two decimals. n: interviews with a consensus score. SD: standard deviation between "
                "interviews. 95% interval: mean ± t·SD/√n (Student's t, n−1 degrees of freedom)."),
              8);

  if (c.result.overall_stage) {
    const int stage = *c.result.overall_stage;
    const Stage* s = nullptr;
    for (const auto& st : c.texts.stages)
      if (st.number == stage) s = &st;
    l.heading(fill(_("What stage %s (%s) means"), {std::to_string(stage), stage_label(c, stage)}));
    if (s) {
      l.paragraph(s->description);
      l.facts({{_("Goal"), s->goal}}, 90);
    }
  }

  const auto suggestions = suggest_strategies(c.round, c.result);
  for (const auto& sg : suggestions) {
    // Texts in the report's language (the snapshot's stage numbers are the same).
    const Stage* s = nullptr;
    for (const auto& st : c.texts.stages)
      if (st.number == sg.stage) s = &st;
    l.heading(fill(_("Lowest dimension: %s %s, stage %s"), {sg.dimension, dim_name(c, sg.dimension), std::to_string(sg.stage)}));
    l.paragraph(_("The method starts work where readiness is lowest: strategies for the lowest dimension's stage."), 8.5);
    l.facts({{_("Stage"), std::to_string(sg.stage) + " " + stage_label(c, sg.stage)},
             {_("Goal"), s ? s->goal : sg.goal},
             {_("Channels"), s ? s->channels : sg.channels}},
            90);
    l.subheading(_("Strategies"));
    for (const auto& text : s ? s->strategies : sg.strategies) l.bullet(text, 9);
  }
}

// ---- page 3: change since the previous round --------------------------------

std::string verdict_text(const Change& ch) {
  switch (ch.verdict) {
    case ChangeVerdict::BeyondNoise: return ch.difference && *ch.difference > 0 ? _("↑ beyond the noise") : _("↓ beyond the noise");
    case ChangeVerdict::WithinNoise: return _("≈ within the noise");
    case ChangeVerdict::NotAssessable: break;
  }
  return _("? not assessable");
}

void change_page(ReportLayout& l, const Context& c) {
  l.new_page();
  l.heading(_("Change since the previous round"));
  if (!c.trend || c.point == 0) {
    l.paragraph(_("This is the first round of this issue and mode in the community: there is nothing to compare with yet."));
  } else {
    const Trend& t = *c.trend;
    const TrendPoint& before = t.points[c.point - 1];
    const TrendPoint& now = t.points[c.point];
    const TrendStep& step = t.steps[c.point - 1];
    l.paragraph(fill(_("From round %s to round %s. A change is beyond the noise when it is larger than the threshold "
                       "of Welch's t-test at 5% (the spread between interviews in both rounds); otherwise it could "
                       "be chance."),
                     {before.label, now.label}),
                9);
    std::vector<std::vector<std::string>> rows;
    auto add = [&](const std::string& code, const std::string& name, const Estimate& a, const Estimate& b, const Change& ch) {
      rows.push_back({code, name, mean_text(a.mean), mean_text(b.mean), ch.difference ? signed_text(*ch.difference) : "–",
                      ch.threshold ? fixed_text(*ch.threshold) : "–", verdict_text(ch),
                      ch.stage_changed ? std::to_string(a.stage.value_or(0)) + " → " + std::to_string(b.stage.value_or(0)) +
                                             (ch.stage_change_within_noise ? " !" : "")
                                       : (a.stage ? std::to_string(*a.stage) : "–")});
    };
    for (std::size_t d = 0; d < t.dimensions.size(); ++d)
      add(t.dimensions[d], dim_name(c, t.dimensions[d]), before.dimensions[d], now.dimensions[d], step.dimensions[d]);
    add("", _("Overall"), before.overall, now.overall, step.overall);
    l.table({{_("Dim."), 34}, {_("Dimension"), 94}, {before.label, 38, Align::Right}, {now.label, 38, Align::Right},
             {_("Change"), 60, Align::Right}, {_("Noise threshold"), 58, Align::Right}, {_("Verdict"), 100}, {_("Stage"), 0}},
            rows);
    l.paragraph(_("! the stage changed, but the change is within the noise: the cut to whole stages makes 4.95 → 5.05 "
                  "look like a step the data do not show."),
                8);
    if (!t.dropped_dimensions.empty()) {
      std::string codes;
      for (const auto& d : t.dropped_dimensions) codes += (codes.empty() ? "" : ", ") + d;
      l.paragraph(fill(_("Followed on the dimensions the instruments share; left out: %s."), {codes}), 8.5);
    }
  }
  if (c.trend && c.trend->points.size() >= 2) {
    const Trend& t = *c.trend;
    // The app's trend chart (charts/): every dimension and the overall.
    charts::DimensionNames names;
    for (const auto& code : t.dimensions) names[code] = dim_name(c, code);
    const double h = 270;
    l.need(h + 10);
    draw_chart(l.pdf(), l.left(), l.y(), l.width(), h, charts::trend_chart(t, names, report_chart_locale()),
               charts::ChartKind::Lines);
    l.set_y(l.y() + h + 10);
  }
}

// ---- methods appendix --------------------------------------------------------

std::string instrument_changes(const Round& round) {
  std::optional<InstrumentLibrary> library;
  try {
    library = InstrumentLibrary::load_default();
  } catch (const std::exception&) {
    return _("The instrument library could not be read; no comparison with the standard set.");
  }
  const Instrument* standard = library->find(round.instrument.id);
  if (!standard) return _("Not in the bundled library: an instrument of the user's own.");
  std::vector<std::string> changes;
  if (standard->version != round.instrument.version)
    changes.push_back(fill(_("version %s (library: %s)"), {round.instrument.version, standard->version}));
  std::set<std::string> theirs, ours;
  for (const auto& d : standard->dimensions) theirs.insert(d.code);
  for (const auto& d : round.instrument.dimensions) ours.insert(d.code);
  for (const auto& d : ours)
    if (!theirs.count(d)) changes.push_back(fill(_("dimension %s added"), {d}));
  for (const auto& d : theirs)
    if (!ours.count(d)) changes.push_back(fill(_("dimension %s left out"), {d}));
  std::map<std::string, const Question*> std_questions;
  for (const auto& q : standard->questions) std_questions[q.id] = &q;
  std::set<std::string> seen;
  for (const auto& q : round.instrument.questions) {
    seen.insert(q.id);
    auto it = std_questions.find(q.id);
    if (it == std_questions.end()) changes.push_back(fill(_("question %s added"), {q.id}));
    else if (it->second->text != q.text) changes.push_back(fill(_("question %s reworded"), {q.id}));
  }
  for (const auto& q : standard->questions)
    if (!seen.count(q.id)) changes.push_back(fill(_("question %s left out"), {q.id}));
  if (changes.empty()) return fill(_("The standard set of the bundled library (%s %s), unchanged."), {standard->id, standard->version});
  std::string out;
  for (const auto& ch : changes) out += (out.empty() ? "" : "; ") + ch;
  return fill(_("Changed from the standard set (%s %s): %s."), {standard->id, standard->version, out});
}

std::string percent(double share) { return fixed_text(share * 100.0, 0) + " %"; }

void appendix(ReportLayout& l, const Context& c, const std::string& date) {
  l.new_page();
  l.heading(_("Methods appendix"));
  l.paragraph(_("What a reader needs to judge this result and to pool it with others (after the reporting items "
                "proposed in the review of Community Readiness applications)."),
              8.5);
  const Instrument& ins = c.round.instrument;
  l.subheading(_("Instrument"));
  l.facts({{_("Instrument"), ins.title},
           {_("Id and version"), ins.id + " " + ins.version + " (" + ins.language + ")"},
           {_("Dimensions"), std::to_string(ins.dimensions.size())},
           {_("Changes"), instrument_changes(c.round)}},
          110);

  l.subheading(_("Questions asked"));
  std::vector<std::vector<std::string>> qrows;
  // As the interview page asks them: {community} and {issue} filled in with
  // this round's (survey/instrument.h fill_placeholders).
  const std::string community = c.result.community_name.empty() ? c.round.community_id : c.result.community_name;
  for (const auto& q : ins.questions)
    qrows.push_back({q.id, q.dimension, q.required ? _("yes") : _("no"),
                     fill_placeholders(q.text, c.round.issue, community)});
  l.table({{_("Id"), 30}, {_("Dim."), 34}, {_("Required"), 62}, {_("Question as asked"), 0}},
          qrows, nullptr, 7.5);

  l.subheading(_("Respondents by sector (pseudonymous)"));
  std::vector<std::vector<std::string>> rrows;
  for (const auto& r : c.round.respondents) {
    int held = 0;
    for (const auto& i : c.round.interviews)
      if (i.respondent_id == r.id) ++held;
    rrows.push_back({r.pseudonym.empty() ? r.id : r.pseudonym, sector_name(r.sector, c.lang), r.role, std::to_string(held)});
  }
  l.table({{_("Respondent"), 90}, {_("Sector"), 120}, {_("Role"), 180}, {_("Interviews"), 0, Align::Right}}, rrows);

  l.subheading(_("Interviewers and scorers"));
  std::set<std::string> interviewers, listeners, scorers;
  std::string first_date, last_date;
  for (const auto& i : c.round.interviews) {
    if (!i.interviewer.empty()) interviewers.insert(i.interviewer);
    if (!i.second_listener.empty()) listeners.insert(i.second_listener);
    if (!i.scorer_a_name.empty()) scorers.insert(i.scorer_a_name);
    if (!i.scorer_b_name.empty()) scorers.insert(i.scorer_b_name);
    if (!i.date.empty()) {
      if (first_date.empty() || i.date < first_date) first_date = i.date;
      if (last_date.empty() || i.date > last_date) last_date = i.date;
    }
  }
  auto count_text = [](const std::set<std::string>& s) { return std::to_string(s.size()); };
  l.facts({{_("Interviewers"), count_text(interviewers)},
           {_("Second listeners"), count_text(listeners)},
           {_("Scorers"), fill(_("%s, scoring each interview blind in pairs (A and B), then agreeing a consensus score"),
                               {count_text(scorers)})}},
          110);
  l.paragraph(_("Roles only: names and contact details stay in the project file."), 8);

  l.subheading(_("Agreement between scorers"));
  const RoundAgreement agreement = round_agreement(c.round);
  auto stats_row = [&](const std::string& label, const AgreementStats& s) {
    return std::vector<std::string>{label, std::to_string(s.n), s.n ? percent(s.exact) : "–", s.n ? percent(s.within_one) : "–",
                                    s.weighted_kappa ? fixed_text(*s.weighted_kappa) : "–", s.icc ? fixed_text(*s.icc) : "–"};
  };
  std::vector<std::vector<std::string>> arows;
  for (const auto& d : agreement.by_dimension) arows.push_back(stats_row(d.dimension + " " + dim_name(c, d.dimension), d.stats));
  arows.push_back(stats_row(_("All dimensions"), agreement.overall));
  l.table({{_("Dimension"), 170}, {_("n pairs"), 50, Align::Right}, {_("Exact"), 55, Align::Right},
           {_("Within ±1"), 60, Align::Right}, {_("Weighted kappa"), 90, Align::Right}, {_("ICC"), 0, Align::Right}},
          arows);

  l.subheading(_("Rules"));
  l.facts({{_("Consensus rule"), _("Two scorers score each interview blind and independently; only the consensus score "
                                   "they agree on counts. Differences over 1.00 are discussed at the consensus meeting; "
                                   "a consensus equal to neither score states its reason.")},
           {_("Gap rule"), _("A dimension's mean is over the interviews with a consensus score on it (n shown). No "
                             "overall score while any dimension has none. The round is provisional while an "
                             "individual score lacks its consensus.")},
           {_("Stages"), _("Means are cut, never rounded, to whole stages (1–9).")},
           {_("Intervals"), _("95%: mean ± t(0.975, n−1)·SD/√n; overall from the spread of the interviews' own "
                              "overall scores. Change: Welch's t-test at 5% with Welch–Satterthwaite degrees of freedom.")}},
          110);

  l.subheading(_("Dates"));
  std::vector<std::pair<std::string, std::string>> dates = {
      {_("Round"), period_text(c.round)}, {_("Interviews"), first_date.empty() ? "" : first_date + "–" + last_date}};
  // Interviews dated before the round's start or after its end, as
  // `readiness-cli validate` and the interview page warn (interview_dates.h).
  std::size_t outside = 0;
  for (const auto& i : c.round.interviews) outside += interview_date_warning(c.round, i).empty() ? 0 : 1;
  if (outside > 0)
    dates.push_back({_("Note"), fill(_("interviews dated outside the round's dates: %s"), {std::to_string(outside)})});
  dates.push_back({_("Report"), date});
  l.facts(dates, 110);
}

}  // namespace

const Round* report_round(const Project& project, const std::string& community_id, const std::string& label) {
  const Round* best = nullptr;
  for (const Round* r : project.rounds_of(community_id)) {
    if (!label.empty()) {
      if (r->label == label) return r;
      continue;
    }
    const bool better = !best || (r->mode == Mode::Interview && best->mode != Mode::Interview) ||
                        (r->mode == best->mode && r->label > best->label);
    if (better) best = r;
  }
  return best;
}

std::string municipality_report_pdf(const Project& project, const Round& round, const ReportOptions& options) {
  const ReportLanguage language(options.language, options.locale_dir.empty() ? locale_dir() : options.locale_dir);
  LanguageScope scope(language);
  Context c{project, round, score_round(project, round), language.code(),
            instrument_in_language(round.instrument, language.code()), std::nullopt, 0};
  TrendOptions topt;
  topt.issue = round.issue;
  topt.community_ids = {round.community_id};
  for (Trend& t : trends(project, topt)) {
    for (std::size_t i = 0; i < t.points.size(); ++i)
      if (t.points[i].round_id == round.id) {
        c.point = i;
        c.trend = std::move(t);
        break;
      }
    if (c.trend) break;
  }
  const std::string date = report_date(options.date);
  const std::string name = c.result.community_name.empty() ? round.community_id : c.result.community_name;
  PdfDocument pdf(options.font_dir.empty() ? font_dir() : options.font_dir,
                  fill(_("Community readiness in %s, %s"), {name, round.label}), language.bcp47());
  ReportLayout layout(pdf, Orientation::Portrait, name + " · " + round.issue + " · " + round.label, _("Page"));
  layout.new_page();
  summary_page(layout, c, date);
  dimensions_page(layout, c);
  change_page(layout, c);
  action_plan_section(layout, project, round, date);
  appendix(layout, c, date);
  return pdf.bytes();
}

void write_municipality_report(const Project& project, const Round& round, const ReportOptions& options,
                               const std::string& path) {
  write_file_atomically(path, municipality_report_pdf(project, round, options));
}

}  // namespace readiness::reports
