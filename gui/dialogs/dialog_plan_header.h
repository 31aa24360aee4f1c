#pragma once
// The header of an action plan or of a joint commitment (medborgarlöfte),
// issue 13. A plan: title, period in years, the rounds whose results it
// answers (the community's rounds, several) and its status. A commitment:
// title, period, partner sectors (from sectors.json, several), partners in
// free text and a note. The dialog only edits a value; the caller submits
// the command.
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "project.h"

class wxBoxSizer;
class wxCheckListBox;
class wxChoice;
class wxFlexGridSizer;
class wxTextCtrl;

namespace readiness::gui {

class DialogPlanHeader : public wxDialog {
 public:
  // A plan's header; `rounds` are the community's rounds (offered to tick).
  DialogPlanHeader(wxWindow* parent, const ActionPlan& plan, const std::vector<const Round*>& rounds);
  // A joint commitment's header.
  DialogPlanHeader(wxWindow* parent, const JointCommitment& commitment);

  // The plan or commitment with the header as edited (id and actions or
  // items unchanged); nullopt when a field cannot be taken (`error` names
  // it), or when the dialog edits the other kind.
  std::optional<ActionPlan> plan(wxString* error = nullptr) const;
  std::optional<JointCommitment> commitment(wxString* error = nullptr) const;

  wxTextCtrl* title_field() const { return m_title; }
  wxTextCtrl* first_year_field() const { return m_first; }
  wxTextCtrl* last_year_field() const { return m_last; }
  wxCheckListBox* rounds_list() const { return m_rounds; }      // plans only
  wxChoice* status_choice() const { return m_status; }          // plans only
  wxCheckListBox* sectors_list() const { return m_sectors; }    // commitments only
  wxTextCtrl* partners_field() const { return m_partners; }     // commitments only
  wxTextCtrl* note_field() const { return m_note; }             // commitments only

  bool TransferDataFromWindow() override;

 private:
  void build(const std::string& title, int first_year, int last_year);
  void finish();
  bool header(std::string& title, int& first, int& last, wxString* error) const;

  bool m_is_plan = true;
  ActionPlan m_plan;
  JointCommitment m_commitment;
  std::vector<std::string> m_round_ids;  // parallel to m_rounds
  wxTextCtrl* m_title = nullptr;
  wxTextCtrl* m_first = nullptr;
  wxTextCtrl* m_last = nullptr;
  wxCheckListBox* m_rounds = nullptr;
  wxChoice* m_status = nullptr;
  wxCheckListBox* m_sectors = nullptr;
  wxTextCtrl* m_partners = nullptr;
  wxTextCtrl* m_note = nullptr;
  wxBoxSizer* m_top = nullptr;
  wxFlexGridSizer* m_grid = nullptr;
};

// "utkast" / "draft" … the status of a plan as a whole.
wxString plan_status_label(PlanStatus status);
const std::vector<PlanStatus>& plan_status_order();

}  // namespace readiness::gui
