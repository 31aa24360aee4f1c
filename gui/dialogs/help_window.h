#pragma once
// The user guide: help/<language>/guide.html (found through
// survey/data_paths.h, installed with the other data) in a window of its
// own beside the main window, in the UI language, opened at a section.
// One window at a time: opening it again moves it to the asked section.
// Sections are the guide's anchors: workflow, capture, scoring, consensus,
// results, compare, trend, rules, numbers, keys.
#include <string>

#include <wx/frame.h>

class wxHtmlWindow;

namespace readiness::gui {

class HelpWindow : public wxFrame {
 public:
  // Shows the guide at `section` ("" for the top), creating the window
  // over `parent` if none is open; returns it.
  static HelpWindow* open(wxWindow* parent, const std::string& section);
  // The open window, or nullptr.
  static HelpWindow* current();

  // The guide's file shown ("" when none was found), its language ("sv",
  // "en") and the section last asked for.
  const wxString& file() const { return m_file; }
  const std::string& language() const { return m_language; }
  const std::string& section() const { return m_section; }
  wxHtmlWindow* html() const { return m_html; }
  void show_section(const std::string& section);

  ~HelpWindow() override;

 private:
  explicit HelpWindow(wxWindow* parent);

  wxHtmlWindow* m_html = nullptr;
  wxString m_file;
  std::string m_language;
  std::string m_section;
};

// A small "?" button that opens the guide at `section` (context help).
wxWindow* make_help_button(wxWindow* parent, const std::string& section);

}  // namespace readiness::gui
