#pragma once
// Compare page: where in the county is readiness lowest, and on which
// dimension? One issue in one mode (interview and self-rated rounds are
// separate choices, never one table), the periods and communities picked
// (a whole county in one click), a table communities × dimensions with the
// overall score and stage, sortable by any column, a grouped bar chart and
// overlaid radar profiles, and the lowest dimension per community and
// across the selection. The numbers are those of readiness-cli compare
// (scoring/comparison.h, comparison_view.h).
#include <memory>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "comparison_view.h"
#include "app/document_follower.h"
#include "project_document.h"

class wxButton;
class wxDataViewCtrl;
class wxDataViewEvent;
class wxStaticText;

namespace readiness::gui {

class ChartPanel;
class ComparisonPicker;
class CompareListModel;
class PageHost;

// Scrolls vertically rather than squeeze its table and charts.
class PageCompare : public wxScrolledWindow, public ProjectObserver {
 public:
  PageCompare(wxWindow* parent, PageHost& host);
  ~PageCompare() override;

  // Re-reads the host's document; keeps the picks that still exist.
  void refresh();
  // Shows this selection (issue, mode, periods, communities; empty lists
  // keep the defaults: the latest period, every community).
  void show_selection(const RoundSelection& selection);
  void on_project_changed(const ChangeEvent& event) override;

  // The pickers, as the controls use them (tests and other pages too).
  bool select_choice(const std::string& issue, Mode mode);
  void select_periods(const std::vector<std::string>& labels);
  void select_communities(const std::vector<std::string>& community_ids);
  // Every community of the county, and only those (the "whole county" button).
  void select_county(const std::string& county_code);
  void sort_by(const ComparisonSort& sort);

  const ComparisonTable* table() const { return m_table.get(); }
  const RoundSelection& selection() const;
  const std::vector<ComparisonChoice>& choices() const;
  CompareListModel& model() const { return *m_model; }
  wxDataViewCtrl* table_view() const { return m_list; }
  ChartPanel* bar_chart() const { return m_bars; }
  ChartPanel* radar_chart() const { return m_radar; }
  wxButton* county_button() const;
  wxString notices() const;
  wxString lowest_summary() const;

 private:
  void update_table();
  void rebuild_columns();
  // Column widths from their content and the table's width (column_fit.h).
  void fit_columns_to_room();
  void update_texts();
  // Wraps the long texts to the page's width (again after a resize).
  void wrap_texts();
  void update_sort_marks();
  void on_header_click(wxDataViewEvent& event);
  void on_activated(wxDataViewEvent& event);
  const ComparisonChoice* current_choice() const;

  PageHost& m_host;
  DocumentFollower m_follower;
  std::shared_ptr<const ComparisonTable> m_table;

  ComparisonPicker* m_picker = nullptr;
  wxStaticText* m_notice = nullptr;
  wxStaticText* m_dimension_names = nullptr;
  wxStaticText* m_lowest = nullptr;
  wxString m_notice_text, m_names_text, m_lowest_text;  // unwrapped
  int m_wrapped_width = 0;
  wxDataViewCtrl* m_list = nullptr;
  wxObjectDataPtr<CompareListModel> m_model;
  ChartPanel* m_bars = nullptr;
  ChartPanel* m_radar = nullptr;
};

}  // namespace readiness::gui
