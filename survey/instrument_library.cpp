#include "instrument_library.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "data_paths.h"
#include "platform.h"

namespace readiness {

namespace fs = std::filesystem;
using nlohmann::json;

std::string InstrumentIssue::to_string() const {
  return file + ": " + (where.empty() ? "" : where + ": ") + what;
}

namespace {

std::string join_issues(const std::vector<InstrumentIssue>& issues) {
  std::string out;
  for (const auto& i : issues) out += (out.empty() ? "" : "\n") + i.to_string();
  return out;
}

// Reads a JSON object into an Instrument, recording every structural fault
// (wrong type, unknown or missing key) instead of stopping at the first.
class InstrumentReader {
 public:
  InstrumentReader(std::string file, std::vector<InstrumentIssue>& issues)
      : m_file(std::move(file)), m_issues(issues) {}

  Instrument read(const json& root) {
    Instrument ins;
    if (!root.is_object()) {
      fault("", "the file must hold one JSON object");
      return ins;
    }
    if (root.contains("format") && root["format"].is_string() && root["format"] != "readiness-instrument") {
      // Another kind of file (sectors.json, say): one clear fault, not a list.
      fault("format", "this is a \"" + root["format"].get<std::string>() +
                          "\" file, not an instrument (\"readiness-instrument\")");
      return ins;
    }
    check_keys(root, "", {"format", "format_version", "id", "version", "language", "title",
                          "description", "scorer_guide", "dimensions", "questions", "stages"});
    if (string_at(root, "format", "") != "readiness-instrument")
      fault("format", "must be \"readiness-instrument\"");
    if (!root.contains("format_version") || !root["format_version"].is_number_integer())
      fault("format_version", "missing or not an integer");
    else if (root["format_version"].get<long>() != 1)
      fault("format_version", "version " + root["format_version"].dump() +
                                  " is not supported (this version reads 1)");
    ins.id = string_at(root, "id", "");
    ins.version = string_at(root, "version", "");
    ins.language = string_at(root, "language", "");
    ins.title = string_at(root, "title", "");
    ins.description = string_at(root, "description", "", false);
    ins.scorer_guide = string_at(root, "scorer_guide", "", false);
    for_each_in(root, "dimensions", "", [&](const json& d, const std::string& at) {
      check_keys(d, at, {"code", "name", "description", "anchors"});
      Dimension dim;
      dim.code = string_at(d, "code", at);
      dim.name = string_at(d, "name", at);
      dim.description = string_at(d, "description", at, false);
      std::size_t level = 0;
      for_each_in(d, "anchors", at, [&](const json& a, const std::string& aat) {
        if (!a.is_string()) return fault(aat, "must be a text");
        if (level < dim.anchors.size()) dim.anchors[level] = a.get<std::string>();
        ++level;
      });
      if (level != kStageCount)
        fault(at + ".anchors", "has " + std::to_string(level) + " anchors; every dimension needs nine");
      ins.dimensions.push_back(std::move(dim));
    });
    for_each_in(root, "questions", "", [&](const json& q, const std::string& at) {
      check_keys(q, at, {"id", "dimension", "required", "text", "followups"});
      Question question;
      question.id = string_at(q, "id", at);
      question.dimension = string_at(q, "dimension", at);
      question.text = string_at(q, "text", at);
      if (q.is_object() && q.contains("required")) {
        if (q["required"].is_boolean()) question.required = q["required"].get<bool>();
        else fault(at + ".required", "must be true or false");
      }
      if (q.is_object() && q.contains("followups"))
        for_each_in(q, "followups", at, [&](const json& f, const std::string& fat) {
          if (f.is_string()) question.followups.push_back(f.get<std::string>());
          else fault(fat, "must be a text");
        });
      ins.questions.push_back(std::move(question));
    });
    for_each_in(root, "stages", "", [&](const json& s, const std::string& at) {
      check_keys(s, at, {"number", "name", "description", "goal", "channels", "strategies"});
      Stage stage;
      if (s.is_object() && s.contains("number") && s["number"].is_number_integer())
        stage.number = s["number"].get<int>();
      else
        fault(at + ".number", "missing or not an integer");
      stage.name = string_at(s, "name", at);
      stage.description = string_at(s, "description", at);
      stage.goal = string_at(s, "goal", at);
      stage.channels = string_at(s, "channels", at, false);
      for_each_in(s, "strategies", at, [&](const json& t, const std::string& tat) {
        if (t.is_string()) stage.strategies.push_back(t.get<std::string>());
        else fault(tat, "must be a text");
      });
      ins.stages.push_back(std::move(stage));
    });
    return ins;
  }

 private:
  void fault(const std::string& where, const std::string& what) {
    m_issues.push_back({m_file, where, what});
  }

  void check_keys(const json& obj, const std::string& at, std::initializer_list<const char*> known) {
    if (!obj.is_object()) return fault(at, "must be a JSON object");
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; });
      if (!ok) fault(at, "unknown key \"" + it.key() + "\"");
    }
  }

  std::string string_at(const json& obj, const char* key, const std::string& at, bool required = true) {
    const std::string where = at.empty() ? key : at + "." + key;
    if (!obj.is_object() || !obj.contains(key)) {
      if (required) fault(where, "missing");
      return {};
    }
    if (!obj[key].is_string()) {
      fault(where, "must be a text");
      return {};
    }
    return obj[key].get<std::string>();
  }

  template <typename F>
  void for_each_in(const json& obj, const char* key, const std::string& at, F&& f) {
    const std::string where = at.empty() ? key : at + "." + key;
    if (!obj.is_object() || !obj.contains(key)) return fault(where, "missing");
    const json& arr = obj[key];
    if (!arr.is_array()) return fault(where, "must be a list");
    for (std::size_t i = 0; i < arr.size(); ++i) {
      std::string item = where + "[" + std::to_string(i) + "]";
      if (arr[i].is_object() && arr[i].contains("id") && arr[i]["id"].is_string())
        item += " (" + arr[i]["id"].get<std::string>() + ")";
      else if (arr[i].is_object() && arr[i].contains("code") && arr[i]["code"].is_string())
        item += " (" + arr[i]["code"].get<std::string>() + ")";
      f(arr[i], item);
    }
  }

  std::string m_file;
  std::vector<InstrumentIssue>& m_issues;
};

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool valid_code(const std::string& code) {
  return !code.empty() && code.size() <= 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Every {...} in the text must be {issue} or {community}.
std::string unknown_placeholder(const std::string& text) {
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) return text.substr(open);
    std::string name = text.substr(open, close - open + 1);
    if (name != "{issue}" && name != "{community}") return name;
  }
  return {};
}

}  // namespace

std::vector<InstrumentIssue> check_instrument(const Instrument& ins, const std::string& file) {
  std::vector<InstrumentIssue> issues;
  auto fault = [&](const std::string& where, const std::string& what) {
    issues.push_back({file, where, what});
  };
  if (!valid_id(ins.id)) fault("id", "\"" + ins.id + "\" must be lower-case letters, digits and -");
  if (ins.version.empty()) fault("version", "must not be empty");
  if (ins.language != "sv" && ins.language != "en") fault("language", "must be \"sv\" or \"en\"");
  if (ins.title.empty()) fault("title", "must not be empty");
  if (ins.dimensions.empty()) fault("dimensions", "at least one dimension is needed");

  std::set<std::string> codes;
  for (std::size_t i = 0; i < ins.dimensions.size(); ++i) {
    const Dimension& d = ins.dimensions[i];
    const std::string at = "dimensions[" + std::to_string(i) + "] (" + d.code + ")";
    if (!valid_code(d.code)) fault(at, "code \"" + d.code + "\" must be 1–3 upper-case letters");
    if (!codes.insert(d.code).second) fault(at, "duplicate dimension code \"" + d.code + "\"");
    if (d.name.empty()) fault(at, "name must not be empty");
    for (std::size_t level = 0; level < d.anchors.size(); ++level)
      if (d.anchors[level].empty())
        fault(at, "anchor for level " + std::to_string(level + 1) + " is missing");
  }

  std::set<std::string> question_ids;
  std::set<std::string> dimensions_asked;
  for (std::size_t i = 0; i < ins.questions.size(); ++i) {
    const Question& q = ins.questions[i];
    const std::string at = "questions[" + std::to_string(i) + "] (" + q.id + ")";
    if (q.id.empty()) fault(at, "id must not be empty");
    if (!question_ids.insert(q.id).second) fault(at, "duplicate question id \"" + q.id + "\"");
    if (!codes.count(q.dimension)) fault(at, "unknown dimension \"" + q.dimension + "\"");
    dimensions_asked.insert(q.dimension);
    if (q.text.empty()) fault(at, "text must not be empty");
    if (auto bad = unknown_placeholder(q.text); !bad.empty())
      fault(at, "unknown placeholder \"" + bad + "\" (known: {issue}, {community})");
    for (const auto& f : q.followups)
      if (auto bad = unknown_placeholder(f); !bad.empty())
        fault(at + ".followups", "unknown placeholder \"" + bad + "\" (known: {issue}, {community})");
  }
  for (const auto& d : ins.dimensions)
    if (!d.code.empty() && !dimensions_asked.count(d.code))
      fault("dimensions (" + d.code + ")", "no question belongs to this dimension");

  if (ins.stages.size() != kStageCount)
    fault("stages", "has " + std::to_string(ins.stages.size()) + " stages; exactly nine are needed");
  for (std::size_t i = 0; i < ins.stages.size(); ++i) {
    const Stage& s = ins.stages[i];
    const std::string at = "stages[" + std::to_string(i) + "]";
    if (s.number != static_cast<int>(i) + 1)
      fault(at, "number " + std::to_string(s.number) + " out of order; expected " + std::to_string(i + 1));
    if (s.name.empty()) fault(at, "name must not be empty");
    if (s.description.empty()) fault(at, "description must not be empty");
    if (s.goal.empty()) fault(at, "goal must not be empty");
    if (s.strategies.empty()) fault(at, "at least one strategy is needed");
  }
  return issues;
}

InstrumentError::InstrumentError(std::vector<InstrumentIssue> issues)
    : std::runtime_error(join_issues(issues)), m_issues(std::move(issues)) {}

Instrument load_instrument_file(const std::string& path) {
  const std::string file = platform::to_utf8(platform::to_path(path).filename());
  std::ifstream in(platform::to_path(path), std::ios::binary);
  if (!in) throw InstrumentError({{path, "", "cannot open the file"}});
  std::stringstream buffer;
  buffer << in.rdbuf();

  json root;
  try {
    root = json::parse(buffer.str());
  } catch (const json::parse_error& e) {
    // nlohmann reports "parse error at line L, column C: ..."; keep that part.
    std::string what = e.what();
    auto pos = what.find("parse error");
    throw InstrumentError({{file, "", "invalid JSON: " + (pos == std::string::npos ? what : what.substr(pos))}});
  }
  std::vector<InstrumentIssue> issues;
  Instrument ins = InstrumentReader(file, issues).read(root);
  // Structural faults and rule faults are both reported, so one run lists
  // everything; a place the reader already faulted is not faulted twice.
  const std::size_t structural = issues.size();
  const bool foreign = std::any_of(issues.begin(), issues.end(), [](const InstrumentIssue& i) { return i.where == "format"; });
  for (auto& issue : foreign ? std::vector<InstrumentIssue>{} : check_instrument(ins, file)) {
    const bool repeat = std::any_of(issues.begin(), issues.begin() + static_cast<std::ptrdiff_t>(structural),
                                    [&](const InstrumentIssue& i) {
                                      return i.where == issue.where || i.where == issue.where + ".anchors";
                                    });
    if (!repeat) issues.push_back(std::move(issue));
  }
  if (!issues.empty()) throw InstrumentError(std::move(issues));
  return ins;
}

InstrumentLibrary InstrumentLibrary::load_from(const std::vector<std::string>& dirs) {
  InstrumentLibrary lib;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(platform::to_path(dir), ec)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(platform::to_path(dir), ec))
      if (entry.path().extension() == ".json" && entry.path().filename() != "sectors.json")
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      try {
        Instrument ins = load_instrument_file(platform::to_utf8(path));
        if (lib.find(ins.id)) {
          lib.m_problems.push_back({platform::to_utf8(path.filename()), "id",
                                    "instrument \"" + ins.id + "\" is already loaded; this file is skipped"});
          continue;
        }
        lib.m_instruments.push_back(std::move(ins));
      } catch (const InstrumentError& e) {
        lib.m_problems.insert(lib.m_problems.end(), e.issues().begin(), e.issues().end());
      }
    }
  }
  return lib;
}

InstrumentLibrary InstrumentLibrary::load_default() {
  std::vector<std::string> dirs = {data_dir()};
  for (auto& d : user_instrument_dirs()) dirs.push_back(d);
  return load_from(dirs);
}

const Instrument* InstrumentLibrary::find(const std::string& id) const {
  for (const auto& i : m_instruments)
    if (i.id == id) return &i;
  return nullptr;
}

const Instrument& InstrumentLibrary::get(const std::string& id) const {
  if (const Instrument* i = find(id)) return *i;
  std::string known;
  for (const auto& i : m_instruments) known += (known.empty() ? "" : ", ") + i.id;
  throw std::runtime_error("instrument \"" + id + "\" not found; known: " + (known.empty() ? "none" : known));
}

}  // namespace readiness
