// survey/translation.h: messages made in survey/ go through the translator
// the program registers (the CLI's gettext, the GUI's wxGetTranslation);
// English without one. A fake translator here marks what it was asked.
#include <catch2/catch.hpp>
#include <string>

#include "csv_reader.h"
#include "instrument_library.h"
#include "translation.h"

using namespace readiness;

namespace {

// "«msgid»": shows that the lookup ran and on which msgid.
std::string fake_text(const char* msgid) { return std::string("«") + msgid + "»"; }
// "«n:chosen form»", the form chosen by English's rule.
std::string fake_plural(const char* singular, const char* plural, unsigned long n) {
  return "«" + std::to_string(n) + ":" + (n == 1 ? singular : plural) + "»";
}
// A translation that puts the values in another order ("%2$s … %1$s").
std::string reordering(const char* msgid) {
  return std::string(msgid) == "line %s, column %s" ? "kolumn %2$s på rad %1$s" : msgid;
}

// Registers a translator for one test and restores English after it.
struct ScopedTranslator {
  ScopedTranslator(Translator one, PluralTranslator plural) { set_translator(one, plural); }
  ~ScopedTranslator() { set_translator(nullptr, nullptr); }
};

std::vector<InstrumentIssue> faults_of(const std::string& text) {
  try {
    parse_instrument(text, "broken.json");
  } catch (const InstrumentError& e) {
    return e.issues();
  }
  return {};
}

}  // namespace

TEST_CASE("without a registered translator survey messages are the English source text", "[translation]") {
  CHECK(translated("cannot open the file") == "cannot open the file");
  CHECK(translated_plural("has %s stage; exactly nine are needed", "has %s stages; exactly nine are needed", 1) ==
        "has %s stage; exactly nine are needed");
  CHECK(translated_plural("has %s stage; exactly nine are needed", "has %s stages; exactly nine are needed", 2) ==
        "has %s stages; exactly nine are needed");
  CHECK_THROWS_WITH(read_csv("a;\"b\"x\n"), "text after the closing quote of a field");
}

TEST_CASE("a registered translator is asked for every survey message and its plural", "[translation]") {
  ScopedTranslator fake(fake_text, fake_plural);
  CHECK(translated("cannot open the file") == "«cannot open the file»");
  CHECK(translated_plural("a", "b", 3) == "«3:b»");

  // A real message of each kind: a CSV fault, and an instrument's faults
  // (the sentence translated whole, the values filled in afterwards).
  CHECK_THROWS_WITH(read_csv("a;\"b\"x\n"), "«text after the closing quote of a field»");
  const auto issues = faults_of(R"({"format": "readiness-instrument", "format_version": 1, "stages": []})");
  REQUIRE_FALSE(issues.empty());
  bool stages_counted = false, id_missing = false;
  for (const auto& issue : issues) {
    INFO(issue.to_string());
    CHECK(issue.what.rfind("«", 0) == 0);  // every fault came through the translator
    stages_counted = stages_counted || (issue.where == "stages" &&
                                        issue.what == "«0:has 0 stages; exactly nine are needed»");
    id_missing = id_missing || (issue.where == "id" && issue.what == "«missing»");
  }
  CHECK(stages_counted);
  CHECK(id_missing);

  const auto bad_json = faults_of("{\n  \"id\": ,\n}");
  REQUIRE(bad_json.size() == 1);
  CHECK(bad_json[0].what.rfind("«invalid JSON: parse error", 0) == 0);
}

TEST_CASE("a refused stage number is not also out of order whatever the language", "[translation][instrument]") {
  ScopedTranslator fake(fake_text, fake_plural);
  // One fault at the number: the "out of order" rule finding for the same
  // place is recognised by its text in the translator's language too.
  std::string stages;
  for (int n = 1; n <= 9; ++n)
    stages += std::string(n > 1 ? "," : "") + R"({"number": )" + (n == 1 ? "4294967297" : std::to_string(n)) +
              R"(, "name": "S", "description": "D", "goal": "G", "strategies": ["x"]})";
  const std::string text = R"({"format": "readiness-instrument", "format_version": 1, "id": "t", "version": "1",
    "language": "sv", "title": "T", "dimensions": [{"code": "A", "name": "A",
    "anchors": ["1","2","3","4","5","6","7","8","9"]}], "questions": [{"id": "q", "dimension": "A", "text": "?"}],
    "stages": [)" + stages + "]}";
  const auto issues = faults_of(text);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].where == "stages[0].number");
  CHECK(issues[0].what == "«number 4294967297 is out of range (1–9)»");
}

TEST_CASE("format fills placeholders in order or by number", "[translation]") {
  CHECK(format("%s is open by %s", {"a.readiness", "Anna"}) == "a.readiness is open by Anna");
  CHECK(format("%2$s har %1$s öppen", {"a.readiness", "Anna"}) == "Anna har a.readiness öppen");
  CHECK(format("%s and %s", {"one"}) == "one and ");  // a missing value is empty
  CHECK(format("100% sure, %d", {"x"}) == "100% sure, %d");  // other text kept as is

  ScopedTranslator reorder(reordering, nullptr);
  const auto issues = faults_of("{\"a\": 1,\n \"a\": 2}");
  REQUIRE_FALSE(issues.empty());
  CHECK(issues[0].what.find("(kolumn ") != std::string::npos);
  CHECK(issues[0].what.find(" på rad 2)") != std::string::npos);
}
