#pragma once
// Correcting an existing round's settings: label, issue, ANDTS areas,
// community definition, mode and dates (survey/round_setup.h,
// with_settings). The community, instrument, respondents and interviews
// stay. OK refuses settings with a problem and names it. The dialog only
// edits a value; the caller submits the command.
#include <map>
#include <string>

#include <wx/dialog.h>

#include "project.h"
#include "round_setup.h"

class wxCheckBox;
class wxRadioBox;
class wxTextCtrl;

namespace readiness::gui {

class DateField;

class DialogRoundSettings : public wxDialog {
 public:
  DialogRoundSettings(wxWindow* parent, const Project& project, const Round& round);

  // The settings as the fields hold them now (text trimmed).
  RoundSetup settings() const;
  // Every problem with settings(), as sentences for the user.
  wxArrayString problems() const;

  wxTextCtrl* label_field() const { return m_label; }
  wxTextCtrl* issue_field() const { return m_issue; }
  wxCheckBox* area_box(const std::string& area) const;
  wxTextCtrl* definition_field() const { return m_definition; }
  wxRadioBox* mode_box() const { return m_mode; }
  DateField* start_field() const { return m_start; }
  DateField* end_field() const { return m_end; }

  bool TransferDataFromWindow() override;

 private:
  const Project& m_project;
  std::string m_round_id;
  RoundSetup m_original;
  wxTextCtrl* m_label = nullptr;
  wxTextCtrl* m_issue = nullptr;
  std::map<std::string, wxCheckBox*> m_areas;
  wxTextCtrl* m_definition = nullptr;
  wxRadioBox* m_mode = nullptr;
  DateField* m_start = nullptr;
  DateField* m_end = nullptr;
};

}  // namespace readiness::gui
