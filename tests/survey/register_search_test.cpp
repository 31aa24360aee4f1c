#include <catch2/catch.hpp>

#include "data_paths.h"
#include "platform.h"
#include "register_search.h"
#include "test_platform.h"

using namespace readiness;

namespace {

std::vector<std::string> names(const std::vector<const Municipality*>& list) {
  std::vector<std::string> out;
  for (const auto* m : list) out.push_back(m->name);
  return out;
}

}  // namespace

TEST_CASE("register search matches names case-insensitively, with or without å ä ö", "[survey][register]") {
  const auto& reg = SwedishRegister::bundled();
  CHECK(names(search_register(reg, "ARJEPLOG", "")) == std::vector<std::string>{"Arjeplog"});
  CHECK(names(search_register(reg, "älvsbyn", "")) == std::vector<std::string>{"Älvsbyn"});
  CHECK(names(search_register(reg, "ÄLVSBYN", "")) == std::vector<std::string>{"Älvsbyn"});
  CHECK(names(search_register(reg, "alvsbyn", "")) == std::vector<std::string>{"Älvsbyn"});
  CHECK(names(search_register(reg, " orebro ", "")) == std::vector<std::string>{"Örebro"});
  SECTION("a part of the name is enough") {
    const auto found = names(search_register(reg, "pite", ""));
    CHECK(std::find(found.begin(), found.end(), "Piteå") != found.end());
  }
}

TEST_CASE("register search matches a code prefix and filters by county", "[survey][register]") {
  const auto& reg = SwedishRegister::bundled();
  CHECK(names(search_register(reg, "2506", "")) == std::vector<std::string>{"Arjeplog"});
  const auto norrbotten = search_register(reg, "", "25");
  CHECK(norrbotten.size() == 14);
  CHECK(search_register(reg, "25", "").size() == 14);
  CHECK(search_register(reg, "", "").size() == 290);
  CHECK(search_register(reg, "arjeplog", "01").empty());
}

TEST_CASE("register search sorts in Swedish order: å ä ö after z", "[survey][register]") {
  CHECK(swedish_sort_key("Zzz") < swedish_sort_key("Åre"));
  CHECK(swedish_sort_key("Åre") < swedish_sort_key("Älvsbyn"));
  CHECK(swedish_sort_key("Älvsbyn") < swedish_sort_key("Örebro"));
  CHECK(swedish_sort_key("Kalix") < swedish_sort_key("kiruna"));
  const auto all = search_register(SwedishRegister::bundled(), "", "");
  CHECK(all.back()->name == "Övertorneå");
}

TEST_CASE("one Swedish sort key serves the register, compare and trend: æ ø é ü ordered as Swedish dictionaries do",
          "[survey][register]") {
  CHECK(swedish_sort_key("ÅRE") == swedish_sort_key("åre"));
  CHECK(swedish_sort_key("Sæby") == swedish_sort_key("Säby"));
  CHECK(swedish_sort_key("Søby") == swedish_sort_key("Söby"));
  CHECK(swedish_sort_key("Skövde") < swedish_sort_key("Sollefteå"));
  CHECK(swedish_sort_key("Linné") < swedish_sort_key("Linnf"));
  CHECK(swedish_sort_key("Müller") == swedish_sort_key("Myller"));
  // Decomposed å (a + ring, as a Mac writes it) sorts as the composed one.
  CHECK(swedish_sort_key("a\xcc\x8are") == swedish_sort_key("\xc3\xa5re"));
  // Other letters come after ö, never between the Swedish ones.
  CHECK(swedish_sort_key("Örebro") < swedish_sort_key("Ωmega"));
}

TEST_CASE("municipalities from the register get se- ids and are never added twice", "[survey][register]") {
  const auto& reg = SwedishRegister::bundled();
  Project project;
  Community arjeplog;
  arjeplog.id = "se-2506";
  arjeplog.name = "Arjeplog";
  arjeplog.code = "2506";
  arjeplog.county_code = "25";
  project.communities.push_back(arjeplog);
  Community squatter;  // a custom community that happens to hold the id
  squatter.id = "se-2584";
  squatter.name = "Kiruna centrum";
  squatter.kind = CommunityKind::District;
  project.communities.push_back(squatter);

  CHECK(municipality_codes_in(project) == std::set<std::string>{"2506"});
  const auto added = communities_from_register(reg, project, {"2584", "2506", "9999", "2505", "2584"});
  REQUIRE(added.size() == 2);
  CHECK(added[0].name == "Arvidsjaur");  // register order: 2505 before 2584
  CHECK(added[0].id == "se-2505");
  CHECK(added[0].county_code == "25");
  CHECK(added[0].kind == CommunityKind::Municipality);
  CHECK(added[1].name == "Kiruna");
  CHECK(added[1].id == "se-2584-2");
}

TEST_CASE("the register loads from a folder whose name has å ä ö", "[survey][register]") {
  namespace fs = std::filesystem;
  const fs::path temp = test_platform::make_temp_dir("readiness-register-");
  const fs::path folder = temp / platform::to_path("Åsa Öberg – registren");
  fs::create_directories(folder);
  for (const char* name : {"se-counties.csv", "se-municipalities.csv"})
    fs::copy_file(platform::to_path(data_dir() + "/registers/" + name), folder / name);
  const auto reg = SwedishRegister::load(platform::to_utf8(folder));
  std::error_code ec;
  fs::remove_all(temp, ec);
  CHECK(reg.municipalities().size() == 290);
  REQUIRE(reg.municipality_by_name("Piteå") != nullptr);
  CHECK(reg.municipality_by_name("Piteå")->code == "2581");
}
