// Free serialize functions for the model. Every field carries a name (NVP)
// so an XML archive could be produced for debugging without code changes.
#include "serialize_model.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "bounded_archive.h"
#include "instrument_table.h"
#include "plan_migration.h"

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/array.hpp>
#include <boost/serialization/map.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>

using boost::serialization::make_nvp;

namespace readiness {
namespace {

// Boost 1.74 hands a newer stored version to serialize() without complaint;
// reading it with an older layout would misparse silently.
template <class Archive>
void check_version(unsigned int stored, unsigned int known, const char* what) {
  if (Archive::is_loading::value && stored > known) {
    throw ArchiveContentError(ArchiveContentError::Kind::NewerClassVersion,
                              std::string(what) + " has class version " + std::to_string(stored) +
                                  "; this version knows up to " + std::to_string(known));
  }
}

template <class Archive, class T>
void check_known(unsigned int stored, const char* what) {
  check_version<Archive>(stored, boost::serialization::version<T>::value, what);
}

// Enums are stored as ints so that reordering never happens silently, and
// are range-checked on load (a cast would accept any int).
template <class Archive, class E>
void serialize_enum(Archive& ar, const char* name, E& value, E last) {
  int stored = static_cast<int>(value);
  ar& make_nvp(name, stored);
  if (Archive::is_loading::value) {
    if (stored < 0 || stored > static_cast<int>(last)) {
      throw ArchiveContentError(ArchiveContentError::Kind::BadValue,
                                std::string("field \"") + name + "\" has unknown value " +
                                    std::to_string(stored));
    }
    value = static_cast<E>(stored);
  }
}

// Boost 1.74 cannot serialize std::optional: a presence flag plus the value.
template <class Archive>
void serialize_optional(Archive& ar, const char* has_name, const char* value_name,
                        std::optional<Hundredths>& value) {
  bool has = value.has_value();
  Hundredths stored = value.value_or(0);
  ar& make_nvp(has_name, has);
  ar& make_nvp(value_name, stored);
  if (Archive::is_loading::value) value = has ? std::optional<Hundredths>(stored) : std::nullopt;
}

// While a Project of version 2 or later is written or read: its list of
// instrument snapshots and the next round's place in the project, for
// Round (version 2), which stores the index of its snapshot instead.
struct InstrumentContext {
  InstrumentTable* table = nullptr;
  std::size_t next_round = 0;
};
thread_local InstrumentContext* t_instruments = nullptr;

class InstrumentScope {
 public:
  explicit InstrumentScope(InstrumentTable& table) : m_previous(t_instruments) {
    m_context.table = &table;
    t_instruments = &m_context;
  }
  ~InstrumentScope() { t_instruments = m_previous; }
  InstrumentScope(const InstrumentScope&) = delete;
  InstrumentScope& operator=(const InstrumentScope&) = delete;

 private:
  InstrumentContext m_context;
  InstrumentContext* m_previous;
};

template <class Archive>
void serialize_instrument_ref(Archive& ar, Round& r) {
  if (!t_instruments)
    throw ArchiveContentError(ArchiveContentError::Kind::BadValue,
                              "round " + r.id + " refers to a stored instrument outside a project");
  const InstrumentTable& table = *t_instruments->table;
  std::uint32_t index = 0;
  if (Archive::is_saving::value) index = table.round_index.at(t_instruments->next_round++);
  ar& boost::serialization::make_nvp("instrument_ref", index);
  if (Archive::is_loading::value) {
    if (index >= table.instruments.size())
      throw ArchiveContentError(ArchiveContentError::Kind::BadValue,
                                "round " + r.id + " refers to instrument " + std::to_string(index) +
                                    "; the project stores " + std::to_string(table.instruments.size()));
    r.instrument = table.instruments[index];
  }
}

}  // namespace

template <class Archive>
void serialize(Archive& ar, Community& c, unsigned int version) {
  check_known<Archive, Community>(version, "Community");
  ar& make_nvp("id", c.id);
  ar& make_nvp("name", c.name);
  ar& make_nvp("code", c.code);
  ar& make_nvp("county_code", c.county_code);
  serialize_enum(ar, "kind", c.kind, CommunityKind::Group);
  ar& make_nvp("note", c.note);
  // Version 2 (format 3): the community's action plans and commitments.
  if (version >= 2) {
    ar& make_nvp("plans", c.plans);
    ar& make_nvp("commitments", c.commitments);
  }
}

// ---- action plans and joint commitments (format 3, issue 13) ---------------

template <class Archive>
void serialize(Archive& ar, FollowUp& f, unsigned int version) {
  check_known<Archive, FollowUp>(version, "FollowUp");
  ar& make_nvp("year", f.year);
  serialize_enum(ar, "status", f.status, ActionStatus::Postponed);
  ar& make_nvp("done", f.done);
  ar& make_nvp("outcome", f.outcome);
  ar& make_nvp("next_step", f.next_step);
}

template <class Archive>
void serialize_plan_time(Archive& ar, const char* year, const char* quarter, const char* month, PlanTime& t) {
  ar& make_nvp(year, t.year);
  ar& make_nvp(quarter, t.quarter);
  ar& make_nvp(month, t.month);
}

template <class Archive>
void serialize(Archive& ar, PlanAction& a, unsigned int version) {
  check_known<Archive, PlanAction>(version, "PlanAction");
  ar& make_nvp("id", a.id);
  ar& make_nvp("activity", a.activity);
  ar& make_nvp("target_group", a.target_group);
  ar& make_nvp("sectors", a.sectors);
  ar& make_nvp("responsible", a.responsible);
  ar& make_nvp("dimensions", a.dimensions);
  ar& make_nvp("strategy_stage", a.strategy_stage);
  ar& make_nvp("strategy", a.strategy);
  serialize_plan_time(ar, "start_year", "start_quarter", "start_month", a.start);
  serialize_plan_time(ar, "end_year", "end_quarter", "end_month", a.end);
  ar& make_nvp("priority", a.priority);
  bool has_cost = a.cost_sek.has_value();
  long long cost = a.cost_sek.value_or(0);
  ar& make_nvp("has_cost", has_cost);
  ar& make_nvp("cost_sek", cost);
  if (Archive::is_loading::value) a.cost_sek = has_cost ? std::optional<long long>(cost) : std::nullopt;
  ar& make_nvp("funding", a.funding);
  serialize_enum(ar, "status", a.status, ActionStatus::Postponed);
  serialize_enum(ar, "channel", a.channel, Channel::OwnChannels);
  ar& make_nvp("key_message", a.key_message);
  ar& make_nvp("note", a.note);
  ar& make_nvp("follow_ups", a.follow_ups);
}

template <class Archive>
void serialize(Archive& ar, ActionPlan& p, unsigned int version) {
  check_known<Archive, ActionPlan>(version, "ActionPlan");
  ar& make_nvp("id", p.id);
  ar& make_nvp("title", p.title);
  ar& make_nvp("first_year", p.first_year);
  ar& make_nvp("last_year", p.last_year);
  ar& make_nvp("round_ids", p.round_ids);
  serialize_enum(ar, "status", p.status, PlanStatus::Cancelled);
  ar& make_nvp("actions", p.actions);
}

template <class Archive>
void serialize(Archive& ar, JointCommitment& c, unsigned int version) {
  check_known<Archive, JointCommitment>(version, "JointCommitment");
  ar& make_nvp("id", c.id);
  ar& make_nvp("title", c.title);
  ar& make_nvp("partner_sectors", c.partner_sectors);
  ar& make_nvp("partners", c.partners);
  ar& make_nvp("first_year", c.first_year);
  ar& make_nvp("last_year", c.last_year);
  ar& make_nvp("note", c.note);
  ar& make_nvp("items", c.items);
}

template <class Archive>
void serialize(Archive& ar, Dimension& d, unsigned int version) {
  check_known<Archive, Dimension>(version, "Dimension");
  ar& make_nvp("code", d.code);
  ar& make_nvp("name", d.name);
  ar& make_nvp("description", d.description);
  ar& make_nvp("anchors", d.anchors);
}

template <class Archive>
void serialize(Archive& ar, Question& q, unsigned int version) {
  check_known<Archive, Question>(version, "Question");
  ar& make_nvp("id", q.id);
  ar& make_nvp("text", q.text);
  ar& make_nvp("dimension", q.dimension);
  ar& make_nvp("required", q.required);
  ar& make_nvp("followups", q.followups);
}

template <class Archive>
void serialize(Archive& ar, Stage& s, unsigned int version) {
  check_known<Archive, Stage>(version, "Stage");
  ar& make_nvp("number", s.number);
  ar& make_nvp("name", s.name);
  ar& make_nvp("description", s.description);
  ar& make_nvp("goal", s.goal);
  ar& make_nvp("channels", s.channels);
  ar& make_nvp("strategies", s.strategies);
}

template <class Archive>
void serialize(Archive& ar, Instrument& i, unsigned int version) {
  check_known<Archive, Instrument>(version, "Instrument");
  ar& make_nvp("id", i.id);
  ar& make_nvp("version", i.version);
  ar& make_nvp("language", i.language);
  ar& make_nvp("title", i.title);
  ar& make_nvp("description", i.description);
  ar& make_nvp("dimensions", i.dimensions);
  ar& make_nvp("questions", i.questions);
  ar& make_nvp("stages", i.stages);
  ar& make_nvp("scorer_guide", i.scorer_guide);
}

template <class Archive>
void serialize(Archive& ar, Respondent& r, unsigned int version) {
  check_known<Archive, Respondent>(version, "Respondent");
  ar& make_nvp("id", r.id);
  ar& make_nvp("pseudonym", r.pseudonym);
  ar& make_nvp("sector", r.sector);
  ar& make_nvp("role", r.role);
  ar& make_nvp("contact", r.contact);
}

template <class Archive>
void serialize(Archive& ar, DimensionScore& s, unsigned int version) {
  check_known<Archive, DimensionScore>(version, "DimensionScore");
  serialize_optional(ar, "has_scorer_a", "scorer_a", s.scorer_a);
  serialize_optional(ar, "has_scorer_b", "scorer_b", s.scorer_b);
  serialize_optional(ar, "has_consensus", "consensus", s.consensus);
  ar& make_nvp("reason", s.reason);
  // Version 2 (format 2): the scorers' own notes. A version-1 score has none.
  if (version >= 2) {
    ar& make_nvp("note_a", s.note_a);
    ar& make_nvp("note_b", s.note_b);
  }
}

template <class Archive>
void serialize(Archive& ar, Interview& i, unsigned int version) {
  check_known<Archive, Interview>(version, "Interview");
  ar& make_nvp("id", i.id);
  ar& make_nvp("respondent_id", i.respondent_id);
  ar& make_nvp("interviewer", i.interviewer);
  ar& make_nvp("second_listener", i.second_listener);
  ar& make_nvp("scorer_a_name", i.scorer_a_name);
  ar& make_nvp("scorer_b_name", i.scorer_b_name);
  ar& make_nvp("date", i.date);
  ar& make_nvp("duration_minutes", i.duration_minutes);
  ar& make_nvp("answers", i.answers);
  ar& make_nvp("notes", i.notes);
  serialize_enum(ar, "status", i.status, InterviewStatus::Transcribed);
  ar& make_nvp("scores", i.scores);
}

template <class Archive>
void serialize(Archive& ar, ActionItem& a, unsigned int version) {
  check_known<Archive, ActionItem>(version, "ActionItem");
  ar& make_nvp("id", a.id);
  ar& make_nvp("activity", a.activity);
  ar& make_nvp("target_group", a.target_group);
  ar& make_nvp("responsible", a.responsible);
  ar& make_nvp("dimension", a.dimension);
  ar& make_nvp("period", a.period);
  serialize_enum(ar, "status", a.status, ActionStatus::Cancelled);
  ar& make_nvp("follow_up", a.follow_up);
}

template <class Archive>
void serialize(Archive& ar, Round& r, unsigned int version) {
  check_known<Archive, Round>(version, "Round");
  ar& make_nvp("id", r.id);
  ar& make_nvp("community_id", r.community_id);
  ar& make_nvp("label", r.label);
  ar& make_nvp("issue", r.issue);
  ar& make_nvp("areas", r.areas);
  ar& make_nvp("community_definition", r.community_definition);
  // Version 2 (format 3): the snapshot is stored once in the project's
  // list of instruments; the round keeps its place in that list.
  if (version >= 2)
    serialize_instrument_ref(ar, r);
  else
    ar& make_nvp("instrument", r.instrument);
  serialize_enum(ar, "mode", r.mode, Mode::SelfRating);
  ar& make_nvp("start_date", r.start_date);
  ar& make_nvp("end_date", r.end_date);
  serialize_enum(ar, "status", r.status, RoundStatus::Completed);
  ar& make_nvp("respondents", r.respondents);
  ar& make_nvp("interviews", r.interviews);
  // Up to version 1 (formats 1, 2) a round held its action plan; loading
  // moves it to the community (plan_migration.h, called for the project).
  if (version < 2) ar& make_nvp("action_plan", r.legacy_action_plan);
}

template <class Archive>
void serialize(Archive& ar, Project& p, unsigned int version) {
  check_known<Archive, Project>(version, "Project");
  ar& make_nvp("title", p.title);
  ar& make_nvp("owner", p.owner);
  ar& make_nvp("created", p.created);
  ar& make_nvp("communities", p.communities);
  if (version < 2) {
    ar& make_nvp("rounds", p.rounds);
    if (Archive::is_loading::value) migrate_legacy_actions(p);  // formats 1, 2 (plan_migration.h)
    return;
  }
  // Version 2 (format 3): each distinct instrument snapshot once, then the
  // rounds, which refer to it (instrument_table.h).
  InstrumentTable table;
  if (Archive::is_saving::value) table = distinct_instruments(p.rounds);
  ar& make_nvp("instruments", table.instruments);
  {
    const InstrumentScope scope(table);
    ar& make_nvp("rounds", p.rounds);
  }
  ar& make_nvp("audit", p.audit);
}

template <class Archive>
void serialize(Archive& ar, AuditEntry& e, unsigned int version) {
  check_known<Archive, AuditEntry>(version, "AuditEntry");
  ar& make_nvp("when", e.when);
  ar& make_nvp("who", e.who);
  ar& make_nvp("source", e.source);
  ar& make_nvp("detail", e.detail);
  ar& make_nvp("round_id", e.round_id);
  ar& make_nvp("interview_id", e.interview_id);
  ar& make_nvp("dimension", e.dimension);
  ar& make_nvp("field", e.field);
  ar& make_nvp("old_value", e.old_value);
  ar& make_nvp("new_value", e.new_value);
}

// Only the portable text archive is used for project files (design.md).
#define READINESS_INSTANTIATE(T)                                                      \
  template void serialize(boost::archive::text_iarchive&, T&, unsigned int);          \
  template void serialize(boost::archive::text_oarchive&, T&, unsigned int);         \
  template void serialize(BoundedTextIArchive&, T&, unsigned int);

READINESS_INSTANTIATE(Community)
READINESS_INSTANTIATE(FollowUp)
READINESS_INSTANTIATE(PlanAction)
READINESS_INSTANTIATE(ActionPlan)
READINESS_INSTANTIATE(JointCommitment)
READINESS_INSTANTIATE(Dimension)
READINESS_INSTANTIATE(Question)
READINESS_INSTANTIATE(Stage)
READINESS_INSTANTIATE(Instrument)
READINESS_INSTANTIATE(Respondent)
READINESS_INSTANTIATE(DimensionScore)
READINESS_INSTANTIATE(Interview)
READINESS_INSTANTIATE(ActionItem)
READINESS_INSTANTIATE(Round)
READINESS_INSTANTIATE(AuditEntry)
READINESS_INSTANTIATE(Project)

#undef READINESS_INSTANTIATE

}  // namespace readiness
