#include "round_setup.h"

#include <algorithm>
#include <cctype>

#include "data_paths.h"
#include "instrument_library.h"
#include "round_respondents.h"

namespace readiness {

namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

const Round* previous_round(const Project& project, const std::string& community_id) {
  const auto rounds = project.rounds_of(community_id);
  return rounds.empty() ? nullptr : rounds.back();
}

RoundSetup setup_from_previous(const Round& previous, const std::string& label) {
  RoundSetup setup = settings_of(previous);
  setup.label = label;
  setup.start_date.clear();
  setup.end_date.clear();
  setup.respondents = previous.respondents;
  setup.plan_interviews = true;
  return setup;
}

std::vector<RoundSetupProblem> check_round_setup(const RoundSetup& setup, const Project& project) {
  std::vector<RoundSetupProblem> problems;
  if (setup.community_id.empty() || !project.find_community(setup.community_id))
    problems.push_back(RoundSetupProblem::NoCommunity);
  if (blank(setup.label)) {
    problems.push_back(RoundSetupProblem::NoLabel);
  } else {
    for (const Round* r : project.rounds_of(setup.community_id))
      if (r->label == setup.label) {
        problems.push_back(RoundSetupProblem::LabelTaken);
        break;
      }
  }
  if (blank(setup.issue)) problems.push_back(RoundSetupProblem::NoIssue);
  if (setup.areas.empty()) problems.push_back(RoundSetupProblem::NoArea);
  if (setup.instrument_id.empty()) problems.push_back(RoundSetupProblem::NoInstrument);
  // ISO dates compare as text.
  if (!setup.start_date.empty() && !setup.end_date.empty() && setup.end_date < setup.start_date)
    problems.push_back(RoundSetupProblem::EndBeforeStart);
  return problems;
}

std::vector<InstrumentChoice> instrument_choices(const Round* previous) {
  const InstrumentLibrary bundled = InstrumentLibrary::load_from({data_dir()});
  const InstrumentLibrary all = InstrumentLibrary::load_default();
  std::vector<InstrumentChoice> out;
  for (const auto& instrument : bundled.instruments()) out.push_back({instrument, InstrumentSource::Bundled});
  for (const auto& instrument : all.instruments())
    if (!bundled.find(instrument.id)) out.push_back({instrument, InstrumentSource::User});
  if (previous && !previous->instrument.id.empty() && !all.find(previous->instrument.id))
    out.push_back({previous->instrument, InstrumentSource::PreviousRound});
  return out;
}

std::string default_instrument_id(const std::vector<InstrumentChoice>& choices, const Round* previous,
                                  const std::string& language) {
  auto has = [&](const std::string& id) {
    return std::any_of(choices.begin(), choices.end(), [&](const InstrumentChoice& c) { return c.instrument.id == id; });
  };
  if (previous && has(previous->instrument.id)) return previous->instrument.id;
  if (has("cr6-" + language)) return "cr6-" + language;
  if (has(kDefaultInstrumentId)) return kDefaultInstrumentId;
  return choices.empty() ? std::string() : choices.front().instrument.id;
}

namespace {

std::vector<std::string> in_area_order(const std::vector<std::string>& areas) {
  std::vector<std::string> out;
  for (const auto& area : andts_areas())
    if (std::find(areas.begin(), areas.end(), area) != areas.end()) out.push_back(area);
  return out;
}

}  // namespace

Round make_round(const RoundSetup& setup, const Instrument& instrument, const std::string& round_id) {
  Round round;
  round.id = round_id;
  round.community_id = setup.community_id;
  round.label = setup.label;
  round.issue = setup.issue;
  round.areas = in_area_order(setup.areas);
  round.community_definition = setup.community_definition;
  round.instrument = instrument;
  round.mode = setup.mode;
  round.start_date = setup.start_date;
  round.end_date = setup.end_date;
  round.status = RoundStatus::Planned;
  for (Respondent respondent : setup.respondents) {
    if (respondent.id.empty() || round.find_respondent(respondent.id)) respondent.id = next_respondent_id(round);
    add_respondent(round, respondent, setup.plan_interviews ? next_interview_id(round) : std::string());
  }
  return round;
}

RoundSetup settings_of(const Round& round) {
  RoundSetup s;
  s.community_id = round.community_id;
  s.label = round.label;
  s.issue = round.issue;
  s.areas = round.areas;
  s.community_definition = round.community_definition;
  s.instrument_id = round.instrument.id;
  s.mode = round.mode;
  s.start_date = round.start_date;
  s.end_date = round.end_date;
  s.plan_interviews = false;
  return s;
}

std::vector<RoundSetupProblem> check_round_settings(const RoundSetup& settings, const Project& project,
                                                    const std::string& round_id) {
  std::vector<RoundSetupProblem> problems = check_round_setup(settings, project);
  bool taken = false;
  for (const Round* r : project.rounds_of(settings.community_id))
    taken = taken || (r->id != round_id && r->label == settings.label);
  if (!taken) problems.erase(std::remove(problems.begin(), problems.end(), RoundSetupProblem::LabelTaken),
                             problems.end());
  return problems;
}

Round with_settings(Round round, const RoundSetup& settings) {
  round.label = settings.label;
  round.issue = settings.issue;
  round.areas = in_area_order(settings.areas);
  round.community_definition = settings.community_definition;
  round.mode = settings.mode;
  round.start_date = settings.start_date;
  round.end_date = settings.end_date;
  return round;
}

}  // namespace readiness
