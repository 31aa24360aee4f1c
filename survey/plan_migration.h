#pragma once
// Formats 1 and 2 kept a flat action plan inside each round; format 3 keeps
// action plans per community (action_plan.h). Called once after an older
// file is parsed (serialize_model.cpp), never on format 3 content.
#include "project.h"

namespace readiness {

// Moves every round's legacy_action_plan into a new ActionPlan of the
// round's community: one plan per round that had actions, titled
// "Handlingsplan <round label>", answering that round, status adopted.
// Each item keeps its activity, target group, status, the responsible text
// (plus the sector when the text names one, sector_id_from_text), its
// dimension, and its id when that is free in the community (else a new
// one). The free-text period becomes start/end where it names a year:
// "2020" -> 2020; "vt 2020"/"2020 H1" -> 2020-Q1..2020-Q2; "ht 2019"/
// "2019 H2" -> 2019-Q3..2019-Q4; "2019–2020" -> 2019..2020; the original
// text is kept in the note whenever it said more than a year. The
// follow-up text becomes the follow-up of the action's last year (else of
// the round's year), or goes to the note when there is no year at all.
// Rounds whose community is missing keep their items (the validator then
// refuses the file for the missing community). Leaves every
// legacy_action_plan it moved empty.
void migrate_legacy_actions(Project& project);

}  // namespace readiness
