// libFuzzer harness: an instrument file (JSON) as it arrives by mail or in
// the user's instrument folder. Every input must either load or be refused
// with InstrumentError (file and place); nothing else may escape.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "instrument_library.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const readiness::Instrument ins = readiness::parse_instrument(text, "fuzz.json");
    // A loaded instrument keeps every rule.
    if (!readiness::check_instrument(ins, "fuzz.json").empty()) std::abort();
    for (const auto& q : ins.questions) (void)readiness::fill_placeholders(q.text, "{issue}", "{community}");
    for (int s = 0; s <= 10; ++s) (void)ins.stage_name(s);
  } catch (const readiness::InstrumentError& e) {
    for (const auto& issue : e.issues())
      if (issue.file != "fuzz.json" || issue.what.empty()) std::abort();  // every fault names the file
  }
  return 0;
}
