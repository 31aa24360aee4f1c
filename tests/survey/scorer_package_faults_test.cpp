// A crafted scorer package (issue 12): a stage number beyond 32 bits in the
// package's instrument is refused, not wrapped to stage 1.
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include "demo_project.h"
#include "instrument_library.h"
#include "scorer_package.h"

using namespace readiness;

namespace {

// The package's bytes with its JSON payload changed by `edit` and the
// header (length, CRC) made right again.
template <class Edit>
std::string edited(const std::string& bytes, Edit edit) {
  const std::size_t start = bytes.find("\n\n") + 2;
  nlohmann::json payload = nlohmann::json::parse(bytes.substr(start));
  edit(payload);
  const std::string text = payload.dump();
  char crc[9];
  std::snprintf(crc, sizeof crc, "%08lx",
                crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
  return "READINESS-SCORER-PACKAGE\nformat 1\nlength " + std::to_string(text.size()) + "\ncrc32 " + crc + "\n\n" + text;
}

}  // namespace

TEST_CASE("a package whose stage number wraps at 32 bits is refused", "[package][faults]") {
  const Project project = make_demo_project(InstrumentLibrary::load_default().get(kDefaultInstrumentId));
  const std::string bytes =
      package_to_bytes(make_scorer_package(project, project.rounds.front().id, ScorerSlot::B));
  REQUIRE_NOTHROW(package_from_bytes(edited(bytes, [](nlohmann::json&) {})));
  for (const nlohmann::json& bad : {nlohmann::json(4294967297LL), nlohmann::json(0), nlohmann::json(10),
                                   nlohmann::json(18446744073709551615ULL), nlohmann::json(1.5)}) {
    INFO(bad.dump());
    const std::string crafted = edited(bytes, [&](nlohmann::json& p) { p["instrument"]["stages"][0]["number"] = bad; });
    CHECK_THROWS_WITH(package_from_bytes(crafted), Catch::Contains("out of range"));
  }
}
