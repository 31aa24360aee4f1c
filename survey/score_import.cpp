#include "score_import.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "csv_formula.h"
#include "csv_reader.h"
#include "iso_date.h"
#include "sectors.h"
#include "text_identity.h"
#include "translation.h"

namespace readiness {

namespace {

enum Column : std::size_t {
  kCommunity, kRound, kInterview, kDimension, kScore,  // required
  kScorer, kCommunityCode, kCountyCode, kIssue, kDate, kSector, kInstrument,
  kColumnCount
};
constexpr std::size_t kRequiredCount = kScore + 1;
constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "community", "round", "interview", "dimension", "score", "scorer",
    "community_code", "county_code", "issue", "date", "sector", "instrument"};

// Trims ASCII white space and the no-break space (U+00A0) Excel leaves
// behind when a cell was pasted from a web page.
std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  for (;;) {
    if (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    else if (e - b >= 2 && s.compare(b, 2, "\xC2\xA0") == 0) b += 2;
    else break;
  }
  for (;;) {
    if (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    else if (e - b >= 2 && s.compare(e - 2, 2, "\xC2\xA0") == 0) e -= 2;
    else break;
  }
  return s.substr(b, e - b);
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string upper_ascii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool all_digits(const std::string& s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

// Excel turns the codes "0114" and "01" into numbers: put the zeros back.
std::string pad_code(const std::string& code, std::size_t width) {
  if (all_digits(code) && code.size() < width) return std::string(width - code.size(), '0') + code;
  return code;
}

// The score in `text`, or nullopt with the reason in `why`.
std::optional<Hundredths> check_score(const std::string& text, std::string& why) {
  if (text.empty()) {
    why = translated("missing");
    return std::nullopt;
  }
  if (auto h = parse_hundredths(text); h && is_valid_score(*h)) return h;
  // Tell "not a number" from "a number we cannot hold exactly" from "out of range".
  std::size_t i = text[0] == '-' ? 1 : 0;
  std::size_t whole = 0, decimals = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++whole;
  bool numeric = whole > 0;
  if (numeric && i < text.size() && (text[i] == '.' || text[i] == ',')) {
    for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) ++decimals;
    numeric = decimals > 0;
  }
  if (!numeric || i != text.size())
    why = format(translated("%s is not a number (scores are 1–9, e.g. 4, 4.5 or 4,5)"), {quoted(text)});
  else if (decimals > 2)
    why = format(translated("%s has more than two decimals; scores finer than hundredths are not supported"), {text});
  else
    why = format(translated("%s is outside 1–9"), {text});
  return std::nullopt;
}

std::optional<ScorerSlot> parse_scorer(const std::string& text) {
  const std::string f = fold_case(text);
  if (f.empty() || f == "consensus" || f == "konsensus") return ScorerSlot::Consensus;
  if (f == "a") return ScorerSlot::A;
  if (f == "b") return ScorerSlot::B;
  return std::nullopt;
}

const char* scorer_name(ScorerSlot slot) {
  switch (slot) {
    case ScorerSlot::A: return "A";
    case ScorerSlot::B: return "B";
    case ScorerSlot::Consensus: break;
  }
  return "consensus";
}

struct Header {
  std::array<std::optional<std::size_t>, kColumnCount> index;
  std::size_t width = 0;  // number of header fields
  std::vector<bool> nameless;
};

Header read_header(const CsvRecord& record, std::vector<ImportRowError>& errors) {
  Header h;
  h.width = record.fields.size();
  h.nameless.assign(h.width, false);
  std::vector<std::string> known(kColumnNames.begin(), kColumnNames.end());
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    const std::string name = fold_case(trim(record.fields[i]));
    if (name.empty()) {
      h.nameless[i] = true;  // Excel's trailing ";;;" columns; values there are reported
      continue;
    }
    std::size_t c = 0;
    while (c < kColumnCount && name != kColumnNames[c]) ++c;
    if (c == kColumnCount)
      errors.push_back({record.line, trim(record.fields[i]), format(translated("unknown column; known columns: %s"), {join(known)})});
    else if (h.index[c])
      errors.push_back({record.line, name, translated("column appears twice")});
    else
      h.index[c] = i;
  }
  for (std::size_t c = 0; c < kRequiredCount; ++c)
    if (!h.index[c]) errors.push_back({record.line, kColumnNames[c], translated("required column is missing")});
  return h;
}

// One data row, values trimmed; an absent column reads as "".
struct Row {
  int line = 0;
  std::array<std::string, kColumnCount> values;
  const std::string& operator[](Column c) const { return values[c]; }
};

// Everything a good row resolved to, ready to apply.
struct Resolved {
  std::string community_id;
  std::optional<Community> new_community;
  std::string round_id;  // empty: a new round
  const Instrument* new_round_instrument = nullptr;
  std::string interview;
  std::string dimension;
  ScorerSlot slot = ScorerSlot::Consensus;
  Hundredths score = 0;
};

class Importer {
 public:
  Importer(Project& work, const SwedishRegister& reg, const InstrumentLibrary& lib, AuditOrigin origin)
      : m_work(work), m_reg(reg), m_lib(lib), m_origin(std::move(origin)) {}

  void import_row(const Row& row);
  std::vector<ImportRowError> errors;
  ImportSummary summary;

 private:
  struct CommunityMatch {
    std::string id;
    std::string name;
    std::optional<Community> added;
  };

  void fail(const Row& row, Column c, std::string why) {
    errors.push_back({row.line, kColumnNames[c], std::move(why)});
    m_row_failed = true;
  }
  std::optional<CommunityMatch> match_community(const Row& row);
  bool refuse_mojibake(const Row& row, Column c);
  void note_name(const std::string& written, const Community& community, bool added);
  std::vector<CommunityRef> close_to(const std::string& name, const std::string& own_id) const;
  const Community* community_with_code(const std::string& code) const;
  Round* find_round(const std::string& community_id, const std::string& label);
  const Instrument* instrument_for(const Row& row, const Round* existing, const std::string& round_name);
  void check_interview(const Row& row, const Round& round, const std::string& round_name);
  void apply(const Row& row, const Resolved& r);

  Project& m_work;
  const SwedishRegister& m_reg;
  const InstrumentLibrary& m_lib;
  AuditOrigin m_origin;
  std::map<std::string, int> m_first_line;  // slot key -> line that set it
  std::map<std::string, bool> m_names_noted;  // tidy written names already in the summary
  mutable std::map<std::string, std::string> m_keys;  // identity_key memo: rows × communities
  const std::string& key_of(const std::string& text) const {
    auto it = m_keys.find(text);
    if (it == m_keys.end()) it = m_keys.emplace(text, identity_key(text)).first;
    return it->second;
  }
  bool m_row_failed = false;
};

const Community* Importer::community_with_code(const std::string& code) const {
  for (const auto& c : m_work.communities)
    if (!c.code.empty() && c.code == code) return &c;
  return nullptr;
}

bool Importer::refuse_mojibake(const Row& row, Column c) {
  const std::string original = undo_cp1252_mojibake(row[c]);
  if (original.empty()) return false;
  fail(row, c,
       format(translated("%s is UTF-8 text that was read as Windows-1252 and saved again (Excel does this with a CSV "
                         "file without a BOM); it was probably %s. Import the file as it was exported, or correct the text"),
              {quoted(row[c]), quoted(original)}));
  return true;
}

std::optional<Importer::CommunityMatch> Importer::match_community(const Row& row) {
  const std::string name = tidy_text(row[kCommunity]);
  const std::string code = pad_code(row[kCommunityCode], 4);
  const std::string county = pad_code(row[kCountyCode], 2);
  if (name.empty()) {
    fail(row, kCommunity, translated("missing"));
    return std::nullopt;
  }
  if (refuse_mojibake(row, kCommunity)) return std::nullopt;
  const std::string key = identity_key(name);
  const Community* existing = nullptr;
  const Municipality* m = nullptr;
  if (!code.empty()) {
    // The code decides; the name must agree with it (a typo in either is caught).
    existing = community_with_code(code);
    m = m_reg.municipality_by_code(code);
    if (!existing && !m) {
      fail(row, kCommunityCode, format(translated("%s is not a municipality code in the Swedish register"), {code}));
      return std::nullopt;
    }
    const bool agrees = (existing && identity_key(existing->name) == key) ||
                        (m && m_reg.municipality_by_official_name(name) == m);
    if (!agrees) {
      fail(row, kCommunityCode,
           format(translated("%s is %s, but community says %s"), {code, m ? m->name : existing->name, name}));
      return std::nullopt;
    }
  } else {
    for (const auto& c : m_work.communities) {
      if (key_of(c.name) == key) {
        existing = &c;
        break;
      }
    }
    if (!existing) {
      m = m_reg.municipality_by_official_name(name);
      if (m) existing = community_with_code(m->code);
    }
  }
  if (!county.empty()) {
    const std::string expected = existing && !existing->county_code.empty() ? existing->county_code
                                 : m                                       ? m->county_code
                                                                           : std::string();
    if (!m_reg.county(county)) {
      fail(row, kCountyCode, format(translated("%s is not a Swedish county code"), {county}));
      return std::nullopt;
    }
    if (!expected.empty() && expected != county) {
      const County* right = m_reg.county(expected);
      fail(row, kCountyCode,
           right ? format(translated("%s is in county %s (%s), not %s"), {name, expected, right->name, county})
                 : format(translated("%s is in county %s, not %s"), {name, expected, county}));
      return std::nullopt;
    }
  }
  if (existing) return CommunityMatch{existing->id, existing->name, std::nullopt};

  std::vector<std::string> ids;
  for (const auto& c : m_work.communities) ids.push_back(c.id);
  Community c;
  if (m) {
    c = Community{make_unique_id("se-", m->code, ids), m->name, m->code, m->county_code,
                  CommunityKind::Municipality, "", {}, {}};
  } else {
    // Not a municipality: a custom community such as "Pite älvdal".
    c = Community{make_unique_id("c-", name, ids), name, "", county, CommunityKind::Group, "", {}, {}};
  }
  return CommunityMatch{c.id, c.name, c};
}

std::vector<CommunityRef> Importer::close_to(const std::string& name, const std::string& own_id) const {
  std::vector<CommunityRef> out;
  for (const Municipality* m : m_reg.municipalities_close_to(name)) out.push_back({m->name, m->code});
  // The project's own communities too: "Pite alvdal" beside "Pite älvdal".
  const std::string key = identity_key(name);
  const int allowed = code_point_count(key) < 5 ? 1 : 2;
  for (const auto& c : m_work.communities) {
    if (c.id == own_id || edit_distance(key, key_of(c.name), allowed) > allowed) continue;
    const bool listed = std::any_of(out.begin(), out.end(), [&](const CommunityRef& r) {
      return !c.code.empty() && r.code == c.code;
    });
    if (!listed) out.push_back({c.name, c.code});
  }
  return out;
}

void Importer::note_name(const std::string& written, const Community& community, bool added) {
  const std::string tidy = tidy_text(written);
  if (!m_names_noted.emplace(tidy, true).second) return;
  if (added && community.kind != CommunityKind::Municipality) {
    summary.custom_communities.push_back({community.name, close_to(community.name, community.id)});
    return;
  }
  if (tidy != community.name) summary.names_matched.push_back({tidy, {community.name, community.code}});
}

Round* Importer::find_round(const std::string& community_id, const std::string& label) {
  for (auto& r : m_work.rounds)
    if (r.community_id == community_id && key_of(r.label) == key_of(label)) return &r;
  return nullptr;
}

const Instrument* Importer::instrument_for(const Row& row, const Round* existing,
                                           const std::string& round_name) {
  const std::string& id = row[kInstrument];
  const Instrument* requested = nullptr;
  if (!id.empty()) {
    requested = m_lib.find(id);
    if (!requested) {
      std::vector<std::string> known;
      for (const auto& i : m_lib.instruments()) known.push_back(i.id);
      fail(row, kInstrument, format(translated("%s is not in the instrument library (known: %s)"), {quoted(id), join(known)}));
      return nullptr;
    }
  }
  if (existing) {
    // A round keeps the instrument it was scored with; without an instrument
    // column the existing round's instrument is used.
    if (requested && requested->id != existing->instrument.id) {
      fail(row, kInstrument,
           format(translated("%s uses instrument %s, not %s"), {round_name, existing->instrument.id, id}));
      return nullptr;
    }
    return &existing->instrument;
  }
  if (requested) return requested;
  if (const Instrument* builtin = m_lib.find(kDefaultInstrumentId)) return builtin;
  fail(row, kInstrument,
       format(translated("no instrument given and the built-in instrument %s is not in the library"), {kDefaultInstrumentId}));
  return nullptr;
}

void Importer::check_interview(const Row& row, const Round& round, const std::string& round_name) {
  const Interview* iv = round.find_interview(row[kInterview]);
  if (!iv) return;
  const std::string where = format(translated("interview %s of %s"), {iv->id, round_name});
  if (!row[kDate].empty() && !iv->date.empty() && iv->date != row[kDate])
    fail(row, kDate, format(translated("%s has date %s, not %s"), {where, iv->date, row[kDate]}));
  const std::string sector = sector_id_from_text(row[kSector]);
  if (!sector.empty() && !iv->respondent_id.empty()) {
    const Respondent* r = round.find_respondent(iv->respondent_id);
    if (r && !r->sector.empty() && r->sector != sector)
      fail(row, kSector, format(translated("%s has respondent %s from sector %s, not %s"), {where, r->id, r->sector, sector}));
  }
}

void Importer::import_row(const Row& row) {
  m_row_failed = false;
  Resolved r;

  // Fields that need no context first, so every fault of the row is listed.
  std::string why;
  if (auto score = check_score(row[kScore], why)) r.score = *score;
  else fail(row, kScore, why);
  const auto slot = parse_scorer(row[kScorer]);
  if (slot) r.slot = *slot;
  else fail(row, kScorer, format(translated("%s is not a scorer; use A, B or consensus"), {quoted(row[kScorer])}));
  if (!row[kDate].empty() && !is_iso_date(row[kDate]))
    fail(row, kDate, format(translated("%s is not a date; write YYYY-MM-DD, e.g. 2022-03-14"), {quoted(row[kDate])}));
  if (!row[kSector].empty() && sector_id_from_text(row[kSector]).empty())
    fail(row, kSector, format(translated("%s is not a sector; use one of %s"), {quoted(row[kSector]), join(sector_ids())}));
  r.interview = row[kInterview];
  if (r.interview.empty()) fail(row, kInterview, translated("missing"));
  const std::string label = tidy_text(row[kRound]);
  if (label.empty()) fail(row, kRound, translated("missing"));
  refuse_mojibake(row, kRound);
  refuse_mojibake(row, kInterview);

  const bool issue_garbled = refuse_mojibake(row, kIssue);
  auto community = match_community(row);
  const Instrument* instrument = nullptr;
  if (community && !label.empty()) {
    r.community_id = community->id;
    r.new_community = community->added;
    const std::string round_name = format(translated("round %s of %s"), {label, community->name});
    const Round* round = find_round(community->id, label);
    if (round) {
      r.round_id = round->id;
      // The same issue as compare and trend see it (normalize_issue is identity_key).
      if (!row[kIssue].empty() && !round->issue.empty() && !issue_garbled &&
          identity_key(round->issue) != identity_key(row[kIssue]))
        fail(row, kIssue,
             format(translated("%s has issue %s, not %s"), {round_name, quoted(round->issue), quoted(row[kIssue])}));
      if (!r.interview.empty()) check_interview(row, *round, round_name);
    }
    instrument = instrument_for(row, round, round_name);
    if (!round) r.new_round_instrument = instrument;
  }

  const std::string wanted = upper_ascii(row[kDimension]);
  if (wanted.empty()) {
    fail(row, kDimension, translated("missing"));
  } else if (instrument) {
    std::vector<std::string> codes;
    for (const auto& d : instrument->dimensions) {
      codes.push_back(d.code);
      if (upper_ascii(d.code) == wanted) r.dimension = d.code;
    }
    if (r.dimension.empty())
      fail(row, kDimension, format(translated("%s is not a dimension of instrument %s (%s)"),
                                   {quoted(row[kDimension]), instrument->id, join(codes)}));
  }

  // The same slot twice in one file: the second is an error, whatever else is wrong.
  if (community && !label.empty() && !r.interview.empty() && !wanted.empty() && slot) {
    const std::string key = community->id + '\n' + identity_key(label) + '\n' + r.interview + '\n' +
                            (r.dimension.empty() ? wanted : r.dimension) + '\n' + scorer_name(*slot);
    auto [it, first] = m_first_line.emplace(key, row.line);
    if (!first) {
      errors.push_back({row.line, "",
                        format(translated("the same round, interview, dimension and scorer as line %s"),
                               {std::to_string(it->second)})});
      m_row_failed = true;
    }
  }
  if (!m_row_failed) apply(row, r);
}

void Importer::apply(const Row& row, const Resolved& r) {
  if (r.new_community) {
    m_work.communities.push_back(*r.new_community);
    ++summary.communities_added;
  }
  if (const Community* c = m_work.find_community(r.community_id))
    note_name(row[kCommunity], *c, r.new_community.has_value());
  Round* round = r.round_id.empty() ? nullptr : m_work.find_round(r.round_id);
  if (!round) {
    std::vector<std::string> ids;
    for (const auto& x : m_work.rounds) ids.push_back(x.id);
    Round fresh;
    fresh.id = make_unique_id("", r.community_id + "-" + row[kRound], ids);
    fresh.community_id = r.community_id;
    fresh.label = tidy_text(row[kRound]);
    fresh.issue = tidy_text(row[kIssue]);
    fresh.instrument = *r.new_round_instrument;  // snapshot, see round.h
    fresh.mode = Mode::Interview;
    fresh.status = RoundStatus::Ongoing;
    m_work.rounds.push_back(std::move(fresh));
    round = &m_work.rounds.back();
    ++summary.rounds_added;
  } else if (round->issue.empty()) {
    round->issue = tidy_text(row[kIssue]);  // fills a gap; a different issue was refused above
  }

  Interview* iv = round->find_interview(r.interview);
  if (!iv) {
    Interview fresh;
    fresh.id = r.interview;
    fresh.status = InterviewStatus::Held;  // it has scores, so it took place
    round->interviews.push_back(std::move(fresh));
    iv = &round->interviews.back();
    ++summary.interviews_added;
  }
  if (!row[kDate].empty()) iv->date = row[kDate];

  if (const std::string sector = sector_id_from_text(row[kSector]); !sector.empty()) {
    Respondent* respondent = nullptr;
    for (auto& x : round->respondents)
      if (!iv->respondent_id.empty() && x.id == iv->respondent_id) respondent = &x;
    if (!respondent) {
      std::vector<std::string> ids;
      for (const auto& x : round->respondents) ids.push_back(x.id);
      std::string id = "R" + iv->id;
      for (int n = 2; std::find(ids.begin(), ids.end(), id) != ids.end(); ++n)
        id = "R" + iv->id + "-" + std::to_string(n);
      round->respondents.push_back(Respondent{id, id, "", "", ""});
      respondent = &round->respondents.back();
      iv->respondent_id = id;
    }
    respondent->sector = sector;
  }

  DimensionScore& slot = iv->scores[r.dimension];
  const std::optional<Hundredths> before = slot.get(r.slot);
  if (!before) ++summary.scores_new;
  else if (*before == r.score) ++summary.scores_unchanged;
  else ++summary.scores_changed;
  record_score_change(m_work.audit, m_origin, round->id, *iv, r.dimension, r.slot, before, r.score);
  slot.set(r.slot, r.score);
  ++summary.rows;
}

std::string message_for(const std::string& file, const std::vector<ImportRowError>& rows) {
  std::string out = format(translated_plural("%s: refused, nothing imported (%s problem)",
                                             "%s: refused, nothing imported (%s problems)", rows.size()),
                           {file, std::to_string(rows.size())});
  for (const auto& e : rows) out += "\n" + to_string(e, file);
  return out;
}

}  // namespace

std::string to_string(const ImportRowError& error, const std::string& file) {
  const std::string line = std::to_string(error.line);
  if (error.column.empty()) return file + ":" + line + ": " + error.reason;
  return format(translated("%s:%s: column \"%s\": %s"), {file, line, error.column, error.reason});
}

ScoreImportError::ScoreImportError(std::string file, std::vector<ImportRowError> rows)
    : std::runtime_error(message_for(file, rows)), m_file(std::move(file)), m_rows(std::move(rows)) {}

ImportSummary import_scores(Project& project, const std::string& csv_path,
                            const SwedishRegister& reg, const InstrumentLibrary& lib) {
  // Only a regular file of sane size is read: a FIFO would block, a device
  // like /dev/zero never ends (issue 12). Checked before opening.
  const auto path = std::filesystem::u8path(csv_path);
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
    throw std::runtime_error(
        format(translated("%s: not a regular file (a folder, device or pipe); choose the CSV file itself"), {csv_path}));
  if (!ec && std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, ec) > kMaxScoreCsvBytes)
    throw std::runtime_error(format(translated("%s: larger than %s MB; a score file of a whole country is far smaller"),
                                    {csv_path, std::to_string(kMaxScoreCsvBytes >> 20)}));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(format(translated("%s: cannot open: %s"), {csv_path, std::strerror(errno)}));
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxScoreCsvBytes)  // it grew while being read
      throw std::runtime_error(
          format(translated("%s: larger than %s MB"), {csv_path, std::to_string(kMaxScoreCsvBytes >> 20)}));
  }
  if (in.bad()) throw std::runtime_error(format(translated("%s: cannot read"), {csv_path}));
  return import_scores_text(project, text, csv_path, reg, lib);
}

ImportSummary import_scores_text(Project& project, const std::string& csv_text,
                                 const std::string& display_name,
                                 const SwedishRegister& reg, const InstrumentLibrary& lib) {
  CsvTable table;
  try {
    table = read_csv(csv_text);
  } catch (const CsvError& e) {
    throw ScoreImportError(display_name, {{e.line(), "", e.what()}});
  }
  auto& records = table.records;
  std::size_t first = 0;
  while (first < records.size() && records[first].blank()) ++first;
  if (first == records.size())
    throw ScoreImportError(display_name, {{1, "", translated("the file is empty; the first line must name the columns")}});

  std::vector<ImportRowError> header_errors;
  const Header header = read_header(records[first], header_errors);
  // Rows cannot be read reliably under a wrong header: report it alone.
  if (!header_errors.empty()) throw ScoreImportError(display_name, std::move(header_errors));

  // Every row is checked against, and applied to, a copy: the caller's
  // project changes only when the whole file is good.
  Project work = project;
  // Every changed score goes into the audit trail, from this file, at one moment.
  Importer importer(work, reg, lib,
                    AuditOrigin::now(kAuditFromImport, std::filesystem::u8path(display_name).filename().u8string()));
  for (std::size_t i = first + 1; i < records.size(); ++i) {
    const CsvRecord& record = records[i];
    if (record.blank()) continue;
    Row row;
    row.line = record.line;
    bool stray = false;
    for (std::size_t f = 0; f < record.fields.size(); ++f) {
      const std::string value = trim(record.fields[f]);
      if (f >= header.width || header.nameless[f]) stray = stray || !value.empty();
    }
    if (stray) {
      importer.errors.push_back({row.line, "", translated("a value in a column without a header name")});
      continue;
    }
    for (std::size_t c = 0; c < kColumnCount; ++c)
      if (header.index[c] && *header.index[c] < record.fields.size())
        // A quote our export put before a formula-like field is dropped
        // (csv_formula.h), so an export imports back unchanged.
        row.values[c] = trim(restore_formula(trim(record.fields[*header.index[c]])));
    importer.import_row(row);
  }
  if (!importer.errors.empty()) throw ScoreImportError(display_name, std::move(importer.errors));
  project = std::move(work);
  importer.summary.encoding = table.encoding;
  return importer.summary;
}

}  // namespace readiness
