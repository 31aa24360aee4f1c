// readiness-cli score FILE [--json]
#include <iostream>

#include "cli_common.h"
#include "instrument_names.h"
#include "json_writer.h"
#include "mean_format.h"
#include "round_result.h"
#include "text_table.h"

namespace readiness::cli {

namespace {

std::string mean_text(const std::optional<ExactMean>& m) { return m ? format_mean(*m, 4, people_point()) : "–"; }

void write_round_json(JsonWriter& j, const RoundResult& r) {
  j.begin_object();
  j.key("community").string(r.community_name);
  j.key("community_code").string(r.community_code);
  j.key("county_code").string(r.county_code);
  j.key("round").string(r.label);
  j.key("round_id").string(r.round_id);
  j.key("issue").string(r.issue);
  j.key("instrument").string(r.instrument_id);
  j.key("mode").string(to_string(r.mode));
  j.key("interviews").integer(r.interviews);
  j.key("scored_interviews").integer(r.scored_interviews);
  j.key("provisional").boolean(r.provisional);
  j.key("dimensions").begin_array();
  for (const auto& d : r.dimensions) {
    j.begin_object();
    j.key("code").string(d.code);
    j.key("name").string(d.name);
    if (d.mean) j.key("mean").number_text(machine_mean(*d.mean));
    else j.key("mean").null();
    j.key("n").integer(d.n);
    if (d.n >= 2) j.key("sd").number_text(machine_fixed(d.sd, 4));
    else j.key("sd").null();
    if (d.min) j.key("min").number_text(format_hundredths(*d.min));
    else j.key("min").null();
    if (d.max) j.key("max").number_text(format_hundredths(*d.max));
    else j.key("max").null();
    if (d.stage) j.key("stage").integer(*d.stage);
    else j.key("stage").null();
    j.key("unresolved").integer(d.unresolved);
    j.end_object();
  }
  j.end_array();
  if (r.overall) {
    j.key("overall").begin_object();
    j.key("score").number_text(machine_mean(*r.overall));
    j.key("stage").integer(*r.overall_stage);
    j.key("stage_name").string(r.overall_stage_name);
    j.end_object();
  } else {
    j.key("overall").null();
  }
  j.key("lowest").strings(r.lowest);
  j.end_object();
}

// Names in the CLI's language (instrument_names.h); the JSON keeps the
// round instrument's own names (design.md, CLI contract).
void print_round_table(std::ostream& out, const RoundResult& r, const Instrument& instrument) {
  const std::string lang = cli_language();
  out << r.community_name;
  if (!r.community_code.empty()) out << " (" << r.community_code << ")";
  out << " · " << r.label << " · " << r.issue << " · " << r.instrument_id << " · "
      << (r.scored_interviews == r.interviews
              ? format(_("%s interviews"), {std::to_string(r.interviews)})
              : format(_("%s interviews, %s with consensus scores"),
                       {std::to_string(r.interviews), std::to_string(r.scored_interviews)}))
      << "\n";
  TextTable table({_("dim"), _("name"), std::string(">") + _("mean"), std::string(">") + "n",
                   std::string(">") + _("sd"), std::string(">") + _("min"), std::string(">") + _("max"),
                   std::string(">") + _("stage")});
  for (const auto& d : r.dimensions) {
    table.add_row({d.code, dimension_name(instrument, d.code, lang), mean_text(d.mean), std::to_string(d.n),
                   d.n >= 2 ? format_fixed(d.sd, 2, people_point()) : "–",
                   d.min ? format_hundredths(*d.min, people_point()) : "–",
                   d.max ? format_hundredths(*d.max, people_point()) : "–", d.stage ? std::to_string(*d.stage) : "–"});
  }
  table.print(out);
  if (r.overall) {
    out << "  " << format(_("Overall %s → stage %s (%s)"),
                          {format_mean(*r.overall, 4, people_point()), std::to_string(*r.overall_stage),
                           stage_name(instrument, *r.overall_stage, lang)});
  } else {
    out << "  " << _("Overall: none — a dimension has no consensus score yet");
  }
  if (!r.lowest.empty()) {
    std::string codes;
    for (const auto& c : r.lowest) codes += (codes.empty() ? "" : ", ") + c;
    out << "; " << format(_("lowest: %s"), {codes});
  }
  out << "\n";
  if (r.provisional) {
    int open = 0;
    for (const auto& d : r.dimensions) open += d.unresolved;
    out << "  " << format(_("PROVISIONAL: consensus is missing in %s interview × dimension cells"),
                          {std::to_string(open)})
        << "\n";
  }
  out << "\n";
}

}  // namespace

int run_score(const Arguments& args) {
  args.expect_positional(1);
  const Project project = load_project_or_fail(args.positional()[0]);
  const std::vector<RoundResult> results = score_project(project);
  if (args.flag("json")) {
    JsonWriter j(std::cout);
    j.begin_object().key("rounds").begin_array();
    for (const auto& r : results) write_round_json(j, r);
    j.end_array().end_object();
    std::cout << "\n";
    return kExitOk;
  }
  if (results.empty()) std::cout << _("The project has no rounds yet.") << "\n";
  for (const auto& r : results)
    for (const auto& round : project.rounds)
      if (round.id == r.round_id) print_round_table(std::cout, r, round.instrument);
  std::cout << _("Rule: a dimension's mean is over the interviews with a consensus score (n); no overall "
                 "while a dimension has none; stages are truncated (4.99 is stage 4).")
            << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
