#include "command_line.h"

#include <CLI/CLI.hpp>
#include <iostream>

namespace readiness::cli {

namespace {

// CLI11's help labels in the CLI's language.
void translate_help(CLI::App& app) {
  auto formatter = app.get_formatter();
  // TRANSLATORS: headings of a command's --help (CLI11's formatter).
  formatter->label("OPTIONS", _("OPTIONS"));
  formatter->label("Positionals", _("Arguments"));
  formatter->label("REQUIRED", _("REQUIRED"));
  formatter->label("Usage", _("Usage"));
  formatter->column_width(30);
}

// The option name at the start of CLI11's "--issue: 1 required TEXT missing".
std::string option_in_message(const std::string& message) {
  std::string name = message.substr(0, message.find(':'));
  while (!name.empty() && name.front() == '-') name.erase(name.begin());
  return name;
}

// What an option is for, in --help; options not listed here show no text.
std::string option_help(const std::string& name) {
  static const std::map<std::string, const char*> help = {
      {"json", N_("print JSON for programs instead of a table")},
      {"issue", N_("only rounds about this issue")},
      {"community", N_("one municipality, by name or SCB code")},
      {"period", N_("only rounds of this period label")},
      {"lang", N_("language of the workbook or report: sv or en")},
      {"round", N_("the round with this label (default: the latest)")},
      {"pdf", N_("write the PDF report here")},
      {"county", N_("a county overview for this county code")},
      {"all-communities", N_("write one report per municipality into this folder")},
      {"xlsx", N_("write an Excel workbook here")},
      {"csv", N_("write a CSV file here")},
      {"sep", N_("CSV field separator: ',' or ';'")},
      {"contacts", N_("include the respondents' contact details")},
  };
  auto it = help.find(name);
  return it == help.end() ? std::string() : std::string(_(it->second));
}

// The placeholder of an option's value in --help: "--issue VALUE".
std::string value_text() {
  // TRANSLATORS: placeholder for an option's value in --help.
  return _("VALUE");
}

struct Parsed {
  std::vector<std::string> positional;
  std::vector<std::string> flags;
  std::vector<std::pair<std::string, std::string>> options;
};

// Parses the arguments after the command name. Throws UsageError in the
// contract's words, CLI::CallForHelp for --help.
Parsed parse(const std::string& name, const Command& command, const std::vector<std::string>& rest) {
  CLI::App app{"", "readiness-cli " + name};
  translate_help(app);
  app.set_help_flag("-h,--help", _("show this help and exit"))->group(_("Options"));
  // Unknown arguments are kept and worded by us, as before CLI11.
  app.allow_extras(true);
  // Options are --name on every system: CLI11 would take "/work/x.json" for
  // a Windows-style option "/work" on Windows (its default there).
  app.allow_windows_style_options(false);
  Parsed parsed;
  std::map<std::string, std::vector<std::string>> values;
  const std::string group = _("Options");
  for (const std::string& flag : command.flags) app.add_flag("--" + flag)->description(option_help(flag))->group(group);
  for (const std::string& option : command.options)
    app.add_option("--" + option, values[option], option_help(option))
        ->type_size(1)
        ->allow_extra_args(false)  // one value per --option, the rest are arguments
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->option_text(value_text())
        ->group(group);
  app.add_option("arguments", parsed.positional)->option_text(command.positionals);
  if (*command.summary) app.description(_(command.summary));
  std::vector<std::string> reversed(rest.rbegin(), rest.rend());  // CLI11 parses from the back
  try {
    app.parse(reversed);
  } catch (const CLI::ArgumentMismatch& e) {
    throw UsageError(format(_("option --%s needs a value"), {option_in_message(e.what())}));
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    throw;
  } catch (const CLI::ParseError& e) {
    throw UsageError(e.what());
  }
  for (const std::string& extra : app.remaining()) {
    if (extra.rfind("--", 0) == 0 && extra.size() > 2)
      throw UsageError(format(_("unknown option --%s"), {extra.substr(2, extra.find('=') - 2)}));
    throw UsageError(format(_("unknown option %s"), {extra}));
  }
  for (const std::string& flag : command.flags)
    if (app.count("--" + flag) > 0) parsed.flags.push_back(flag);
  for (const auto& [option, list] : values)
    for (const std::string& value : list) parsed.options.emplace_back(option, value);
  return parsed;
}

}  // namespace

std::string usage_lines_of(const std::string& usage, const std::string& command) {
  std::string out;
  bool inside = false;
  std::size_t start = 0;
  while (start < usage.size()) {
    std::size_t end = usage.find('\n', start);
    if (end == std::string::npos) end = usage.size();
    const std::string line = usage.substr(start, end - start);
    start = end + 1;
    const std::size_t text = line.find_first_not_of(' ');
    if (text == std::string::npos || text == 0) {  // a heading ("usage:") or the exit codes
      inside = false;
      continue;
    }
    if (line.compare(text, 14, "readiness-cli ") == 0)
      inside = line.compare(text + 14, command.size() + 1, command + " ") == 0 ||
               line.substr(text + 14) == command;
    if (inside) out += line + "\n";
  }
  return out;
}

int run_command_line(const std::vector<std::string>& args, const CommandTable& commands, const std::string& usage) {
  const std::string name = args.empty() ? std::string() : args[0];
  try {
    auto it = commands.find(name);
    if (it == commands.end()) throw UsageError(format(_("unknown command \"%s\""), {name}));
    Parsed parsed = parse(name, it->second, {args.begin() + 1, args.end()});
    return it->second.run(Arguments(parsed.positional, parsed.flags, parsed.options));
  } catch (const CLI::CallForHelp&) {
    return kExitOk;
  } catch (const UsageError& e) {
    // A known command's mistake: its own usage lines, so the error stays in
    // view; an unknown command: every command.
    const std::string own = commands.count(name) ? usage_lines_of(usage, name) : std::string();
    std::cerr << "readiness-cli: " << e.what() << "\n";
    if (own.empty())
      std::cerr << usage;
    else
      std::cerr << own << format(_("(readiness-cli %s --help explains its options; readiness-cli --help lists every command)"),
                                 {name})
                << "\n";
    return kExitUsage;
  } catch (const std::exception& e) {  // InputError and every other failure: bad input
    std::cerr << "readiness-cli: " << e.what() << "\n";
    return kExitBadInput;
  }
}

}  // namespace readiness::cli
