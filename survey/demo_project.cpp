#include "demo_project.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "demo_answers.h"
#include "demo_plans.h"

namespace readiness {

namespace {

// A tiny deterministic generator, so the demo is identical on every machine.
class DemoRandom {
 public:
  explicit DemoRandom(std::uint32_t seed) : m_state(seed * 2654435761u + 1u) {}
  std::uint32_t next() {
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
  }
  int pick(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }

 private:
  std::uint32_t m_state;
};

struct DemoRound {
  const char* label;
  const char* start;
  int interviews;
  int planned_only;  // interviews booked but not yet held
  std::array<int, 6> targets;  // hundredths, dimensions A–F
};

struct DemoCommunity {
  const char* code;
  const char* name;
  std::uint32_t seed;
  const char* scorer_a;
  const char* scorer_b;
  DemoRound rounds[2];
};

const DemoCommunity kCommunities[] = {
    {"2506", "Arjeplog", 11, "Anna L.", "Erik N.",
     {{"2019", "2019-03-11", 5, 0, {350, 280, 390, 340, 310, 300}},
      {"2022", "2022-03-14", 6, 1, {440, 360, 460, 400, 380, 350}}}},
    {"2505", "Arvidsjaur", 23, "Anna L.", "Erik N.",
     {{"2019", "2019-03-18", 6, 0, {400, 320, 420, 380, 360, 390}},
      {"2022", "2022-03-21", 6, 0, {460, 390, 490, 430, 410, 420}}}},
    {"2581", "Piteå", 37, "Maria K.", "Johan S.",
     {{"2019", "2019-04-01", 8, 0, {500, 380, 520, 450, 420, 550}},
      {"2022", "2022-04-04", 7, 0, {560, 450, 570, 490, 480, 590}}}},
    {"2560", "Älvsbyn", 41, "Maria K.", "Johan S.",
     {{"2019", "2019-04-08", 6, 0, {380, 300, 440, 400, 350, 330}},
      {"2022", "2022-04-11", 6, 0, {410, 330, 450, 430, 380, 360}}}},
};

struct SectorRole {
  const char* sector;
  const char* role;
};

const SectorRole kSectors[] = {
    {"police", "Kommunpolis"},       {"school", "Rektor, högstadiet"},
    {"social_services", "Socialsekreterare, ungdom"}, {"health_region", "Skolsköterska"},
    {"politics", "Kommunalråd"},     {"ngo_faith", "Ordförande, idrottsförening"},
    {"youth", "Fritidsledare"},      {"business", "Butikschef, livsmedel"},
};

const char* const kIssue = "langning av alkohol till unga";

Hundredths clamp_score(int h) { return std::clamp(h, kMinScore, kMaxScore); }

// Consensus near the target on the half-point grid scorers usually use.
Hundredths consensus_near(int target, DemoRandom& rnd) {
  const int offsets[] = {-100, -50, -50, 0, 0, 0, 50, 50, 100};
  int raw = target + offsets[rnd.pick(9)];
  return clamp_score((raw + 25) / 50 * 50);
}

std::string consensus_reason(const DimensionScore& s) {
  if (*s.scorer_a == *s.scorer_b) return "Samma bedömning.";
  if (*s.consensus == *s.scorer_a) return "B:s poäng byggde på ett enskilt svar; A:s nivå stämmer med hela intervjun.";
  if (*s.consensus == *s.scorer_b) return "A missade belägg i svaren om samverkan; vi landade i B:s nivå.";
  return "Enades efter genomgång av svaren: delar av nivån är uppfyllda, inte alla.";
}

std::string answer_for(const Question& q, Hundredths level, const std::string& community, DemoRandom& rnd) {
  const auto& sentences = demo::answer_sentences(q.dimension, level / 100);
  std::string text;
  const int count = 1 + rnd.pick(2);
  const int first = rnd.pick(static_cast<int>(sentences.size()));
  for (int k = 0; k < count; ++k) {
    const std::string& s = sentences[static_cast<std::size_t>(first + k) % sentences.size()];
    text += (text.empty() ? "" : " ") + fill_placeholders(s, kIssue, community);
  }
  return text;
}

void add_interviews(Round& round, const DemoCommunity& c, const DemoRound& dr, DemoRandom& rnd,
                    bool leave_open) {
  const int total = dr.interviews + dr.planned_only;
  for (int k = 0; k < total; ++k) {
    const SectorRole& sr = kSectors[static_cast<std::size_t>(k + (c.seed % 3)) % std::size(kSectors)];
    Respondent resp;
    resp.id = "R" + std::to_string(k + 1);
    resp.pseudonym = "Respondent " + std::to_string(k + 1);
    resp.sector = sr.sector;
    resp.role = sr.role;
    round.respondents.push_back(resp);

    Interview iv;
    iv.id = std::to_string(k + 1);
    iv.respondent_id = resp.id;
    iv.interviewer = c.scorer_a;
    iv.second_listener = c.scorer_b;
    iv.scorer_a_name = c.scorer_a;
    iv.scorer_b_name = c.scorer_b;
    // One interview a day from the round's start (all within its month):
    // never before the round's dates (interview_dates.h).
    const int day = std::stoi(std::string(dr.start).substr(8, 2)) + k;
    iv.date = std::string(dr.start).substr(0, 8) + (day < 10 ? "0" : "") + std::to_string(day);
    if (k >= dr.interviews) {  // booked, not yet held
      iv.status = InterviewStatus::Planned;
      round.interviews.push_back(iv);
      continue;
    }
    iv.status = InterviewStatus::Transcribed;
    iv.duration_minutes = 35 + rnd.pick(25);
    for (std::size_t d = 0; d < round.instrument.dimensions.size(); ++d) {
      const std::string& code = round.instrument.dimensions[d].code;
      const int target = d < dr.targets.size() ? dr.targets[d] : 400;
      DimensionScore s;
      const Hundredths agreed = consensus_near(target, rnd);
      const int deviations[] = {0, 0, 0, 50, -50, 50, -50, 100, -100, 150};
      s.scorer_a = clamp_score(agreed + deviations[rnd.pick(9)]);
      s.scorer_b = clamp_score(agreed + deviations[rnd.pick(10)]);
      // When both scorers landed on the same level, that level is the
      // consensus; otherwise the pair agreed on a level after talking.
      s.consensus = *s.scorer_a == *s.scorer_b ? *s.scorer_a : agreed;
      s.reason = consensus_reason(s);
      // Two cells in the last interview of one round are still unresolved.
      if (leave_open && k == dr.interviews - 1 && (code == "C" || code == "E")) {
        s.scorer_a = clamp_score(agreed - 50);
        s.scorer_b = clamp_score(agreed + 100);
        s.consensus.reset();
        s.reason.clear();
      }
      iv.scores[code] = s;
    }
    for (const auto& q : round.instrument.questions) {
      const DimensionScore* s = iv.score_for(q.dimension);
      const Hundredths level = s && s->consensus ? *s->consensus : clamp_score(400);
      iv.answers[q.id] = answer_for(q, level, c.name, rnd);
    }
    iv.notes = k == 0 ? "Telefonintervju, inspelad med samtycke." : "";
    round.interviews.push_back(iv);
  }
}

}  // namespace

Project make_demo_project(const Instrument& instrument) {
  Project p;
  p.title = "Pite älvdal – beredskapsmätning (fiktivt exempel)";
  p.owner = "Länsstyrelsen i Norrbottens län (exempel)";
  p.created = "2022-05-02";
  for (const auto& c : kCommunities) {
    Community com;
    com.id = std::string("se-") + c.code;
    com.name = c.name;
    com.code = c.code;
    com.county_code = "25";
    com.kind = CommunityKind::Municipality;
    p.communities.push_back(com);

    DemoRandom rnd(c.seed);
    for (const auto& dr : c.rounds) {
      Round r;
      r.id = com.id + "-" + dr.label;
      r.community_id = com.id;
      r.label = dr.label;
      r.issue = kIssue;
      r.areas = {"alcohol"};
      r.community_definition = std::string(c.name) + " kommun, hela kommunens yta";
      r.instrument = instrument;
      r.mode = Mode::Interview;
      r.start_date = dr.start;
      r.end_date = std::string(dr.start).substr(0, 5) + "05-31";
      const bool open = std::string(c.name) == "Älvsbyn" && std::string(dr.label) == "2022";
      r.status = (open || dr.planned_only) ? RoundStatus::Ongoing : RoundStatus::Completed;
      add_interviews(r, c, dr, rnd, open);
      p.rounds.push_back(std::move(r));
    }
  }
  add_demo_plans(p);
  return p;
}

}  // namespace readiness
