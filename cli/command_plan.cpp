// readiness-cli plan FILE [--community NAME|CODE] [--year Y] [--communication] [--json]
// readiness-cli plan FILE --csv OUT.csv [--sep ';'|',']
// readiness-cli import-plan FILE ACTIONS.csv
// The communities' action plans and joint commitments (issue 13): every
// action with its owner, time, status and the follow-up of the year asked
// (default: this calendar year), overdue actions marked; the actions as
// CSV out and in (format in survey/plan_csv.h and README.md).
#include <chrono>
#include <iostream>

#include "atomic_output.h"
#include "cli_common.h"
#include "comparison.h"
#include "json_writer.h"
#include "platform.h"
#include "plan_csv.h"
#include "plan_text.h"
#include "text_table.h"
#include "workbook_text.h"  // responsible_text

namespace readiness::cli {

namespace {

int this_year() {
  return platform::local_time(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now())).tm_year + 1900;
}

std::string join(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string s;
  for (const auto& item : items) s += (s.empty() ? "" : sep) + item;
  return s;
}

// At most `width` characters (not bytes), with "…" when cut.
std::string shortened(const std::string& text, std::size_t width) {
  if (display_width(text) <= width) return text;
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    if (chars + 1 >= width) break;
    out += text.substr(i, len);
    i += len;
    ++chars;
  }
  return out + "…";
}

std::string when_text(const PlanAction& a) {
  const std::string start = format_plan_time(a.start);
  const std::string end = format_plan_time(a.end);
  if (start.empty() && end.empty()) return "–";
  if (start == end) return start;
  return start + "–" + end;
}

// The workbook's wording (exports/workbook_text.h), in the CLI's language.
std::string responsible_text(const PlanAction& a) {
  return readiness::responsible_text(a, platform::system_ui_language() == "sv" ? "sv" : "en");
}

struct PlanView {
  int year = 0;
  bool communication_only = false;
  bool shown(const PlanAction& a) const { return !communication_only || a.is_communication(); }
};

void write_action_json(JsonWriter& j, const PlanAction& a, const PlanView& view, int last_year) {
  j.begin_object();
  j.key("id").string(a.id);
  j.key("activity").string(a.activity);
  j.key("target_group").string(a.target_group);
  j.key("sectors").strings(a.sectors);
  j.key("responsible").string(a.responsible);
  j.key("dimensions").strings(a.dimensions);
  j.key("strategy_stage");
  if (a.strategy_stage > 0) j.integer(a.strategy_stage); else j.null();
  j.key("strategy").string(a.strategy);
  j.key("start").string(format_plan_time(a.start));
  j.key("end").string(format_plan_time(a.end));
  j.key("priority");
  if (a.priority > 0) j.integer(a.priority); else j.null();
  j.key("cost_sek");
  if (a.cost_sek) j.integer(*a.cost_sek); else j.null();
  j.key("funding").string(a.funding);
  j.key("status").string(to_string(a.status));
  j.key("channel").string(to_string(a.channel));
  j.key("key_message").string(a.key_message);
  j.key("note").string(a.note);
  j.key("overdue").boolean(is_overdue(a, view.year, last_year));
  auto follow_up = [&](const FollowUp& f) {
    j.begin_object();
    j.key("year").integer(f.year);
    j.key("status").string(to_string(f.status));
    j.key("done").string(f.done);
    j.key("outcome").string(f.outcome);
    j.key("next_step").string(f.next_step);
    j.end_object();
  };
  j.key("follow_up");  // of the year asked
  if (const FollowUp* f = a.follow_up_for(view.year)) follow_up(*f); else j.null();
  j.key("follow_ups").begin_array();
  for (const FollowUp& f : a.follow_ups) follow_up(f);
  j.end_array();
  j.end_object();
}

void write_json(const Project& project, const std::vector<const Community*>& communities, const PlanView& view) {
  JsonWriter j(std::cout);
  j.begin_object();
  j.key("year").integer(view.year);
  j.key("communication_only").boolean(view.communication_only);
  j.key("communities").begin_array();
  int overdue = 0;
  for (const Community* c : communities) {
    j.begin_object();
    j.key("community").string(c->name);
    j.key("community_code").string(c->code);
    j.key("community_id").string(c->id);
    j.key("plans").begin_array();
    for (const ActionPlan& plan : c->plans) {
      j.begin_object();
      j.key("id").string(plan.id);
      j.key("title").string(plan.title);
      j.key("first_year").integer(plan.first_year);
      j.key("last_year").integer(plan.last_year);
      std::vector<std::string> labels;
      for (const std::string& id : plan.round_ids)
        if (const Round* r = project.find_round(id)) labels.push_back(r->label);
      j.key("round_ids").strings(plan.round_ids);
      j.key("rounds").strings(labels);
      j.key("status").string(to_string(plan.status));
      j.key("actions").begin_array();
      for (const PlanAction& a : plan.actions) {
        if (!view.shown(a)) continue;
        write_action_json(j, a, view, plan.last_year);
        overdue += is_overdue(a, view.year, plan.last_year) ? 1 : 0;
      }
      j.end_array();
      j.end_object();
    }
    j.end_array();
    j.key("commitments").begin_array();
    for (const JointCommitment& commitment : c->commitments) {
      j.begin_object();
      j.key("id").string(commitment.id);
      j.key("title").string(commitment.title);
      j.key("partner_sectors").strings(commitment.partner_sectors);
      j.key("partners").string(commitment.partners);
      j.key("first_year").integer(commitment.first_year);
      j.key("last_year").integer(commitment.last_year);
      j.key("note").string(commitment.note);
      j.key("items").begin_array();
      for (const PlanAction& a : commitment.items) {
        if (!view.shown(a)) continue;
        write_action_json(j, a, view, commitment.last_year);
        overdue += is_overdue(a, view.year, commitment.last_year) ? 1 : 0;
      }
      j.end_array();
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key("overdue").integer(overdue);
  j.end_object();
  std::cout << "\n";
}

// One table of actions (a plan's, or a commitment's items).
int print_actions(const std::vector<PlanAction>& actions, const PlanView& view, int last_year) {
  const std::string follow_header = format(_("follow-up %s"), {std::to_string(view.year)});
  TextTable table({_("id"), _("activity"), _("responsible"), _("dim."), _("when"), _("status"), follow_header, ""});
  int overdue = 0;
  int rows = 0;
  for (const PlanAction& a : actions) {
    if (!view.shown(a)) continue;
    ++rows;
    const bool late = is_overdue(a, view.year, last_year);
    overdue += late ? 1 : 0;
    const FollowUp* f = a.follow_up_for(view.year);
    std::string activity = shortened(a.activity, 48);
    if (a.is_communication()) activity += " [" + channel_text(a.channel) + "]";
    table.add_row({a.id, activity, shortened(responsible_text(a), 28), join(a.dimensions, ","), when_text(a),
                   action_status_text(a.status), f ? action_status_text(f->status) : "–",
                   late ? std::string("! ") + _("overdue") : ""});
  }
  if (rows > 0) table.print(std::cout, "    ");
  else std::cout << "    " << _("(no actions)") << "\n";
  return overdue;
}

void print_text(const Project& project, const std::vector<const Community*>& communities, const PlanView& view) {
  int overdue = 0;
  bool any = false;
  for (const Community* c : communities) {
    if (c->plans.empty() && c->commitments.empty()) continue;
    any = true;
    std::cout << (c->code.empty() ? c->name : c->name + " (" + c->code + ")") << "\n";
    for (const ActionPlan& plan : c->plans) {
      std::vector<std::string> labels;
      for (const std::string& id : plan.round_ids)
        if (const Round* r = project.find_round(id)) labels.push_back(r->label);
      std::string line = plan.title;
      if (plan.first_year > 0)
        line += " · " + std::to_string(plan.first_year) +
                (plan.last_year > plan.first_year ? "–" + std::to_string(plan.last_year) : "");
      line += " · " + plan_status_text(plan.status);
      if (!labels.empty()) line += " · " + format(_("answers the round %s"), {join(labels)});
      std::cout << "  " << line << "\n";
      overdue += print_actions(plan.actions, view, plan.last_year);
    }
    for (const JointCommitment& commitment : c->commitments) {
      std::string line = format(_("Joint commitment: %s"), {commitment.title});
      if (!commitment.partners.empty()) line += " · " + commitment.partners;
      std::cout << "  " << line << "\n";
      overdue += print_actions(commitment.items, view, commitment.last_year);
    }
    std::cout << "\n";
  }
  if (!any) std::cout << _("No action plans or joint commitments in this selection.") << "\n";
  std::cout << format(_("Overdue in %s: %s (the end has passed and it is neither done nor cancelled)"),
                      {std::to_string(view.year), std::to_string(overdue)})
            << "\n";
}

}  // namespace

int run_plan(const Arguments& args) {
  args.expect_positional(1);
  const Project project = load_project_or_fail(args.positional()[0]);
  if (args.has_option("csv")) {
    const std::string sep = args.option("sep", ";");
    if (sep != "," && sep != ";") throw UsageError(_("--sep must be ',' or ';'"));
    const std::string out = args.option("csv");
    try {
      write_file_atomically(out, plan_actions_csv(project, sep[0]));
    } catch (const ExportError& e) {
      throw InputError(e.what());
    }
    std::cout << format(_("Actions written to %s"), {out}) << "\n";
    return kExitOk;
  }
  PlanView view;
  view.year = this_year();
  if (args.has_option("year")) {
    const std::string text = args.option("year");
    const std::optional<PlanTime> year = parse_plan_time(text);
    if (text.size() != 4 || !year) throw UsageError(format(_("--year must be a year such as 2021, not \"%s\""), {text}));
    view.year = year->year;
  }
  view.communication_only = args.flag("communication");
  std::vector<const Community*> communities;
  if (args.has_option("community")) {
    const std::string wanted = args.option("community");
    for (const std::string& id : matching_communities(project, wanted)) communities.push_back(project.find_community(id));
    if (communities.empty()) throw InputError(no_community_message(wanted));
  } else {
    for (const Community& c : project.communities) communities.push_back(&c);
  }
  if (args.flag("json"))
    write_json(project, communities, view);
  else
    print_text(project, communities, view);
  return kExitOk;
}

int run_import_plan(const Arguments& args) {
  args.expect_positional(2);
  const std::string& file = args.positional()[0];
  const std::string& csv = args.positional()[1];
  const ProjectLock lock = lock_for_writing(file);  // held until the import is saved
  Project project = load_project_or_fail(file);
  PlanImportSummary summary;
  try {
    summary = import_plan_actions(project, csv);
  } catch (const ScoreImportError& e) {
    throw InputError(e.what());  // names the file, says nothing was imported, lists every row
  } catch (const std::runtime_error& e) {
    throw InputError(format(_("%s was not imported (nothing was changed): %s"), {csv, e.what()}));
  }
  save_project_or_fail(project, file);
  if (summary.encoding != "UTF-8")
    std::cout << format(_("read as %s (saved from Excel as \"CSV\", not \"CSV UTF-8\")"), {summary.encoding}) << "\n";
  std::cout << format(_("%s: %s rows imported into %s — %s new actions, %s updated; %s new plans or commitments"),
                      {csv, std::to_string(summary.rows), file, std::to_string(summary.actions_new),
                       std::to_string(summary.actions_updated), std::to_string(summary.plans_new)})
            << "\n";
  return kExitOk;
}

}  // namespace readiness::cli
