#pragma once
// Round overview: the page an analyst checks first. The round's facts
// (issue, instrument, mode, dates, n, sectors covered, overall result from
// scoring/) above every interview with its progress: planned, held,
// transcribed, scored by A, scored by B, consensus.
#include <functional>
#include <string>

#include <wx/panel.h>

#include "project_document.h"

class wxDataViewCtrl;
class wxDataViewEvent;
class wxFlexGridSizer;
class wxStaticText;
class wxButton;

namespace readiness::gui {

class InterviewListModel;
class PageHost;

class PageRoundOverview : public wxPanel, public ProjectObserver {
 public:
  PageRoundOverview(wxWindow* parent, PageHost& host);
  ~PageRoundOverview() override;

  void set_document(ProjectDocumentPtr document);
  void show(const std::string& round_id);
  const std::string& round_id() const { return m_round_id; }
  void on_project_changed(const ChangeEvent& event) override;

  wxDataViewCtrl* interview_list() const { return m_list; }
  // Opens the selected interview in capture (Enter, double-click, button).
  void open_selected();
  // Selects an interview row by id; false when not in the round.
  bool select_interview(const std::string& interview_id);
  // The round's next step (first_steps.h): its text and button.
  wxStaticText* next_step_text() const { return m_next_text; }
  wxButton* next_step_button() const { return m_next_button; }

 private:
  void refresh_facts();
  void add_fact(const wxString& label, wxStaticText*& value);
  void refresh_next_step();
  int next_step_wrap() const;
  // Column widths from their content and the list's width (column_fit.h).
  void fit_columns_to_room();

  PageHost& m_host;
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  wxStaticText* m_heading = nullptr;
  wxFlexGridSizer* m_facts_sizer = nullptr;
  wxStaticText* m_issue = nullptr;
  wxStaticText* m_areas = nullptr;
  wxStaticText* m_definition = nullptr;
  wxStaticText* m_instrument = nullptr;
  wxStaticText* m_mode = nullptr;
  wxStaticText* m_dates = nullptr;
  wxStaticText* m_interviews = nullptr;
  wxStaticText* m_sectors = nullptr;
  wxStaticText* m_result = nullptr;
  wxDataViewCtrl* m_list = nullptr;
  wxButton* m_open = nullptr;
  wxStaticText* m_next_text = nullptr;
  wxButton* m_next_button = nullptr;
  std::function<void()> m_next_run;
  wxString m_next_label;
  wxObjectDataPtr<InterviewListModel> m_model;
};

}  // namespace readiness::gui
