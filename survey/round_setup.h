#pragma once
// Setting up a new round: what the round wizard collects, "start from the
// previous round" (its settings and respondents carried over), the checks
// before the round is made, and the round itself with a snapshot of the
// instrument and a planned interview for each respondent.
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

struct RoundSetup {
  std::string community_id;
  std::string label;  // "2024"
  std::string issue;
  std::vector<std::string> areas;  // ids from andts_areas()
  std::string community_definition;
  std::string instrument_id;
  Mode mode = Mode::Interview;
  std::string start_date;  // ISO 8601 or empty
  std::string end_date;
  std::vector<Respondent> respondents;
  bool plan_interviews = true;  // one planned interview per respondent
};

// The community's latest round (highest label), or nullptr.
const Round* previous_round(const Project& project, const std::string& community_id);

// A setup that continues `previous`: the same community, issue, areas,
// community definition, instrument, mode and respondents (contact details
// too: they are the same people). Label and dates are left for the new
// round: the label is `label`, the dates empty.
RoundSetup setup_from_previous(const Round& previous, const std::string& label);

enum class RoundSetupProblem {
  NoCommunity,     // empty or not in the project
  NoLabel,
  LabelTaken,      // the community already has a round with this label
  NoIssue,
  NoArea,
  NoInstrument,
  EndBeforeStart,
};

// Every problem, in the order the wizard asks for the fields; empty when
// the round can be made.
std::vector<RoundSetupProblem> check_round_setup(const RoundSetup& setup, const Project& project);

// Where an instrument the wizard offers comes from.
enum class InstrumentSource { Bundled, User, PreviousRound };

struct InstrumentChoice {
  Instrument instrument;
  InstrumentSource source = InstrumentSource::Bundled;
};

// The instruments a new round can use: bundled ones (data_dir()), then the
// user's (InstrumentLibrary::load_default()), then the snapshot of
// `previous` when its instrument is no longer in the library.
std::vector<InstrumentChoice> instrument_choices(const Round* previous);

// The instrument to preselect: the previous round's, else the six-
// dimension one in `language` ("cr6-sv"), else the first. "" when none.
std::string default_instrument_id(const std::vector<InstrumentChoice>& choices, const Round* previous,
                                  const std::string& language);

// The round: `instrument` copied in as its snapshot, areas in
// andts_areas() order, respondents kept with their ids (fresh "R1", "R2"...
// for those without one) and, with plan_interviews, a planned interview
// "1", "2"... for each of them. Status planned.
Round make_round(const RoundSetup& setup, const Instrument& instrument, const std::string& round_id);

// ---- changing an existing round's settings ---------------------------------
// Label, issue, areas, community definition, mode and dates can be
// corrected after the wizard; the community, the instrument snapshot, the
// respondents and the interviews stay as they are.

// The round's settings as a setup (community and instrument id included,
// no respondents).
RoundSetup settings_of(const Round& round);
// check_round_setup()'s problems for `settings` of the round `round_id`:
// its own label is not "taken", another round's of the community is.
std::vector<RoundSetupProblem> check_round_settings(const RoundSetup& settings, const Project& project,
                                                    const std::string& round_id);
// `round` with label, issue, areas (andts_areas() order), community
// definition, mode and dates from `settings`.
Round with_settings(Round round, const RoundSetup& settings);

}  // namespace readiness
