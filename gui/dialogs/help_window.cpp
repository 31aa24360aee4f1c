#include "dialogs/help_window.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>

#include "app/app_icon.h"
#include "app/app_language.h"
#include "data_paths.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

HelpWindow* g_current = nullptr;

// help/<language>/guide.html, else the English guide; "" if neither
// exists. `language` becomes the guide's language.
wxString guide_file(std::string& language) {
  for (const std::string& lang : {language, std::string("en")}) {
    const wxFileName file(to_wx(help_dir()) + wxFileName::GetPathSeparator() + to_wx(lang), "guide.html");
    if (!file.FileExists()) continue;
    language = lang;
    return file.GetFullPath();
  }
  language.clear();
  return {};
}

}  // namespace

HelpWindow::HelpWindow(wxWindow* parent)
    : wxFrame(parent, wxID_ANY, _("Readiness user guide"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT) {
  SetName("help_window");
  SetIcons(app_icons());
  m_html = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
  m_html->SetName("help_text");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_html, 1, wxEXPAND);
  SetSizer(sizer);
  SetSize(FromDIP(wxSize(720, 640)));
  m_language = ui_language();
  m_file = guide_file(m_language);
  // The guide itself is loaded by show_section(), at its section.
  if (m_file.empty())
    m_html->SetPage("<html><body><p>" +
                    wxString::Format(_("The user guide was not found in %s."), to_wx(help_dir())) +
                    "</p></body></html>");
  // Escape closes, like a dialog.
  m_html->Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
    if (e.GetKeyCode() == WXK_ESCAPE)
      Close();
    else
      e.Skip();
  });
  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
    if (e.GetKeyCode() == WXK_ESCAPE)
      Close();
    else
      e.Skip();
  });
}

HelpWindow::~HelpWindow() {
  if (g_current == this) g_current = nullptr;
}

HelpWindow* HelpWindow::current() { return g_current; }

HelpWindow* HelpWindow::open(wxWindow* parent, const std::string& section) {
  if (!g_current) {
    wxWindow* top = parent ? wxGetTopLevelParent(parent) : nullptr;
    g_current = new HelpWindow(top);
    if (top) {
      // Beside the main window's right edge where there is room, else over it.
      const wxRect main = top->GetScreenRect();
      g_current->SetPosition(main.GetTopLeft() + wxPoint(std::max(0, main.GetWidth() - g_current->GetSize().x), 0));
    }
  }
  g_current->show_section(section);
  g_current->Show();
  g_current->Raise();
  return g_current;
}

void HelpWindow::show_section(const std::string& section) {
  m_section = section;
  if (m_file.empty()) return;
  // The file's URL with the anchor: wxHtmlWindow scrolls to it.
  const wxString url = wxFileName::FileNameToURL(wxFileName(m_file));
  m_html->LoadPage(section.empty() ? url : url + "#" + to_wx(section));
}

wxWindow* make_help_button(wxWindow* parent, const std::string& section) {
  auto* button = new wxButton(parent, wxID_ANY, "?", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  button->SetName("help_" + to_wx(section));
  button->SetToolTip(_("Help on this page (F1)"));
  button->SetMinSize(wxSize(button->GetBestSize().y, button->GetBestSize().y));
  button->Bind(wxEVT_BUTTON, [parent, section](wxCommandEvent&) { HelpWindow::open(parent, section); });
  return button;
}

}  // namespace readiness::gui
