#pragma once
// The round wizard: three pages that collect a RoundSetup (survey/
// round_setup.h) — the community, issue, ANDTS areas and community
// definition; the instrument, mode and dates; the respondents carried over
// from the previous round. The wizard only collects and checks; the
// caller makes the round with make_round() and submits the command.
#include <map>
#include <string>
#include <vector>

#include <wx/wizard.h>

#include "project.h"
#include "round_setup.h"

class wxCheckBox;
class wxChoice;
class wxDataViewListCtrl;
class wxRadioBox;
class wxStaticText;
class wxTextCtrl;

namespace readiness::gui {

class DateField;

// A RoundSetupProblem as a sentence for the user (also used when a
// round's settings are edited).
wxString round_setup_problem_text(RoundSetupProblem problem, const Project& project, const RoundSetup& setup);

class DialogRoundWizard : public wxWizard {
 public:
  // `community_id` is preselected (may be empty); `language` picks the
  // default instrument ("sv", "en").
  DialogRoundWizard(wxWindow* parent, const Project& project, const std::string& community_id,
                    const std::string& language);

  // Runs the wizard modally from its first page; true when finished.
  bool run();

  // What the pages hold now.
  RoundSetup setup() const;
  // The chosen instrument (a library one or the previous round's
  // snapshot), or nullptr.
  const Instrument* chosen_instrument() const;
  // Every problem with setup(), as sentences for the user.
  wxArrayString problems() const;

  // ---- the controls, for the keyboard and for tests -----------------------
  void set_community(const std::string& community_id);
  // Fills the pages from the community's previous round (or clears what
  // came from it when `on` is false).
  void start_from_previous(bool on);
  bool choose_instrument(const std::string& instrument_id);
  wxWizardPage* first_page() const { return m_pages[0]; }
  wxWizardPage* page(std::size_t index) const { return m_pages.at(index); }
  wxChoice* community_choice() const { return m_community; }
  wxCheckBox* previous_box() const { return m_previous; }
  wxTextCtrl* label_field() const { return m_label; }
  wxTextCtrl* issue_field() const { return m_issue; }
  wxCheckBox* area_box(const std::string& area) const;
  wxTextCtrl* definition_field() const { return m_definition; }
  wxDataViewListCtrl* instrument_list() const { return m_instruments; }
  wxRadioBox* mode_box() const { return m_mode; }
  DateField* start_field() const { return m_start; }
  DateField* end_field() const { return m_end; }
  wxCheckBox* plan_box() const { return m_plan; }

 private:
  wxWizardPageSimple* build_basics_page();
  wxWizardPageSimple* build_instrument_page();
  wxWizardPageSimple* build_respondents_page();
  void fill_instruments();
  void translate_buttons();
  void update_previous_box();
  void update_respondents_page();
  void on_page_changing(wxWizardEvent& event);
  std::string community_id() const;
  const Round* previous() const;

  const Project& m_project;
  std::string m_language;
  std::vector<std::string> m_community_ids;  // parallel to m_community
  std::vector<InstrumentChoice> m_choices;   // parallel to m_instruments' rows
  std::vector<Respondent> m_respondents;     // carried over from the previous round
  std::vector<wxWizardPageSimple*> m_pages;

  wxChoice* m_community = nullptr;
  wxCheckBox* m_previous = nullptr;
  wxTextCtrl* m_label = nullptr;
  wxTextCtrl* m_issue = nullptr;
  std::map<std::string, wxCheckBox*> m_areas;
  wxTextCtrl* m_definition = nullptr;
  wxDataViewListCtrl* m_instruments = nullptr;
  wxStaticText* m_instrument_about = nullptr;
  wxStaticText* m_instrument_problems = nullptr;  // user instrument files skipped, named
  wxRadioBox* m_mode = nullptr;
  DateField* m_start = nullptr;
  DateField* m_end = nullptr;
  wxStaticText* m_respondents_text = nullptr;
  wxDataViewListCtrl* m_respondent_list = nullptr;
  wxCheckBox* m_plan = nullptr;
  wxStaticText* m_summary = nullptr;
};

}  // namespace readiness::gui
