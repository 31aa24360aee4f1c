#pragma once
// The one place that decides how a number becomes text (issue 15).
//
// Numbers for machines — JSON, CSV, xlsx, SVG — always use '.', never the
// user's locale (std::to_chars and exact integer arithmetic, no printf).
// Numbers for people — CLI tables, GUI pages and charts, reports — take the
// UI language's decimal point (',' in Swedish) from the caller, and a mean
// shown with fewer decimals than it has is CUT, never rounded: stages
// truncate (community-readiness.md, scoring rule 5), so 4.9983 is stage 4
// and must never read "5.00". Stages themselves come from
// ExactMean::stage(), never from this text.
#include <string>

#include "exact_mean.h"

namespace readiness {

// ---- Numbers for people --------------------------------------------------

// A mean cut toward zero at `decimals`: format_mean(29.99/6, 2) == "4.99",
// format_mean(4.7917…, 4, ',') == "4,7916". decimals 0–12.
std::string format_mean(const ExactMean& mean, int decimals, char decimal_point = '.');
// The same rule for a mean only at hand as a double (chart values, score
// units): cut at `decimals`, with a 1e-9 tolerance so that a double stored
// just under its exact value (4.57 as 4.5699999…) still shows "4.57".
std::string format_mean_value(double value, int decimals, char decimal_point = '.');
// Any other figure (SD, interval, threshold, kappa, percentage): correctly
// rounded to `decimals` (0–12), "-0.00" shown as "0.00".
std::string format_fixed(double value, int decimals, char decimal_point = '.');

// ---- Numbers for machines ------------------------------------------------

// A mean for JSON: rounded half away from zero at `decimals` (design.md:
// "at least 4 decimals", so 4.791666… is "4.7917"); when that rounding
// would carry it onto the next whole number — read as the next stage — it
// gets as many more decimals as it needs (4.99995 → "4.99995"), at most 12,
// then is cut. Always '.'.
std::string machine_mean(const ExactMean& mean, int decimals = 4);
// A double for JSON/CSV/SVG: correctly rounded fixed-point with '.'.
std::string machine_fixed(double value, int decimals);

// ---- Spreadsheet number formats -----------------------------------------

// The fewest decimals (≥ `decimals`, ≤ 12) at which a spreadsheet's
// rounding display of `mean` stays on its own stage: 2 for 4.9983 → 3
// ("4.998"), 2 for 4.7917. Used to pick the number format of a mean cell.
int decimals_within_stage(const ExactMean& mean, int decimals);

}  // namespace readiness
