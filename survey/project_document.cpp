#include "project_document.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "project_file.h"
#include "sectors.h"

namespace readiness {

namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

// ---- InterviewFieldRef -------------------------------------------------------

std::string InterviewFieldRef::name() const {
  switch (field) {
    case Field::Interviewer: return "interviewer";
    case Field::SecondListener: return "second_listener";
    case Field::Date: return "date";
    case Field::DurationMinutes: return "duration_minutes";
    case Field::Status: return "status";
    case Field::Notes: return "notes";
    case Field::RespondentId: return "respondent_id";
    case Field::Answer: return "answer:" + question_id;
  }
  return {};
}

bool InterviewFieldRef::operator==(const InterviewFieldRef& other) const {
  return round_id == other.round_id && interview_id == other.interview_id && field == other.field &&
         question_id == other.question_id;
}

// ---- progress ----------------------------------------------------------------

InterviewProgress interview_progress(const Round& round, const Interview& interview) {
  InterviewProgress p;
  p.status = interview.status;
  p.questions = static_cast<int>(round.instrument.questions.size());
  for (const auto& q : round.instrument.questions) {
    auto it = interview.answers.find(q.id);
    const bool answered = it != interview.answers.end() && !blank(it->second);
    if (answered) ++p.answered;
    if (q.required) {
      ++p.required_total;
      if (answered) ++p.required_answered;
    }
  }
  p.dimensions = static_cast<int>(round.instrument.dimensions.size());
  for (const auto& d : round.instrument.dimensions) {
    const DimensionScore* s = interview.score_for(d.code);
    if (!s) continue;
    if (s->scorer_a) ++p.scored_a;
    if (s->scorer_b) ++p.scored_b;
    if (s->consensus) ++p.consensus;
  }
  return p;
}

RoundProgress round_progress(const Round& round) {
  RoundProgress p;
  for (const auto& interview : round.interviews) {
    ++p.interviews;
    if (interview.status == InterviewStatus::Transcribed) ++p.transcribed;
    if (interview_progress(round, interview).consensus_complete()) ++p.consensus_complete;
  }
  return p;
}

std::vector<std::string> sectors_covered(const Round& round) {
  std::vector<std::string> seen;
  for (const auto& interview : round.interviews)
    if (const Respondent* r = round.find_respondent(interview.respondent_id); r && !r->sector.empty())
      if (std::find(seen.begin(), seen.end(), r->sector) == seen.end()) seen.push_back(r->sector);
  std::vector<std::string> out;
  for (const auto& id : sector_ids())
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) out.push_back(id);
  for (const auto& id : seen)
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  return out;
}

// ---- ProjectDocument ---------------------------------------------------------

ProjectDocument::ProjectDocument() : m_project(std::make_shared<Project>()) {}

ProjectDocument::ProjectDocument(Project project, std::string path)
    : m_project(std::make_shared<Project>(std::move(project))),
      m_path(std::move(path)),
      m_disk(m_path.empty() ? FileStamp{} : stamp_file(m_path)) {}

std::shared_ptr<ProjectDocument> ProjectDocument::open(const std::string& path) {
  // Stamped before reading: a change made while it is read counts as a
  // change (asked about later), never the other way round.
  FileStamp stamp = stamp_file(path);
  auto document = std::make_shared<ProjectDocument>(load_project(path), std::string());
  document->m_path = path;
  document->m_disk = stamp;
  // What a killed or powerless save of this file left next to it.
  remove_interrupted_saves(path);
  return document;
}

void ProjectDocument::set_read_only(bool read_only) {
  if (m_read_only == read_only) return;
  m_read_only = read_only;
  announce({ChangeEvent::What::State, {}, {}, {}, {}});
}

void ProjectDocument::save() {
  if (m_path.empty()) throw std::logic_error("save() of an untitled project: use save_as()");
  save_as(m_path);
}

void ProjectDocument::save_as(const std::string& path) {
  save_project(*m_project, path);
  m_path = path;
  m_disk = stamp_file(path);
  // Saving under a new name makes a read-only copy an ordinary one.
  m_read_only = false;
  m_modified = false;
  announce({ChangeEvent::What::State, {}, {}, {}, {}});
}

DiskChange ProjectDocument::disk_change() {
  if (m_path.empty()) return DiskChange::Same;
  return check_file(m_path, m_disk);
}

void ProjectDocument::set_modified(bool modified) {
  if (m_modified == modified) return;
  m_modified = modified;
  announce({ChangeEvent::What::State, {}, {}, {}, {}});
}

void ProjectDocument::add_observer(ProjectObserver* observer) {
  if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
    m_observers.push_back(observer);
}

void ProjectDocument::remove_observer(ProjectObserver* observer) {
  m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

void ProjectDocument::announce(const ChangeEvent& event) {
  // A copy: an observer may remove itself while being told.
  const auto observers = m_observers;
  for (ProjectObserver* o : observers)
    if (std::find(m_observers.begin(), m_observers.end(), o) != m_observers.end()) o->on_project_changed(event);
}

void ProjectDocument::changed(ChangeEvent event) {
  ++m_revision;
  m_modified = true;
  announce(event);
}

void ProjectDocument::check_writable() const {
  if (m_read_only) throw std::logic_error("the project is open read-only");
}

Interview& ProjectDocument::interview_at(const InterviewFieldRef& ref) {
  Round* round = m_project->find_round(ref.round_id);
  if (!round) throw std::out_of_range("no round \"" + ref.round_id + "\"");
  Interview* interview = round->find_interview(ref.interview_id);
  if (!interview) throw std::out_of_range("no interview \"" + ref.interview_id + "\" in round \"" + ref.round_id + "\"");
  return *interview;
}

const Interview& ProjectDocument::interview_at(const InterviewFieldRef& ref) const {
  return const_cast<ProjectDocument*>(this)->interview_at(ref);
}

std::string ProjectDocument::interview_field(const InterviewFieldRef& ref) const {
  using F = InterviewFieldRef::Field;
  const Interview& i = interview_at(ref);
  switch (ref.field) {
    case F::Interviewer: return i.interviewer;
    case F::SecondListener: return i.second_listener;
    case F::Date: return i.date;
    case F::DurationMinutes: return std::to_string(i.duration_minutes);
    case F::Status: return to_string(i.status);
    case F::Notes: return i.notes;
    case F::RespondentId: return i.respondent_id;
    case F::Answer: {
      auto it = i.answers.find(ref.question_id);
      return it == i.answers.end() ? std::string() : it->second;
    }
  }
  return {};
}

void ProjectDocument::set_interview_field(const InterviewFieldRef& ref, const std::string& value) {
  using F = InterviewFieldRef::Field;
  check_writable();
  Interview& i = interview_at(ref);
  switch (ref.field) {
    case F::Interviewer: i.interviewer = value; break;
    case F::SecondListener: i.second_listener = value; break;
    case F::Date: i.date = value; break;
    case F::DurationMinutes: {
      int minutes = 0;
      if (!value.empty()) {
        std::size_t used = 0;
        try {
          minutes = std::stoi(value, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != value.size() || minutes < 0) throw std::invalid_argument("duration \"" + value + "\" is not a number of minutes");
      }
      i.duration_minutes = minutes;
      break;
    }
    case F::Status: {
      InterviewStatus status;
      if (!parse_interview_status(value, status)) throw std::invalid_argument("unknown interview status \"" + value + "\"");
      i.status = status;
      break;
    }
    case F::Notes: i.notes = value; break;
    case F::RespondentId: i.respondent_id = value; break;
    case F::Answer:
      // An emptied answer leaves no entry, so files stay as small as before.
      if (value.empty())
        i.answers.erase(ref.question_id);
      else
        i.answers[ref.question_id] = value;
      break;
  }
  const Round* round = m_project->find_round(ref.round_id);
  changed({ChangeEvent::What::Interview, round->community_id, ref.round_id, ref.interview_id, ref.name()});
}

void ProjectDocument::set_title(const std::string& title) {
  check_writable();
  m_project->title = title;
  changed({ChangeEvent::What::Project, {}, {}, {}, "title"});
}

void ProjectDocument::set_owner(const std::string& owner) {
  check_writable();
  m_project->owner = owner;
  changed({ChangeEvent::What::Project, {}, {}, {}, "owner"});
}

void ProjectDocument::insert_community(const Community& community, std::optional<std::size_t> position) {
  check_writable();
  if (community.id.empty() || m_project->find_community(community.id))
    throw std::invalid_argument("community id \"" + community.id + "\" is empty or taken");
  auto& list = m_project->communities;
  const std::size_t at = std::min(position.value_or(list.size()), list.size());
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), community);
  changed({ChangeEvent::What::Community, community.id, {}, {}, {}});
}

Community ProjectDocument::update_community(const Community& community) {
  check_writable();
  Community* existing = m_project->find_community(community.id);
  if (!existing) throw std::out_of_range("no community \"" + community.id + "\"");
  Community before = *existing;
  *existing = community;
  changed({ChangeEvent::What::Community, community.id, {}, {}, {}});
  return before;
}

RemovedCommunity ProjectDocument::remove_community(const std::string& community_id) {
  check_writable();
  auto& list = m_project->communities;
  auto it = std::find_if(list.begin(), list.end(), [&](const Community& c) { return c.id == community_id; });
  if (it == list.end()) throw std::out_of_range("no community \"" + community_id + "\"");
  RemovedCommunity removed;
  removed.community = *it;
  removed.position = static_cast<std::size_t>(it - list.begin());
  list.erase(it);
  auto& rounds = m_project->rounds;
  std::vector<Round> kept;
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    if (rounds[i].community_id == community_id)
      removed.rounds.emplace_back(i, std::move(rounds[i]));
    else
      kept.push_back(std::move(rounds[i]));
  }
  rounds = std::move(kept);
  changed({ChangeEvent::What::Community, community_id, {}, {}, {}});
  return removed;
}

void ProjectDocument::restore_community(const RemovedCommunity& removed) {
  check_writable();
  auto& list = m_project->communities;
  const std::size_t at = std::min(removed.position, list.size());
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), removed.community);
  auto& rounds = m_project->rounds;
  for (const auto& [index, round] : removed.rounds) {
    const std::size_t r = std::min(index, rounds.size());
    rounds.insert(rounds.begin() + static_cast<std::ptrdiff_t>(r), round);
  }
  changed({ChangeEvent::What::Community, removed.community.id, {}, {}, {}});
}

void ProjectDocument::insert_round(const Round& round, std::optional<std::size_t> position) {
  check_writable();
  if (round.id.empty() || m_project->find_round(round.id))
    throw std::invalid_argument("round id \"" + round.id + "\" is empty or taken");
  if (!m_project->find_community(round.community_id))
    throw std::out_of_range("no community \"" + round.community_id + "\"");
  auto& list = m_project->rounds;
  const std::size_t at = std::min(position.value_or(list.size()), list.size());
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), round);
  changed({ChangeEvent::What::Round, round.community_id, round.id, {}, {}});
}

Round ProjectDocument::update_round(const Round& round) {
  check_writable();
  Round* existing = m_project->find_round(round.id);
  if (!existing) throw std::out_of_range("no round \"" + round.id + "\"");
  Round before = *existing;
  *existing = round;
  changed({ChangeEvent::What::Round, round.community_id, round.id, {}, {}});
  return before;
}

RemovedRound ProjectDocument::remove_round(const std::string& round_id) {
  check_writable();
  auto& list = m_project->rounds;
  auto it = std::find_if(list.begin(), list.end(), [&](const Round& r) { return r.id == round_id; });
  if (it == list.end()) throw std::out_of_range("no round \"" + round_id + "\"");
  RemovedRound removed{std::move(*it), static_cast<std::size_t>(it - list.begin())};
  list.erase(it);
  changed({ChangeEvent::What::Round, removed.round.community_id, round_id, {}, {}});
  return removed;
}

std::string ProjectDocument::new_community_id(const std::string& name) const {
  std::vector<std::string> taken;
  for (const auto& c : m_project->communities) taken.push_back(c.id);
  return make_unique_id("c-", name, taken);
}

std::string ProjectDocument::new_round_id(const std::string& community_id, const std::string& label) const {
  std::vector<std::string> taken;
  for (const auto& r : m_project->rounds) taken.push_back(r.id);
  return make_unique_id(community_id + "-", label, taken);
}

}  // namespace readiness
