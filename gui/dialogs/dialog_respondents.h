#pragma once
// The respondents of one round: pseudonym, sector and role in a list, the
// selected one's fields below, contact details in a separate field that
// exports leave out, and a hint whether the interviews are enough and
// which sectors are missing (survey/sector_coverage.h). Every change is an
// undoable command submitted at once; the dialog listens to the document,
// so an undo shows here too.
#include <string>
#include <vector>

#include <wx/dataview.h>
#include <wx/dialog.h>

#include "project_document.h"
#include "models/respondent_list_model.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace readiness::gui {

class PageHost;


class DialogRespondents : public wxDialog, public ProjectObserver {
 public:
  DialogRespondents(wxWindow* parent, PageHost& host, const std::string& round_id);
  ~DialogRespondents() override;

  void on_project_changed(const ChangeEvent& event) override;

  // ---- what the buttons and fields do, for the keyboard and for tests ----
  // A new respondent (with a planned interview when the box is ticked),
  // selected, its pseudonym field focused. Returns its id.
  std::string add_respondent();
  // Removes the selected respondent (asks when interviews with work in
  // them would lose their respondent). False when nothing was removed.
  bool remove_selected();
  bool select(const std::string& respondent_id);
  std::string selected_id() const;
  // Stores what the fields hold for the selected respondent, if changed.
  void commit();
  void set_sector(const std::string& sector_id);

  wxDataViewCtrl* list() const { return m_list; }
  wxTextCtrl* pseudonym_field() const { return m_pseudonym; }
  wxChoice* sector_choice() const { return m_sector; }
  wxTextCtrl* role_field() const { return m_role; }
  wxTextCtrl* contact_field() const { return m_contact; }
  wxCheckBox* plan_box() const { return m_plan; }
  wxStaticText* coverage_text() const { return m_coverage; }

 private:
  const Round* round() const;
  // Shows the respondent's values in the fields ("" or unknown: empty).
  void load_fields(const std::string& respondent_id);
  void update_coverage();
  void update_title();

  PageHost& m_host;
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  // The respondent whose values the fields hold: the dialog's selection,
  // kept apart from the list's, which a reset clears for a moment.
  std::string m_shown_id;
  wxObjectDataPtr<RespondentListModel> m_model;
  wxDataViewCtrl* m_list = nullptr;
  wxButton* m_add = nullptr;
  wxButton* m_remove = nullptr;
  wxCheckBox* m_plan = nullptr;
  wxTextCtrl* m_pseudonym = nullptr;
  wxChoice* m_sector = nullptr;
  wxTextCtrl* m_role = nullptr;
  wxTextCtrl* m_contact = nullptr;
  wxStaticText* m_coverage = nullptr;
};

}  // namespace readiness::gui
