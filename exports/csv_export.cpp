#include "csv_export.h"

#include "atomic_output.h"
#include "csv_formula.h"

namespace readiness {

namespace {

std::string quote(const std::string& field, char separator) {
  if (field.find_first_of(std::string("\"\r\n") + separator) == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string scores_csv(const Project& project, char separator) {
  const char point = separator == ';' ? ',' : '.';
  // A UTF-8 BOM first: without it Excel decodes the file as Windows-1252
  // and "Pite älvdal" opens as "Pite Ã¤lvdal". Our importer skips it.
  std::string out = "\xEF\xBB\xBF";
  auto row = [&](std::initializer_list<std::string> fields) {
    bool first = true;
    for (const auto& f : fields) {
      if (!first) out += separator;
      out += quote(neutralise_formula(f), separator);
      first = false;
    }
    out += "\r\n";
  };
  row({"community", "community_code", "county_code", "round", "issue", "instrument", "interview", "sector",
       "date", "dimension", "scorer", "score"});
  const struct { ScorerSlot slot; const char* name; } slots[] = {
      {ScorerSlot::A, "A"}, {ScorerSlot::B, "B"}, {ScorerSlot::Consensus, "consensus"}};
  for (const auto& round : project.rounds) {
    const Community* c = project.find_community(round.community_id);
    for (const auto& iv : round.interviews) {
      const Respondent* resp = round.find_respondent(iv.respondent_id);
      for (const auto& dim : round.instrument.dimensions) {
        const DimensionScore* s = iv.score_for(dim.code);
        if (!s) continue;
        for (const auto& slot : slots) {
          auto value = s->get(slot.slot);
          if (!value) continue;
          row({c ? c->name : round.community_id, c ? c->code : "", c ? c->county_code : "", round.label,
               round.issue, round.instrument.id, iv.id, resp ? resp->sector : "", iv.date, dim.code,
               slot.name, format_hundredths(*value, point)});
        }
      }
    }
  }
  return out;
}

void write_scores_csv(const Project& project, const std::string& path, char separator) {
  write_file_atomically(path, scores_csv(project, separator));
}

}  // namespace readiness
