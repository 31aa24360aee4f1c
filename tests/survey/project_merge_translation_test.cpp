// The merge's conflict list in the user's language: every place and text
// goes through survey/translation.h. The Swedish catalogue here is the
// project's own po/sv.po, read by a small reader below (no gettext needed
// in the core's tests), registered as survey/'s translator; any message the
// merge asks for that sv.po lacks is a failure.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <string>

#include "project_merge.h"
#include "survey/sample_project.h"
#include "translation.h"

using namespace readiness;
using readiness::testing::make_sample_project;

namespace {

// msgid -> msgstr of a PO file's singular, non-obsolete entries.
std::map<std::string, std::string> read_po(const std::string& path) {
  std::map<std::string, std::string> catalogue;
  std::ifstream in(path);
  REQUIRE(in);
  const auto unquote = [](const std::string& line) {
    const std::size_t open = line.find('"'), close = line.rfind('"');
    std::string text;
    for (std::size_t i = open + 1; i < close; ++i) {
      if (line[i] == '\\' && i + 1 < close) {
        const char next = line[++i];
        text += next == 'n' ? '\n' : next == 't' ? '\t' : next;
      } else {
        text += line[i];
      }
    }
    return text;
  };
  std::string line, msgid, msgstr, *current = nullptr;
  const auto flush = [&] {
    if (!msgid.empty() && !msgstr.empty()) catalogue[msgid] = msgstr;
    msgid.clear();
    msgstr.clear();
    current = nullptr;
  };
  while (std::getline(in, line)) {
    if (line.rfind("msgid \"", 0) == 0) {
      flush();
      msgid = unquote(line);
      current = &msgid;
    } else if (line.rfind("msgstr \"", 0) == 0) {
      msgstr = unquote(line);
      current = &msgstr;
    } else if (line.rfind("\"", 0) == 0 && current) {
      *current += unquote(line);
    } else if (line.rfind("msgid_plural", 0) == 0 || line.rfind("msgstr[", 0) == 0 || line.empty()) {
      if (line.empty()) flush();
      else current = nullptr;  // plurals are not used by the merge
    }
  }
  flush();
  return catalogue;
}

std::map<std::string, std::string>& swedish() {
  static std::map<std::string, std::string> catalogue = read_po(std::string(READINESS_SOURCE_DIR) + "/po/sv.po");
  return catalogue;
}
std::set<std::string>& missing() {
  static std::set<std::string> msgids;
  return msgids;
}

std::string swedish_text(const char* msgid) {
  const auto it = swedish().find(msgid);
  if (it != swedish().end()) return it->second;
  missing().insert(msgid);
  return msgid;
}
std::string swedish_plural(const char* singular, const char* plural, unsigned long n) {
  return swedish_text(n == 1 ? singular : plural);
}

// The Swedish catalogue is active for one test; English again after it.
struct SwedishCatalogue {
  SwedishCatalogue() {
    missing().clear();
    set_translator(swedish_text, swedish_plural);
  }
  ~SwedishCatalogue() { set_translator(nullptr, nullptr); }
};

const std::string kRound = "se-2506-2019";

}  // namespace

TEST_CASE("the merge conflict list comes out in Swedish when the Swedish catalogue is active",
          "[merge][translation]") {
  Project first = make_sample_project();
  Project second = make_sample_project();
  second.communities[1].name = "Arjeplogs kommun";
  second.find_round(kRound)->instrument.dimensions[0].anchors[0] = "Ändrad förankring";
  second.find_round(kRound)->mode = first.find_round(kRound)->mode == Mode::Interview ? Mode::SelfRating
                                                                                      : Mode::Interview;
  second.find_round(kRound)->interviews[0].scores["A"].consensus = 600;  // first has 3.50
  second.find_round(kRound)->interviews[0].scores["A"].reason = "Annan motivering.";
  second.find_round(kRound)->interviews[0].answers["q5"] = "Ett annat svar.";
  REQUIRE_FALSE(second.communities[1].plans.empty());
  REQUIRE_FALSE(second.communities[1].plans[0].actions.empty());
  PlanAction& action = second.communities[1].plans[0].actions[0];
  action.activity = "Föräldrakvällar";
  action.status = action.status == ActionStatus::Cancelled ? ActionStatus::Done : ActionStatus::Cancelled;

  SwedishCatalogue sv;
  const MergeResult r = merge_projects({{"forsta.readiness", first}, {"andra.readiness", second}});
  std::string all;
  for (const auto& c : r.conflicts) all += to_string(c) + "\n";
  INFO(all);
  CHECK(missing().empty());
  for (const std::string& msgid : missing()) UNSCOPED_INFO("not in po/sv.po: " << msgid);
  REQUIRE(r.conflicts.size() == 8);
  CHECK(r.conflicts[0].where == "samhälle se-2506, namn");
  CHECK(all.find("samhälle se-2506, namn: \"Arjeplog\" i forsta.readiness, \"Arjeplogs kommun\" i andra.readiness\n") !=
        std::string::npos);
  CHECK(all.find("samhälle se-2506, handlingsplan p1, åtgärd a1, åtgärd: ") != std::string::npos);
  CHECK(all.find("samhälle se-2506, handlingsplan p1, åtgärd a1, status: ") != std::string::npos);
  CHECK(all.find("omgång se-2506-2019, instrument: \"cr6-sv 1.0\" i forsta.readiness, \"cr6-sv 1.0 (redigerat)\" i "
                 "andra.readiness") != std::string::npos);
  CHECK(all.find("omgång se-2506-2019, form: ") != std::string::npos);
  CHECK((all.find("\"intervjuer\"") != std::string::npos && all.find("\"självskattning\"") != std::string::npos));
  CHECK(all.find("omgång se-2506-2019, intervju 1, dimension A, konsensus: \"3.50\" i forsta.readiness, \"6.00\" i "
                 "andra.readiness") != std::string::npos);
  CHECK(all.find("omgång se-2506-2019, intervju 1, dimension A, motivering: ") != std::string::npos);
  CHECK(all.find("omgång se-2506-2019, intervju 1, svar q5: ") != std::string::npos);
  // Nothing English left in the places.
  for (const char* english : {"community", "round", "interview", "answer", "consensus", "reason", " in ", "edited"})
    CHECK(all.find(english) == std::string::npos);

  // An empty side reads "(tomt)".
  CHECK(to_string(MergeConflict{"samhälle x, anteckning", "a.readiness", "", "b.readiness", "ny"}) ==
        "samhälle x, anteckning: (tomt) i a.readiness, \"ny\" i b.readiness");
}

TEST_CASE("without a translator the merge conflict list stays in English", "[merge][translation]") {
  Project first = make_sample_project();
  Project second = make_sample_project();
  second.communities[1].name = "Arjeplogs kommun";
  const MergeResult r = merge_projects({{"a.readiness", first}, {"b.readiness", second}});
  REQUIRE(r.conflicts.size() == 1);
  CHECK(to_string(r.conflicts[0]) == "community se-2506, name: \"Arjeplog\" in a.readiness, \"Arjeplogs kommun\" in b.readiness");
  CHECK(to_string(MergeConflict{"x", "a", "", "b", "v"}) == "x: (empty) in a, \"v\" in b");
}
