#include "demo_plans.h"

#include <utility>

namespace readiness {

namespace {

PlanTime year(int y) { return PlanTime{y, 0, 0}; }
PlanTime quarter(int y, int q) { return PlanTime{y, q, 0}; }
PlanTime month(int y, int m) { return PlanTime{y, 0, m}; }

PlanAction action(const char* id, const char* activity, const char* target_group,
                  std::vector<std::string> sectors, const char* responsible, std::vector<std::string> dimensions,
                  PlanTime start, PlanTime end, int priority, ActionStatus status) {
  PlanAction a;
  a.id = id;
  a.activity = activity;
  a.target_group = target_group;
  a.sectors = std::move(sectors);
  a.responsible = responsible;
  a.dimensions = std::move(dimensions);
  a.start = start;
  a.end = end;
  a.priority = priority;
  a.status = status;
  return a;
}

FollowUp follow(int y, ActionStatus status, const char* done, const char* outcome, const char* next_step) {
  return FollowUp{y, status, done, outcome, next_step};
}

ActionPlan arjeplog_plan() {
  ActionPlan plan;
  plan.id = "plan-2019";
  plan.title = "Handlingsplan mot langning 2019–2021";
  plan.first_year = 2019;
  plan.last_year = 2021;
  plan.round_ids = {"se-2506-2019"};
  plan.status = PlanStatus::Adopted;

  PlanAction a1 = action("a1", "Enskilda samtal om langning med rektorer, socialchef och lokalpolisområdeschef",
                         "Nyckelpersoner i kommunen", {"administration"}, "ANDT-samordnaren", {"B"},
                         quarter(2019, 3), quarter(2019, 4), 1, ActionStatus::Done);
  a1.strategy_stage = 2;
  a1.strategy = "Fortsätt de personliga samtalen och vänd dig särskilt till personer som andra lyssnar på i sin grupp.";
  a1.set_follow_up(follow(2020, ActionStatus::Done, "Sju samtal hölls hösten 2019; alla rektorer deltog.",
                          "Frågan finns nu med på skolornas ledningsgrupp två gånger per termin.", ""));

  PlanAction a2 = action("a2", "Lokal lägesbild om langning presenteras för föräldraföreningar och idrottsklubbar",
                         "Föräldrar och ledare i föreningslivet", {"administration", "police"},
                         "ANDT-samordnaren med kommunpolisen", {"B", "E"}, year(2020), year(2020), 1,
                         ActionStatus::Ongoing);
  a2.strategy_stage = 2;
  a2.strategy = "Presentera lokala uppgifter i små sammanhang och jämför med länet och riket.";
  a2.cost_sek = 15000;
  a2.funding = "Länsstyrelsens utvecklingsmedel";
  a2.set_follow_up(follow(2020, ActionStatus::Postponed, "Två av fem träffar hölls innan pandemin stängde föreningslokalerna.",
                          "Cirka 40 föräldrar nåddes.", "Resterande träffar digitalt under våren 2021."));
  a2.set_follow_up(follow(2021, ActionStatus::Ongoing, "Tre digitala träffar med föräldraföreningarna.",
                          "Föreningarna vill ha lägesbilden årligen.", "Uppdatera lägesbilden efter mätningen 2022."));

  PlanAction a3 = action("a3", "Korta inslag om langning i kommunens nyhetsbrev och på kommunens Facebooksida",
                         "Vuxna i Arjeplog", {"administration"}, "Kommunens kommunikatör", {"B"}, month(2020, 3),
                         month(2021, 12), 2, ActionStatus::Done);
  a3.channel = Channel::OwnChannels;
  a3.key_message = "Vuxna i Arjeplog köper inte ut till unga – langning är inte omtanke.";
  a3.strategy_stage = 2;
  a3.strategy = "Publicera korta inslag i kommunens nyhetsbrev, föreningars utskick och lokala sociala medier.";
  a3.set_follow_up(follow(2020, ActionStatus::Ongoing, "Fyra inslag publicerade.", "Drygt 3 000 visningar totalt.", ""));
  a3.set_follow_up(follow(2021, ActionStatus::Done, "Sex inslag, ett inför varje lov.", "", "Fortsätter inom ordinarie kommunikation."));

  PlanAction a4 = action("a4", "Kontrollköp i livsmedelsbutiker med återkoppling till personalen",
                         "Butiker och serveringsställen", {"administration", "business"}, "Alkoholhandläggaren",
                         {"A"}, quarter(2020, 2), quarter(2021, 2), 2, ActionStatus::Ongoing);
  a4.cost_sek = 8000;
  a4.funding = "Kommunens tillsynsbudget";
  a4.set_follow_up(follow(2020, ActionStatus::Postponed, "Inga kontrollköp 2020.", "", "Genomförs hösten 2021."));
  a4.set_follow_up(follow(2021, ActionStatus::Ongoing, "Kontrollköp i två av tre butiker.", "En butik sålde till testköparen.",
                          "Återbesök och utbildning för butikspersonalen 2022."));

  PlanAction a5 = action("a5", "Insändare om langning undertecknad av polis, skola och socialtjänst",
                         "Läsare av lokalpressen", {"police", "school", "social_services"}, "", {"D"}, year(2021),
                         year(2021), 3, ActionStatus::Cancelled);
  a5.channel = Channel::LocalMedia;
  a5.key_message = "Vi ser langningen och vi gör något åt den – tillsammans.";
  a5.set_follow_up(follow(2021, ActionStatus::Cancelled, "", "", "Ersätts av en kvällsträff för föräldrar."));

  plan.actions = {a1, a2, a3, a4, a5};
  return plan;
}

JointCommitment arjeplog_commitment() {
  JointCommitment c;
  c.id = "ml-2019";
  c.title = "Medborgarlöfte Arjeplog 2019–2020";
  c.partner_sectors = {"police", "administration"};
  c.partners = "Polisen, lokalpolisområde Arvidsjaur–Arjeplog, och Arjeplogs kommun";
  c.first_year = 2019;
  c.last_year = 2020;
  c.note = "Undertecknat av kommunstyrelsens ordförande och lokalpolisområdeschefen i september 2019.";

  PlanAction m1 = action("m1", "Polis och socialtjänst utbildar en gång per år föräldrar, elever och personal om alkohol och narkotika",
                         "Föräldrar, elever i åk 8 och skolpersonal", {"police", "social_services"},
                         "Kommunpolisen och socialtjänstens ungdomsteam", {"B", "E"}, year(2019), year(2020), 1,
                         ActionStatus::Done);
  m1.set_follow_up(follow(2020, ActionStatus::Done, "Utbildning hösten 2019 och hösten 2020 (den senare digitalt).",
                          "Omkring 120 elever och 35 föräldrar deltog.", "Tas med i nästa medborgarlöfte."));

  PlanAction m2 = action("m2", "En kväll varje år om tryggt föräldraskap, tillsammans med skolan",
                         "Föräldrar till barn i åk 6–9", {"police", "school", "social_services"},
                         "Kommunpolisen, rektorerna och fältassistenten", {"D"}, year(2019), year(2020), 2,
                         ActionStatus::Done);
  m2.channel = Channel::MeetingsEvents;
  m2.key_message = "Du som förälder gör skillnad – prata med ditt barn om alkohol.";
  m2.set_follow_up(follow(2020, ActionStatus::Postponed, "Kvällen 2019 hölls med 30 deltagare; 2020 ställdes in.",
                          "", "Ny kväll våren 2021."));
  m2.set_follow_up(follow(2021, ActionStatus::Done, "Kvällen hölls i maj 2021.", "25 föräldrar deltog.", ""));

  PlanAction m3 = action("m3", "Synliggöra det förebyggande arbetet i lokala medier",
                         "Allmänheten", {"police", "administration"}, "Kommunens kommunikatör och polisens kommunikatör",
                         {"D"}, year(2019), year(2020), 3, ActionStatus::Ongoing);
  m3.channel = Channel::LocalMedia;
  m3.key_message = "Polis och kommun arbetar tillsammans mot langning i Arjeplog.";
  m3.set_follow_up(follow(2020, ActionStatus::Ongoing, "Två artiklar i lokaltidningen och ett radioinslag.", "", ""));

  c.items = {m1, m2, m3};
  return c;
}

ActionPlan alvsbyn_plan() {
  ActionPlan plan;
  plan.id = "plan-2019";
  plan.title = "Handlingsplan ANDT 2020–2021";
  plan.first_year = 2020;
  plan.last_year = 2021;
  plan.round_ids = {"se-2560-2019"};
  plan.status = PlanStatus::Adopted;

  PlanAction b1 = action("b1", "Föräldrafika om alkohol och unga i samband med föräldramöten i åk 7",
                         "Föräldrar till elever i åk 7", {"school", "social_services"},
                         "Skolkuratorerna och fältassistenten", {"B"}, quarter(2020, 1), quarter(2021, 4), 1,
                         ActionStatus::Ongoing);
  b1.strategy_stage = 3;
  b1.strategy = "Ordna lågtröskelaktiviteter där frågan tas upp, t.ex. en föräldrafika eller en alkohol- och drogfri aktivitet för unga.";
  b1.channel = Channel::SmallGroups;
  b1.key_message = "Föräldrar i Älvsbyn håller ihop – ingen langning.";
  b1.set_follow_up(follow(2020, ActionStatus::Ongoing, "En fika på Älvsbyns högstadium i februari.", "22 föräldrar.", ""));
  b1.set_follow_up(follow(2021, ActionStatus::Ongoing, "Två fikor, en digital.", "", "Permanent inslag vid föräldramötena."));

  PlanAction b2 = action("b2", "Kort lokal lägesbild tillsammans med polis, socialtjänst och skola",
                         "Kommunens ledningsgrupp och nämnder", {"police", "social_services", "school", "administration"},
                         "Folkhälsostrategen", {"B", "E"}, year(2020), year(2020), 1, ActionStatus::Ongoing);
  b2.strategy_stage = 3;
  b2.strategy = "Ta fram en kort lokal lägesbild tillsammans med polis, socialtjänst och skola.";
  b2.set_follow_up(follow(2020, ActionStatus::Postponed, "Underlag från polis och skola insamlat.",
                          "", "Socialtjänstens underlag saknas; klart under 2021."));

  PlanAction b3 = action("b3", "Utbildning i ansvarsfull alkoholservering för krögare",
                         "Serveringspersonal och krögare", {"administration", "business"}, "Alkoholhandläggaren",
                         {"A", "F"}, year(2021), year(2021), 2, ActionStatus::Planned);
  b3.cost_sek = 25000;
  b3.funding = "Söks hos Länsstyrelsen";

  plan.actions = {b1, b2, b3};
  return plan;
}

}  // namespace

void add_demo_plans(Project& project) {
  if (Community* arjeplog = project.find_community("se-2506")) {
    arjeplog->plans.push_back(arjeplog_plan());
    arjeplog->commitments.push_back(arjeplog_commitment());
  }
  if (Community* alvsbyn = project.find_community("se-2560")) alvsbyn->plans.push_back(alvsbyn_plan());
}

}  // namespace readiness
