#pragma once
// _() and wxPLURAL for gui/: our source strings are UTF-8 ("·", "—", å ä ö),
// and wx's own macros would convert them with the C library's locale,
// which yields an empty string under the "C" locale of a bare session or
// Xvfb. So the msgid is decoded as UTF-8 here, whatever the locale; the
// catalog lookup is unchanged. wx's macros are switched off for gui/ with
// WXINTL_NO_GETTEXT_MACRO (gui/CMakeLists.txt).
#include <wx/intl.h>
#include <wx/translation.h>

#define _(s) wxGetTranslation(wxString::FromUTF8(s))
// Counts are small: any integer type is taken, as wx takes unsigned.
#define wxPLURAL(sing, plur, n) \
  wxGetTranslation(wxString::FromUTF8(sing), wxString::FromUTF8(plur), static_cast<unsigned>(n))
