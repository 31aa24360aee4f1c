#include "audit.h"

#include <cstdio>

#include "platform.h"

namespace readiness {

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil
// inverse, public domain: howardhinnant.github.io/date_algorithms.html).
void civil_from_days(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
}

std::string score_text(std::optional<Hundredths> value) { return value ? format_hundredths(*value, '.') : std::string(); }

std::string who_for(const AuditOrigin& origin, const Interview& interview, ScorerSlot slot) {
  const std::string& scorer = slot == ScorerSlot::A   ? interview.scorer_a_name
                              : slot == ScorerSlot::B ? interview.scorer_b_name
                                                      : std::string();
  return scorer.empty() ? origin.user : scorer;
}

}  // namespace

std::string iso_timestamp_utc(std::time_t when) {
  const long long seconds = static_cast<long long>(when);
  long long days = seconds / 86400, rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  long long y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days, y, m, d);
  char text[64];  // room for any year the type can hold
  std::snprintf(text, sizeof text, "%04lld-%02u-%02uT%02d:%02d:%02dZ", y, m, d, static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return text;
}

AuditOrigin AuditOrigin::now(const std::string& source, const std::string& detail) {
  AuditOrigin origin;
  origin.source = source;
  origin.detail = detail;
  origin.user = platform::user_name();
  origin.when = iso_timestamp_utc(std::time(nullptr));
  return origin;
}

const char* audit_field(ScorerSlot slot) {
  switch (slot) {
    case ScorerSlot::A: return "a";
    case ScorerSlot::B: return "b";
    case ScorerSlot::Consensus: return "consensus";
  }
  return "?";
}

void record_score_change(std::vector<AuditEntry>& trail, const AuditOrigin& origin, const std::string& round_id,
                         const Interview& interview, const std::string& dimension, ScorerSlot slot,
                         std::optional<Hundredths> before, std::optional<Hundredths> after) {
  if (before == after) return;
  trail.push_back({origin.when.empty() ? iso_timestamp_utc(std::time(nullptr)) : origin.when,
                   who_for(origin, interview, slot), origin.source, origin.detail, round_id, interview.id, dimension,
                   audit_field(slot), score_text(before), score_text(after)});
}

void record_reason_change(std::vector<AuditEntry>& trail, const AuditOrigin& origin, const std::string& round_id,
                          const Interview& interview, const std::string& dimension, const std::string& before,
                          const std::string& after) {
  if (before == after) return;
  trail.push_back({origin.when.empty() ? iso_timestamp_utc(std::time(nullptr)) : origin.when, origin.user,
                   origin.source, origin.detail, round_id, interview.id, dimension, "reason", before, after});
}

std::vector<AuditEntry> audit_of(const std::vector<AuditEntry>& trail, const std::string& round_id,
                                 const std::string& interview_id, const std::string& dimension) {
  std::vector<AuditEntry> out;
  for (const auto& e : trail)
    if (e.round_id == round_id && e.interview_id == interview_id && (dimension.empty() || e.dimension == dimension))
      out.push_back(e);
  return out;
}

}  // namespace readiness
