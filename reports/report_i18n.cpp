#include "report_i18n.h"

namespace readiness::reports {

namespace {
thread_local const ReportLanguage* t_language = nullptr;
}

const ReportLanguage& current_language() {
  static const ReportLanguage english("en", "");
  return t_language ? *t_language : english;
}

LanguageScope::LanguageScope(const ReportLanguage& language) : m_previous(t_language) { t_language = &language; }
LanguageScope::~LanguageScope() { t_language = m_previous; }

std::string fill(const std::string& pattern, const std::vector<std::string>& values) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's') {
      if (next < values.size()) out += values[next++];
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace readiness::reports
