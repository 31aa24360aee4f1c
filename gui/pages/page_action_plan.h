#pragma once
// Action plan page ("Handlingsplan / Action plan", issue 13) for one
// community: its plan as a table sortable by any column (dimension, owner,
// when, status …) and edited in place; "add from the lowest dimension" makes
// a pre-filled action from the stage strategies of the latest round's
// lowest dimension in one step; the yearly follow-up as its own tab ("what
// happened in 2021?" for every action at once); overdue actions marked;
// the joint commitments (medborgarlöften) in their own tab. Every edit is
// one undoable command (commands/command_plan.h).
#include <string>
#include <vector>

#include <wx/panel.h>

#include "models/plan_rows.h"
#include "project_document.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxDataViewEvent;
class wxDataViewListCtrl;
class wxNotebook;
class wxSpinCtrl;
class wxStaticText;

namespace readiness::gui {

class PageHost;

class PageActionPlan : public wxPanel, public ProjectObserver {
 public:
  // Columns of the actions table, in order.
  // What a coordinator scans first comes first (it fits at 1024 px).
  enum ActionColumn { kAId, kAActivity, kADimension, kAStart, kAEnd, kAStatus, kAOverdue, kAResponsible, kATarget,
                      kAChannel, kAColumns };
  // Columns of the follow-up table.
  enum FollowColumn { kFId, kFActivity, kFStatus, kFDone, kFOutcome, kFNextStep, kFColumns };
  // Columns of the commitments table.
  enum CommitColumn { kCId, kCItem, kCStart, kCEnd, kCStatus, kCOverdue, kCFollowUp, kCResponsible, kCCommitment, kCColumns };

  PageActionPlan(wxWindow* parent, PageHost& host);
  ~PageActionPlan() override;

  void show(const std::string& community_id);
  const std::string& community_id() const { return m_community_id; }
  void on_project_changed(const ChangeEvent& event) override;

  // What the buttons do; each is one undoable edit. Return the new id
  // ("" when nothing was done, the reason shown in the hint line).
  std::string add_from_lowest_strategy();
  std::string add_action();
  std::string add_plan();
  std::string add_commitment();
  std::string add_commitment_item();
  bool delete_action(const PlanRowRef& row);
  // A cell edit as the tables make it: the text of an actions-table column
  // (kAActivity … kAChannel) for the action or item `row`. False (nothing
  // changed) for a value the column cannot take, e.g. "2020-13" as start.
  bool edit_action(const PlanRowRef& row, ActionColumn column, const wxString& text);
  // The follow-up of `year` for the action: replaced as a whole.
  bool set_follow_up(const PlanRowRef& row, const FollowUp& entry);
  // The whole record of the action or item `row` replaced by `edited` (the
  // "Edit action…" dialog's result; same id). False, nothing changed, for a
  // row that is gone or a record that adds an issue validate_plans reports.
  bool edit_action_record(const PlanRowRef& row, const PlanAction& edited);
  // The header of the plan or commitment with the same id replaced (title,
  // period, rounds, status; partners, note); its actions or items kept.
  bool edit_plan_header(const ActionPlan& edited);
  bool edit_commitment_header(const JointCommitment& edited);
  // The dialogs behind Enter / double-click / the buttons (modal).
  void open_action_dialog(const PlanRowRef& row);
  void open_plan_dialog();
  void open_commitment_dialog(const std::string& commitment_id);
  // The row selected in the table of the tab shown (actions, follow-up or
  // commitments); empty source_id when none.
  PlanRowRef selected_row() const;

  void set_follow_up_year(int year);
  int follow_up_year() const { return m_follow_year; }
  // The year overdue is judged in (default: this calendar year).
  void set_reference_year(int year);
  void sort_actions(ActionColumn column, bool ascending);
  void set_communication_only(bool only);
  void select_plan(const std::string& plan_id);
  const std::string& plan_id() const { return m_plan_id; }

  wxDataViewListCtrl* actions_table() const { return m_actions; }
  wxDataViewListCtrl* follow_up_table() const { return m_follow; }
  wxDataViewListCtrl* commitments_table() const { return m_commitments; }
  wxNotebook* tabs() const { return m_tabs; }
  const std::vector<PlanRowRef>& action_row_refs() const { return m_action_rows; }
  const std::vector<PlanRowRef>& follow_row_refs() const { return m_follow_rows; }
  const std::vector<PlanRowRef>& commitment_row_refs() const { return m_commit_rows; }
  wxString hint() const;
  // After a channel was chosen in the table: the stage's advice on channels
  // for that action, shown under the tables ("" when none was chosen).
  wxString channel_advice_shown() const { return m_channel_advice; }

 private:
  // Column widths of the actions' and commitments' tables from their
  // content and width (column_fit.h).
  void fit_tables();
  void refresh();
  void fill_plans();
  void fill_actions();
  void fill_follow_up();
  void fill_commitments();
  void update_hint();
  wxString action_cell(const Community& community, const PlanRowRef& row, int column) const;
  bool valid(const Community& edited) const;
  bool submit(std::vector<ActionPlan> plans, std::vector<JointCommitment> commitments, const wxString& label);
  const Community* community() const;
  bool writable() const;
  void on_action_edited(wxDataViewEvent& event);
  void on_follow_edited(wxDataViewEvent& event);
  void on_commitment_edited(wxDataViewEvent& event);
  void on_action_header(wxDataViewEvent& event);
  std::string new_action_id(const Community& c, const std::string& prefix) const;  // "a1", "m2": the first free

  PageHost& m_host;
  ProjectDocumentPtr m_document;  // the document this page observes
  std::string m_community_id;
  std::string m_plan_id;          // the plan shown; "" when the community has none
  int m_follow_year = 0;
  int m_reference_year = 0;
  bool m_communication_only = false;
  int m_sort_column = -1;
  bool m_sort_ascending = true;
  wxString m_hint_text;
  wxString m_channel_advice;

  wxStaticText* m_title = nullptr;
  wxChoice* m_plan_choice = nullptr;
  wxStaticText* m_plan_info = nullptr;
  wxCheckBox* m_communication = nullptr;
  wxStaticText* m_hint = nullptr;
  wxNotebook* m_tabs = nullptr;
  wxDataViewListCtrl* m_actions = nullptr;
  wxDataViewListCtrl* m_follow = nullptr;
  wxSpinCtrl* m_year = nullptr;
  wxDataViewListCtrl* m_commitments = nullptr;
  wxStaticText* m_commitment_info = nullptr;
  std::vector<PlanRowRef> m_action_rows;
  std::vector<PlanRowRef> m_follow_rows;
  std::vector<PlanRowRef> m_commit_rows;
};

}  // namespace readiness::gui
