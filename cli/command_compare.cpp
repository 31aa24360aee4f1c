// readiness-cli compare FILE [--issue T] [--json]
#include <iostream>

#include "cli_common.h"
#include "comparison.h"
#include "json_writer.h"
#include "mean_format.h"
#include "text_table.h"
#include "uncertainty.h"

namespace readiness::cli {

namespace {

// The n of a row's overall score: interviews with a consensus score on every
// dimension of the table (scoring/uncertainty.h, overall_spread — the same n
// as trend's and the county report's overall). 0 when the round is gone.
int overall_n(const Project& project, const ComparisonTable& t, const ComparisonRow& row) {
  const Round* round = project.find_round(row.result.round_id);
  return round ? overall_spread(*round, t.dimensions).n : 0;
}

void write_table_json(JsonWriter& j, const Project& project, const ComparisonTable& t) {
  j.begin_object();
  j.key("issue").string(t.issue);
  j.key("mode").string(to_string(t.mode));
  j.key("instruments").strings(t.instruments);
  j.key("dimensions").strings(t.dimensions);
  j.key("dropped_dimensions").strings(t.dropped_dimensions);
  j.key("rows").begin_array();
  for (const auto& row : t.rows) {
    const RoundResult& r = row.result;
    j.begin_object();
    j.key("community").string(r.community_name);
    j.key("community_code").string(r.community_code);
    j.key("round").string(r.label);
    j.key("instrument").string(r.instrument_id);
    j.key("interviews").integer(r.interviews);
    j.key("provisional").boolean(r.provisional);
    j.key("dimensions").begin_array();
    for (std::size_t d = 0; d < t.dimensions.size(); ++d) {
      j.begin_object();
      j.key("code").string(t.dimensions[d]);
      if (row.means[d]) {
        j.key("mean").number_text(machine_mean(*row.means[d]));
        j.key("stage").integer(row.means[d]->stage());
      } else {
        j.key("mean").null();
        j.key("stage").null();
      }
      j.key("n").integer(row.n[d]);
      j.end_object();
    }
    j.end_array();
    if (row.common_overall) {
      j.key("overall").begin_object();
      j.key("score").number_text(machine_mean(*row.common_overall));
      j.key("stage").integer(*row.common_overall_stage);
      j.key("n").integer(overall_n(project, t, row));
      j.end_object();
    } else {
      j.key("overall").null();
    }
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

void print_table(std::ostream& out, const Project& project, const ComparisonTable& t) {
  out << format(_("Issue: %s · mode: %s · instruments: %s"),
                {t.issue, mode_text(t.mode), [&] {
                   std::string s;
                   for (const auto& id : t.instruments) s += (s.empty() ? "" : ", ") + id;
                   return s;
                 }()})
      << "\n";
  if (!t.dropped_dimensions.empty()) {
    std::string s;
    for (const auto& c : t.dropped_dimensions) s += (s.empty() ? "" : ", ") + c;
    out << "  " << format(_("Compared on common dimensions only; left out: %s"), {s}) << "\n";
  }
  std::vector<std::string> headers = {_("community"), _("round")};
  for (const auto& code : t.dimensions) headers.push_back(">" + code);
  headers.push_back(std::string(">") + _("overall"));
  headers.push_back(std::string(">") + _("stage"));
  headers.push_back(">n");
  // TRANSLATORS: column header: all interviews of the round, planned ones included.
  headers.push_back(std::string(">") + _("interviews"));
  TextTable table(headers);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells = {row.result.community_name,
                                      row.result.label + (row.result.provisional ? "*" : "")};
    for (const auto& m : row.means) cells.push_back(m ? format_mean(*m, 2, people_point()) : "–");
    cells.push_back(row.common_overall ? format_mean(*row.common_overall, 2, people_point()) : "–");
    cells.push_back(row.common_overall_stage ? std::to_string(*row.common_overall_stage) : "–");
    cells.push_back(std::to_string(overall_n(project, t, row)));
    cells.push_back(std::to_string(row.result.interviews));
    table.add_row(cells);
  }
  table.print(out);
  out << "  " << _("n: interviews with a consensus score on every dimension of the overall · "
                   "interviews: all in the round, planned ones included")
      << "\n";
  // The footnote explains a "*"; it is printed only when a row has one.
  bool any_provisional = false;
  for (const auto& row : t.rows) any_provisional = any_provisional || row.result.provisional;
  if (any_provisional) out << "  " << _("* provisional: consensus still missing somewhere in the round") << "\n";
  out << "\n";
}

}  // namespace

int run_compare(const Arguments& args) {
  args.expect_positional(1);
  const Project project = load_project_or_fail(args.positional()[0]);
  std::optional<std::string> issue;
  if (args.has_option("issue")) issue = args.option("issue");
  const auto tables = compare_rounds(project, issue);
  if (args.flag("json")) {
    JsonWriter j(std::cout);
    j.begin_object().key("tables").begin_array();
    for (const auto& t : tables) write_table_json(j, project, t);
    j.end_array().end_object();
    std::cout << "\n";
    return kExitOk;
  }
  if (tables.empty()) {
    if (issue) throw InputError(format(_("no round has the issue \"%s\""), {*issue}));
    std::cout << _("The project has no rounds yet.") << "\n";
  }
  for (const auto& t : tables) print_table(std::cout, project, t);
  return kExitOk;
}

}  // namespace readiness::cli
