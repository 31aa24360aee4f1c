#pragma once
// A small but complete project built by hand for file tests: two
// municipalities with å/ä/ö names, a six-dimension instrument snapshot,
// respondents, interviews with awkward answer texts (100 kB, multi-line with
// quotes and backslashes, CRLF, a NUL byte), scores with a missing
// consensus, and (format 3) an action plan and a joint commitment. The golden
// files were made from it; changing it does not change them.
#include <string>

#include "project.h"

namespace readiness::testing {

inline std::string long_answer() {
  std::string text;
  text.reserve(100 * 1024);
  for (int i = 0; text.size() < 100 * 1024; ++i)
    text += "Rad " + std::to_string(i) + ": föräldrar, skola och socialtjänst i Älvsbyn samverkar. ";
  text.resize(100 * 1024);
  // Drop a UTF-8 character the cut may have split.
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80)) text.pop_back();
  return text;
}

inline const char* tricky_answer() {
  return "Första raden.\n"
         "Han sa: \"det är 'lugnt' här\" \\ men C:\\Users\\lena\\ och \\n är inte radbrytning.\n"
         "\tIndragen rad med tabb.\r\n"
         "  inledande mellanslag och avslutande mellanslag  \n";
}

inline Instrument sample_instrument() {
  Instrument instrument;
  instrument.id = "cr6-sv";
  instrument.version = "1.0";
  instrument.language = "sv";
  instrument.title = "Samhällets beredskap (sex dimensioner)";
  instrument.description = "Egen formulering för tester.";
  const char* codes[] = {"A", "B", "C", "D", "E", "F"};
  const char* names[] = {"Samhällets insatser", "Kunskap om insatserna", "Ledarskap",
                         "Samhällsklimat", "Kunskap om problemet", "Resurser"};
  for (int d = 0; d < 6; ++d) {
    Dimension dimension;
    dimension.code = codes[d];
    dimension.name = names[d];
    dimension.description = std::string("Beskrivning av ") + names[d];
    for (int level = 0; level < kStageCount; ++level)
      dimension.anchors[static_cast<std::size_t>(level)] =
          std::string(codes[d]) + " nivå " + std::to_string(level + 1) + ": förankring";
    instrument.dimensions.push_back(dimension);
    for (int q = 0; q < 2; ++q) {
      Question question;
      question.id = "q" + std::to_string(d * 2 + q + 1);
      question.text = "Hur arbetar {community} med {issue}? (" + std::string(codes[d]) + ")";
      question.dimension = codes[d];
      question.required = q == 0;
      if (q == 0) question.followups = {"Kan du ge ett exempel?", "Vem ansvarar?"};
      instrument.questions.push_back(question);
    }
  }
  const char* stages[] = {"Ingen medvetenhet", "Förnekelse", "Vag medvetenhet",
                          "Förplanering",      "Förberedelse", "Initiering",
                          "Stabilisering",     "Bekräftelse/utvidgning", "Hög grad av ägarskap"};
  for (int s = 0; s < kStageCount; ++s) {
    Stage stage;
    stage.number = s + 1;
    stage.name = stages[s];
    stage.description = "Stadium " + std::to_string(s + 1);
    stage.goal = "Mål för stadiet";
    stage.channels = "Möten, lokaltidning";
    stage.strategies = {"Strategi ett", "Strategi två"};
    instrument.stages.push_back(stage);
  }
  instrument.scorer_guide = "Läs hela intervjun innan du bedömer.";
  return instrument;
}

inline DimensionScore score(std::optional<Hundredths> a, std::optional<Hundredths> b,
                            std::optional<Hundredths> consensus, std::string reason = {}) {
  DimensionScore s;
  s.scorer_a = a;
  s.scorer_b = b;
  s.consensus = consensus;
  s.reason = std::move(reason);
  return s;
}

// Format 3: Arjeplog's plan answering its 2019 round and a medborgarlöfte,
// with å/ä/ö, quotes, a newline, every optional field both set and unset.
inline void add_sample_plans(Community& arjeplog) {
  ActionPlan plan;
  plan.id = "p1";
  plan.title = "Handlingsplan för Arjeplog 2019–2021";
  plan.first_year = 2019;
  plan.last_year = 2021;
  plan.round_ids = {"se-2506-2019"};
  plan.status = PlanStatus::Adopted;
  PlanAction a1;
  a1.id = "a1";
  a1.activity = "Föräldramöte om langning";
  a1.target_group = "Föräldrar i åk 7–9";
  a1.sectors = {"school", "police"};
  a1.responsible = "Skolan och \"Öppna förskolan\"";
  a1.dimensions = {"B", "E"};
  a1.strategy_stage = 3;
  a1.strategy = "Håll korta presentationer vid befintliga arrangemang.";
  a1.start = PlanTime{2019, 3, 0};
  a1.end = PlanTime{2020, 0, 6};
  a1.priority = 1;
  a1.cost_sek = 12500;
  a1.funding = "Länsstyrelsens utvecklingsmedel";
  a1.status = ActionStatus::Done;
  a1.channel = Channel::MeetingsEvents;
  a1.key_message = "Vuxna köper inte ut – så enkelt är det.";
  a1.note = "Två rader:\nrad två.";
  a1.set_follow_up(FollowUp{2020, ActionStatus::Ongoing, "Genomfört, 40 deltog.", "Nöjda föräldrar.", "Upprepa i höst."});
  a1.set_follow_up(FollowUp{2019, ActionStatus::Planned, "Inbjudan skickad.", "", ""});
  PlanAction a2;
  a2.id = "a2";
  a2.activity = "Utbildning för handlare";
  a2.target_group = "Butikspersonal";
  a2.responsible = "Kommunen";
  a2.start = PlanTime{2020, 0, 0};
  a2.status = ActionStatus::Postponed;
  plan.actions = {a1, a2};
  arjeplog.plans.push_back(plan);

  JointCommitment ml;
  ml.id = "ml1";
  ml.title = "Medborgarlöfte 2019–2020";
  ml.partner_sectors = {"police", "administration"};
  ml.partners = "Polisen och Arjeplogs kommun";
  ml.first_year = 2019;
  ml.last_year = 2020;
  ml.note = "Undertecknat i maj.";
  PlanAction m1;
  m1.id = "m1";
  m1.activity = "Polis och socialtjänst utbildar föräldrar, elever och personal en gång per år";
  m1.sectors = {"police", "social_services"};
  m1.dimensions = {"E"};
  m1.start = PlanTime{2019, 0, 0};
  m1.end = PlanTime{2020, 0, 0};
  m1.status = ActionStatus::Ongoing;
  m1.set_follow_up(FollowUp{2020, ActionStatus::Ongoing, "Höstens utbildning hölls.", "", "Vårens flyttas."});
  ml.items = {m1};
  arjeplog.commitments.push_back(ml);
}

inline Project make_sample_project() {
  Project project;
  project.title = "ANDT-beredskap i Norrbotten";
  project.owner = "Länsstyrelsen i Norrbottens län";
  project.created = "2024-05-02";

  project.communities.push_back({"se-2560", "Älvsbyn", "2560", "25", CommunityKind::Municipality, "", {}, {}});
  project.communities.push_back({"se-2506", "Arjeplog", "2506", "25", CommunityKind::Municipality,
                                 "Glesbygd; långa avstånd.", {}, {}});

  Round round;
  round.id = "se-2506-2019";
  round.community_id = "se-2506";
  round.label = "2019";
  round.issue = "langning av alkohol till unga";
  round.areas = {"alcohol", "tobacco"};
  round.community_definition = "Arjeplogs kommun, hela kommunen";
  round.instrument = sample_instrument();
  round.mode = Mode::Interview;
  round.start_date = "2019-03-01";
  round.end_date = "2019-04-15";
  round.status = RoundStatus::Completed;
  round.respondents = {{"R1", "Respondent 1", "police", "Kommunpolis", "070-123 45 67"},
                       {"R2", "Respondent 2", "school", "Rektor", ""},
                       {"R3", "Respondent 3", "social", "Socialsekreterare", ""}};
  for (int i = 1; i <= 3; ++i) {
    Interview interview;
    interview.id = std::to_string(i);
    interview.respondent_id = "R" + std::to_string(i);
    interview.interviewer = "Åsa Öberg";
    interview.second_listener = "Per Ek";
    interview.scorer_a_name = "Anna";
    interview.scorer_b_name = "Björn";
    interview.date = "2019-03-1" + std::to_string(i);
    interview.duration_minutes = 40 + i;
    interview.status = InterviewStatus::Transcribed;
    for (const Question& q : round.instrument.questions)
      interview.answers[q.id] = "Svar på " + q.id + " från intervju " + interview.id + ".";
    for (const Dimension& d : round.instrument.dimensions)
      interview.scores[d.code] = score(300 + 25 * i, 350 + 25 * i, 325 + 25 * i, "Enades efter samtal.");
    round.interviews.push_back(interview);
  }
  round.interviews[0].answers["q1"] = long_answer();
  round.interviews[0].answers["q2"] = tricky_answer();
  round.interviews[0].answers["q3"] = std::string("före\0efter", 10);  // embedded NUL
  round.interviews[0].answers["q4"] = "";
  round.interviews[0].notes = "Lång intervju; \"citat\" och \\snedstreck\\.";
  round.interviews[1].respondent_id = "";  // unknown respondent is allowed
  round.interviews[2].scores["B"] = score(450, 525, std::nullopt);  // consensus still missing
  // Format 2: the scorers' own notes, one with quoted evidence.
  round.interviews[2].scores["B"].note_a = "Svag grund: \u201dvi har hört talas om det\u201d (fråga 4).";
  round.interviews[2].scores["B"].note_b = "Tveksam mellan 5 och 5,5.";
  round.interviews[2].status = InterviewStatus::Held;
  project.rounds.push_back(round);

  Round later;
  later.id = "se-2560-2022";
  later.community_id = "se-2560";
  later.label = "2022";
  later.issue = "narkotika bland unga vuxna";
  later.areas = {"narcotics"};
  later.instrument = sample_instrument();
  later.mode = Mode::SelfRating;
  later.status = RoundStatus::Ongoing;
  later.respondents = {{"R1", "Respondent A", "health", "Skolsköterska", ""}};
  Interview only;
  only.id = "I01";
  only.respondent_id = "R1";
  only.status = InterviewStatus::Planned;
  only.scores["A"] = score(std::nullopt, std::nullopt, std::nullopt);
  only.scores["C"] = score(100, 900, 900);
  later.interviews.push_back(only);
  project.rounds.push_back(later);
  add_sample_plans(project.communities[1]);
  return project;
}

}  // namespace readiness::testing
