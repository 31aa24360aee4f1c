#include "project_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "instrument_table.h"
#include "translation.h"

namespace readiness {

namespace {

// Marks a message for the catalog extractor (scripts/refresh-pot's N_
// keyword); Merger::tr translates it, once per merge.
constexpr const char* N_(const char* msgid) { return msgid; }

std::string score_text(const std::optional<Hundredths>& h) { return h ? format_hundredths(*h) : std::string(); }

const char* mode_text(Mode m) { return m == Mode::Interview ? N_("interviews") : N_("self-rating"); }
// Community kinds and channels are shown as their codes (as in the file).
const char* kind_text(CommunityKind k) { return to_string(k); }
std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

class Merger {
 public:
  explicit Merger(MergeResult& result) : m_result(result) {}

  // `msgid` (marked with N_) in the user's language (translation.h),
  // looked up once per merge: a national merge names millions of places.
  const std::string& tr(const char* msgid) {
    auto it = m_translations.find(msgid);
    if (it == m_translations.end()) it = m_translations.emplace(msgid, translated(msgid)).first;
    return it->second;
  }
  // A place in the project: `pattern` ("%s, interview %s") translated, the
  // outer place and the id filled in.
  std::string at(const char* pattern, const std::string& outer, const std::string& id = std::string()) {
    return format(tr(pattern), {outer, id});
  }

  void set_file(const std::string& file) { m_file = file; }
  // The file an item (community, round) was first seen in, for messages.
  void set_item_origin(const std::string& file) { m_item_origin = file; }

  // A text field: equal, or empty on one side (the other value is taken).
  void text(const std::string& where, std::string& kept, const std::string& other) {
    if (other == kept || other.empty()) return;
    if (kept.empty()) {
      kept = other;
      filled(where);
      return;
    }
    conflict(where, kept, other);
  }
  void score(const std::string& where, std::optional<Hundredths>& kept, const std::optional<Hundredths>& other) {
    if (other == kept || !other) return;
    if (!kept) {
      kept = other;
      filled(where);
      return;
    }
    conflict(where, score_text(kept), score_text(other));
  }
  void number(const std::string& where, int& kept, int other) {
    if (other == kept || other == 0) return;
    if (kept == 0) {
      kept = other;
      filled(where);
      return;
    }
    conflict(where, std::to_string(kept), std::to_string(other));
  }
  void list(const std::string& where, std::vector<std::string>& kept, const std::vector<std::string>& other) {
    if (other == kept || other.empty()) return;
    if (kept.empty()) {
      kept = other;
      filled(where);
      return;
    }
    conflict(where, join(kept), join(other));
  }
  // Two values that must simply be equal (no empty side).
  void same(const std::string& where, bool equal, const std::string& kept, const std::string& other) {
    if (!equal) conflict(where, kept, other);
  }

 private:
  void filled(const std::string& where) {
    m_origin[where] = m_file;
    ++m_result.values_filled;
  }
  void conflict(const std::string& where, const std::string& kept, const std::string& other) {
    const auto from = m_origin.find(where);
    m_result.conflicts.push_back(
        {where, from != m_origin.end() ? from->second : m_item_origin, kept, m_file, other});
  }

  MergeResult& m_result;
  std::string m_file;
  std::string m_item_origin;
  std::map<std::string, std::string> m_origin;  // where -> file whose value is kept
  std::map<const char*, std::string> m_translations;
};

void merge_community(Merger& m, Community& kept, const Community& other) {
  const std::string at = m.at(N_("community %s"), kept.id);
  m.text(m.at(N_("%s, name"), at), kept.name, other.name);
  m.text(m.at(N_("%s, code"), at), kept.code, other.code);
  m.text(m.at(N_("%s, county code"), at), kept.county_code, other.county_code);
  m.same(m.at(N_("%s, kind"), at), kept.kind == other.kind, kind_text(kept.kind), kind_text(other.kind));
  m.text(m.at(N_("%s, note"), at), kept.note, other.note);
}

void merge_interview(Merger& m, const std::string& round_at, Interview& kept, const Interview& other) {
  const std::string at = m.at(N_("%s, interview %s"), round_at, kept.id);
  m.text(m.at(N_("%s, respondent"), at), kept.respondent_id, other.respondent_id);
  m.text(m.at(N_("%s, interviewer"), at), kept.interviewer, other.interviewer);
  m.text(m.at(N_("%s, second listener"), at), kept.second_listener, other.second_listener);
  m.text(m.at(N_("%s, scorer A's name"), at), kept.scorer_a_name, other.scorer_a_name);
  m.text(m.at(N_("%s, scorer B's name"), at), kept.scorer_b_name, other.scorer_b_name);
  m.text(m.at(N_("%s, date"), at), kept.date, other.date);
  m.number(m.at(N_("%s, duration"), at), kept.duration_minutes, other.duration_minutes);
  m.text(m.at(N_("%s, notes"), at), kept.notes, other.notes);
  kept.status = std::max(kept.status, other.status);
  for (const auto& [question, answer] : other.answers) {
    const auto ours = kept.answers.find(question);
    if (ours == kept.answers.end())
      kept.answers.emplace(question, answer);  // a question only this file answered (or left empty)
    else
      m.text(m.at(N_("%s, answer %s"), at, question), ours->second, answer);
  }
  for (const auto& [dimension, theirs] : other.scores) {
    if (!kept.scores.count(dimension)) {
      kept.scores.emplace(dimension, theirs);
      continue;
    }
    DimensionScore& ours = kept.scores[dimension];
    const std::string cell = m.at(N_("%s, dimension %s"), at, dimension);
    m.score(m.at(N_("%s, scorer A"), cell), ours.scorer_a, theirs.scorer_a);
    m.score(m.at(N_("%s, scorer B"), cell), ours.scorer_b, theirs.scorer_b);
    m.score(m.at(N_("%s, consensus"), cell), ours.consensus, theirs.consensus);
    m.text(m.at(N_("%s, reason"), cell), ours.reason, theirs.reason);
    m.text(m.at(N_("%s, scorer A's note"), cell), ours.note_a, theirs.note_a);
    m.text(m.at(N_("%s, scorer B's note"), cell), ours.note_b, theirs.note_b);
  }
}

template <typename T, typename Merge>
void merge_by_id(std::vector<T>& kept, const std::vector<T>& other, Merge merge) {
  for (const T& item : other) {
    auto it = std::find_if(kept.begin(), kept.end(), [&](const T& k) { return k.id == item.id; });
    if (it == kept.end())
      kept.push_back(item);
    else
      merge(*it, item);
  }
}

void merge_round(Merger& m, Round& kept, const Round& other) {
  const std::string at = m.at(N_("round %s"), kept.id);
  m.text(m.at(N_("%s, community"), at), kept.community_id, other.community_id);
  m.text(m.at(N_("%s, label"), at), kept.label, other.label);
  m.text(m.at(N_("%s, issue"), at), kept.issue, other.issue);
  m.list(m.at(N_("%s, ANDTS areas"), at), kept.areas, other.areas);
  m.text(m.at(N_("%s, community definition"), at), kept.community_definition, other.community_definition);
  const std::string theirs = other.instrument.id + " " + other.instrument.version;
  const bool edited = kept.instrument.id == other.instrument.id && kept.instrument.version == other.instrument.version;
  m.same(m.at(N_("%s, instrument"), at), same_instrument(kept.instrument, other.instrument),
         kept.instrument.id + " " + kept.instrument.version, edited ? m.at(N_("%s (edited)"), theirs) : theirs);
  m.same(m.at(N_("%s, mode"), at), kept.mode == other.mode, m.tr(mode_text(kept.mode)), m.tr(mode_text(other.mode)));
  m.text(m.at(N_("%s, start date"), at), kept.start_date, other.start_date);
  m.text(m.at(N_("%s, end date"), at), kept.end_date, other.end_date);
  kept.status = std::max(kept.status, other.status);
  merge_by_id(kept.respondents, other.respondents, [&](Respondent& k, const Respondent& o) {
    const std::string r = m.at(N_("%s, respondent %s"), at, k.id);
    m.text(m.at(N_("%s, pseudonym"), r), k.pseudonym, o.pseudonym);
    m.text(m.at(N_("%s, sector"), r), k.sector, o.sector);
    m.text(m.at(N_("%s, role"), r), k.role, o.role);
    m.text(m.at(N_("%s, contact"), r), k.contact, o.contact);
  });
  merge_by_id(kept.interviews, other.interviews,
              [&](Interview& k, const Interview& o) { merge_interview(m, at, k, o); });
}

// An action or promise item: fields as text; a follow-up year only one
// file has is taken, the same year with other words is a conflict.
void merge_plan_action(Merger& m, const std::string& owner_at, PlanAction& kept, const PlanAction& other) {
  const std::string at = m.at(N_("%s, action %s"), owner_at, kept.id);
  m.text(m.at(N_("%s, activity"), at), kept.activity, other.activity);
  m.text(m.at(N_("%s, target group"), at), kept.target_group, other.target_group);
  m.list(m.at(N_("%s, sectors"), at), kept.sectors, other.sectors);
  m.text(m.at(N_("%s, responsible"), at), kept.responsible, other.responsible);
  m.list(m.at(N_("%s, dimensions"), at), kept.dimensions, other.dimensions);
  m.number(m.at(N_("%s, strategy stage"), at), kept.strategy_stage, other.strategy_stage);
  m.text(m.at(N_("%s, strategy"), at), kept.strategy, other.strategy);
  m.same(m.at(N_("%s, start"), at), kept.start == other.start, format_plan_time(kept.start), format_plan_time(other.start));
  m.same(m.at(N_("%s, end"), at), kept.end == other.end, format_plan_time(kept.end), format_plan_time(other.end));
  m.number(m.at(N_("%s, priority"), at), kept.priority, other.priority);
  if (!kept.cost_sek) kept.cost_sek = other.cost_sek;
  else if (other.cost_sek && *other.cost_sek != *kept.cost_sek)
    m.same(m.at(N_("%s, cost"), at), false, std::to_string(*kept.cost_sek), std::to_string(*other.cost_sek));
  m.text(m.at(N_("%s, funding"), at), kept.funding, other.funding);
  m.same(m.at(N_("%s, status"), at), kept.status == other.status, m.tr(to_string(kept.status)), m.tr(to_string(other.status)));
  m.same(m.at(N_("%s, channel"), at), kept.channel == other.channel, to_string(kept.channel), to_string(other.channel));
  m.text(m.at(N_("%s, key message"), at), kept.key_message, other.key_message);
  m.text(m.at(N_("%s, note"), at), kept.note, other.note);
  for (const FollowUp& theirs : other.follow_ups) {
    FollowUp* ours = kept.follow_up_for(theirs.year);
    if (!ours) {
      kept.set_follow_up(theirs);
      continue;
    }
    const std::string year = m.at(N_("%s, follow-up %s"), at, std::to_string(theirs.year));
    m.same(m.at(N_("%s, status"), year), ours->status == theirs.status, m.tr(to_string(ours->status)), m.tr(to_string(theirs.status)));
    m.text(m.at(N_("%s, done"), year), ours->done, theirs.done);
    m.text(m.at(N_("%s, outcome"), year), ours->outcome, theirs.outcome);
    m.text(m.at(N_("%s, next step"), year), ours->next_step, theirs.next_step);
  }
}

// A community's action plans and joint commitments (medborgarlöften), by id.
void merge_plans(Merger& m, Community& kept, const Community& other) {
  const std::string at = m.at(N_("community %s"), kept.id);
  merge_by_id(kept.plans, other.plans, [&](ActionPlan& k, const ActionPlan& o) {
    const std::string plan = m.at(N_("%s, plan %s"), at, k.id);
    m.text(m.at(N_("%s, title"), plan), k.title, o.title);
    m.number(m.at(N_("%s, first year"), plan), k.first_year, o.first_year);
    m.number(m.at(N_("%s, last year"), plan), k.last_year, o.last_year);
    m.list(m.at(N_("%s, rounds"), plan), k.round_ids, o.round_ids);
    m.same(m.at(N_("%s, status"), plan), k.status == o.status, m.tr(to_string(k.status)), m.tr(to_string(o.status)));
    merge_by_id(k.actions, o.actions, [&](PlanAction& ka, const PlanAction& oa) { merge_plan_action(m, plan, ka, oa); });
  });
  merge_by_id(kept.commitments, other.commitments, [&](JointCommitment& k, const JointCommitment& o) {
    const std::string commitment = m.at(N_("%s, commitment %s"), at, k.id);
    m.text(m.at(N_("%s, title"), commitment), k.title, o.title);
    m.list(m.at(N_("%s, partner sectors"), commitment), k.partner_sectors, o.partner_sectors);
    m.text(m.at(N_("%s, partners"), commitment), k.partners, o.partners);
    m.number(m.at(N_("%s, first year"), commitment), k.first_year, o.first_year);
    m.number(m.at(N_("%s, last year"), commitment), k.last_year, o.last_year);
    m.text(m.at(N_("%s, note"), commitment), k.note, o.note);
    merge_by_id(k.items, o.items, [&](PlanAction& ka, const PlanAction& oa) { merge_plan_action(m, commitment, ka, oa); });
  });
}

// One key per entry, every field in it (unit separators between).
std::string entry_key(const AuditEntry& e) {
  std::string key;
  for (const std::string* field : {&e.when, &e.who, &e.source, &e.detail, &e.round_id, &e.interview_id, &e.dimension,
                                   &e.field, &e.old_value, &e.new_value}) {
    key += *field;
    key += '\x1f';
  }
  return key;
}

bool same_score(const DimensionScore& a, const DimensionScore& b) {
  return std::tie(a.scorer_a, a.scorer_b, a.consensus, a.reason, a.note_a, a.note_b) ==
         std::tie(b.scorer_a, b.scorer_b, b.consensus, b.reason, b.note_a, b.note_b);
}

bool same_interview(const Interview& a, const Interview& b) {
  if (std::tie(a.id, a.respondent_id, a.interviewer, a.second_listener, a.scorer_a_name, a.scorer_b_name, a.date,
               a.duration_minutes, a.answers, a.notes, a.status) !=
          std::tie(b.id, b.respondent_id, b.interviewer, b.second_listener, b.scorer_a_name, b.scorer_b_name, b.date,
                   b.duration_minutes, b.answers, b.notes, b.status) ||
      a.scores.size() != b.scores.size())
    return false;
  for (const auto& [dimension, score] : a.scores) {
    const auto it = b.scores.find(dimension);
    if (it == b.scores.end() || !same_score(score, it->second)) return false;
  }
  return true;
}

}  // namespace

std::string to_string(const MergeConflict& c) {
  auto value = [](const std::string& v) { return v.empty() ? translated("(empty)") : "\"" + v + "\""; };
  return format(translated("%1$s: %2$s in %3$s, %4$s in %5$s"),
                {c.where, value(c.first_value), c.first_file, value(c.second_value), c.second_file});
}

bool same_round(const Round& a, const Round& b) {
  if (std::tie(a.id, a.community_id, a.label, a.issue, a.areas, a.community_definition, a.mode, a.start_date,
               a.end_date, a.status) != std::tie(b.id, b.community_id, b.label, b.issue, b.areas,
                                                 b.community_definition, b.mode, b.start_date, b.end_date, b.status) ||
      !same_instrument(a.instrument, b.instrument) || a.respondents.size() != b.respondents.size() ||
      a.interviews.size() != b.interviews.size())
    return false;
  for (std::size_t i = 0; i < a.respondents.size(); ++i) {
    const Respondent& x = a.respondents[i];
    const Respondent& y = b.respondents[i];
    if (std::tie(x.id, x.pseudonym, x.sector, x.role, x.contact) != std::tie(y.id, y.pseudonym, y.sector, y.role, y.contact))
      return false;
  }
  for (std::size_t i = 0; i < a.interviews.size(); ++i)
    if (!same_interview(a.interviews[i], b.interviews[i])) return false;
  return true;
}

MergeResult merge_projects(const std::vector<MergeInput>& inputs) {
  MergeResult result;
  if (inputs.empty()) return result;
  Merger m(result);
  Project& out = result.project;
  out.title = inputs.front().project.title;
  out.owner = inputs.front().project.owner;
  out.created = inputs.front().project.created;
  std::map<std::string, std::string> community_origin, round_origin;
  std::map<std::string, int> round_seen;
  std::set<std::string> audit_seen;
  for (const MergeInput& input : inputs) {
    m.set_file(input.name);
    for (const Community& c : input.project.communities) {
      Community* kept = out.find_community(c.id);
      if (!kept) {
        out.communities.push_back(c);
        community_origin[c.id] = input.name;
        continue;
      }
      m.set_item_origin(community_origin[c.id]);
      merge_community(m, *kept, c);
      merge_plans(m, *kept, c);
    }
    for (const Round& r : input.project.rounds) {
      ++round_seen[r.id];
      Round* kept = out.find_round(r.id);
      if (!kept) {
        out.rounds.push_back(r);
        round_origin[r.id] = input.name;
        continue;
      }
      m.set_item_origin(round_origin[r.id]);
      merge_round(m, *kept, r);
    }
    for (const AuditEntry& e : input.project.audit)
      if (audit_seen.insert(entry_key(e)).second) out.audit.push_back(e);
  }
  std::stable_sort(out.audit.begin(), out.audit.end(),
                   [](const AuditEntry& a, const AuditEntry& b) { return a.when < b.when; });
  result.communities = static_cast<int>(out.communities.size());
  result.rounds = static_cast<int>(out.rounds.size());
  for (const auto& [id, n] : round_seen) result.rounds_joined += n > 1;
  result.audit_entries = static_cast<int>(out.audit.size());
  return result;
}

}  // namespace readiness
