#pragma once
// The one place where UTF-8 std::string (the core) meets wxString (the GUI).
#include <string>

#include <wx/string.h>

namespace readiness::gui {

inline wxString to_wx(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }
inline std::string to_utf8(const wxString& text) { return text.utf8_string(); }

}  // namespace readiness::gui
