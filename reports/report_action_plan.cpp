#include "report_action_plan.h"

#include <algorithm>
#include <cstdlib>

#include "action_plan.h"
#include "joint_commitment.h"
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

// Status as `readiness-cli plan` marks it: "! overdue" beside the status
// when the end has passed in `year` (survey/action_plan.h is_overdue).
std::string status_cell(const PlanAction& a, int year, int last_year) {
  std::string text = status_text(a.status);
  if (year > 0 && is_overdue(a, year, last_year)) text += std::string(" · !\u00a0") + _("overdue");  // "!" never alone at a line end
  return text;
}

std::string follow_up_text(const PlanAction& a) {
  std::string follow;
  if (const FollowUp* f = a.latest_follow_up()) {
    follow = std::to_string(f->year) + ": " + status_text(f->status);
    if (!f->done.empty()) follow += ". " + f->done;
    if (!f->outcome.empty()) follow += " " + f->outcome;
  }
  return follow;
}

std::string dimensions_text(const PlanAction& a) {
  std::string dims;
  for (const auto& d : a.dimensions) dims += (dims.empty() ? "" : ", ") + d;  // the letters of the dimension table
  return dims.empty() ? "–" : dims;
}

// One table of actions or commitment items.
void actions_table(ReportLayout& l, const std::vector<PlanAction>& actions, int year, int last_year) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : actions)
    rows.push_back({a.activity, dimensions_text(a), a.target_group, responsible_text(a, current_language().code()),
                    when_text(a), status_cell(a, year, last_year), follow_up_text(a)});
  l.table({{_("Activity"), 104}, {_("Dim."), 30}, {_("Target group"), 72}, {_("Responsible"), 82},
           {_("Period"), 80}, {_("Status"), 50}, {_("Follow-up"), 0}},
          rows, nullptr, 7.5);
}

// The municipality's joint commitments with the police (medborgarlöften):
// every one of the community's, as `readiness-cli plan` lists them.
void commitments_part(ReportLayout& l, const Community& community, int year) {
  if (community.commitments.empty()) return;
  l.subheading(_("Joint commitments with the police"));
  for (const JointCommitment& commitment : community.commitments) {
    std::string line = commitment.title;
    if (commitment.first_year && commitment.title.find(std::to_string(commitment.first_year)) == std::string::npos)
      line += " (" + years_text(commitment.first_year, commitment.last_year) + ")";
    if (!commitment.partners.empty()) line += " · " + commitment.partners;
    l.paragraph(line, 9, true);
    if (!commitment.note.empty()) l.paragraph(commitment.note, 8.5);
    if (commitment.items.empty()) {
      l.paragraph(_("No items yet."), 8.5);
      continue;
    }
    actions_table(l, commitment.items, year, commitment.last_year);
  }
}

}  // namespace

void action_plan_section(ReportLayout& l, const Project& project, const Round& round, const std::string& date) {
  // "! overdue" as of the report's year (readiness-cli plan: this year).
  const int year = date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0;
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
  if (plans.empty())
    l.paragraph(_("No action plan answers this round or an earlier one yet. The method's next step is a plan that starts with the "
                  "lowest dimension, using the strategies of its stage (see above)."));
  for (const ActionPlan* plan : plans) {
    std::string answered;
    for (const auto& id : plan->round_ids)
      if (const Round* r = project.find_round(id)) answered += (answered.empty() ? "" : ", ") + r->label;
    l.subheading(plan->title + (plan->first_year ? " (" + years_text(plan->first_year, plan->last_year) + ")" : "") +
                 " · " + plan_status_text(plan->status) + " · " + fill(_("answers round %s"), {answered}));
    actions_table(l, plan->actions, year, plan->last_year);
  }
  if (community) commitments_part(l, *community, year);
  bool any_overdue = false;
  for (const ActionPlan* plan : plans)
    for (const auto& a : plan->actions) any_overdue = any_overdue || is_overdue(a, year, plan->last_year);
  if (community)
    for (const auto& commitment : community->commitments)
      for (const auto& a : commitment.items) any_overdue = any_overdue || is_overdue(a, year, commitment.last_year);
  if (any_overdue && year > 0)
    l.paragraph(fill(_("! overdue: the end has passed (in %s) and it is neither done nor cancelled."),
                     {std::to_string(year)}),
                8);
}

}  // namespace readiness::reports
