// readiness-cli audit FILE [--json] — the project's audit trail (issue 12,
// item 6): every change of a score, consensus or consensus reason, oldest
// first, with who, when, from where, and old → new.
// With --json one object on stdout:
//   {"file": …, "entries": [{"when": "2026-11-30T20:55:01Z", "who": …,
//     "source": "app"|"import"|"scorer-package", "detail": …,
//     "community": …, "round_id": …, "round": …, "interview": …,
//     "dimension": …, "field": "a"|"b"|"consensus"|"reason",
//     "old": "4.50"|null, "new": "5.00"|null}]}
// Scores in JSON keep the file's "4.50" form ('.' always); reasons are text.
#include <iostream>

#include "cli_common.h"
#include "json_writer.h"
#include "text_table.h"

namespace readiness::cli {

namespace {

bool is_score(const AuditEntry& e) { return e.field != "reason"; }

// A value for people: a score with the CLI's decimal point, "–" for none.
std::string shown(const AuditEntry& e, const std::string& value) {
  if (value.empty()) return "–";
  if (!is_score(e)) return value;
  const auto h = parse_hundredths(value);
  return h ? format_hundredths(*h, people_point()) : value;
}

std::string source_text(const AuditEntry& e) {
  std::string text = e.source == kAuditFromApp      ? _("app")
                     : e.source == kAuditFromImport ? _("import")
                     : e.source == kAuditFromPackage ? _("scorer package")
                                                     : e.source;
  if (!e.detail.empty()) text += " (" + e.detail + ")";
  return text;
}

std::string field_text(const AuditEntry& e) {
  if (e.field == "a") return _("scorer A");
  if (e.field == "b") return _("scorer B");
  if (e.field == "consensus") return _("consensus");
  if (e.field == "reason") return _("reason");
  return e.field;
}

}  // namespace

int run_audit(const Arguments& args) {
  args.expect_positional(1);
  const std::string& path = args.positional()[0];
  const Project project = load_project_or_fail(path);
  auto community_of = [&](const std::string& round_id) -> std::pair<std::string, std::string> {
    const Round* round = project.find_round(round_id);
    if (!round) return {"", ""};
    const Community* c = project.find_community(round->community_id);
    return {c ? c->name : round->community_id, round->label};
  };

  if (args.flag("json")) {
    JsonWriter j(std::cout);
    j.begin_object().key("file").string(path).key("entries").begin_array();
    for (const AuditEntry& e : project.audit) {
      const auto [community, round] = community_of(e.round_id);
      j.begin_object().key("when").string(e.when).key("who").string(e.who).key("source").string(e.source);
      j.key("detail").string(e.detail).key("community").string(community).key("round_id").string(e.round_id);
      j.key("round").string(round).key("interview").string(e.interview_id).key("dimension").string(e.dimension);
      j.key("field").string(e.field);
      j.key("old");
      e.old_value.empty() ? j.null() : j.string(e.old_value);
      j.key("new");
      e.new_value.empty() ? j.null() : j.string(e.new_value);
      j.end_object();
    }
    j.end_array().end_object();
    std::cout << "\n";
    return kExitOk;
  }

  if (project.audit.empty()) {
    std::cout << format(_("%s: no changes of scores recorded yet."), {path}) << "\n";
    return kExitOk;
  }
  std::cout << format(ngettext("%s: %s change of scores, oldest first:", "%s: %s changes of scores, oldest first:",
                               static_cast<unsigned long>(project.audit.size())),
                      {path, std::to_string(project.audit.size())})
            << "\n";
  TextTable table({_("When"), _("Who"), _("From"), _("Community"), _("Round"), _("Interview"), _("Dimension"),
                   _("What"), _("Before"), _("After")});
  for (const AuditEntry& e : project.audit) {
    const auto [community, round] = community_of(e.round_id);
    table.add_row({e.when, e.who, source_text(e), community, round, e.interview_id, e.dimension, field_text(e),
                   shown(e, e.old_value), shown(e, e.new_value)});
  }
  table.print(std::cout);
  return kExitOk;
}

}  // namespace readiness::cli
