// libFuzzer harness: a scorer package as it comes back from a scorer's
// laptop. Like fuzz_project_file, the input is the JSON payload and the
// harness puts a header with the right length and CRC in front (an input
// that already has one is unwrapped first), so every input reaches the
// JSON reader. A package that loads is planned and applied against the
// demo project, and the result must still be a valid project.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <zlib.h>

#include "demo_project.h"
#include "instrument_library.h"
#include "scorer_package.h"
#include "validate_project.h"

namespace {

std::string payload_of(const std::string& input) {
  static const std::string magic = "READINESS-SCORER-PACKAGE\n";
  if (input.compare(0, magic.size(), magic) != 0) return input;
  const std::size_t end = input.find("\n\n");
  return end == std::string::npos ? input : input.substr(end + 2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const readiness::Project demo = readiness::make_demo_project(
      readiness::InstrumentLibrary::load_default().get(readiness::kDefaultInstrumentId));
  const std::string payload = payload_of(std::string(reinterpret_cast<const char*>(data), size));
  const auto crc = static_cast<unsigned>(
      crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(payload.data()), static_cast<uInt>(payload.size())));
  char crc_hex[9];
  std::snprintf(crc_hex, sizeof crc_hex, "%08x", crc);
  const std::string bytes = "READINESS-SCORER-PACKAGE\nformat 1\nlength " + std::to_string(payload.size()) +
                            "\ncrc32 " + crc_hex + "\n\n" + payload;
  readiness::ScorerPackage package;
  try {
    package = readiness::package_from_bytes(bytes, "fuzz.package");
  } catch (const readiness::ScorerPackageError& e) {
    if (e.kind() != readiness::ScorerPackageError::Kind::Corrupted) std::abort();  // the header was made right
    return 0;
  }
  (void)readiness::project_from_package(package);
  readiness::PackageImportPlan plan;
  try {
    plan = readiness::plan_package_import(demo, package);
  } catch (const std::out_of_range&) {
    return 0;  // no such round in the demo project
  }
  readiness::Project project = demo;
  readiness::apply_package_import(project, plan);
  if (!readiness::validate_project(project).empty()) std::abort();  // an import never makes an invalid project
  return 0;
}
