#include "report_common.h"

#include <ctime>
#include <map>
#include <mutex>

#include "mean_format.h"
#include "report_i18n.h"

namespace readiness::reports {

std::string mean_text(const std::optional<ExactMean>& mean) {
  return mean ? format_mean(*mean, 2, current_language().decimal_point()) : "–";
}

std::string fixed_text(double value, int decimals) {
  return format_fixed(value, decimals, current_language().decimal_point());
}

std::string signed_text(double value) {
  const std::string digits = format_fixed(value, 2, current_language().decimal_point());
  if (digits.rfind('-', 0) == 0) return "−" + digits.substr(1);
  return (digits.find_first_not_of("0.,") == std::string::npos ? "±" : "+") + digits;
}

std::string interval_text(double low, double high) { return fixed_text(low) + "–" + fixed_text(high); }

std::string report_date(const std::string& given) {
  if (!given.empty()) return given;
  const std::time_t now = std::time(nullptr);
  static std::mutex mutex;  // std::localtime shares one buffer
  std::lock_guard<std::mutex> lock(mutex);
  const std::tm local = *std::localtime(&now);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

std::string community_label(const Project& project, const std::string& community_id) {
  const Community* c = project.find_community(community_id);
  if (!c) return community_id;
  return c->code.empty() ? c->name : c->name + " (" + c->code + ")";
}

}  // namespace readiness::reports
