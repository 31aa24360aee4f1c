// Interviews dated outside their round's dates (review item 15): warned
// about, in the window's words; the demo has none.
#include <catch2/catch.hpp>

#include "demo_project.h"
#include "instrument_library.h"
#include "interview_dates.h"

using namespace readiness;

namespace {

Round round_with(const std::string& start, const std::string& end, const std::vector<std::string>& dates) {
  Round r;
  r.id = "r1";
  r.start_date = start;
  r.end_date = end;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    Interview iv;
    iv.id = std::to_string(k + 1);
    iv.date = dates[k];
    r.interviews.push_back(iv);
  }
  return r;
}

}  // namespace

TEST_CASE("an interview before the round's start or after its end is warned about", "[survey][dates]") {
  const Round r = round_with("2022-03-14", "2022-05-31",
                             {"2022-03-13", "2022-03-14", "2022-05-31", "2022-06-01", "", "2022-3-20"});
  CHECK(interview_date_warning(r, r.interviews[0]) == "Before the round's start (2022-03-14)");
  CHECK(interview_date_warning(r, r.interviews[1]).empty());  // the first day is inside
  CHECK(interview_date_warning(r, r.interviews[2]).empty());  // the last day too
  CHECK(interview_date_warning(r, r.interviews[3]) == "After the round's end (2022-05-31)");
  CHECK(interview_date_warning(r, r.interviews[4]).empty());  // no date: nothing to compare
  CHECK(interview_date_warning(r, r.interviews[5]).empty());  // not a date (validation's business)

  // A round without an end warns only before its start.
  const Round open = round_with("2022-03-14", "", {"2030-01-01", "2022-03-01"});
  CHECK(interview_date_warning(open, open.interviews[0]).empty());
  CHECK_FALSE(interview_date_warning(open, open.interviews[1]).empty());

  Project p;
  p.rounds = {r};
  const auto warnings = interview_date_warnings(p);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].where == "round \"r1\" \u203a interview \"1\" (2022-03-13)");
  CHECK(warnings[0].what == interview_date_warning(r, r.interviews[0]));
  CHECK(warnings[1].where == "round \"r1\" \u203a interview \"4\" (2022-06-01)");
}

TEST_CASE("the demo's interviews are all dated within their rounds", "[survey][dates][demo]") {
  const Project demo = make_demo_project(InstrumentLibrary::load_default().get(kDefaultInstrumentId));
  std::size_t dated = 0;
  for (const Round& r : demo.rounds) {
    REQUIRE_FALSE(r.start_date.empty());
    for (const Interview& iv : r.interviews) {
      INFO(r.id << " interview " << iv.id << " " << iv.date);
      CHECK(iv.date >= r.start_date);
      CHECK(iv.date <= r.end_date);
      dated += iv.date.empty() ? 0 : 1;
    }
  }
  CHECK(dated > 40);
  CHECK(interview_date_warnings(demo).empty());
}
