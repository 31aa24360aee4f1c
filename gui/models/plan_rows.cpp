#include "models/plan_rows.h"

#include "plan_labels.h"
#include "round_result.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

const std::vector<ActionStatus>& status_order() {
  static const std::vector<ActionStatus> order = {ActionStatus::Planned, ActionStatus::Ongoing, ActionStatus::Done,
                                                  ActionStatus::Postponed, ActionStatus::Cancelled};
  return order;
}

wxString status_label(ActionStatus status) { return _(action_status_msgid(status)); }

wxArrayString status_labels() {
  wxArrayString out;
  for (ActionStatus s : status_order()) out.Add(status_label(s));
  return out;
}

bool status_from_label(const wxString& label, ActionStatus& out) {
  for (ActionStatus s : status_order()) {
    if (status_label(s) == label) {
      out = s;
      return true;
    }
  }
  return false;
}

wxString channel_label(Channel channel) {
  const char* msgid = channel_msgid(channel);
  return *msgid ? _(msgid) : wxString();
}

wxArrayString channel_labels() {
  wxArrayString out;
  out.Add(wxString());
  for (Channel c : communication_channels()) out.Add(channel_label(c));
  return out;
}

bool channel_from_label(const wxString& label, Channel& out) {
  if (label.empty()) {
    out = Channel::None;
    return true;
  }
  for (Channel c : communication_channels()) {
    if (channel_label(c) == label) {
      out = c;
      return true;
    }
  }
  return false;
}

wxString period_label(const PlanAction& action) {
  const std::string start = format_plan_time(action.start);
  const std::string end = format_plan_time(action.end);
  if (start.empty() && end.empty()) return wxString::FromUTF8("–");
  if (start == end) return to_wx(start);
  return to_wx(start) + wxString::FromUTF8("–") + to_wx(end);
}

const PlanAction* find_row_action(const Community& community, const PlanRowRef& ref) {
  if (ref.commitment) {
    const JointCommitment* c = community.find_commitment(ref.source_id);
    return c ? c->find_item(ref.action_id) : nullptr;
  }
  const ActionPlan* p = community.find_plan(ref.source_id);
  return p ? p->find_action(ref.action_id) : nullptr;
}

PlanAction* find_row_action(Community& community, const PlanRowRef& ref) {
  return const_cast<PlanAction*>(find_row_action(static_cast<const Community&>(community), ref));
}

int row_last_year(const Community& community, const PlanRowRef& ref) {
  if (ref.commitment) {
    const JointCommitment* c = community.find_commitment(ref.source_id);
    return c ? c->last_year : 0;
  }
  const ActionPlan* p = community.find_plan(ref.source_id);
  return p ? p->last_year : 0;
}

std::vector<PlanRowRef> action_rows(const Community& community, const std::string& plan_id, bool with_commitments,
                                    bool communication_only) {
  std::vector<PlanRowRef> rows;
  for (const ActionPlan& plan : community.plans) {
    if (!plan_id.empty() && plan.id != plan_id) continue;
    for (const PlanAction& a : plan.actions)
      if (!communication_only || a.is_communication()) rows.push_back({false, plan.id, a.id});
  }
  if (with_commitments)
    for (const PlanRowRef& r : commitment_rows(community))
      if (!communication_only || find_row_action(community, r)->is_communication()) rows.push_back(r);
  return rows;
}

std::vector<PlanRowRef> commitment_rows(const Community& community) {
  std::vector<PlanRowRef> rows;
  for (const JointCommitment& c : community.commitments)
    for (const PlanAction& a : c.items) rows.push_back({true, c.id, a.id});
  return rows;
}

std::optional<ChannelAdvice> channel_advice(const Project& project, const std::string& community_id,
                                            const PlanAction& action) {
  const auto rounds = project.rounds_of(community_id);  // label order
  for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
    const Round& round = **it;
    const RoundResult result = score_round(project, round);
    ChannelAdvice advice;
    advice.round_label = round.label;
    if (action.strategy_stage >= 1 && action.strategy_stage <= 9) {
      advice.stage = action.strategy_stage;
    } else {
      for (const std::string& code : action.dimensions) {
        for (const DimensionResult& d : result.dimensions)
          if (d.code == code && d.stage) {
            advice.stage = *d.stage;
            advice.dimension = code;
          }
        if (advice.stage) break;
      }
      if (!advice.stage && result.overall_stage) advice.stage = *result.overall_stage;
    }
    if (advice.stage < 1 || advice.stage > static_cast<int>(round.instrument.stages.size())) continue;
    const Stage& stage = round.instrument.stages[static_cast<std::size_t>(advice.stage - 1)];
    if (stage.channels.empty()) continue;
    advice.stage_name = stage.name;
    advice.channels = stage.channels;
    return advice;
  }
  return std::nullopt;
}

}  // namespace readiness::gui
