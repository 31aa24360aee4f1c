#pragma once
// Results of one round: the overall score with four decimals and its
// stage, provisional marking, the dimension profile as a radar and a bar
// chart (n and spread), a table of every dimension, the lowest
// dimension(s) with the goal and strategies of their stage, and warnings
// (too few interviews, sectors not heard, consensus missing). Every number
// is scoring/'s: the same as `readiness-cli score`.
#include <string>

#include <wx/scrolwin.h>

#include "project_document.h"

class wxListView;
class wxStaticText;

namespace readiness::gui {

class ChartPanel;
class PageHost;

class PageResults : public wxScrolledWindow, public ProjectObserver {
 public:
  PageResults(wxWindow* parent, PageHost& host);
  ~PageResults() override;

  void show(const std::string& round_id);
  const std::string& round_id() const { return m_round_id; }
  void on_project_changed(const ChangeEvent& event) override;

  // For tests and screenshots.
  wxStaticText* overall_label() const { return m_overall; }
  wxStaticText* stage_label() const { return m_stage; }
  wxStaticText* warnings_label() const { return m_warnings; }
  wxStaticText* provisional_label() const { return m_provisional; }
  wxStaticText* lowest_label() const { return m_lowest; }
  wxListView* dimension_table() const { return m_table; }
  ChartPanel* radar() const { return m_radar; }
  ChartPanel* bars() const { return m_bars; }

 private:
  void attach_document();
  void refresh();

  PageHost& m_host;
  ProjectDocumentPtr m_document;
  std::string m_round_id;

  wxStaticText* m_heading = nullptr;
  wxStaticText* m_subtitle = nullptr;
  wxStaticText* m_overall = nullptr;
  wxStaticText* m_stage = nullptr;
  wxStaticText* m_provisional = nullptr;
  wxStaticText* m_warnings = nullptr;
  ChartPanel* m_radar = nullptr;
  ChartPanel* m_bars = nullptr;
  wxListView* m_table = nullptr;
  wxStaticText* m_lowest = nullptr;
  wxWindow* m_lowest_box = nullptr;
};

}  // namespace readiness::gui
