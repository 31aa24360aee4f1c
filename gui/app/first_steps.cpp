#include "app/first_steps.h"

#include "app/page_host.h"
#include "project_document.h"
#include "app/setup_actions.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

FirstSteps project_first_steps(const Project& project, wxWindow* parent, PageHost& host,
                               std::function<void()> open_demo) {
  FirstSteps out;
  PageHost* h = &host;
  const PageSummary::Action add_register{_("Add &municipalities..."),
                                         [parent, h] { add_communities_from_register(parent, *h); },
                                         "first_step_municipalities"};
  if (project.communities.empty()) {
    out.body = _("This project is empty. Start with the municipalities you will assess (or a district or group "
                 "of your own), then plan a round of interviews for one of them.\n\nNot sure yet? The demo "
                 "project shows a whole assessment with fictional interviews.");
    out.actions = {add_register,
                   {_("Add a c&ustom community..."), [parent, h] { add_custom_community(parent, *h); },
                    "first_step_custom"},
                   {_("Open the &demo"), std::move(open_demo), "first_step_demo"}};
    return out;
  }
  if (project.rounds.empty()) {
    const std::string first = project.communities.front().id;
    out.body = _("Next: plan a round of interviews for a community: its issue, ANDTS areas, instrument and "
                 "dates. The round then asks for its respondents.");
    out.actions = {{_("&New round..."), [parent, h, first] { new_round(parent, *h, first); }, "first_step_round"},
                   add_register};
    return out;
  }
  return out;
}

std::vector<PageSummary::Action> community_first_steps(const std::string& community_id, wxWindow* parent,
                                                       PageHost& host) {
  PageHost* h = &host;
  return {{_("&New round..."), [parent, h, community_id] { new_round(parent, *h, community_id); },
           "first_step_round"}};
}

NextStep round_next_step(const Round& round, wxWindow* parent, PageHost& host) {
  NextStep step;
  PageHost* h = &host;
  const std::string round_id = round.id;
  if (round.interviews.empty()) {
    step.kind = NextStep::Kind::AddRespondents;
    step.text = _("No interviews yet. Add the people you will interview, by pseudonym and sector: each gets a "
                  "planned interview here.");
    step.button = _("Add &respondents...");
    step.name = "next_step_respondents";
    step.run = [parent, h, round_id] { edit_respondents(parent, *h, round_id); };
    return step;
  }
  // An interview counts as captured once it has answers or scores (scores
  // may come from a CSV import); planned ones without either are still to
  // be held and captured, and are not counted as waiting for scorers.
  int with_answers = 0, scored_any = 0, scored_both = 0, consensus = 0, captured = 0, captured_scored = 0;
  const Interview* to_capture = nullptr;
  for (const auto& interview : round.interviews) {
    const InterviewProgress p = interview_progress(round, interview);
    const bool has_scores = p.scored_a + p.scored_b + p.consensus > 0;
    if (p.answered > 0) ++with_answers;
    else if (!to_capture && !has_scores) to_capture = &interview;
    const bool both = p.dimensions > 0 && p.scored_a == p.dimensions && p.scored_b == p.dimensions;
    if (p.answered > 0 || has_scores) {
      ++captured;
      if (both || p.consensus_complete()) ++captured_scored;
    }
    if (p.scored_a + p.scored_b > 0) ++scored_any;
    if (both) ++scored_both;
    if (p.consensus_complete()) ++consensus;
  }
  const int n = static_cast<int>(round.interviews.size());
  // Nothing scored yet, or every captured interview scored: capture the rest first.
  if (to_capture && (scored_any == 0 || captured_scored == captured)) {
    step.kind = NextStep::Kind::Capture;
    if (scored_any == 0) {
      step.text = wxString::Format(
          wxPLURAL("Next: capture the interviews. %d of %d has answers; type or paste the answers of the next one.",
                   "Next: capture the interviews. %d of %d have answers; type or paste the answers of the next one.",
                   with_answers),
          with_answers, n);
    } else {
      step.text = wxString::Format(
          wxPLURAL("Next: hold and capture the remaining interviews. %d of %d is captured and scored by both; "
                   "type or paste the answers of the next one.",
                   "Next: hold and capture the remaining interviews. %d of %d are captured and scored by both; "
                   "type or paste the answers of the next one.",
                   captured),
          captured, n);
    }
    step.button = wxString::Format(_("C&apture interview %s"), to_wx(to_capture->id));
    step.name = "next_step_capture";
    const std::string interview_id = to_capture->id;
    step.run = [h, round_id, interview_id] { h->show_interview(round_id, interview_id); };
    return step;
  }
  if (scored_both < n && consensus < n) {
    // Out of the captured interviews: the planned ones wait for capture, not scorers.
    step.kind = NextStep::Kind::Score;
    step.text = wxString::Format(
        wxPLURAL("Next: two scorers score each interview blind, as A and B. %d of %d is scored by both.",
                 "Next: two scorers score each interview blind, as A and B. %d of %d are scored by both.",
                 scored_both),
        scored_both, to_capture ? captured : n);
    step.button = _("&Score interviews");
    step.name = "next_step_score";
    step.run = [h, round_id] { h->show_scoring(round_id, std::string()); };
    return step;
  }
  if (consensus < n) {
    step.kind = NextStep::Kind::Consensus;
    step.text = wxString::Format(
        wxPLURAL("Next: agree the consensus scores. %d of %d interview is settled.",
                 "Next: agree the consensus scores. %d of %d interviews are settled.", consensus),
        consensus, n);
    step.button = _("Se&ttle consensus");
    step.name = "next_step_consensus";
    step.run = [h, round_id] { h->show_consensus(round_id); };
    return step;
  }
  step.kind = NextStep::Kind::Results;
  step.text = _("Every interview has its consensus scores: the round's stages are ready.");
  step.button = _("&See the results");
  step.name = "next_step_results";
  step.run = [h, round_id] { h->show_results(round_id); };
  return step;
}

}  // namespace readiness::gui
