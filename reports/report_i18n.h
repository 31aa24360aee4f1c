#pragma once
// Private to reports/*.cpp: _() translates into the language of the report
// being written (report_language.h), set for the writing by LanguageScope.
// scripts/refresh-pot extracts the msgids like those of cli/ and gui/.
#include <string>
#include <vector>

#include "report_language.h"

namespace readiness::reports {

// The language of the report being written on this thread; English when
// none is set.
const ReportLanguage& current_language();

class LanguageScope {
 public:
  explicit LanguageScope(const ReportLanguage& language);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  const ReportLanguage* m_previous;
};

// "%s" in a translated pattern replaced by `values` in order.
std::string fill(const std::string& pattern, const std::vector<std::string>& values);

}  // namespace readiness::reports

#define _(text) (::readiness::reports::current_language().translate(text))
