#pragma once
// The rows of the action plan page's tables (issue 13): which action or
// commitment item each row shows, its cells as text, and sorting by any
// column. Plain data over the model, so the tables (wxDataViewListCtrl)
// are refilled from it and tests can read it.
#include <optional>
#include <string>
#include <vector>

#include <wx/arrstr.h>
#include <wx/string.h>

#include "project.h"

namespace readiness::gui {

// One row: an action of a plan, or an item of a joint commitment.
struct PlanRowRef {
  bool commitment = false;
  std::string source_id;  // plan or commitment id
  std::string action_id;
};

// Statuses in the order the choice cells offer them.
const std::vector<ActionStatus>& status_order();
wxString status_label(ActionStatus status);      // "planerad" / "planned"
wxArrayString status_labels();                   // in status_order()
bool status_from_label(const wxString& label, ActionStatus& out);
wxString channel_label(Channel channel);         // "" for None
wxArrayString channel_labels();                  // "" first, then communication_channels()
bool channel_from_label(const wxString& label, Channel& out);
// "2020-Q3–2021" style; "–" when neither is given.
wxString period_label(const PlanAction& action);

// The action or item a row points at; nullptr when it is gone.
const PlanAction* find_row_action(const Community& community, const PlanRowRef& ref);
PlanAction* find_row_action(Community& community, const PlanRowRef& ref);
// The last year of the row's plan or commitment (for overdue), 0 when none.
int row_last_year(const Community& community, const PlanRowRef& ref);

// The actions of plan `plan_id` (every plan when empty), then, when
// `with_commitments`, every commitment item; `communication_only` keeps
// actions with a channel.
std::vector<PlanRowRef> action_rows(const Community& community, const std::string& plan_id, bool with_commitments,
                                    bool communication_only);
std::vector<PlanRowRef> commitment_rows(const Community& community);

// The method's advice on channels for a communication action: each stage's
// "channels" (community-readiness.md; Stage::channels of the round's
// instrument snapshot, so in the language the round was scored in). Taken
// from the community's latest round with a result, at the stage the
// action's strategy came from, else the stage of its first linked
// dimension in that round, else the round's overall stage. nullopt when no
// round has such a stage or the instrument gives no advice for it.
struct ChannelAdvice {
  int stage = 0;            // 1..9
  std::string stage_name;   // from the instrument
  std::string channels;     // the advice, as the instrument words it
  std::string round_label;  // the round it was read from
  std::string dimension;    // the dimension whose stage it is; "" for the strategy's or the overall stage
};
std::optional<ChannelAdvice> channel_advice(const Project& project, const std::string& community_id,
                                            const PlanAction& action);

// Sorts rows by the text `cell(row)` gives (a column's text), stable, case
// ignored (wxString::CmpNoCase).
template <class Cell>
void sort_rows(std::vector<PlanRowRef>& rows, bool ascending, Cell cell);

}  // namespace readiness::gui

#include <algorithm>

namespace readiness::gui {

template <class Cell>
void sort_rows(std::vector<PlanRowRef>& rows, bool ascending, Cell cell) {
  std::stable_sort(rows.begin(), rows.end(), [&](const PlanRowRef& a, const PlanRowRef& b) {
    const int order = cell(a).CmpNoCase(cell(b));
    return ascending ? order < 0 : order > 0;
  });
}

}  // namespace readiness::gui
