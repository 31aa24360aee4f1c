// readiness-cli instruments [--json] — the instrument library: the bundled
// instruments and the user's own ($READINESS_USER_INSTRUMENTS,
// ~/.local/share/readiness/instruments). An addition to the contract.
#include <iostream>

#include "cli_common.h"
#include "instrument_library.h"
#include "json_writer.h"
#include "text_table.h"

namespace readiness::cli {

int run_instruments(const Arguments& args) {
  args.expect_positional(0);
  const InstrumentLibrary lib = InstrumentLibrary::load_default();
  for (const auto& p : lib.problems()) std::cerr << format(_("skipped: %s"), {p.to_string()}) << "\n";
  if (args.flag("json")) {
    JsonWriter j(std::cout);
    j.begin_object().key("instruments").begin_array();
    for (const auto& ins : lib.instruments()) {
      j.begin_object();
      j.key("id").string(ins.id);
      j.key("version").string(ins.version);
      j.key("language").string(ins.language);
      j.key("title").string(ins.title);
      j.key("dimensions").begin_array();
      for (const auto& d : ins.dimensions) j.string(d.code);
      j.end_array();
      j.key("questions").integer(static_cast<long long>(ins.questions.size()));
      j.end_object();
    }
    j.end_array().end_object();
    std::cout << "\n";
    return kExitOk;
  }
  TextTable table({_("id"), _("version"), _("language"), _("dimensions"), std::string(">") + _("questions"),
                   _("title")});
  for (const auto& ins : lib.instruments()) {
    std::string codes;
    for (const auto& d : ins.dimensions) codes += (codes.empty() ? "" : " ") + d.code;
    table.add_row({ins.id, ins.version, ins.language, codes, std::to_string(ins.questions.size()), ins.title});
  }
  table.print(std::cout, "");
  return kExitOk;
}

}  // namespace readiness::cli
