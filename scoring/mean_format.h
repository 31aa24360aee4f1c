#pragma once
// Decimal text of exact means, rounded half away from zero at the last
// printed decimal — for display only; stages come from ExactMean::stage().
#include <string>

#include "exact_mean.h"

namespace readiness {

// format_mean(m, 4) == "4.7917"; decimal_point ',' for Swedish spreadsheets.
std::string format_mean(const ExactMean& mean, int decimals, char decimal_point = '.');
// Same for a plain double (SD, agreement figures).
std::string format_fixed(double value, int decimals, char decimal_point = '.');

}  // namespace readiness
