#include "workbook_text.h"

#include <cstring>

namespace readiness {

namespace {

const WorkbookText kSwedish = {
    "Sammanfattning", "Poäng", "Jämförelse", "Samstämmighet", "Metod",
    "Län", "Kommunkod", "Kommun/område", "Fråga", "Omgång", "Omgångs-id", "Metod för skattning",
    "Bedömda intervjuer", "Totalt", "Stadium", "Stadiets namn", "Lägsta dimension", "Preliminär",
    "Intervju", "Respondent", "Sektor", "Dimension", "Bedömare A", "Bedömare B", "Konsensus", "Motivering",
    "Anteckning A", "Anteckning B",
    "Kontaktuppgift", "Förändring", "Medel", "SD", "Min", "Max",
    "Exakt lika", "Inom ±0,5", "Inom ±1,0", "Viktad kappa", "ICC(2,1)", "Skillnader > 1,0",
    "Alla dimensioner", "Ja", "Nej", "–", "intervju", "självskattning",
    "Kommunkod", "Beredskapsprofil", "Profil: %s jämfört med %s", "Dimensionerna över tid",
    "Detaljer för omgång %s", "Nästa steg: börja med den lägsta dimensionen", "Mål", "Kanaler", "Strategier",
    "Tom cell = ingen konsensuspoäng ännu för dimensionen.",
    "Jämförelse", "Omgång", "Totalt (gemensamma dimensioner)", "Utelämnade dimensioner (finns inte i alla instrument)",
    "Dimensionspoäng per kommun", "Totalpoäng per kommun",
    "Samstämmighet mellan bedömare A och B per dimension",
    "Endast intervju × dimension med både A- och B-poäng räknas. Kappa: kvadratiskt viktad. ICC(2,1): "
    "tvåvägs slumpeffekter, absolut överensstämmelse, en bedömare.",
    "Per omgång och dimension", "Totalt",
    "Metod och regler", "Projekt", "Ägare", "Exporterad", "Instrument", "Regler",
    "Konsensus: två bedömare poängsätter varje intervju var för sig (1–9); bara den överenskomna konsensuspoängen räknas.",
    "Dimensionspoäng = medelvärdet av konsensuspoängen över intervjuerna (n = antal intervjuer med konsensuspoäng).",
    "Totalpoäng = oviktat medelvärde av dimensionspoängen.",
    "Stadium = heltalsdelen, avkortas och avrundas aldrig: 4,99 är stadium 4, 5,00 är stadium 5. Readiness räknar exakt. "
    "Medelvärden och totalpoäng visas avhuggna vid två decimaler, aldrig avrundade, som i programmet, "
    "kommandoraden och rapporterna: 4,9983 visas 4,99 (stadium 4), aldrig 5,00. Totalpoängen räknas av de exakta "
    "dimensionspoängen, inte av de avhuggna. En förändring räknas också av de exakta medelvärdena och visas avrundad, "
    "som överallt: den kan skilja sig 0,01 från skillnaden mellan två visade medelvärden (2,70 → 4,16: +1,47).",
    "Luckor: en dimension räknas över de intervjuer som har konsensuspoäng för den; ingen totalpoäng och inget "
    "totalstadium så länge någon dimension saknar poäng.",
    "Preliminär: en omgång där någon intervju har A- eller B-poäng utan konsensuspoäng på samma dimension.",
    "Medelvärden, totalpoäng och stadier är levande formler över bladet Poäng (AVERAGEIFS, AVERAGE, "
    "TRUNC(ROUND(x;9);2), INT(ROUND(x;9)) – avrundningen till 9 decimaler tar bara bort flyttalsbrus före "
    "avkortningen). "
    "Varje formel har sitt värde, så som Readiness räknat det, sparat.",
    "Omgångar", "Genomförda intervjuer", "Intervjudatum", "Omgångarnas datum", "Preliminära omgångar",
    "Inga – alla omgångar har konsensus.", "Kontaktuppgifter", "Ingår inte i arbetsboken.",
    "Ingår på begäran (bladet Poäng, sista kolumnen).",
    "Bladen",
    "En rad per kommun och omgång: dimensionspoäng, totalpoäng och stadium.",
    "Kommunerna sida vid sida för en fråga och omgång, färgade efter stadium.",
    "Ett blad per kommun: profil per omgång, radardiagram och utveckling över tid.",
    "Hur väl bedömarna A och B stämde överens.",
    "Alla poäng: en rad per intervju och dimension.",
    "Utveckling", "Utveckling över tid: förändringar jämförda med bruset",
    "En rad per kommun, fråga, metod, omgång och dimension. Medel med 95 %-intervall från spridningen mellan "
    "intervjuerna. Förändringen sedan föregående omgång är utöver bruset när den är större än tröskeln (Welchs "
    "t-test, 5 %). Bara samma fråga och samma metod följs på en axel.",
    "95 % nedre", "95 % övre", "Förändring sedan föregående omgång", "Tröskel (95 %)", "Bedömning",
    "↑ utöver bruset", "↓ utöver bruset", "≈ inom bruset", "? går inte att bedöma", "Stadiebyte inom bruset",
    "Anmärkning", "Följs endast på gemensamma dimensioner; utelämnade: ",
    "Frågan har också omgångar med den andra metoden; de är en egen trend, aldrig på samma axel "
    "(självskattning ger högre poäng än intervjuer).",
    "95 %-intervall: medel ± t(0,975; n−1) · SD/√n över intervjuernas konsensuspoäng (totalt: kring totalpoängen, "
    "bredden från spridningen i intervjuernas egna totalpoäng, bara intervjuer som poängsatt varje dimension). Med n < 2 finns inget intervall.",
    "Förändring mellan två omgångar: utöver bruset när Welchs t-test förkastar ”ingen förändring” på 5 %-nivån "
    "(|förändring| > tröskeln t · SE); går inte att bedöma när någon omgång har n < 2. Ett stadiebyte inom bruset "
    "markeras: avkortningen gör att 4,95 → 5,05 ser ut som ett nytt stadium fast data inte visar det. Samma fråga "
    "och metod följs på en axel; självskattning blandas aldrig med intervjuer; olika instrument jämförs bara på "
    "gemensamma dimensioner.",
    "Varje kommun över omgångarna: medel med 95 %-intervall och om förändringen är större än bruset."};

const WorkbookText kEnglish = {
    "Summary", "Scores", "Comparison", "Agreement", "Method",
    "County", "Municipality code", "Community", "Issue", "Round", "Round id", "Mode",
    "Interviews scored", "Overall", "Stage", "Stage name", "Lowest dimension", "Provisional",
    "Interview", "Respondent", "Sector", "Dimension", "Scorer A", "Scorer B", "Consensus", "Reason",
    "Note A", "Note B",
    "Contact", "Change", "Mean", "SD", "Min", "Max",
    "Exact", "Within ±0.5", "Within ±1.0", "Weighted kappa", "ICC(2,1)", "Differences > 1.0",
    "All dimensions", "Yes", "No", "–", "interview", "self-rating",
    "Municipality code", "Readiness profile", "Profile: %s against %s", "Dimensions over the rounds",
    "Details of round %s", "Next steps: start with the lowest dimension", "Goal", "Channels", "Strategies",
    "Empty cell = no consensus score yet for the dimension.",
    "Comparison", "Round", "Overall (common dimensions)", "Dimensions left out (not in every instrument)",
    "Dimension scores by community", "Overall score by community",
    "Agreement between scorers A and B per dimension",
    "Only interview × dimension cells with both an A and a B score count. Kappa: quadratic weights. ICC(2,1): "
    "two-way random effects, absolute agreement, single rater.",
    "By round and dimension", "Total",
    "Method and rules", "Project", "Owner", "Exported", "Instruments", "Rules",
    "Consensus: two scorers score every interview independently (1–9); only the agreed consensus score counts.",
    "Dimension score = mean of the consensus scores across interviews (n = interviews with a consensus score).",
    "Overall score = unweighted mean of the dimension scores.",
    "Stage = the integer part, truncated, never rounded: 4.99 is stage 4, 5.00 is stage 5. Readiness computes exactly. "
    "Means and overall scores are shown cut at two decimals, never rounded, as in the app, the command line and "
    "the reports: 4.9983 shows 4.99 (stage 4), never 5.00. The overall is computed from the exact dimension "
    "means, not the cut ones. A change is computed from the exact means too and shown rounded, as everywhere: it can "
    "differ by 0.01 from the difference of two shown means (2.70 → 4.16: +1.47).",
    "Gaps: a dimension is averaged over the interviews that have a consensus score for it; no overall score and no "
    "overall stage while any dimension has no score.",
    "Provisional: a round where an interview has an A or B score without a consensus score on the same dimension.",
    "Means, overall scores and stages are live formulas over the Scores sheet (AVERAGEIFS, AVERAGE, "
    "TRUNC(ROUND(x,9),2), INT(ROUND(x,9)) – rounding to 9 decimals only removes floating-point noise before "
    "truncation). "
    "Every formula carries its value as Readiness computed it.",
    "Rounds", "Interviews held", "Interview dates", "Round dates", "Provisional rounds",
    "None – every round has consensus.", "Contact details", "Not included in this workbook.",
    "Included on request (Scores sheet, last column).",
    "Sheets",
    "One row per community and round: dimension scores, overall score and stage.",
    "Communities side by side for one issue and round, coloured by stage.",
    "One sheet per community: profile per round, radar chart and trend over the rounds.",
    "How well scorers A and B agreed.",
    "All scores: one row per interview and dimension.",
    "Trends", "Trends over time: changes against the noise",
    "One row per community, issue, mode, round and dimension. Means with the 95% interval from the spread "
    "between interviews. The change since the previous round is beyond the noise when it is larger than the "
    "threshold (Welch's t-test, 5%). Only the same issue and the same mode share one axis.",
    "95% low", "95% high", "Change since previous round", "Threshold (95%)", "Verdict",
    "↑ beyond noise", "↓ beyond noise", "≈ within noise", "? not assessable", "Stage change within noise",
    "Remark", "Followed on common dimensions only; left out: ",
    "This issue also has rounds in the other mode; they are a separate trend, never on the same axis "
    "(self-rating scores higher than interviews).",
    "95% interval: mean ± t(0.975, n−1) · SD/√n over the interviews' consensus scores (overall: around the overall "
    "score, its width from the spread of the interviews' own overall scores, only interviews that scored every "
    "dimension). No interval when n < 2.",
    "Change between two rounds: beyond the noise when Welch's t-test rejects \"no change\" at the 5% level "
    "(|change| > threshold t · SE); not assessable when either round has n < 2. A stage change within the noise "
    "is flagged: truncation makes 4.95 → 5.05 look like a new stage that the data do not support. Only the same "
    "issue and mode share an axis; self-rating is never mixed with interviews; different instruments are "
    "compared on their common dimensions only.",
    "Each community over the rounds: means with 95% intervals and whether each change is beyond the noise."};

struct NamePair {
  const char* key;
  const char* sv;
  const char* en;
};

// Same names as questionnaires/sectors.json.
const NamePair kSectors[] = {
    {"police", "Polis", "Police"},
    {"school", "Skola", "School"},
    {"social_services", "Socialtjänst", "Social services"},
    {"health_region", "Hälso- och sjukvård (region)", "Health care (region)"},
    {"politics", "Lokal politik", "Local politics"},
    {"administration", "Kommunal förvaltning", "Municipal administration"},
    {"ngo_faith", "Ideella organisationer och trossamfund", "NGOs and faith communities"},
    {"youth", "Unga", "Young people"},
    {"business", "Näringsliv", "Business"},
    {"other", "Övrigt", "Other"},
};

bool english(const std::string& language) { return language == "en"; }

}  // namespace

const WorkbookText& workbook_text(const std::string& language) {
  return english(language) ? kEnglish : kSwedish;
}

std::string sector_name(const std::string& sector_id, const std::string& language) {
  for (const auto& n : kSectors)
    if (sector_id == n.key) return english(language) ? n.en : n.sv;
  return sector_id;
}

std::string responsible_text(const PlanAction& action, const std::string& language) {
  std::string sectors;
  for (const std::string& s : action.sectors) sectors += (sectors.empty() ? "" : ", ") + sector_name(s, language);
  if (sectors.empty()) return action.responsible;
  if (action.responsible.empty()) return sectors;
  return action.responsible + " (" + sectors + ")";
}

std::string mode_name(Mode mode, const std::string& language) {
  const WorkbookText& t = workbook_text(language);
  return mode == Mode::SelfRating ? t.mode_self_rating : t.mode_interview;
}

}  // namespace readiness
