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
  // The municipality whose register name is `name`, compared by
  // place_name_key (text_identity.h: Unicode NFC, case, white space,
  // no-break spaces, hyphen vs space), or nullptr. "ÄLVSBYN" and
  // "Upplands-Väsby" match; "Piteå kommun" does not (see below).
  const Municipality* municipality_by_name(const std::string& name) const;
  // The same, also reading the forms municipalities sign with: "X kommun",
  // the genitive "Xs kommun" ("Älvsbyns kommun" → Älvsbyn), "X stad" /
  // "Xs stad" ("Stockholms stad" → Stockholm) and "Region X" for a
  // municipality that is a region of its own (the only one in its county:
  // Gotland; "Region Stockholm" is a county council, not a municipality).
  // A genitive s is stripped only when the name with it is no register
  // name: "Borås kommun" is Borås, "Vännäs kommun" Vännäs.
  const Municipality* municipality_by_official_name(const std::string& name) const;
  // Register municipalities whose name is close to `name` (edit distance
  // ≤ 2 by place_name_key, ≤ 1 for names under five letters), after the
  // official forms above are taken off; closest first, at most `limit`.
  // For "did you mean …?" when a name matched nothing: "Pitea" → Piteå.
  std::vector<const Municipality*> municipalities_close_to(const std::string& name, std::size_t limit = 3) const;
  std::vector<const Municipality*> municipalities_in(const std::string& county_code) const;

 private:
  std::vector<County> m_counties;
  std::vector<Municipality> m_municipalities;
  std::vector<std::string> m_name_keys;  // place_name_key of each municipality's name
};

// Unicode case folding (and NFC) of UTF-8 text, white space kept as it is
// (text_identity.h case_fold): "ÄLVSBYN" → "älvsbyn".
std::string fold_case(const std::string& text);

}  // namespace readiness
