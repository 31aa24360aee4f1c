// The one normaliser for identity (survey/text_identity.h) and the
// register's reading of names as municipalities write them. Expected keys
// are written out by hand, byte escapes where the text is invisible.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "register.h"
#include "register_search.h"
#include "text_identity.h"

using namespace readiness;

namespace {

const SwedishRegister& reg() {
  static const SwedishRegister r = SwedishRegister::load(READINESS_SOURCE_DIR "/questionnaires/registers");
  return r;
}

// "Piteå" as macOS pastes it: "a" + U+030A COMBINING RING ABOVE.
const std::string kPiteaNfd = "Pitea\xCC\x8A";
const std::string kPiteaNfc = "Pite\xC3\xA5";  // å is U+00E5

std::string code_of(const Municipality* m) { return m ? m->code : "(none)"; }

}  // namespace

TEST_CASE("tidy_text composes to NFC, folds every Unicode space and trims, keeping case", "[survey][text]") {
  CHECK(tidy_text(kPiteaNfd) == kPiteaNfc);
  CHECK(tidy_text(kPiteaNfd).size() == 6);  // one two-byte å, not a + combining ring
  CHECK(tidy_text("Pite\xC2\xA0\xC3\xA4lvdal") == "Pite \xC3\xA4lvdal");        // U+00A0 no-break space
  CHECK(tidy_text("a\xE2\x80\xAF" "b\xE2\x80\x83" "c\xE3\x80\x80" "d") == "a b c d");  // U+202F, U+2003, U+3000
  CHECK(tidy_text("a\xE2\x80\x8A" "b\xE2\x81\x9F" "c\xE2\x80\x80" "d") == "a b c d");  // U+200A, U+205F, U+2000
  CHECK(tidy_text(" \t langning  av\t\talkohol \r\n") == "langning av alkohol");
  CHECK(tidy_text("L\xC3\xA4NGNING") == "L\xC3\xA4NGNING");                   // case kept
  CHECK(tidy_text("Pite\xC2\xAD\xC3\xA4lvdal") == "Pite\xC3\xA4lvdal");       // soft hyphen dropped
  CHECK(tidy_text("") == "");
  CHECK(tidy_text(" \xC2\xA0 ") == "");
  // Not UTF-8 (a Windows-1252 "ä"): kept byte for byte, spaces still folded.
  CHECK(tidy_text("  Pite \xE4lvdal ") == "Pite \xE4lvdal");
}

TEST_CASE("identity_key makes the same name or issue equal however it was typed", "[survey][text]") {
  CHECK(identity_key("\xC3\x84LVSBYN") == "\xC3\xA4lvsbyn");  // ÄLVSBYN
  CHECK(identity_key("A\xCC\x88lvsbyn ") == "\xC3\xA4lvsbyn");  // NFD Ä, trailing space
  CHECK(identity_key(kPiteaNfd) == "pite\xC3\xA5");
  CHECK(identity_key("\xC3\x96RE\xC3\x85") == "\xC3\xB6re\xC3\xA5");  // ÖREÅ: beyond ASCII
  CHECK(identity_key("STRA\xC3\x9F" "E") == "strasse");  // Unicode case folding, not tolower
  CHECK(identity_key("langning av\xC2\xA0 alkohol till unga") == "langning av alkohol till unga");
  CHECK(identity_key("langning av alkohol  till unga") == "langning av alkohol till unga");
  CHECK(identity_key("Upplands-V\xC3\xA4sby") == "upplands-v\xC3\xA4sby");  // dashes kept here
  CHECK(identity_key("Pite \xC3\xA4lvdal") != identity_key("Pite alvdal"));
}

TEST_CASE("place_name_key reads a dash as a space", "[survey][text]") {
  CHECK(place_name_key("Upplands-V\xC3\xA4sby") == "upplands v\xC3\xA4sby");
  CHECK(place_name_key("Upplands \xE2\x80\x93 V\xC3\xA4sby") == "upplands v\xC3\xA4sby");  // en dash
  CHECK(place_name_key("Upplands\xE2\x80\x91V\xC3\xA4sby") == "upplands v\xC3\xA4sby");    // U+2011
  CHECK(place_name_key("UPPLANDS\xC2\xA0V\xC3\x84SBY") == "upplands v\xC3\xA4sby");
}

TEST_CASE("edit distance counts code points, not bytes, and stops at the limit", "[survey][text]") {
  CHECK(edit_distance("pitea", "pite\xC3\xA5", 2) == 1);  // a vs å: one letter, two bytes
  CHECK(edit_distance("alvsbin", "\xC3\xA4lvsbyn", 2) == 2);
  CHECK(edit_distance("kiruna", "pite\xC3\xA5", 2) == 3);  // over the limit: limit + 1
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("same", "same", 0) == 0);
}

TEST_CASE("cp1252 mojibake is recognised and undone, real text is left alone", "[survey][text]") {
  // "Pite älvdal" in UTF-8, read as Windows-1252, saved as UTF-8.
  CHECK(undo_cp1252_mojibake("Pite \xC3\x83\xC2\xA4lvdal") == "Pite \xC3\xA4lvdal");
  // "Älvsbyn": its UTF-8 bytes C3 84 read as "Ã„" (0x84 is „ U+201E in cp1252).
  CHECK(undo_cp1252_mojibake("\xC3\x83\xE2\x80\x9Elvsbyn") == "\xC3\x84lvsbyn");
  CHECK(undo_cp1252_mojibake("Pite \xC3\xA4lvdal") == "");  // real ä
  CHECK(undo_cp1252_mojibake("Arjeplog") == "");
  CHECK(undo_cp1252_mojibake("\xC3\x83") == "");            // a lone Ã is a letter
  CHECK(undo_cp1252_mojibake("\xC3\xA4 \xC3\x83\xC2\xA4") == "");  // mixed with a real ä
}

TEST_CASE("municipalities are found as they sign themselves", "[survey][register]") {
  CHECK(code_of(reg().municipality_by_official_name("Pite\xC3\xA5 kommun")) == "2581");
  CHECK(code_of(reg().municipality_by_official_name("\xC3\x84lvsbyns kommun")) == "2560");   // genitive s
  CHECK(code_of(reg().municipality_by_official_name("\xC3\x84lvsbyn kommun")) == "2560");
  CHECK(code_of(reg().municipality_by_official_name("Stockholms stad")) == "0180");
  CHECK(code_of(reg().municipality_by_official_name("G\xC3\xB6teborgs Stad")) == "1480");
  CHECK(code_of(reg().municipality_by_official_name("Region Gotland")) == "0980");
  CHECK(code_of(reg().municipality_by_official_name("Upplands-V\xC3\xA4sby")) == "0114");
  CHECK(code_of(reg().municipality_by_official_name("Upplands V\xC3\xA4sby kommun")) == "0114");
  CHECK(code_of(reg().municipality_by_official_name("PITE\xC3\x85 KOMMUN")) == "2581");
  CHECK(code_of(reg().municipality_by_official_name("Pite\xC3\xA5\xC2\xA0kommun")) == "2581");
  CHECK(code_of(reg().municipality_by_official_name(kPiteaNfd)) == "2581");
  CHECK(code_of(reg().municipality_by_official_name("Upplands Bro")) == "0139");  // register: Upplands-Bro

  SECTION("a name ending in s keeps it when the name is a register name") {
    CHECK(code_of(reg().municipality_by_official_name("Bor\xC3\xA5s kommun")) == "1490");
    CHECK(code_of(reg().municipality_by_official_name("Bor\xC3\xA5s stad")) == "1490");
    CHECK(code_of(reg().municipality_by_official_name("V\xC3\xA4nn\xC3\xA4s kommun")) == "2460");
    CHECK(code_of(reg().municipality_by_official_name("G\xC3\xA4llivare kommun")) == "2523");
  }
  SECTION("what is not a municipality is not matched") {
    CHECK(code_of(reg().municipality_by_official_name("Region Stockholm")) == "(none)");  // county council
    CHECK(code_of(reg().municipality_by_official_name("Region Uppsala")) == "(none)");
    CHECK(code_of(reg().municipality_by_official_name("Pite \xC3\xA4lvdal")) == "(none)");
    CHECK(code_of(reg().municipality_by_official_name("kommun")) == "(none)");
    CHECK(code_of(reg().municipality_by_official_name("Pitea")) == "(none)");
    CHECK(code_of(reg().municipality_by_official_name("")) == "(none)");
    // The plain lookup takes no official forms.
    CHECK(code_of(reg().municipality_by_name("Pite\xC3\xA5 kommun")) == "(none)");
    CHECK(code_of(reg().municipality_by_name("\xC3\x84LVSBYN")) == "2560");
  }
}

TEST_CASE("names close to a register name are offered as hints", "[survey][register]") {
  auto codes = [](const std::vector<const Municipality*>& list) {
    std::vector<std::string> out;
    for (const auto* m : list) out.push_back(m->code);
    return out;
  };
  CHECK(codes(reg().municipalities_close_to("Pitea")) == std::vector<std::string>{"2581"});
  CHECK(codes(reg().municipalities_close_to("Alvsbyn kommun")) == std::vector<std::string>{"2560"});
  CHECK(codes(reg().municipalities_close_to("\xC3\x84lvsbin")) == std::vector<std::string>{"2560"});
  CHECK(codes(reg().municipalities_close_to("Pite \xC3\xA4lvdal")).empty());
}

TEST_CASE("register search uses the identity normaliser and official names", "[survey][register]") {
  auto names = [](const std::vector<const Municipality*>& list) {
    std::vector<std::string> out;
    for (const auto* m : list) out.push_back(m->name);
    return out;
  };
  const std::vector<std::string> pitea{"Pite\xC3\xA5"};
  CHECK(names(search_register(reg(), kPiteaNfd, "")) == pitea);
  CHECK(names(search_register(reg(), "\xC2\xA0pite\xC3\xA5\xE2\x80\xAF", "")) == pitea);
  CHECK(names(search_register(reg(), "Pite\xC3\xA5 kommun", "")) == pitea);
  CHECK(names(search_register(reg(), "\xC3\x84lvsbyns kommun", "")) == std::vector<std::string>{"\xC3\x84lvsbyn"});
  CHECK(names(search_register(reg(), "upplands v\xC3\xA4sby", "")) ==
        std::vector<std::string>{"Upplands V\xC3\xA4sby"});
  CHECK(names(search_register(reg(), "upplands-bro", "")) == std::vector<std::string>{"Upplands-Bro"});
  CHECK(names(search_register(reg(), "upplands bro", "")) == std::vector<std::string>{"Upplands-Bro"});
}

TEST_CASE("a genitive s is stripped only when the full form is no register name", "[survey][register]") {
  // A register of our own: "Ales" and "Ale" both municipalities, so the
  // order of the readings shows; county 99 has one municipality only.
  const auto dir = std::filesystem::temp_directory_path() / "readiness-register-genitive-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "se-counties.csv") << "code,name\n14,V\xC3\xA4stra G\xC3\xB6talands l\xC3\xA4n\n99,Testl\xC3\xA4n\n";
  std::ofstream(dir / "se-municipalities.csv") << "code,name,county_code\n1440,Ale,14\n1441,Ales,14\n9901,\xC3\x96n,99\n";
  const SwedishRegister own = SwedishRegister::load(dir.string());
  std::filesystem::remove_all(dir);
  CHECK(code_of(own.municipality_by_official_name("Ales kommun")) == "1441");
  CHECK(code_of(own.municipality_by_official_name("Ale kommun")) == "1440");
  CHECK(code_of(own.municipality_by_official_name("Aless kommun")) == "1441");
  CHECK(code_of(own.municipality_by_official_name("Region \xC3\x96n")) == "9901");
  CHECK(code_of(own.municipality_by_official_name("Region Ale")) == "(none)");  // county 14 has two
}
