#pragma once
// File > Report…: a PDF feedback report (reports/, the same code as
// readiness-cli report) for one municipality's round or a county overview,
// in Swedish or English, opened when done if asked. The dialog gathers the
// choices; write_report() asks for the file, writes it atomically and
// offers no half-written file on failure.
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "project.h"

class wxCheckBox;
class wxChoice;
class wxRadioButton;

namespace readiness::gui {

class PageHost;

class DialogReport : public wxDialog {
 public:
  // `language` preselects the report's language ("sv" or "en").
  DialogReport(wxWindow* parent, const Project& project, const std::string& language);

  bool county() const;                // county overview rather than a municipality
  const Round* round() const;         // the chosen round (municipality report)
  std::string county_code() const;    // the chosen county
  std::string language() const;       // "sv" or "en"
  bool open_when_done() const;

  wxRadioButton* municipality_button() const { return m_municipality; }
  wxRadioButton* county_button() const { return m_county_button; }
  wxChoice* round_choice() const { return m_round; }
  wxChoice* county_choice() const { return m_county; }
  wxChoice* language_choice() const { return m_language; }
  wxCheckBox* open_box() const { return m_open; }

 private:
  void update_enabled();

  const Project& m_project;
  std::vector<const Round*> m_rounds;      // as listed in m_round
  std::vector<std::string> m_county_codes; // as listed in m_county
  wxRadioButton* m_municipality = nullptr;
  wxRadioButton* m_county_button = nullptr;
  wxChoice* m_round = nullptr;
  wxChoice* m_county = nullptr;
  wxChoice* m_language = nullptr;
  wxCheckBox* m_open = nullptr;
};

// The dialog, the file chooser, the writing, then opening the PDF in the
// default viewer when asked. True when the file was written.
bool write_report(wxWindow* parent, PageHost& host);

}  // namespace readiness::gui
