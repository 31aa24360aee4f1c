#pragma once
// The Swedish county and municipality register (SCB codes), read from
// questionnaires/registers/.
#include <string>
#include <vector>

namespace readiness {

struct County {
  std::string code;  // "25"
  std::string name;  // "Norrbottens län"
};

struct Municipality {
  std::string code;         // "2506"
  std::string name;         // "Arjeplog"
  std::string county_code;  // "25"
};

class SwedishRegister {
 public:
  // Reads se-counties.csv and se-municipalities.csv from `registers_dir`.
  // Throws std::runtime_error naming the file and line on a bad row.
  static SwedishRegister load(const std::string& registers_dir);
  // The register bundled with the program (data_dir()/registers), loaded once.
  static const SwedishRegister& bundled();

  const std::vector<County>& counties() const { return m_counties; }
  const std::vector<Municipality>& municipalities() const { return m_municipalities; }
  const County* county(const std::string& code) const;
  const Municipality* municipality_by_code(const std::string& code) const;
  // Case-insensitive (ASCII and å/ä/ö/é) match on the whole name.
  const Municipality* municipality_by_name(const std::string& name) const;
  std::vector<const Municipality*> municipalities_in(const std::string& county_code) const;

 private:
  std::vector<County> m_counties;
  std::vector<Municipality> m_municipalities;
};

// Lower-cases ASCII and the Swedish capitals Å Ä Ö É in UTF-8.
std::string fold_case(const std::string& text);

}  // namespace readiness
