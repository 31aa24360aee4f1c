#include "register.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "data_paths.h"
#include "platform.h"
#include "text_identity.h"

namespace readiness {

std::string fold_case(const std::string& text) { return case_fold(text); }

namespace {

// The register files are simple: no quotes, comma-separated, a header row.
// `path` is UTF-8 (a data folder under C:\Users\Åsa must open on Windows).
std::vector<std::vector<std::string>> read_simple_csv(const std::string& path, std::size_t columns) {
  std::ifstream in(platform::to_path(path), std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the register file");
  std::vector<std::vector<std::string>> rows;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 || line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, ',')) fields.push_back(field);
    if (fields.size() != columns)
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected " +
                               std::to_string(columns) + " columns");
    rows.push_back(std::move(fields));
  }
  return rows;
}

struct Reading {
  std::string key;      // place_name_key of what may be a register name
  bool region = false;  // read from "Region X"
};

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The ways `name` may be written for a municipality, as municipalities sign
// themselves: the name itself, "X kommun", "Xs kommun", "X stad", "Xs stad",
// "Region X". Keys are place_name_key'd, whole name first.
std::vector<Reading> readings_of(const std::string& name) {
  const std::string whole = place_name_key(name);
  std::vector<Reading> out{{whole, false}};
  std::string rest = whole;
  bool region = false;
  for (const char* suffix : {" kommun", " stad"}) {
    if (ends_with(rest, suffix) && rest.size() > std::char_traits<char>::length(suffix)) {
      rest.resize(rest.size() - std::char_traits<char>::length(suffix));
      break;
    }
  }
  if (rest == whole && rest.compare(0, 7, "region ") == 0 && rest.size() > 7) {
    rest = rest.substr(7);
    region = true;
  }
  if (rest == whole) return out;
  out.push_back({rest, region});
  // Genitive: "Älvsbyns kommun", "Stockholms stad"; tried after the name as
  // written, so "Borås kommun" stays Borås.
  if (!region && ends_with(rest, "s") && rest.size() > 1) out.push_back({rest.substr(0, rest.size() - 1), false});
  return out;
}

}  // namespace

SwedishRegister SwedishRegister::load(const std::string& registers_dir) {
  SwedishRegister reg;
  for (auto& row : read_simple_csv(registers_dir + "/se-counties.csv", 2))
    reg.m_counties.push_back({row[0], row[1]});
  for (auto& row : read_simple_csv(registers_dir + "/se-municipalities.csv", 3))
    reg.m_municipalities.push_back({row[0], row[1], row[2]});
  for (const auto& m : reg.m_municipalities) reg.m_name_keys.push_back(place_name_key(m.name));
  return reg;
}

const SwedishRegister& SwedishRegister::bundled() {
  static const SwedishRegister reg = load(data_dir() + "/registers");
  return reg;
}

const County* SwedishRegister::county(const std::string& code) const {
  for (const auto& c : m_counties)
    if (c.code == code) return &c;
  return nullptr;
}

const Municipality* SwedishRegister::municipality_by_code(const std::string& code) const {
  for (const auto& m : m_municipalities)
    if (m.code == code) return &m;
  return nullptr;
}

const Municipality* SwedishRegister::municipality_by_name(const std::string& name) const {
  const std::string wanted = place_name_key(name);
  if (wanted.empty()) return nullptr;
  for (std::size_t i = 0; i < m_municipalities.size(); ++i)
    if (m_name_keys[i] == wanted) return &m_municipalities[i];
  return nullptr;
}

const Municipality* SwedishRegister::municipality_by_official_name(const std::string& name) const {
  for (const Reading& r : readings_of(name)) {
    const Municipality* m = municipality_by_name(r.key);
    if (!m) continue;
    // "Region X" names a municipality only where the municipality is the region.
    if (r.region && municipalities_in(m->county_code).size() != 1) continue;
    return m;
  }
  return nullptr;
}

std::vector<const Municipality*> SwedishRegister::municipalities_close_to(const std::string& name,
                                                                          std::size_t limit) const {
  std::vector<std::pair<int, const Municipality*>> close;
  const std::vector<Reading> readings = readings_of(name);
  for (std::size_t i = 0; i < m_municipalities.size(); ++i) {
    const std::string& key = m_name_keys[i];
    int best = 3;
    for (const Reading& r : readings) {
      const int allowed = std::min(code_point_count(r.key), code_point_count(key)) < 5 ? 1 : 2;
      const int d = edit_distance(r.key, key, allowed);
      if (d <= allowed) best = std::min(best, d);
    }
    if (best <= 2) close.emplace_back(best, &m_municipalities[i]);
  }
  std::stable_sort(close.begin(), close.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Municipality*> out;
  for (const auto& c : close)
    if (out.size() < limit) out.push_back(c.second);
  return out;
}

std::vector<const Municipality*> SwedishRegister::municipalities_in(const std::string& county_code) const {
  std::vector<const Municipality*> out;
  for (const auto& m : m_municipalities)
    if (m.county_code == county_code) out.push_back(&m);
  return out;
}

}  // namespace readiness
