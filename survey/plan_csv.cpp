#include "plan_csv.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "csv_reader.h"
#include "sectors.h"
#include "text_identity.h"
#include "validate_plans.h"

namespace readiness {

namespace {

const char* const kColumns[] = {"community", "kind", "plan", "plan_title", "action", "activity", "target_group",
                                "sectors", "responsible", "dimensions", "strategy_stage", "strategy", "start",
                                "end", "priority", "cost_sek", "funding", "status", "channel", "key_message",
                                "note", "latest_follow_up"};

std::string quote(const std::string& field, char separator) {
  if (field.find_first_of(std::string("\"\r\n") + separator) == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "|") + item;
  return out;
}

std::string trim(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> split_bar(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t bar = text.find('|', start);
    const std::string item = trim(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (!item.empty()) out.push_back(item);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

std::string follow_up_summary(const PlanAction& action) {
  const FollowUp* latest = action.latest_follow_up();
  if (!latest) return "";
  std::string text = std::to_string(latest->year) + ": " + to_string(latest->status);
  if (!latest->done.empty()) text += " – " + latest->done;
  return text;
}

bool parse_status_text(const std::string& text, ActionStatus& out) {
  if (text.empty()) {
    out = ActionStatus::Planned;
    return true;
  }
  if (parse_action_status(text, out)) return true;
  static const struct { const char* name; ActionStatus status; } swedish[] = {
      {"planerad", ActionStatus::Planned},     {"pågående", ActionStatus::Ongoing},
      {"pågår", ActionStatus::Ongoing},        {"genomförd", ActionStatus::Done},
      {"klar", ActionStatus::Done},            {"uppskjuten", ActionStatus::Postponed},
      {"inställd", ActionStatus::Cancelled},   {"avbruten", ActionStatus::Cancelled}};
  const std::string key = identity_key(text);
  for (const auto& s : swedish) {
    if (key == identity_key(s.name)) {
      out = s.status;
      return true;
    }
  }
  return false;
}

// Whole kronor: digits with optional spaces (also no-break), optional ",00"/".00".
bool parse_cost(const std::string& text, long long& out) {
  std::string digits;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c == ' ') continue;
    else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
             static_cast<unsigned char>(text[i + 1]) == 0xA0) ++i;
    else break;
  }
  if (i < text.size()) {
    if (text[i] != ',' && text[i] != '.') return false;
    const std::string decimals = text.substr(i + 1);
    if (decimals.empty() || decimals.find_first_not_of('0') != std::string::npos) return false;
  }
  if (digits.empty() || digits.size() > 12) return false;
  out = std::stoll(digits);
  return true;
}

void write_action_row(std::string& out, char sep, const Community& c, const char* kind, const std::string& plan_id,
                      const std::string& plan_title, const PlanAction& a) {
  const std::string fields[] = {
      c.name, kind, plan_id, plan_title, a.id, a.activity, a.target_group, joined(a.sectors), a.responsible,
      joined(a.dimensions), a.strategy_stage > 0 ? std::to_string(a.strategy_stage) : "", a.strategy,
      format_plan_time(a.start), format_plan_time(a.end), a.priority > 0 ? std::to_string(a.priority) : "",
      a.cost_sek ? std::to_string(*a.cost_sek) : "", a.funding, to_string(a.status), to_string(a.channel),
      a.key_message, a.note, follow_up_summary(a)};
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out += sep;
    out += quote(f, sep);
    first = false;
  }
  out += "\r\n";
}

const Community* find_community(const Project& project, const std::string& written) {
  const std::string key = identity_key(written);
  for (const Community& c : project.communities)
    if (c.id == written || (!c.code.empty() && c.code == written) || identity_key(c.name) == key) return &c;
  return nullptr;
}

class PlanImporter {
 public:
  PlanImporter(Project& work, const std::string& name) : m_work(work), m_name(name) {}

  std::vector<ImportRowError> errors;
  PlanImportSummary summary;

  void run(const CsvTable& table) {
    summary.encoding = table.encoding;
    std::size_t first = 0;
    while (first < table.records.size() && table.records[first].blank()) ++first;
    if (first == table.records.size()) {
      errors.push_back({1, "", "the file is empty; the first line must name the columns"});
      return;
    }
    if (!read_header(table.records[first])) return;
    for (std::size_t r = first + 1; r < table.records.size(); ++r) {
      const CsvRecord& record = table.records[r];
      if (record.blank()) continue;
      import_row(record);
    }
    if (!errors.empty()) return;
    // The model's own rules last (e.g. an end before the start of an existing action).
    for (const ValidationIssue& issue : validate_plans(m_work))
      errors.push_back({0, "", issue.where + ": " + issue.what});
  }

 private:
  Project& m_work;
  std::string m_name;
  std::map<std::string, std::size_t> m_column;  // name -> index
  std::set<std::string> m_seen;                 // community/kind/plan/action in this file

  bool read_header(const CsvRecord& header) {
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      std::string name = trim(header.fields[i]);
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      if (name.empty()) continue;
      if (std::find(std::begin(kColumns), std::end(kColumns), name) == std::end(kColumns))
        errors.push_back({header.line, name, "unknown column; the columns are listed in README.md"});
      else if (m_column.count(name))
        errors.push_back({header.line, name, "column given twice"});
      else
        m_column[name] = i;
    }
    for (const char* required : {"community", "plan", "activity"})
      if (!m_column.count(required)) errors.push_back({header.line, required, "required column is missing"});
    return errors.empty();
  }

  std::string field(const CsvRecord& record, const char* name) const {
    const auto it = m_column.find(name);
    if (it == m_column.end() || it->second >= record.fields.size()) return "";
    return trim(record.fields[it->second]);
  }

  void import_row(const CsvRecord& record) {
    const int line = record.line;
    const std::size_t before = errors.size();
    auto bad = [&](const char* column, const std::string& reason) { errors.push_back({line, column, reason}); };

    const std::string community_text = field(record, "community");
    Community* community = nullptr;
    if (community_text.empty())
      bad("community", "is empty");
    else if (const Community* found = find_community(m_work, community_text))
      community = m_work.find_community(found->id);
    else
      bad("community", "\"" + community_text + "\" is not in the project (plans are made for its communities)");

    const std::string kind = field(record, "kind");
    const bool commitment = kind == "commitment";
    if (!kind.empty() && kind != "plan" && !commitment) bad("kind", "\"" + kind + "\" is neither plan nor commitment");
    const std::string plan_id = field(record, "plan");
    if (plan_id.empty()) bad("plan", "is empty");
    const std::string title = field(record, "plan_title");

    PlanAction values;
    values.activity = field(record, "activity");
    if (values.activity.empty()) bad("activity", "is empty");
    values.target_group = field(record, "target_group");
    for (const std::string& s : split_bar(field(record, "sectors"))) {
      const std::string id = sector_id_from_text(s);
      if (id.empty())
        bad("sectors", "\"" + s + "\" is not a sector of sectors.json");
      else
        values.sectors.push_back(id);
    }
    values.responsible = field(record, "responsible");
    values.dimensions = split_bar(field(record, "dimensions"));
    if (community)
      for (const std::string& code : values.dimensions)
        if (!community_knows_dimension(m_work, community->id, code))
          bad("dimensions", "\"" + code + "\" is not a dimension of the community's rounds");
    const std::string stage = field(record, "strategy_stage");
    if (!stage.empty()) {
      if (stage.size() == 1 && stage[0] >= '1' && stage[0] <= '9')
        values.strategy_stage = stage[0] - '0';
      else
        bad("strategy_stage", "\"" + stage + "\" is not a stage 1–9");
    }
    values.strategy = field(record, "strategy");
    for (const char* column : {"start", "end"}) {
      const std::string text = field(record, column);
      const std::optional<PlanTime> time = parse_plan_time(text);
      if (!time)
        bad(column, "\"" + text + "\" is not a year, year-Q1..Q4 or year-month (2020, 2020-Q3, 2020-03)");
      else
        (std::string(column) == "start" ? values.start : values.end) = *time;
    }
    if (!values.start.empty() && !values.end.empty() && values.end.last_month() < values.start.first_month())
      bad("end", "ends before it starts");
    const std::string priority = field(record, "priority");
    if (!priority.empty()) {
      if (priority == "1" || priority == "2" || priority == "3")
        values.priority = priority[0] - '0';
      else
        bad("priority", "\"" + priority + "\" is not 1, 2 or 3");
    }
    const std::string cost = field(record, "cost_sek");
    if (!cost.empty()) {
      long long kronor = 0;
      if (parse_cost(cost, kronor))
        values.cost_sek = kronor;
      else
        bad("cost_sek", "\"" + cost + "\" is not a whole number of kronor");
    }
    values.funding = field(record, "funding");
    const std::string status = field(record, "status");
    if (!parse_status_text(status, values.status))
      bad("status", "\"" + status + "\" is not planned, ongoing, done, postponed or cancelled");
    const std::string channel = field(record, "channel");
    if (!parse_channel(channel, values.channel))
      bad("channel", "\"" + channel + "\" is not a channel (personal-contact, small-groups, meetings-events, "
                     "local-media, social-media, own-channels)");
    values.key_message = field(record, "key_message");
    if (values.channel == Channel::None && !values.key_message.empty())
      bad("key_message", "a key message needs a channel");
    values.note = field(record, "note");
    values.id = field(record, "action");

    const std::string key = (community ? community->id : community_text) + "\x1f" + (commitment ? "c" : "p") +
                            "\x1f" + plan_id + "\x1f" + values.id;
    if (!values.id.empty() && !m_seen.insert(key).second) bad("action", "\"" + values.id + "\" is given twice in the file");
    if (errors.size() != before || !community) return;
    apply(*community, commitment, plan_id, title, values, line);
  }

  void apply(Community& community, bool commitment, const std::string& plan_id, const std::string& title,
             PlanAction values, int line) {
    std::vector<PlanAction>* actions = nullptr;
    if (commitment) {
      JointCommitment* c = community.find_commitment(plan_id);
      if (!c) {
        community.commitments.push_back(JointCommitment{});
        c = &community.commitments.back();
        c->id = plan_id;
        c->title = title.empty() ? plan_id : title;
        ++summary.plans_new;
      } else if (!title.empty() && title != c->title) {
        errors.push_back({line, "plan_title", "\"" + title + "\" differs from the commitment's title \"" + c->title + "\""});
        return;
      }
      actions = &c->items;
    } else {
      ActionPlan* p = community.find_plan(plan_id);
      if (!p) {
        community.plans.push_back(ActionPlan{});
        p = &community.plans.back();
        p->id = plan_id;
        p->title = title.empty() ? plan_id : title;
        ++summary.plans_new;
      } else if (!title.empty() && title != p->title) {
        errors.push_back({line, "plan_title", "\"" + title + "\" differs from the plan's title \"" + p->title + "\""});
        return;
      }
      actions = &p->actions;
    }
    ++summary.rows;
    if (!values.id.empty()) {
      for (PlanAction& existing : *actions) {
        if (existing.id != values.id) continue;
        values.follow_ups = existing.follow_ups;
        existing = std::move(values);
        ++summary.actions_updated;
        return;
      }
      const PlanAction* elsewhere = community.find_action(values.id);
      if (elsewhere) {
        errors.push_back({line, "action", "\"" + values.id + "\" is already used by another plan or commitment of " +
                                              community.name});
        return;
      }
    } else {
      values.id = make_unique_id("a-", values.activity, community.action_ids());
    }
    actions->push_back(std::move(values));
    ++summary.actions_new;
  }
};

}  // namespace

std::string plan_actions_csv(const Project& project, char separator) {
  std::string out = "\xEF\xBB\xBF";  // Excel reads UTF-8 only with a BOM (csv_export.h)
  bool first = true;
  for (const char* column : kColumns) {
    if (!first) out += separator;
    out += column;
    first = false;
  }
  out += "\r\n";
  for (const Community& c : project.communities) {
    for (const ActionPlan& plan : c.plans)
      for (const PlanAction& a : plan.actions) write_action_row(out, separator, c, "plan", plan.id, plan.title, a);
    for (const JointCommitment& commitment : c.commitments)
      for (const PlanAction& a : commitment.items)
        write_action_row(out, separator, c, "commitment", commitment.id, commitment.title, a);
  }
  return out;
}

PlanImportSummary import_plan_actions_text(Project& project, const std::string& csv_text,
                                           const std::string& display_name) {
  CsvTable table;
  try {
    table = read_csv(csv_text);
  } catch (const CsvError& e) {
    throw ScoreImportError(display_name, {{e.line(), "", e.what()}});
  }
  Project work = project;  // all or nothing
  PlanImporter importer(work, display_name);
  importer.run(table);
  if (!importer.errors.empty()) throw ScoreImportError(display_name, importer.errors);
  project = std::move(work);
  return importer.summary;
}

PlanImportSummary import_plan_actions(Project& project, const std::string& csv_path) {
  const auto path = std::filesystem::u8path(csv_path);
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
    throw std::runtime_error(csv_path + ": not a regular file (a folder, device or pipe); choose the CSV file itself");
  if (!ec && std::filesystem::is_regular_file(status) && std::filesystem::file_size(path, ec) > kMaxScoreCsvBytes)
    throw std::runtime_error(csv_path + ": larger than " + std::to_string(kMaxScoreCsvBytes >> 20) + " MB");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(csv_path + ": cannot open: " + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.size() > kMaxScoreCsvBytes) throw std::runtime_error(csv_path + ": larger than " +
                                                                std::to_string(kMaxScoreCsvBytes >> 20) + " MB");
  return import_plan_actions_text(project, text, csv_path);
}

}  // namespace readiness
