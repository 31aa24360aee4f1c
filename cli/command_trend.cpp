// readiness-cli trend FILE [--community NAME|CODE] [--issue T] [--json]
// One table per community, issue and mode: rounds as rows, every mean with
// the half-width of its 95% interval, and each change between consecutive
// rounds marked against the noise (rules in scoring/trend.h), with the
// actions tied to each dimension in between (scoring/action_linkage.h).
#include <algorithm>
#include <iostream>

#include "action_linkage.h"
#include "cli_common.h"
#include "comparison.h"
#include "json_writer.h"
#include "mean_format.h"
#include "plan_text.h"
#include "text_table.h"
#include "trend.h"

namespace readiness::cli {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& item : items) s += (s.empty() ? "" : ", ") + item;
  return s;
}

void write_number_or_null(JsonWriter& j, const char* key, const std::optional<double>& value) {
  j.key(key);
  if (value)
    j.number_text(machine_fixed(*value, 4));
  else
    j.null();
}

void write_estimate(JsonWriter& j, const Estimate& e, const char* mean_key) {
  j.key(mean_key);
  if (e.mean)
    j.number_text(machine_mean(*e.mean));
  else
    j.null();
  j.key("stage");
  if (e.stage)
    j.integer(*e.stage);
  else
    j.null();
  j.key("n").integer(e.n);
  write_number_or_null(j, "sd", e.n >= 2 ? std::optional<double>(e.sd) : std::nullopt);
  j.key("ci95");
  if (e.interval) {
    j.begin_object();
    j.key("low").number_text(machine_fixed(e.interval->low, 4));
    j.key("high").number_text(machine_fixed(e.interval->high, 4));
    j.end_object();
  } else {
    j.null();
  }
}

void write_change(JsonWriter& j, const Change& c) {
  write_number_or_null(j, "difference", c.difference);
  j.key("verdict").string(to_string(c.verdict));
  j.key("beyond_noise").boolean(c.verdict == ChangeVerdict::BeyondNoise);
  write_number_or_null(j, "threshold", c.threshold);
  write_number_or_null(j, "df", c.df);
  j.key("stage_changed").boolean(c.stage_changed);
  j.key("stage_change_within_noise").boolean(c.stage_change_within_noise);
}

// The actions tied to one dimension between two rounds (action_linkage.h).
void write_linked_actions(JsonWriter& j, const std::vector<LinkedAction>& actions) {
  j.key("actions").begin_array();
  for (const LinkedAction& a : actions) {
    j.begin_object();
    j.key("id").string(a.action_id);
    j.key("activity").string(a.activity);
    j.key("source").string(a.commitment ? "commitment" : "plan");
    j.key("source_id").string(a.source_id);
    j.key("source_title").string(a.source_title);
    j.key("start").string(a.start);
    j.key("end").string(a.end);
    j.key("status").string(to_string(a.status));
    j.end_object();
  }
  j.end_array();
}

void write_trend_json(JsonWriter& j, const Project& project, const Trend& t) {
  j.begin_object();
  j.key("community").string(t.community_name);
  j.key("community_code").string(t.community_code);
  j.key("issue").string(t.issue);
  j.key("mode").string(to_string(t.mode));
  j.key("other_mode_split").boolean(t.other_mode_split);
  j.key("instruments").strings(t.instruments);
  j.key("dimensions").strings(t.dimensions);
  j.key("dropped_dimensions").strings(t.dropped_dimensions);
  j.key("points").begin_array();
  for (const auto& p : t.points) {
    j.begin_object();
    j.key("round").string(p.label);
    j.key("instrument").string(p.instrument_id);
    j.key("interviews").integer(p.interviews);
    j.key("scored_interviews").integer(p.scored_interviews);
    j.key("provisional").boolean(p.provisional);
    j.key("dimensions").begin_array();
    for (std::size_t d = 0; d < t.dimensions.size(); ++d) {
      j.begin_object();
      j.key("code").string(t.dimensions[d]);
      write_estimate(j, p.dimensions[d], "mean");
      j.end_object();
    }
    j.end_array();
    j.key("overall").begin_object();
    write_estimate(j, p.overall, "score");
    j.end_object();
    j.end_object();
  }
  j.end_array();
  j.key("changes").begin_array();
  for (std::size_t step = 0; step < t.steps.size(); ++step) {
    const TrendStep& s = t.steps[step];
    const auto linked = step_actions(project, t, step);
    j.begin_object();
    j.key("from").string(s.from_label);
    j.key("to").string(s.to_label);
    j.key("dimensions").begin_array();
    for (std::size_t d = 0; d < t.dimensions.size(); ++d) {
      j.begin_object();
      j.key("code").string(t.dimensions[d]);
      write_change(j, s.dimensions[d]);
      write_linked_actions(j, linked[d]);
      j.end_object();
    }
    j.end_array();
    j.key("overall").begin_object();
    write_change(j, s.overall);
    j.end_object();
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

// "5.08 ±0.70", with "(n 1)" when this mean rests on fewer interviews than
// the round's scored ones, and no ± when there is no interval (n < 2).
std::string estimate_cell(const Estimate& e, int scored_interviews) {
  if (!e.mean) return "–";
  std::string s = format_mean(*e.mean, 2, people_point());
  if (e.interval) s += " ±" + format_fixed(e.interval->half_width(), 2, people_point());
  if (e.n < scored_interviews) s += " (n " + std::to_string(e.n) + ")";
  return s;
}

std::string signed_difference(double d) {
  return (d > 0 ? "+" : "") + format_fixed(d, 2, people_point());
}

// "↑ +0.83", "≈ +0.10 !", "? +2.50", "?".
std::string change_cell(const Change& c) {
  std::string marker = "?";
  if (c.verdict == ChangeVerdict::BeyondNoise) marker = c.difference && *c.difference < 0 ? "↓" : "↑";
  if (c.verdict == ChangeVerdict::WithinNoise) marker = "≈";
  std::string s = marker;
  if (c.difference) s += " " + signed_difference(*c.difference);
  if (c.stage_change_within_noise) s += " !";
  return s;
}

std::string verdict_text(const Change& c) {
  switch (c.verdict) {
    case ChangeVerdict::BeyondNoise:
      return (c.difference && *c.difference < 0 ? "↓ " : "↑ ") + std::string(_("beyond noise"));
    case ChangeVerdict::WithinNoise: return std::string("≈ ") + _("within noise");
    case ChangeVerdict::NotAssessable: break;
  }
  return std::string("? ") + _("not assessable");
}

// "a1 Föräldrafika … (2020-Q1–2021-Q4, ongoing)"; an item of a joint
// commitment says so.
std::string linked_action_text(const LinkedAction& a) {
  std::string when = a.start == a.end ? a.start : a.start + "–" + a.end;
  std::string s = a.action_id + " " + a.activity + " (";
  if (!when.empty() && when != "–") s += when + ", ";
  s += action_status_text(a.status);
  if (a.commitment) s += ", " + std::string(_("joint commitment"));
  return s + ")";
}

// Beside each change, the actions tied to that dimension in between; said
// as co-occurrence, never as effect (action_linkage.h).
void print_linked_actions(std::ostream& out, const Project& project, const Trend& t) {
  for (std::size_t step = 0; step < t.steps.size(); ++step) {
    const auto linked = step_actions(project, t, step);
    bool any = false;
    for (const auto& list : linked) any = any || !list.empty();
    if (!any) continue;
    const TrendStep& s = t.steps[step];
    out << "  "
        << format(_("Actions tied to each dimension between %s and %s (they happened alongside the change; "
                    "that alone does not show they caused it):"),
                  {s.from_label, s.to_label})
        << "\n";
    for (std::size_t d = 0; d < t.dimensions.size(); ++d) {
      if (linked[d].empty()) continue;
      out << "    " << t.dimensions[d] << " " << verdict_text(s.dimensions[d]) << ":\n";
      for (const LinkedAction& a : linked[d]) out << "      - " << linked_action_text(a) << "\n";
    }
  }
}

void print_trend(std::ostream& out, const Project& project, const Trend& t) {
  const std::string who = t.community_code.empty() ? t.community_name
                                                   : t.community_name + " (" + t.community_code + ")";
  out << format(_("%s · issue: %s · mode: %s · instruments: %s"),
                {who, t.issue, mode_text(t.mode), join(t.instruments)})
      << "\n";
  if (!t.dropped_dimensions.empty())
    out << "  " << format(_("Followed on common dimensions only; left out: %s"), {join(t.dropped_dimensions)})
        << "\n";
  if (t.other_mode_split)
    out << "  "
        << _("This issue also has rounds in the other mode; they are a separate trend, "
             "never on the same axis (self-rating scores higher than interviews).")
        << "\n";

  std::vector<std::string> headers = {_("round")};
  for (const auto& code : t.dimensions) headers.push_back(">" + code);
  headers.push_back(std::string(">") + _("overall"));
  headers.push_back(std::string(">") + _("stage"));
  headers.push_back(">n");
  TextTable table(headers);
  for (std::size_t i = 0; i < t.points.size(); ++i) {
    if (i > 0) {
      const TrendStep& s = t.steps[i - 1];
      std::vector<std::string> cells = {s.from_label + "→" + s.to_label};
      for (const auto& c : s.dimensions) cells.push_back(change_cell(c));
      cells.push_back(change_cell(s.overall));
      cells.push_back("");
      cells.push_back("");
      table.add_row(cells);
    }
    const TrendPoint& p = t.points[i];
    std::vector<std::string> cells = {p.label + (p.provisional ? "*" : "")};
    for (const auto& e : p.dimensions) cells.push_back(estimate_cell(e, p.scored_interviews));
    cells.push_back(estimate_cell(p.overall, p.overall.n));
    cells.push_back(p.overall.stage ? std::to_string(*p.overall.stage) : "–");
    // n: the overall's (interviews that scored every trend dimension), as
    // compare and the county report show it.
    cells.push_back(std::to_string(p.overall.n));
    table.add_row(cells);
  }
  table.print(out);

  for (const auto& s : t.steps) {
    std::string line = format(_("overall %s→%s: %s"), {s.from_label, s.to_label, verdict_text(s.overall)});
    if (s.overall.difference && s.overall.threshold)
      line += " " + format(_("(change %s, noise threshold %s)"),
                           {signed_difference(*s.overall.difference), format_fixed(*s.overall.threshold, 2, people_point())});
    if (s.overall.stage_change_within_noise)
      line += " — " + std::string(_("the stage changed, but within noise"));
    out << "  " << line << "\n";
  }
  print_linked_actions(out, project, t);
  out << "  " << _("n: interviews with a consensus score on every dimension of the overall · "
                   "(n 5) beside a dimension: its own n, when fewer interviews scored it")
      << "\n";
  out << "  " << _("± half-width of the 95% interval of the mean, from the spread between interviews") << "\n"
      << "  "
      << _("↑/↓ beyond noise (Welch t-test, 5%) · ≈ within noise · ? not assessable (n < 2) · "
           "! stage changed within noise")
      << "\n";
  // The provisional mark's key only when a row carries the mark.
  if (std::any_of(t.points.begin(), t.points.end(), [](const TrendPoint& p) { return p.provisional; }))
    out << "  " << _("* provisional: consensus still missing somewhere in the round") << "\n";
  out << "\n";
}

}  // namespace

int run_trend(const Arguments& args) {
  args.expect_positional(1);
  const Project project = load_project_or_fail(args.positional()[0]);
  TrendOptions options;
  if (args.has_option("issue")) options.issue = args.option("issue");
  if (args.has_option("community")) {
    const std::string wanted = args.option("community");
    options.community_ids = matching_communities(project, wanted);
    if (options.community_ids.empty())
      throw InputError(no_community_message(wanted));
  }
  const auto all = trends(project, options);
  if (all.empty() && options.issue && compare_rounds(project, options.issue).empty())
    throw InputError(format(_("no round has the issue \"%s\""), {*options.issue}));
  if (args.flag("json")) {
    JsonWriter j(std::cout);
    j.begin_object().key("trends").begin_array();
    for (const auto& t : all) write_trend_json(j, project, t);
    j.end_array().end_object();
    std::cout << "\n";
    return kExitOk;
  }
  if (all.empty()) std::cout << _("No rounds to follow in this selection.") << "\n";
  for (const auto& t : all) print_trend(std::cout, project, t);
  return kExitOk;
}

}  // namespace readiness::cli
