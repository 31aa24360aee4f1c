#include "register.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "data_paths.h"

namespace readiness {

std::string fold_case(const std::string& text) {
  static const struct { const char* upper; const char* lower; } pairs[] = {
      {"Å", "å"}, {"Ä", "ä"}, {"Ö", "ö"}, {"É", "é"}, {"Ü", "ü"}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& p : pairs) {
      std::size_t n = std::char_traits<char>::length(p.upper);
      if (text.compare(i, n, p.upper) == 0) {
        out += p.lower;
        i += n;
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    char c = text[i++];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

namespace {

// The register files are simple: no quotes, comma-separated, a header row.
std::vector<std::vector<std::string>> read_simple_csv(const std::string& path, std::size_t columns) {
  std::ifstream in(path);
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

}  // namespace

SwedishRegister SwedishRegister::load(const std::string& registers_dir) {
  SwedishRegister reg;
  for (auto& row : read_simple_csv(registers_dir + "/se-counties.csv", 2))
    reg.m_counties.push_back({row[0], row[1]});
  for (auto& row : read_simple_csv(registers_dir + "/se-municipalities.csv", 3))
    reg.m_municipalities.push_back({row[0], row[1], row[2]});
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
  const std::string wanted = fold_case(name);
  for (const auto& m : m_municipalities)
    if (fold_case(m.name) == wanted) return &m;
  return nullptr;
}

std::vector<const Municipality*> SwedishRegister::municipalities_in(const std::string& county_code) const {
  std::vector<const Municipality*> out;
  for (const auto& m : m_municipalities)
    if (m.county_code == county_code) out.push_back(&m);
  return out;
}

}  // namespace readiness
