// The action plan sheet ("Handlingsplan" / "Action plan", issue 13): one
// table of every action of every community's plans and joint commitments —
// municipality, plan, action, target group, responsible, dimension,
// period, priority, status, channel, latest follow-up — with an autofilter,
// so a coordinator filters by status or owner and a communicator by
// channel. Written only when the project has a plan or a commitment.
#include "workbook_plan_text.h"
#include "workbook_sheets.h"

#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "workbook_text.h"

namespace readiness {

namespace {

const PlanWorkbookText kPlanSwedish = {
    "Handlingsplan",
    "Handlingsplaner och medborgarlöften",
    "En rad per åtgärd eller löftespunkt. Försenad: slutet har passerat och åtgärden är varken genomförd eller "
    "inställd. Filtrera på kolumnerna, t.ex. status, ansvarig eller kanal.",
    "Kommun",
    "Plan eller medborgarlöfte",
    "Id",
    "Åtgärd",
    "Målgrupp",
    "Ansvarig",
    "Dimension",
    "Period",
    "Prioritet",
    "Status",
    "Kanal",
    "Senaste uppföljning",
    "Försenad",
    "Medborgarlöfte: ",
    "Åtgärder under perioden",
    "Åtgärder kopplade till dimensionen mellan mätningarna. De skedde samtidigt som förändringen; det visar inte att "
    "de orsakade den.",
    "Handlingsplan: åtgärder, ansvariga, tider, status och senaste uppföljning.",
};

const PlanWorkbookText kPlanEnglish = {
    "Action plan",
    "Action plans and joint commitments",
    "One row per action or commitment item. Overdue: the end has passed and it is neither done nor cancelled. "
    "Filter on the columns, e.g. status, responsible or channel.",
    "Municipality",
    "Plan or joint commitment",
    "Id",
    "Action",
    "Target group",
    "Responsible",
    "Dimension",
    "Period",
    "Priority",
    "Status",
    "Channel",
    "Latest follow-up",
    "Overdue",
    "Joint commitment: ",
    "Actions in the period",
    "Actions tied to the dimension between the rounds. They happened alongside the change; that does not show that "
    "they caused it.",
    "Action plan: actions, owners, times, status and the latest follow-up.",
};

bool english(const std::string& language) { return language == "en"; }

}  // namespace

const PlanWorkbookText& plan_workbook_text(const std::string& language) {
  return english(language) ? kPlanEnglish : kPlanSwedish;
}

const char* action_status_name(ActionStatus status, const std::string& language) {
  const bool en = english(language);
  switch (status) {
    case ActionStatus::Planned: return en ? "planned" : "planerad";
    case ActionStatus::Ongoing: return en ? "ongoing" : "pågående";
    case ActionStatus::Done: return en ? "done" : "genomförd";
    case ActionStatus::Postponed: return en ? "postponed" : "uppskjuten";
    case ActionStatus::Cancelled: return en ? "cancelled" : "inställd";
  }
  return "";
}

const char* channel_name(Channel channel, const std::string& language) {
  const bool en = english(language);
  switch (channel) {
    case Channel::None: return "";
    case Channel::PersonalContact: return en ? "personal contact" : "personlig kontakt";
    case Channel::SmallGroups: return en ? "small groups" : "små grupper";
    case Channel::MeetingsEvents: return en ? "meetings and events" : "möten och evenemang";
    case Channel::LocalMedia: return en ? "local media" : "lokala medier";
    case Channel::SocialMedia: return en ? "social media" : "sociala medier";
    case Channel::OwnChannels: return en ? "the municipality's own channels" : "kommunens egna kanaler";
  }
  return "";
}

namespace workbook {

namespace {

enum PlanColumn { kPMunicipality, kPSource, kPId, kPAction, kPTarget, kPResponsible, kPDimension, kPPeriod,
                  kPPriority, kPStatus, kPOverdue, kPChannel, kPFollowUp, kPColumns };

std::string period_text(const PlanAction& a) {
  const std::string start = format_plan_time(a.start);
  const std::string end = format_plan_time(a.end);
  if (start == end) return start;
  if (start.empty() || end.empty()) return start.empty() ? "–" + end : start + "–";
  return start + "–" + end;
}

std::string joined(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : sep) + item;
  return out;
}

}  // namespace

bool project_has_plans(const Project& project) {
  for (const Community& c : project.communities)
    if (!c.plans.empty() || !c.commitments.empty()) return true;
  return false;
}

void write_plan_sheet(const WorkbookContext& ctx, Sheet& sheet, int year) {
  const std::string& lang = ctx.lang();
  const PlanWorkbookText& t = plan_workbook_text(lang);
  const Formats& fmt = ctx.fmt();
  sheet.text(0, 0, t.plan_title, fmt.title);
  sheet.text(1, 0, t.plan_note, fmt.note);
  const int header = 3;
  const char* headers[kPColumns] = {t.municipality, t.source,   t.id,     t.action,  t.target_group,
                                    t.responsible,  t.dimension, t.period, t.priority, t.status,
                                    t.overdue,      t.channel,  t.latest_follow_up};
  for (int c = 0; c < kPColumns; ++c) sheet.text(header, c, headers[c], fmt.header);
  int row = header + 1;
  auto write_row = [&](const Community& c, const std::string& source, const PlanAction& a, int last_year) {
    sheet.text(row, kPMunicipality, c.name);
    sheet.text(row, kPSource, source, fmt.wrap);
    sheet.text(row, kPId, a.id);
    sheet.text(row, kPAction, cell_text(a.activity), fmt.wrap);
    sheet.text(row, kPTarget, cell_text(a.target_group), fmt.wrap);
    sheet.text(row, kPResponsible, cell_text(responsible_text(a, lang)), fmt.wrap);
    sheet.text(row, kPDimension, joined(a.dimensions, ", "));
    sheet.text(row, kPPeriod, period_text(a));
    if (a.priority > 0) sheet.number(row, kPPriority, a.priority, fmt.integer);
    sheet.text(row, kPStatus, action_status_name(a.status, lang));
    if (is_overdue(a, year, last_year)) sheet.text(row, kPOverdue, ctx.text().yes, fmt.bold);
    sheet.text(row, kPChannel, channel_name(a.channel, lang));
    if (const FollowUp* f = a.latest_follow_up()) {
      std::string text = std::to_string(f->year) + ": " + action_status_name(f->status, lang);
      if (!f->done.empty()) text += " – " + f->done;
      if (!f->next_step.empty()) text += " → " + f->next_step;
      sheet.text(row, kPFollowUp, cell_text(text), fmt.wrap);
    }
    ++row;
  };
  for (const Community& c : ctx.project().communities) {
    for (const ActionPlan& plan : c.plans)
      for (const PlanAction& a : plan.actions) write_row(c, plan.title, a, plan.last_year);
    for (const JointCommitment& commitment : c.commitments)
      for (const PlanAction& a : commitment.items)
        write_row(c, t.commitment_prefix + commitment.title, a, commitment.last_year);
  }
  worksheet_freeze_panes(sheet.ws(), R(header + 1), 0);
  sheet.check(worksheet_autofilter(sheet.ws(), R(header), 0, R(std::max(row - 1, header)), C(kPColumns - 1)));
  sheet.width(kPMunicipality, kPMunicipality, 14);
  sheet.width(kPSource, kPSource, 26);
  sheet.width(kPId, kPId, 6);
  sheet.width(kPAction, kPAction, 48);
  sheet.width(kPTarget, kPTarget, 24);
  sheet.width(kPResponsible, kPResponsible, 30);
  sheet.width(kPDimension, kPDimension, 10);
  sheet.width(kPPeriod, kPPeriod, 17);
  sheet.width(kPPriority, kPPriority, 9);
  sheet.width(kPStatus, kPOverdue, 12);
  sheet.width(kPChannel, kPChannel, 20);
  sheet.width(kPFollowUp, kPFollowUp, 50);
  worksheet_set_landscape(sheet.ws());
  worksheet_set_paper(sheet.ws(), 9);
  worksheet_fit_to_pages(sheet.ws(), 1, 0);
}

}  // namespace workbook

}  // namespace readiness
