#pragma once
// "Add from the register": find Swedish municipalities by name or code,
// narrow to a county, choose several (or a whole county) and add them as
// communities in one step. Municipalities already in the project are
// shown as such and cannot be chosen again. The dialog only chooses; the
// caller turns chosen_codes() into an undoable command.
#include <string>
#include <vector>

#include <wx/dataview.h>
#include <wx/dialog.h>

#include "project.h"
#include "models/register_list_model.h"

class wxButton;
class wxChoice;
class wxSearchCtrl;
class wxStaticText;

namespace readiness::gui {



class DialogAddCommunities : public wxDialog {
 public:
  DialogAddCommunities(wxWindow* parent, const Project& project);

  // Chosen municipality codes, in code order.
  std::vector<std::string> chosen_codes() const;

  // What the controls do, for the keyboard and for tests.
  void set_search(const wxString& text);
  // "" for all counties.
  void set_county(const std::string& county_code);
  // Chooses every municipality of the county filter not yet in the project.
  void choose_whole_county();
  // Toggles the municipality on `row` of the list.
  void toggle_row(unsigned row);
  bool choose(const std::string& code, bool chosen = true);

  wxSearchCtrl* search_field() const { return m_search; }
  wxChoice* county_choice() const { return m_county; }
  wxDataViewCtrl* list() const { return m_list; }
  const RegisterListModel& model() const { return *m_model; }

 private:
  void refilter();
  void update_summary();
  std::string county_code() const;

  std::vector<std::string> m_county_codes;  // parallel to m_county's items after "All counties"
  wxSearchCtrl* m_search = nullptr;
  wxChoice* m_county = nullptr;
  wxDataViewCtrl* m_list = nullptr;
  wxButton* m_whole_county = nullptr;
  wxButton* m_clear = nullptr;
  wxStaticText* m_summary = nullptr;
  wxButton* m_ok = nullptr;
  wxObjectDataPtr<RegisterListModel> m_model;
};

}  // namespace readiness::gui
