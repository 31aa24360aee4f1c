#pragma once
// Round overview: the page an analyst checks first. The round's facts
// (issue, instrument, mode, dates, n, sectors covered, overall result from
// scoring/) above every interview with its progress: planned, held,
// transcribed, scored by A, scored by B, consensus.
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

 private:
  void refresh_facts();
  void add_fact(const wxString& label, wxStaticText*& value);

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
  wxObjectDataPtr<InterviewListModel> m_model;
};

}  // namespace readiness::gui
