#include "app/about_box.h"

#include <boost/version.hpp>
#include <wx/aboutdlg.h>
#include <wx/version.h>

#if __has_include(<xlsxwriter.h>)
#include <xlsxwriter.h>
#endif
#if __has_include(<utf8proc.h>)
#include <utf8proc.h>
#endif
#if __has_include(<nlohmann/json_fwd.hpp>)
#include <nlohmann/json_fwd.hpp>
#endif
#if __has_include(<hpdf_version.h>)
#include <hpdf_version.h>
#endif

#include "app/app_icon.h"
#include "text/translate.h"

namespace readiness::gui {

namespace {

wxString line(const wxString& name, const wxString& version, const wxString& licence) {
  return name + (version.empty() ? wxString() : " " + version) + wxString::FromUTF8(" — ") + licence + "\n";
}

}  // namespace

wxString app_version() { return "0.1.0"; }

wxString library_licences() {
  wxString text;
  text += line("wxWidgets", wxVERSION_NUM_DOT_STRING, _("wxWindows Library Licence"));
  // BOOST_LIB_VERSION is "1_74".
  wxString boost = BOOST_LIB_VERSION;
  boost.Replace("_", ".");
  text += line("Boost", boost, _("Boost Software License 1.0"));
#ifdef LXW_VERSION
  text += line("libxlsxwriter", LXW_VERSION, _("BSD 2-clause licence"));
#else
  text += line("libxlsxwriter", wxString(), _("BSD 2-clause licence"));
#endif
#ifdef UTF8PROC_VERSION_MAJOR
  text += line("utf8proc",
               wxString::Format("%d.%d.%d", UTF8PROC_VERSION_MAJOR, UTF8PROC_VERSION_MINOR, UTF8PROC_VERSION_PATCH),
               _("MIT licence"));
#else
  text += line("utf8proc", wxString(), _("MIT licence"));
#endif
#ifdef NLOHMANN_JSON_VERSION_MAJOR
  text += line("nlohmann-json",
               wxString::Format("%d.%d.%d", NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                                NLOHMANN_JSON_VERSION_PATCH),
               _("MIT licence"));
#else
  text += line("nlohmann-json", wxString(), _("MIT licence"));
#endif
#ifdef HPDF_VERSION_TEXT
  text += line("libharu", HPDF_VERSION_TEXT, _("zlib/libpng licence"));
#else
  text += line("libharu", wxString(), _("zlib/libpng licence"));
#endif
  text += line(_("DejaVu fonts"), wxString(), _("Bitstream Vera licence (free, with the DejaVu changes in the public domain)"));
  // hyphen.h has no version macro: the version is Debian's package's.
  text += line("libhyphen", wxString(), _("MPL 1.1, LGPL 2.1 or GPL 2 (your choice)"));
  text += line(_("Swedish hyphenation patterns"), wxString(), _("MPL 2.0 or LGPL 3"));
  text += line(_("English hyphenation patterns"), wxString(), _("BSD-style licence (TeX hyphenation patterns)"));
  return text;
}

void show_about_box(wxWindow* parent) {
  wxAboutDialogInfo info;
  info.SetName("Readiness");
  info.SetVersion(app_version());
  info.SetIcon([] {
    wxIcon icon;
    icon.CopyFromBitmap(app_icon_bitmap(128));
    return icon;
  }());
  info.SetDescription(_("Community Readiness assessments for Swedish municipalities: plan rounds, capture "
                        "interviews, score them blind in pairs, settle consensus and follow stages over the years.") +
                      "\n\n" + _("Built with:") + "\n" + library_licences());
  info.SetLicence(_("These libraries are used under their own licences:") + "\n\n" + library_licences());
  wxAboutBox(info, parent);
}

}  // namespace readiness::gui
