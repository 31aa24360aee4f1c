#pragma once
// Pieces both reports share (private to reports/): numbers for people in
// the report's language through scoring/mean_format.h, names in the
// report's language, dates, the instrument in the report's language.
#include <optional>
#include <string>

#include "exact_mean.h"
#include "instrument.h"
#include "instrument_names.h"
#include "project.h"

namespace readiness::reports {

// Means cut at 2 decimals (the method's "means cut" rule), "–" for none.
std::string mean_text(const std::optional<ExactMean>& mean);
// A figure rounded to 2 decimals (SD, interval bound, threshold).
std::string fixed_text(double value, int decimals = 2);
// "+1,25" / "−0,40" (a change, rounded to 2 decimals).
std::string signed_text(double value);
// "3,85–4,37".
std::string interval_text(double low, double high);
// Today as ISO date (local time), or `given` when not empty.
std::string report_date(const std::string& given);
// instrument_in_language (the instrument whose texts the report shows) and
// the stage and dimension names: survey/instrument_names.h.
// "Arjeplog (2506)".
std::string community_label(const Project& project, const std::string& community_id);

}  // namespace readiness::reports
