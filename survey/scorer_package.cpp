#include "scorer_package.h"
#include "platform.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <zlib.h>

namespace readiness {

namespace {

using nlohmann::json;
using Kind = ScorerPackageError::Kind;

constexpr const char* kMagic = "READINESS-SCORER-PACKAGE";

std::string hex(std::uint64_t value, int digits) {
  std::string out(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = "0123456789abcdef"[value & 0xF];
  return out;
}

std::uint32_t crc32_of(const std::string& bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  const char* data = bytes.data();
  std::size_t size = bytes.size();
  while (size > 0) {
    const uInt chunk = static_cast<uInt>(std::min<std::size_t>(size, 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data), chunk);
    data += chunk;
    size -= chunk;
  }
  return static_cast<std::uint32_t>(crc);
}

const char* slot_text(ScorerSlot slot) { return slot == ScorerSlot::A ? "a" : "b"; }

[[noreturn]] void fail(Kind kind, const std::string& path, const std::string& why) {
  throw ScorerPackageError(kind, (path.empty() ? std::string("Scorer package") : "\"" + path + "\"") + ": " + why);
}

json instrument_json(const Instrument& in) {
  json dims = json::array();
  for (const auto& d : in.dimensions)
    dims.push_back({{"code", d.code}, {"name", d.name}, {"description", d.description}, {"anchors", d.anchors}});
  json questions = json::array();
  for (const auto& q : in.questions)
    questions.push_back(
        {{"id", q.id}, {"text", q.text}, {"dimension", q.dimension}, {"required", q.required}, {"followups", q.followups}});
  json stages = json::array();
  for (const auto& s : in.stages)
    stages.push_back({{"number", s.number}, {"name", s.name}, {"description", s.description}, {"goal", s.goal},
                      {"channels", s.channels}, {"strategies", s.strategies}});
  return {{"id", in.id},           {"version", in.version},       {"language", in.language},
          {"title", in.title},     {"description", in.description}, {"scorer_guide", in.scorer_guide},
          {"dimensions", dims},    {"questions", questions},      {"stages", stages}};
}

Instrument instrument_from(const json& j) {
  Instrument in;
  in.id = j.at("id").get<std::string>();
  in.version = j.at("version").get<std::string>();
  in.language = j.at("language").get<std::string>();
  in.title = j.at("title").get<std::string>();
  in.description = j.at("description").get<std::string>();
  in.scorer_guide = j.at("scorer_guide").get<std::string>();
  for (const auto& d : j.at("dimensions")) {
    Dimension dim;
    dim.code = d.at("code").get<std::string>();
    dim.name = d.at("name").get<std::string>();
    dim.description = d.at("description").get<std::string>();
    const auto anchors = d.at("anchors").get<std::vector<std::string>>();
    if (anchors.size() != dim.anchors.size()) throw std::invalid_argument("a dimension needs nine anchors");
    std::copy(anchors.begin(), anchors.end(), dim.anchors.begin());
    in.dimensions.push_back(std::move(dim));
  }
  for (const auto& q : j.at("questions")) {
    Question question;
    question.id = q.at("id").get<std::string>();
    question.text = q.at("text").get<std::string>();
    question.dimension = q.at("dimension").get<std::string>();
    question.required = q.at("required").get<bool>();
    question.followups = q.at("followups").get<std::vector<std::string>>();
    in.questions.push_back(std::move(question));
  }
  for (const auto& s : j.at("stages")) {
    Stage stage;
    // Range-checked before narrowing: 4294967297 must not become stage 1.
    const json& number = s.at("number");
    if (!number.is_number_integer() || number.get<std::int64_t>() < 1 || number.get<std::int64_t>() > kStageCount)
      throw std::invalid_argument("stage number " + number.dump() + " is out of range (1–9)");
    stage.number = static_cast<int>(number.get<std::int64_t>());
    stage.name = s.at("name").get<std::string>();
    stage.description = s.at("description").get<std::string>();
    stage.goal = s.at("goal").get<std::string>();
    stage.channels = s.at("channels").get<std::string>();
    stage.strategies = s.at("strategies").get<std::vector<std::string>>();
    in.stages.push_back(std::move(stage));
  }
  return in;
}

Hundredths score_from(const json& j) {
  const auto value = parse_hundredths(j.get<std::string>());
  if (!value || !is_valid_score(*value)) throw std::invalid_argument("score \"" + j.get<std::string>() + "\" is not 1.00–9.00");
  return *value;
}

}  // namespace

std::string answers_hash(const std::map<std::string, std::string>& answers) {
  // FNV-1a, 64 bits: detects an edited answer; not meant against forgery.
  std::uint64_t h = 14695981039346656037ull;
  auto feed = [&h](const std::string& text) {
    for (unsigned char c : text) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0;
    h *= 1099511628211ull;  // the terminating NUL keeps "ab"+"c" apart from "a"+"bc"
  };
  for (const auto& [question, text] : answers) {
    feed(question);
    feed(text);
  }
  return "fnv1a64:" + hex(h, 16);
}

ScorerPackage make_scorer_package(const Project& project, const std::string& round_id, ScorerSlot slot) {
  if (slot == ScorerSlot::Consensus) throw std::invalid_argument("a scorer package is for scorer A or B");
  const Round* round = project.find_round(round_id);
  if (!round) throw std::out_of_range("no round \"" + round_id + "\"");
  ScorerPackage p;
  p.slot = slot;
  p.round_id = round->id;
  p.round_label = round->label;
  p.issue = round->issue;
  p.instrument = round->instrument;
  if (const Community* c = project.find_community(round->community_id)) {
    p.community_name = c->name;
    p.community_code = c->code;
  }
  for (const auto& interview : round->interviews) {
    PackageInterview out;
    out.id = interview.id;
    if (const Respondent* r = round->find_respondent(interview.respondent_id)) {
      out.respondent_pseudonym = r->pseudonym;  // never contact details
      out.respondent_sector = r->sector;
    }
    out.date = interview.date;
    out.status = interview.status;
    out.answers = interview.answers;
    out.answers_hash = answers_hash(interview.answers);
    out.scorer_name = slot == ScorerSlot::A ? interview.scorer_a_name : interview.scorer_b_name;
    for (const auto& [dimension, scores] : interview.scores) {
      if (const auto own = scores.get(slot)) out.scores[dimension] = *own;  // the slot's own score only
      if (!scores.note(slot).empty()) out.notes[dimension] = scores.note(slot);
    }
    p.interviews.push_back(std::move(out));
  }
  return p;
}

std::string package_to_bytes(const ScorerPackage& p) {
  json interviews = json::array();
  for (const auto& i : p.interviews) {
    json scores = json::object();
    for (const auto& [dimension, value] : i.scores) scores[dimension] = format_hundredths(value);
    interviews.push_back({{"id", i.id},
                          {"respondent_pseudonym", i.respondent_pseudonym},
                          {"respondent_sector", i.respondent_sector},
                          {"date", i.date},
                          {"status", to_string(i.status)},
                          {"answers", i.answers},
                          {"answers_hash", i.answers_hash},
                          {"scorer_name", i.scorer_name},
                          {"scores", scores},
                          {"notes", i.notes}});
  }
  const json root = {{"round",
                      {{"id", p.round_id},
                       {"community", p.community_name},
                       {"community_code", p.community_code},
                       {"label", p.round_label},
                       {"issue", p.issue}}},
                     {"slot", slot_text(p.slot)},
                     {"instrument", instrument_json(p.instrument)},
                     {"interviews", interviews}};
  const std::string payload = root.dump(1);
  return std::string(kMagic) + "\nformat " + std::to_string(kScorerPackageFormatVersion) + "\nlength " +
         std::to_string(payload.size()) + "\ncrc32 " + hex(crc32_of(payload), 8) + "\n\n" + payload;
}

ScorerPackage package_from_bytes(const std::string& bytes, const std::string& path) {
  std::istringstream in(bytes);
  std::string magic, format_line, length_line, crc_line, blank;
  if (!std::getline(in, magic) || magic != kMagic) fail(Kind::NotAPackage, path, "not a Readiness scorer package");
  if (!std::getline(in, format_line) || format_line.rfind("format ", 0) != 0)
    fail(Kind::Corrupted, path, "the package header is damaged");
  int format = 0;
  try {
    format = std::stoi(format_line.substr(7));
  } catch (const std::exception&) {
    fail(Kind::Corrupted, path, "the package header is damaged");
  }
  if (format > kScorerPackageFormatVersion)
    fail(Kind::NewerFormat, path, "written by a newer version of Readiness (package format " + std::to_string(format) +
                                      "; this version reads format " + std::to_string(kScorerPackageFormatVersion) + ")");
  if (format < 1) fail(Kind::Corrupted, path, "the package header is damaged");
  if (!std::getline(in, length_line) || length_line.rfind("length ", 0) != 0 || !std::getline(in, crc_line) ||
      crc_line.rfind("crc32 ", 0) != 0 || !std::getline(in, blank) || !blank.empty())
    fail(Kind::Corrupted, path, "the package header is damaged");
  std::size_t length = 0;
  try {
    length = static_cast<std::size_t>(std::stoull(length_line.substr(7)));
  } catch (const std::exception&) {
    fail(Kind::Corrupted, path, "the package header is damaged");
  }
  const auto start = static_cast<std::size_t>(in.tellg());
  if (bytes.size() - start < length)
    fail(Kind::Truncated, path, "the package is incomplete (" + std::to_string(bytes.size() - start) + " of " +
                                    std::to_string(length) + " bytes); ask for it again");
  const std::string payload = bytes.substr(start, length);
  if (hex(crc32_of(payload), 8) != crc_line.substr(6))
    fail(Kind::Corrupted, path, "the package is damaged (checksum mismatch); ask for it again");

  ScorerPackage p;
  try {
    const json root = json::parse(payload);
    const json& round = root.at("round");
    p.round_id = round.at("id").get<std::string>();
    p.community_name = round.at("community").get<std::string>();
    p.community_code = round.at("community_code").get<std::string>();
    p.round_label = round.at("label").get<std::string>();
    p.issue = round.at("issue").get<std::string>();
    const std::string slot = root.at("slot").get<std::string>();
    if (slot != "a" && slot != "b") throw std::invalid_argument("slot \"" + slot + "\"");
    p.slot = slot == "a" ? ScorerSlot::A : ScorerSlot::B;
    p.instrument = instrument_from(root.at("instrument"));
    for (const auto& j : root.at("interviews")) {
      PackageInterview i;
      i.id = j.at("id").get<std::string>();
      i.respondent_pseudonym = j.at("respondent_pseudonym").get<std::string>();
      i.respondent_sector = j.at("respondent_sector").get<std::string>();
      i.date = j.at("date").get<std::string>();
      if (!parse_interview_status(j.at("status").get<std::string>(), i.status))
        throw std::invalid_argument("interview status");
      i.answers = j.at("answers").get<std::map<std::string, std::string>>();
      i.answers_hash = j.at("answers_hash").get<std::string>();
      i.scorer_name = j.at("scorer_name").get<std::string>();
      for (const auto& [dimension, value] : j.at("scores").items()) i.scores[dimension] = score_from(value);
      i.notes = j.at("notes").get<std::map<std::string, std::string>>();
      p.interviews.push_back(std::move(i));
    }
  } catch (const std::exception& e) {
    fail(Kind::Corrupted, path, std::string("the package content is not valid (") + e.what() + ")");
  }
  return p;
}

void save_scorer_package(const ScorerPackage& package, const std::string& path) {
  const std::string bytes = package_to_bytes(package);
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(platform::to_path(temp), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(platform::to_path(temp), ec);
      fail(Kind::WriteFailed, path, "cannot write the package");
    }
  }
  std::error_code ec;
  std::filesystem::rename(platform::to_path(temp), platform::to_path(path), ec);
  if (ec) {
    std::filesystem::remove(platform::to_path(temp), ec);
    fail(Kind::WriteFailed, path, "cannot write the package");
  }
}

ScorerPackage load_scorer_package(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(platform::to_path(path), ec)) fail(Kind::NotFound, path, "no such file");
  std::ifstream in(platform::to_path(path), std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) fail(Kind::Unreadable, path, "cannot be read");
  return package_from_bytes(buffer.str(), path);
}

Project project_from_package(const ScorerPackage& package) {
  Project project;
  project.title = package.community_name + " " + package.round_label;
  Community community;
  community.id = "c-" + slugify(package.community_name.empty() ? package.round_id : package.community_name);
  community.name = package.community_name;
  community.code = package.community_code;
  community.kind = package.community_code.empty() ? CommunityKind::Group : CommunityKind::Municipality;
  if (package.community_code.size() == 4) community.county_code = package.community_code.substr(0, 2);
  Round round;
  round.id = package.round_id;
  round.community_id = community.id;
  round.label = package.round_label;
  round.issue = package.issue;
  round.instrument = package.instrument;
  for (const auto& pi : package.interviews) {
    Interview interview;
    interview.id = pi.id;
    if (!pi.respondent_pseudonym.empty() || !pi.respondent_sector.empty()) {
      Respondent r;
      r.id = "R-" + pi.id;
      r.pseudonym = pi.respondent_pseudonym;
      r.sector = pi.respondent_sector;
      round.respondents.push_back(r);
      interview.respondent_id = r.id;
    }
    interview.date = pi.date;
    interview.status = pi.status;
    interview.answers = pi.answers;
    (package.slot == ScorerSlot::A ? interview.scorer_a_name : interview.scorer_b_name) = pi.scorer_name;
    for (const auto& [dimension, value] : pi.scores) interview.scores[dimension].set(package.slot, value);
    for (const auto& [dimension, note] : pi.notes) interview.scores[dimension].set_note(package.slot, note);
    round.interviews.push_back(std::move(interview));
  }
  project.communities.push_back(std::move(community));
  project.rounds.push_back(std::move(round));
  return project;
}

PackageImportPlan plan_package_import(const Project& project, const ScorerPackage& package) {
  const Round* round = project.find_round(package.round_id);
  if (!round) throw std::out_of_range("no round \"" + package.round_id + "\"");
  PackageImportPlan plan;
  plan.round_id = round->id;
  plan.slot = package.slot;
  using C = PackageConflict::Kind;
  for (const auto& pi : package.interviews) {
    const Interview* interview = round->find_interview(pi.id);
    if (!interview) {
      if (!pi.scores.empty()) plan.conflicts.push_back({C::InterviewMissing, pi.id, {}, {}, {}, {}, {}});
      continue;
    }
    if (pi.scores.empty() && pi.notes.empty()) continue;  // nothing scored: nothing to take or to conflict
    if (answers_hash(interview->answers) != pi.answers_hash) {
      plan.conflicts.push_back({C::AnswersChanged, pi.id, {}, {}, {}, {}, {}});
      continue;
    }
    const std::string& name = package.slot == ScorerSlot::A ? interview->scorer_a_name : interview->scorer_b_name;
    if (!pi.scorer_name.empty()) {
      if (name.empty())
        plan.scorer_names.emplace_back(pi.id, pi.scorer_name);
      else if (name != pi.scorer_name)
        plan.conflicts.push_back({C::ScorerNameDiffers, pi.id, {}, {}, {}, name, pi.scorer_name});
    }
    for (const auto& [dimension, value] : pi.scores) {
      if (!round->instrument.find_dimension(dimension)) {
        plan.conflicts.push_back({C::DimensionUnknown, pi.id, dimension, {}, value, {}, {}});
        continue;
      }
      const DimensionScore* s = interview->score_for(dimension);
      const std::optional<Hundredths> current = s ? s->get(package.slot) : std::nullopt;
      if (!current)
        plan.changes.push_back({pi.id, dimension, value});
      else if (*current == value)
        ++plan.unchanged;
      else
        plan.conflicts.push_back({C::ScoreDiffers, pi.id, dimension, current, value, {}, {}});
    }
    for (const auto& [dimension, note] : pi.notes) {
      if (!round->instrument.find_dimension(dimension)) continue;  // reported with its score
      const DimensionScore* s = interview->score_for(dimension);
      const std::string current = s ? s->note(package.slot) : std::string();
      if (current.empty())
        plan.notes.push_back({pi.id, dimension, note});
      else if (current != note)
        plan.conflicts.push_back({C::NoteDiffers, pi.id, dimension, {}, {}, current, note});
    }
  }
  return plan;
}

void apply_package_import(Project& project, const PackageImportPlan& plan, const AuditOrigin& origin) {
  Round* round = project.find_round(plan.round_id);
  if (!round) throw std::out_of_range("no round \"" + plan.round_id + "\"");
  // Names first: the audit trail names the package's scorer.
  for (const auto& [interview_id, name] : plan.scorer_names)
    if (Interview* interview = round->find_interview(interview_id))
      (plan.slot == ScorerSlot::A ? interview->scorer_a_name : interview->scorer_b_name) = name;
  for (const auto& change : plan.changes)
    if (Interview* interview = round->find_interview(change.interview_id)) {
      DimensionScore& cell = interview->scores[change.dimension];
      record_score_change(project.audit, origin, plan.round_id, *interview, change.dimension, plan.slot,
                          cell.get(plan.slot), change.score);
      cell.set(plan.slot, change.score);
    }
  for (const auto& change : plan.notes)
    if (Interview* interview = round->find_interview(change.interview_id))
      interview->scores[change.dimension].set_note(plan.slot, change.note);
}

}  // namespace readiness
