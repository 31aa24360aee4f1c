#include "report_action_plan.h"

#include <algorithm>

#include "action_plan.h"
#include "comparison.h"  // normalize_issue
#include "plan_labels.h"
#include "report_i18n.h"
#include "workbook_text.h"

namespace readiness::reports {

namespace {

std::string status_text(ActionStatus status) { return _(action_status_msgid(status)); }

std::string plan_status_text(PlanStatus status) { return _(plan_status_msgid(status)); }

std::string years_text(int first, int last) {
  if (first == 0 && last == 0) return "";
  if (first == last || last == 0) return std::to_string(first);
  return std::to_string(first) + "–" + std::to_string(last);
}

std::string when_text(const PlanAction& a) {
  const std::string from = format_plan_time(a.start), to = format_plan_time(a.end);
  if (from.empty() && to.empty()) return "";
  if (from == to || to.empty()) return from;
  return from + "–" + to;
}

}  // namespace

void action_plan_section(ReportLayout& l, const Project& project, const Round& round) {
  l.gap(12);
  l.heading(_("Action plan and follow-up"));
  const Community* community = project.find_community(round.community_id);
  std::vector<const ActionPlan*> plans;
  // Plans answering this round or an earlier one of the same issue: the
  // follow-up of the previous round's plan belongs in this round's report.
  auto answers = [&](const ActionPlan& p) {
    for (const auto& id : p.round_ids) {
      const Round* r = project.find_round(id);
      if (r && r->community_id == round.community_id && normalize_issue(r->issue) == normalize_issue(round.issue) &&
          r->label <= round.label)
        return true;
    }
    return false;
  };
  if (community)
    for (const auto& p : community->plans)
      if (answers(p)) plans.push_back(&p);
  if (plans.empty()) {
    l.paragraph(_("No action plan answers this round or an earlier one yet. The method's next step is a plan that starts with the "
                  "lowest dimension, using the strategies of its stage (see above)."));
    return;
  }
  for (const ActionPlan* plan : plans) {
    std::string answered;
    for (const auto& id : plan->round_ids)
      if (const Round* r = project.find_round(id)) answered += (answered.empty() ? "" : ", ") + r->label;
    l.subheading(plan->title + (plan->first_year ? " (" + years_text(plan->first_year, plan->last_year) + ")" : "") +
                 " · " + plan_status_text(plan->status) + " · " + fill(_("answers round %s"), {answered}));
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : plan->actions) {
      std::string dims;
      for (const auto& d : a.dimensions)
        dims += (dims.empty() ? "" : ", ") + d;  // the letters of the dimension table above
      std::string follow;
      if (const FollowUp* f = a.latest_follow_up()) {
        follow = std::to_string(f->year) + ": " + status_text(f->status);
        if (!f->done.empty()) follow += ". " + f->done;
        if (!f->outcome.empty()) follow += " " + f->outcome;
      }
      rows.push_back({a.activity, dims.empty() ? "–" : dims, a.target_group, responsible_text(a, current_language().code()), when_text(a),
                      status_text(a.status), follow});
    }
    l.table({{_("Activity"), 104}, {_("Dim."), 30}, {_("Target group"), 72}, {_("Responsible"), 82},
             {_("Period"), 80}, {_("Status"), 50}, {_("Follow-up"), 0}},
            rows, nullptr, 7.5);
  }
}

}  // namespace readiness::reports
