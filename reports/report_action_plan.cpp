#include "report_action_plan.h"

#include "report_i18n.h"
#include "workbook_text.h"

namespace readiness::reports {

namespace {

std::string status_text(ActionStatus status) {
  switch (status) {
    case ActionStatus::Planned: return _("planned");
    case ActionStatus::Ongoing: return _("ongoing");
    case ActionStatus::Done: return _("done");
    case ActionStatus::Cancelled: return _("cancelled");
  }
  return "";
}

}  // namespace

void action_plan_section(ReportLayout& l, const Round& round, const std::string& language) {
  l.gap(12);
  l.heading(_("Action plan and follow-up"));
  if (round.action_plan.empty()) {
    l.paragraph(_("No action plan is recorded for this round yet. The method's next step is a plan that starts "
                  "with the lowest dimension, using the strategies of its stage (see above)."));
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& a : round.action_plan)
    rows.push_back({a.activity,
                    a.dimension.empty() ? "–" : a.dimension + " " + dimension_name(round.instrument, a.dimension, language),
                    a.target_group, a.responsible, a.period, status_text(a.status), a.follow_up});
  l.table({{_("Activity"), 120}, {_("Dimension"), 70}, {_("Target group"), 65}, {_("Responsible"), 65},
           {_("Period"), 45}, {_("Status"), 45}, {_("Follow-up"), 0}},
          rows, nullptr, 7.5);
}

}  // namespace readiness::reports
