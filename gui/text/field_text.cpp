#include "text/field_text.h"

#include <wx/arrstr.h>

#include "text/wx_text.h"

namespace readiness::gui {

wxString trimmed(const wxString& text) {
  wxString t = text;
  t.Trim(true).Trim(false);
  return t;
}

std::vector<std::string> split_codes(const wxString& text) {
  std::vector<std::string> codes;
  wxString rest = text;
  rest.Replace(",", " ");
  rest.Replace(";", " ");
  for (const wxString& part : wxSplit(rest, ' ')) {
    const wxString code = trimmed(part);
    if (!code.empty()) codes.push_back(to_utf8(code.Upper()));
  }
  return codes;
}

}  // namespace readiness::gui
