#include "demo_answers.h"

#include <map>

namespace readiness::demo {

namespace {

using Bank = std::map<std::string, std::vector<std::vector<std::string>>>;

const Bank& bank() {
  static const Bank b = {
      {"A",
       {{"Jag känner inte till något som görs just nu mot {issue} här.",
         "Det har pratats om det någon gång, men det har aldrig blivit någon insats.",
         "Skolan hade en temadag för flera år sedan, sedan dess har det varit tyst."},
        {"Det finns en arbetsgrupp som börjat titta på {issue}, men inget har startat ännu.",
         "Polisen gör ibland kontroller vid större evenemang, det är det mest konkreta.",
         "Föräldravandringen finns kvar, men den bärs av några få eldsjälar."},
        {"Vi har en samverkansöverenskommelse mellan kommun, polis och föreningsliv som följs upp varje halvår.",
         "Kontrollköpen görs regelbundet och resultaten återkopplas till butikerna.",
         "Arbetet mot {issue} är en del av medborgarlöftet och har en egen budgetpost."}}},
      {"B",
       {{"De flesta i {community} vet nog inte att det finns något arbete alls.",
         "Om man frågar folk på stan tror jag ingen kan nämna en enda insats.",
         "Det är mest vi som jobbar med det som känner till vad som görs."},
        {"Föräldrar med barn i högstadiet har hört talas om föräldravandringen, men inte så många fler.",
         "Det har stått något i lokaltidningen, men jag tror inte att det fastnade.",
         "Personalen på skolorna vet ungefär, men allmänheten har bara en vag bild."},
        {"Många känner igen kampanjen och kan förklara vad den går ut på.",
         "Butikerna vet om kontrollköpen och föräldrar frågar själva efter resultaten.",
         "Insatserna presenteras på föräldramöten och i kommunens kanaler varje termin."}}},
      {"C",
       {{"Politikerna har andra saker på bordet, det här är inte prioriterat.",
         "Jag har aldrig hört någon i ledningen ta upp {issue}.",
         "Ledningen säger att det inte är något problem här."},
        {"Socialchefen tycker att det är viktigt, men det har inte blivit några beslut.",
         "Frågan finns med i folkhälsoplanen, men utan pengar eller ansvarig.",
         "Kommunpolisen driver på, men behöver mer stöd från kommunledningen."},
        {"Kommunstyrelsen har beslutat om en handlingsplan och följer upp den i bokslutet.",
         "Ledande politiker pratar öppet om {issue} och har avsatt resurser.",
         "Rektorerna och polisen har ett gemensamt mandat från ledningen att prioritera frågan."}}},
      {"D",
       {{"Det är en del av kulturen här, man har alltid fått tag på alkohol via äldre syskon.",
         "Många tycker att det är en del av att växa upp och att man inte ska lägga sig i.",
         "Folk ser det inte som något problem, och de som säger något ses som besvärliga."},
        {"Det finns en oro hos föräldrar, men också en uppgivenhet – man tror inte att det går att ändra.",
         "Efter händelsen vid skolavslutningen blev fler upprörda, men det har lagt sig igen.",
         "En del tycker att det är ett problem, andra att det överdrivs."},
        {"De flesta tycker att vuxna har ett ansvar och att langning inte är okej.",
         "Det finns ett starkt stöd för arbetet, folk hör av sig och vill vara med.",
         "Föreningslivet har själva tagit initiativ till alkoholfria arrangemang."}}},
      {"E",
       {{"Jag vet faktiskt inte hur vanligt det är.",
         "Folk tror att det bara händer i de större städerna.",
         "Man vet ganska lite om vad {issue} får för följder för unga."},
        {"Vi vet från Drogvaneundersökningen att en del unga får alkohol från vuxna, men inte mer än så.",
         "Det finns en allmän kunskap om riskerna, men inte om läget här.",
         "Skolsköterskorna ser tecken, men det sammanställs inte någonstans."},
        {"Vi har lokala siffror från enkäten och jämför dem med länet varje år.",
         "Många vet hur langningen går till och vilka riskerna är för unga.",
         "Kunskapen är god, både om orsaker och om vad som fungerar förebyggande."}}},
      {"F",
       {{"Det finns inga pengar avsatta, och ingen har det i sin tjänst.",
         "Allt görs på fritiden av några få personer.",
         "Jag vet inte vart man skulle vända sig om man ville göra något."},
        {"ANDT-samordnaren har några procent av sin tjänst till det här.",
         "Det finns lokaler och några ideella, men ingen långsiktig finansiering.",
         "Man kan söka pengar från länsstyrelsen, men ingen har gjort det ännu."},
        {"Det finns en heltidstjänst och en egen budget för det förebyggande arbetet.",
         "Flera aktörer bidrar med personal och vi har stöd från regionen.",
         "Vi har fått utvecklingsmedel och en plan för hur arbetet ska finansieras framåt."}}},
  };
  return b;
}

const std::vector<std::string>& general() {
  static const std::vector<std::string> g = {
      "Det är svårt att säga, jag har inte tänkt så mycket på det.",
      "Jag kan bara svara utifrån min egen verksamhet.",
      "Det beror på vem man frågar, tror jag."};
  return g;
}

}  // namespace

const std::vector<std::string>& answer_sentences(const std::string& dimension, int level) {
  auto it = bank().find(dimension);
  if (it == bank().end()) return general();
  const std::size_t band = level <= 3 ? 0 : (level <= 5 ? 1 : 2);
  return it->second[band];
}

}  // namespace readiness::demo
