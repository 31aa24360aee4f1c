#pragma once
// File > Export: the workbook's options (the CLI's --lang, --issue,
// --period, --contacts) and the CSV's separator (--sep). Each dialog only
// gathers choices; transfer_actions.cpp asks for the file and writes it
// with exports/, the same code as readiness-cli.
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "project.h"
#include "workbook_export.h"

class wxCheckBox;
class wxChoice;
class wxRadioButton;

namespace readiness::gui {

class DialogExportWorkbook : public wxDialog {
 public:
  // `language` preselects the workbook's language ("sv" or "en").
  DialogExportWorkbook(wxWindow* parent, const Project& project, const std::string& language);
  WorkbookOptions options() const;

  wxChoice* language_choice() const { return m_language; }
  wxChoice* issue_choice() const { return m_issue; }
  wxChoice* period_choice() const { return m_period; }
  wxCheckBox* contacts_box() const { return m_contacts; }

 private:
  void fill_periods();

  const Project& m_project;
  std::vector<std::string> m_issues;   // index + 1 in m_issue (0: every issue)
  std::vector<std::string> m_periods;  // index + 1 in m_period (0: latest)
  wxChoice* m_language = nullptr;
  wxChoice* m_issue = nullptr;
  wxChoice* m_period = nullptr;
  wxCheckBox* m_contacts = nullptr;
};

class DialogExportCsv : public wxDialog {
 public:
  // `separator` preselects ';' (Swedish Excel) or ','.
  DialogExportCsv(wxWindow* parent, char separator);
  char separator() const;
  void set_separator(char separator);

 private:
  wxRadioButton* m_semicolon = nullptr;
  wxRadioButton* m_comma = nullptr;
};

}  // namespace readiness::gui
