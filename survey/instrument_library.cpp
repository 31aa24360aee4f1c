#include "instrument_library.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "data_paths.h"
#include "platform.h"
#include "translation.h"

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

// Bounds on what an instrument file may be: ours are about 36 KB and four
// levels deep. A mailed file can be anything; these keep what it costs to
// refuse it small (the parsed document of a crafted 1 MiB file of empty
// objects is some 30 MB).
constexpr std::uintmax_t kMaxInstrumentBytes = 1024u * 1024u;
constexpr std::size_t kMaxDepth = 32;
// Faults listed per skipped user file; `validate` lists them all.
constexpr std::size_t kProblemsPerFile = 5;
// Faults kept per stage of reading (parse, structure, rules): a crafted
// file of a million unknown keys must not cost a million messages.
constexpr std::size_t kMaxFaults = 100;

std::string more_faults(std::size_t n) {
  return format(translated_plural("and %s more fault (only the first %s are listed)",
                                  "and %s more faults (only the first %s are listed)", n),
                {std::to_string(n), std::to_string(kMaxFaults)});
}

// Decodes one UTF-8 code point at s[i] (the JSON parser has already checked
// the encoding); returns its length in bytes.
std::size_t decode(const std::string& s, std::size_t i, char32_t& cp) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (i + n > s.size()) n = 1;
  cp = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return n;
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }
// Invisible characters that reorder or break a line: never in an id.
bool is_invisible_format(char32_t c) {
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

// A text from the file as it may appear in a message: control and
// invisible characters as \uXXXX, at most 60 characters.
std::string shown(const std::string& s) {
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c;
    const std::size_t n = decode(s, i, c);
    if (++count > 60) return out + "…";
    if (is_control(c) || is_invisible_format(c)) {
      char buf[12];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    } else {
      out.append(s, i, n);
    }
    i += n;
  }
  return out;
}

// The first character a text of this kind must not hold, described, or "".
// Free texts may hold tabs and line breaks; names and ids hold neither.
std::string forbidden_character(const std::string& s, bool free_text) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c;
    i += decode(s, i, c);
    const bool allowed_space = free_text && (c == '\t' || c == '\n' || c == '\r');
    if ((is_control(c) && !allowed_space) || (!free_text && is_invisible_format(c))) {
      char buf[12];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
      return buf;
    }
  }
  return {};
}

// The line and column of the last of the first `read` bytes (as nlohmann
// counts them).
std::string line_and_column(const std::string& text, std::size_t read) {
  const std::size_t offset = std::min(read == 0 ? 0 : read - 1, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) {
      ++column;
    }
  }
  return format(translated("line %s, column %s"), {std::to_string(line), std::to_string(column)});
}

// Walks the text for the JSON parser and remembers how far it has read, so a
// fault found while parsing has a line and column.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;
  CountingIterator(const char* p, const char* base, std::size_t* read) : m_p(p), m_base(base), m_read(read) {}
  reference operator*() const { return *m_p; }
  CountingIterator& operator++() {
    ++m_p;
    *m_read = static_cast<std::size_t>(m_p - m_base);
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& o) const { return m_p == o.m_p; }
  bool operator!=(const CountingIterator& o) const { return m_p != o.m_p; }

 private:
  const char* m_p;
  const char* m_base;
  std::size_t* m_read;
};

// Builds the document like json::parse, and also refuses what json::parse
// lets through: a key given twice in one object (which one would count?),
// numbers beyond a double, and nesting deeper than any instrument needs.
// Every fault has a place (path, line and column).
class CheckedParser {
 public:
  CheckedParser(const std::string& text, json& root, std::vector<std::string>& faults, std::vector<std::string>& where)
      : m_text(text), m_dom(root, false), m_faults(faults), m_where(where) {}

  bool parse() {
    CountingIterator first(m_text.data(), m_text.data(), &m_read);
    CountingIterator last(m_text.data() + m_text.size(), m_text.data(), &m_read);
    return json::sax_parse(first, last, this) && m_faults.empty();
  }

  bool null() { return value() && m_dom.null(); }
  bool boolean(bool v) { return value() && m_dom.boolean(v); }
  bool number_integer(json::number_integer_t v) { return value() && m_dom.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return value() && m_dom.number_unsigned(v); }
  bool number_float(json::number_float_t v, const std::string& s) { return value() && m_dom.number_float(v, s); }
  bool string(std::string& v) { return value() && m_dom.string(v); }
  bool binary(json::binary_t& v) { return value() && m_dom.binary(v); }
  bool start_object(std::size_t n) { return open(true) && m_dom.start_object(n); }
  bool end_object() {
    m_levels.pop_back();
    return m_dom.end_object();
  }
  bool start_array(std::size_t n) { return open(false) && m_dom.start_array(n); }
  bool end_array() {
    m_levels.pop_back();
    return m_dom.end_array();
  }
  bool key(std::string& k) {
    Level& level = m_levels.back();
    level.key = k;
    if (!level.keys.insert(k).second)
      fault(path(), format(translated("the key \"%s\" appears twice in this object (%s)"),
                           {shown(k), line_and_column(m_text, m_read)}));
    // Go on, so every duplicate is listed; stop after kMaxFaults.
    return m_faults.size() < kMaxFaults && m_dom.key(k);
  }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
    std::string what = ex.what();
    if (ex.id == 406) {  // a number beyond what a double holds (1e400)
      fault(path(true), format(translated("number %s is out of range (%s)"),
                               {shown(token), line_and_column(m_text, position)}));
      return false;
    }
    // nlohmann reports "parse error at line L, column C: ..."; keep that part.
    const auto pos = what.find("parse error");
    // The parser's own words are English (nlohmann/json).
    m_faults.push_back(format(translated("invalid JSON: %s"), {pos == std::string::npos ? what : what.substr(pos)}));
    m_where.emplace_back();
    return false;
  }

 private:
  struct Level {
    bool object;
    std::size_t items = 0;
    std::string key;
    std::set<std::string> keys;
  };

  bool value() {
    if (!m_levels.empty() && !m_levels.back().object) ++m_levels.back().items;
    return true;
  }
  bool open(bool object) {
    value();
    if (m_levels.size() >= kMaxDepth) {
      fault(path(), format(translated("nested more than %s levels deep (%s)"),
                           {std::to_string(kMaxDepth), line_and_column(m_text, m_read)}));
      return false;
    }
    m_levels.push_back({object, 0, {}, {}});
    return true;
  }
  // The place being read: "stages[3].number". `pending`: a value the
  // parser refused, so not yet counted in its list.
  std::string path(bool pending = false) const {
    std::string out;
    for (const Level& l : m_levels) {
      const std::size_t items = l.items + (pending && &l == &m_levels.back() ? 1 : 0);
      if (l.object) out += (out.empty() ? "" : ".") + shown(l.key);
      else if (items > 0) out += "[" + std::to_string(items - 1) + "]";
    }
    return out;
  }
  void fault(const std::string& where, const std::string& what) {
    m_where.push_back(where);
    m_faults.push_back(what);
  }

  const std::string& m_text;
  nlohmann::detail::json_sax_dom_parser<json> m_dom;
  std::vector<std::string>& m_faults;
  std::vector<std::string>& m_where;
  std::vector<Level> m_levels;
  std::size_t m_read = 0;
};

// A whole number within [lo, hi], or nothing (not a whole number, or one
// beyond the range: no silent 32-bit wrap).
std::optional<long long> integer_in(const json& v, long long lo, long long hi) {
  if (v.is_number_unsigned()) {
    const auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(hi) || static_cast<long long>(u) < lo) return std::nullopt;
    return static_cast<long long>(u);
  }
  if (v.is_number_integer()) {
    const auto i = v.get<std::int64_t>();
    if (i < lo || i > hi) return std::nullopt;
    return static_cast<long long>(i);
  }
  return std::nullopt;
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
      fault("", translated("the file must hold one JSON object"));
      return ins;
    }
    if (root.contains("format") && root["format"].is_string() && root["format"] != "readiness-instrument") {
      // Another kind of file (sectors.json, say): one clear fault, not a list.
      fault("format", format(translated("this is a \"%s\" file, not an instrument (\"readiness-instrument\")"),
                             {shown(root["format"].get<std::string>())}));
      return ins;
    }
    check_keys(root, "", {"format", "format_version", "id", "version", "language", "title",
                          "description", "scorer_guide", "dimensions", "questions", "stages"});
    if (string_at(root, "format", "") != "readiness-instrument")
      fault("format", translated("must be \"readiness-instrument\""));
    if (!root.contains("format_version") || !root["format_version"].is_number_integer())
      fault("format_version", translated("missing or not an integer"));
    else if (integer_in(root["format_version"], 1, 1) != 1)
      fault("format_version", format(translated("version %s is not supported (this version reads 1)"),
                                     {root["format_version"].dump()}));
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
        if (!a.is_string()) return fault(aat, translated("must be a text"));
        if (level < dim.anchors.size()) dim.anchors[level] = a.get<std::string>();
        ++level;
      });
      if (level != kStageCount)
        fault(at + ".anchors", format(translated_plural("has %s anchor; every dimension needs nine",
                                                        "has %s anchors; every dimension needs nine", level),
                                      {std::to_string(level)}));
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
        else fault(at + ".required", translated("must be true or false"));
      }
      if (q.is_object() && q.contains("followups"))
        for_each_in(q, "followups", at, [&](const json& f, const std::string& fat) {
          if (f.is_string()) question.followups.push_back(f.get<std::string>());
          else fault(fat, translated("must be a text"));
        });
      ins.questions.push_back(std::move(question));
    });
    for_each_in(root, "stages", "", [&](const json& s, const std::string& at) {
      check_keys(s, at, {"number", "name", "description", "goal", "channels", "strategies"});
      Stage stage;
      if (!s.is_object() || !s.contains("number") || !s["number"].is_number_integer())
        fault(at + ".number", translated("missing or not an integer"));
      else if (auto n = integer_in(s["number"], 1, kStageCount))
        stage.number = static_cast<int>(*n);
      else  // 4294967297 must not become stage 1
        fault(at + ".number", format(translated("number %s is out of range (1–9)"), {s["number"].dump()}));
      stage.name = string_at(s, "name", at);
      stage.description = string_at(s, "description", at);
      stage.goal = string_at(s, "goal", at);
      stage.channels = string_at(s, "channels", at, false);
      for_each_in(s, "strategies", at, [&](const json& t, const std::string& tat) {
        if (t.is_string()) stage.strategies.push_back(t.get<std::string>());
        else fault(tat, translated("must be a text"));
      });
      ins.stages.push_back(std::move(stage));
    });
    return ins;
  }

 private:
  void fault(const std::string& where, const std::string& what) {
    if (m_issues.size() - m_first < kMaxFaults) m_issues.push_back({m_file, where, what});
    else ++m_dropped;
  }

 public:
  std::size_t dropped() const { return m_dropped; }

 private:
  void check_keys(const json& obj, const std::string& at, std::initializer_list<const char*> known) {
    if (!obj.is_object()) return fault(at, translated("must be a JSON object"));
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; });
      if (!ok) fault(at, format(translated("unknown key \"%s\""), {shown(it.key())}));
    }
  }

  std::string string_at(const json& obj, const char* key, const std::string& at, bool required = true) {
    const std::string where = at.empty() ? key : at + "." + key;
    if (!obj.is_object() || !obj.contains(key)) {
      if (required) fault(where, translated("missing"));
      return {};
    }
    if (!obj[key].is_string()) {
      fault(where, translated("must be a text"));
      return {};
    }
    return obj[key].get<std::string>();
  }

  template <typename F>
  void for_each_in(const json& obj, const char* key, const std::string& at, F&& f) {
    const std::string where = at.empty() ? key : at + "." + key;
    if (!obj.is_object() || !obj.contains(key)) return fault(where, translated("missing"));
    const json& arr = obj[key];
    if (!arr.is_array()) return fault(where, translated("must be a list"));
    for (std::size_t i = 0; i < arr.size(); ++i) {
      std::string item = where + "[" + std::to_string(i) + "]";
      if (arr[i].is_object() && arr[i].contains("id") && arr[i]["id"].is_string())
        item += " (" + shown(arr[i]["id"].get<std::string>()) + ")";
      else if (arr[i].is_object() && arr[i].contains("code") && arr[i]["code"].is_string())
        item += " (" + shown(arr[i]["code"].get<std::string>()) + ")";
      f(arr[i], item);
    }
  }

  std::string m_file;
  std::vector<InstrumentIssue>& m_issues;
  std::size_t m_first = m_issues.size();
  std::size_t m_dropped = 0;
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

// The place of the stage at `index` (from 0) in faults: "stages[3]".
std::string stage_place(std::size_t index) { return "stages[" + std::to_string(index) + "]"; }

// The fault of a stage at `index` whose number is not index + 1.
std::string stage_out_of_order(int number, std::size_t index) {
  return format(translated("number %s out of order; expected %s"), {std::to_string(number), std::to_string(index + 1)});
}

}  // namespace

std::vector<InstrumentIssue> check_instrument(const Instrument& ins, const std::string& file) {
  std::vector<InstrumentIssue> issues;
  std::size_t dropped = 0;
  auto fault = [&](const std::string& where, const std::string& what) {
    if (issues.size() < kMaxFaults) issues.push_back({file, where, what});
    else ++dropped;
  };
  // Names and ids are one line of visible text; free texts may also break
  // lines. No other control character (\u0000, an escape sequence for the
  // terminal) is taken from a file. `field` is the file's key ("name");
  // `pattern` a sentence with "%s" for the character.
  auto check_text = [&](const std::string& where, const char* field, const std::string& text, bool free_text) {
    if (auto bad = forbidden_character(text, free_text); !bad.empty())
      fault(where, format(translated("%s holds the control character %s"), {field, bad}));
  };
  auto check_item = [&](const std::string& where, const std::string& pattern, const std::string& text) {
    if (auto bad = forbidden_character(text, true); !bad.empty()) fault(where, format(pattern, {bad}));
  };
  if (!valid_id(ins.id))
    fault("id", format(translated("\"%s\" must be lower-case letters, digits and -"), {shown(ins.id)}));
  check_text("version", "version", ins.version, false);
  check_text("title", "title", ins.title, false);
  check_text("description", "description", ins.description, true);
  check_text("scorer_guide", "scorer_guide", ins.scorer_guide, true);
  if (ins.version.empty()) fault("version", translated("must not be empty"));
  if (ins.language != "sv" && ins.language != "en") fault("language", translated("must be \"sv\" or \"en\""));
  if (ins.title.empty()) fault("title", translated("must not be empty"));
  if (ins.dimensions.empty()) fault("dimensions", translated("at least one dimension is needed"));

  std::set<std::string> codes;
  for (std::size_t i = 0; i < ins.dimensions.size(); ++i) {
    const Dimension& d = ins.dimensions[i];
    const std::string at = "dimensions[" + std::to_string(i) + "] (" + shown(d.code) + ")";
    if (!valid_code(d.code))
      fault(at, format(translated("code \"%s\" must be 1–3 upper-case letters"), {shown(d.code)}));
    if (!codes.insert(d.code).second)
      fault(at, format(translated("duplicate dimension code \"%s\""), {shown(d.code)}));
    if (d.name.empty()) fault(at, translated("name must not be empty"));
    check_text(at, "name", d.name, false);
    check_text(at, "description", d.description, true);
    for (const auto& anchor : d.anchors)
      check_item(at + ".anchors", translated("an anchor holds the control character %s"), anchor);
    for (std::size_t level = 0; level < d.anchors.size(); ++level)
      if (d.anchors[level].empty())
        fault(at, format(translated("anchor for level %s is missing"), {std::to_string(level + 1)}));
  }

  std::set<std::string> question_ids;
  std::set<std::string> dimensions_asked;
  for (std::size_t i = 0; i < ins.questions.size(); ++i) {
    const Question& q = ins.questions[i];
    const std::string at = "questions[" + std::to_string(i) + "] (" + shown(q.id) + ")";
    if (q.id.empty()) fault(at, translated("id must not be empty"));
    check_text(at, "id", q.id, false);
    if (!question_ids.insert(q.id).second)
      fault(at, format(translated("duplicate question id \"%s\""), {shown(q.id)}));
    if (!codes.count(q.dimension)) fault(at, format(translated("unknown dimension \"%s\""), {shown(q.dimension)}));
    check_text(at, "text", q.text, true);
    for (const auto& f : q.followups)
      check_item(at + ".followups", translated("a follow-up holds the control character %s"), f);
    dimensions_asked.insert(q.dimension);
    if (q.text.empty()) fault(at, translated("text must not be empty"));
    if (auto bad = unknown_placeholder(q.text); !bad.empty())
      fault(at, format(translated("unknown placeholder \"%s\" (known: {issue}, {community})"), {shown(bad)}));
    for (const auto& f : q.followups)
      if (auto bad = unknown_placeholder(f); !bad.empty())
        fault(at + ".followups",
              format(translated("unknown placeholder \"%s\" (known: {issue}, {community})"), {shown(bad)}));
  }
  for (const auto& d : ins.dimensions)
    if (!d.code.empty() && !dimensions_asked.count(d.code))
      fault("dimensions (" + shown(d.code) + ")", translated("no question belongs to this dimension"));

  if (ins.stages.size() != kStageCount)
    fault("stages", format(translated_plural("has %s stage; exactly nine are needed",
                                             "has %s stages; exactly nine are needed", ins.stages.size()),
                           {std::to_string(ins.stages.size())}));
  for (std::size_t i = 0; i < ins.stages.size(); ++i) {
    const Stage& s = ins.stages[i];
    const std::string at = stage_place(i);
    if (s.number != static_cast<int>(i) + 1) fault(at, stage_out_of_order(s.number, i));
    if (s.name.empty()) fault(at, translated("name must not be empty"));
    if (s.description.empty()) fault(at, translated("description must not be empty"));
    if (s.goal.empty()) fault(at, translated("goal must not be empty"));
    if (s.strategies.empty()) fault(at, translated("at least one strategy is needed"));
    check_text(at, "name", s.name, false);
    check_text(at, "description", s.description, true);
    check_text(at, "goal", s.goal, true);
    check_text(at, "channels", s.channels, true);
    for (const auto& t : s.strategies)
      check_item(at + ".strategies", translated("a strategy holds the control character %s"), t);
  }
  if (dropped > 0) issues.push_back({file, "", more_faults(dropped)});
  return issues;
}

InstrumentError::InstrumentError(std::vector<InstrumentIssue> issues)
    : std::runtime_error(join_issues(issues)), m_issues(std::move(issues)) {}

Instrument parse_instrument(const std::string& text, const std::string& file) {
  if (text.size() > kMaxInstrumentBytes)
    throw InstrumentError(
        {{file, "", translated("the file is larger than 1 MiB, the most an instrument file may be")}});
  json root;
  std::vector<std::string> faults, places;
  if (!CheckedParser(text, root, faults, places).parse()) {
    std::vector<InstrumentIssue> issues;
    for (std::size_t i = 0; i < faults.size(); ++i) issues.push_back({file, places[i], faults[i]});
    throw InstrumentError(std::move(issues));
  }
  std::vector<InstrumentIssue> issues;
  InstrumentReader reader(file, issues);
  Instrument ins = reader.read(root);
  if (reader.dropped() > 0) issues.push_back({file, "", more_faults(reader.dropped())});
  // Structural faults and rule faults are both reported, so one run lists
  // everything; a place the reader already faulted is not faulted twice.
  const std::size_t structural = issues.size();
  const bool foreign = std::any_of(issues.begin(), issues.end(), [](const InstrumentIssue& i) { return i.where == "format"; });
  // A stage number the reader refused is not also "out of order" (told by
  // its place and text, in whatever language the text is).
  auto out_of_order = [&](const InstrumentIssue& issue) {
    for (std::size_t k = 0; k < ins.stages.size(); ++k)
      if (issue.where == stage_place(k) && issue.what == stage_out_of_order(ins.stages[k].number, k)) return true;
    return false;
  };
  for (auto& issue : foreign ? std::vector<InstrumentIssue>{} : check_instrument(ins, file)) {
    const bool repeat = std::any_of(issues.begin(), issues.begin() + static_cast<std::ptrdiff_t>(structural),
                                    [&](const InstrumentIssue& i) {
                                      return i.where == issue.where || i.where == issue.where + ".anchors" ||
                                             (i.where == issue.where + ".number" && out_of_order(issue));
                                    });
    if (!repeat) issues.push_back(std::move(issue));
  }
  if (!issues.empty()) throw InstrumentError(std::move(issues));
  return ins;
}

Instrument load_instrument_file(const std::string& path) {
  const std::string file = platform::to_utf8(platform::to_path(path).filename());
  // Only a regular file of a sane size is read: a FIFO would block, a device
  // or a huge file would be read without end.
  // On Windows NUL, CON ... are devices too (platform::file_kind).
  const platform::FileKind kind = platform::file_kind(path);
  if (kind == platform::FileKind::Missing) throw InstrumentError({{path, "", translated("cannot open the file")}});
  if (kind != platform::FileKind::Regular) throw InstrumentError({{file, "", translated("not a regular file")}});
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(platform::to_path(path), ec);
  if (!ec && size > kMaxInstrumentBytes)
    throw InstrumentError(
        {{file, "",
          format(translated("the file is %s bytes, larger than 1 MiB, the most an instrument file may be"),
                 {std::to_string(size)})}});
  std::ifstream in(platform::to_path(path), std::ios::binary);
  if (!in) throw InstrumentError({{path, "", translated("cannot open the file")}});
  // Read in chunks up to one byte past the limit (the file may have grown
  // since it was measured): memory follows the file, never the limit.
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= kMaxInstrumentBytes && in.read(chunk, sizeof chunk).gcount() > 0)
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) throw InstrumentError({{file, "", translated("cannot read the file")}});
  return parse_instrument(text, file);
}

InstrumentLibrary InstrumentLibrary::load_from(const std::vector<std::string>& dirs) {
  InstrumentLibrary lib;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(platform::to_path(dir), ec)) continue;
    std::vector<fs::path> files;
    fs::directory_iterator it(platform::to_path(dir), ec), end;
    for (; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".json" && it->path().filename() != "sectors.json")
        files.push_back(it->path());
    if (ec) lib.m_problems.push_back({dir, "", format(translated("the folder cannot be read: %s"), {ec.message()})});
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      // A faulty file is skipped and named; it never stops the library.
      const std::string name = platform::to_utf8(path.filename());
      try {
        Instrument ins = load_instrument_file(platform::to_utf8(path));
        if (lib.find(ins.id)) {
          lib.m_problems.push_back(
              {name, "id", format(translated("instrument \"%s\" is already loaded; this file is skipped"), {ins.id})});
          continue;
        }
        lib.m_instruments.push_back(std::move(ins));
      } catch (const InstrumentError& e) {
        const auto& all = e.issues();
        const std::size_t shown_now = std::min(all.size(), kProblemsPerFile);
        lib.m_problems.insert(lib.m_problems.end(), all.begin(), all.begin() + static_cast<std::ptrdiff_t>(shown_now));
        if (all.size() > shown_now)
          lib.m_problems.push_back(
              {name, "",
               format(translated_plural(
                          "and %s more fault (readiness-cli validate lists them all); this file is skipped",
                          "and %s more faults (readiness-cli validate lists them all); this file is skipped",
                          all.size() - shown_now),
                      {std::to_string(all.size() - shown_now)})});
      } catch (const std::exception& e) {
        lib.m_problems.push_back(
            {name, "", format(translated("cannot be read (%s); this file is skipped"), {e.what()})});
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
  throw std::runtime_error(format(translated("instrument \"%s\" not found; known: %s"),
                                  {id, known.empty() ? translated("none") : known}));
}

}  // namespace readiness
