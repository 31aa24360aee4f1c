#pragma once
// Trend page: did our work since the last round move anything? One
// community (or several) of one issue in one mode over its rounds: a line
// per dimension and for the overall score with the 95% interval of the
// mean as a band, every change between rounds judged against the noise
// (beyond, within, not assessable), and a stage change within the noise
// flagged. Self-rated rounds are a separate choice, never on the axis of
// interview rounds; rounds on other instruments are followed on their
// common dimensions, and the page says which were left out. The numbers
// are those of readiness-cli trend (scoring/trend.h).
#include <memory>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "comparison_view.h"
#include "app/document_follower.h"
#include "project_document.h"

class wxChoice;
class wxDataViewCtrl;
class wxDataViewListCtrl;
class wxStaticText;

namespace readiness::gui {

class ChartPanel;
class ComparisonPicker;
class PageHost;
class TrendListModel;

// Scrolls vertically rather than squeeze its table and chart.
class PageTrend : public wxScrolledWindow, public ProjectObserver {
 public:
  PageTrend(wxWindow* parent, PageHost& host);
  ~PageTrend() override;

  // Re-reads the host's document; keeps the picks that still exist.
  void refresh();
  // Shows this selection (issue, mode, communities, periods; empty lists
  // keep the page's own picks or take all periods).
  void show_selection(const RoundSelection& selection);
  void on_project_changed(const ChangeEvent& event) override;

  bool select_choice(const std::string& issue, Mode mode);
  void select_communities(const std::vector<std::string>& community_ids);
  void select_periods(const std::vector<std::string>& labels);
  // 0: the overall score of every selected community; k: community k's dimensions.
  void select_chart(int subject);

  const std::vector<Trend>& trends() const { return *m_trends; }
  const RoundSelection& selection() const;
  TrendListModel& model() const { return *m_model; }
  wxDataViewCtrl* table_view() const { return m_list; }
  ChartPanel* chart() const { return m_chart; }
  wxString notices() const;
  wxString verdicts() const;
  // "What did we do, and did readiness move?": the actions of the plans and
  // joint commitments tied to a dimension between two rounds
  // (scoring/action_linkage.h, as readiness-cli trend lists them), a row per
  // action beside its dimension's change and noise verdict. The first row
  // of a dimension names the community, the rounds, the dimension and the
  // change; the rows after it leave those cells empty.
  enum ActionColumn { kLCommunity, kLRounds, kLDimension, kLChange, kLAction, kLWhen, kLStatus, kLColumns };
  wxDataViewListCtrl* actions_table() const { return m_actions; }
  // The sentence above that table (co-occurrence, not proof of effect), or
  // the line saying no action is tied.
  wxString actions_text() const { return m_actions_text; }

 private:
  void update_trends();
  void rebuild_columns();
  // Column widths from their content and the table's width (column_fit.h).
  void fit_columns_to_room();
  void update_chart();
  void update_texts();
  void update_actions();
  // Wraps the long texts to the page's width (again after a resize).
  void wrap_texts();
  const ComparisonChoice* current_choice() const;

  PageHost& m_host;
  DocumentFollower m_follower;
  std::shared_ptr<const std::vector<Trend>> m_trends;

  ComparisonPicker* m_picker = nullptr;
  wxChoice* m_chart_subject = nullptr;
  wxStaticText* m_notice = nullptr;
  wxStaticText* m_legend = nullptr;
  wxStaticText* m_verdicts = nullptr;
  wxStaticText* m_actions_intro = nullptr;
  wxDataViewListCtrl* m_actions = nullptr;
  int m_actions_fixed_width = 0;  // every column but the action's
  wxString m_notice_text, m_legend_text, m_verdicts_text, m_actions_text;  // unwrapped
  int m_wrapped_width = 0;
  wxDataViewCtrl* m_list = nullptr;
  wxObjectDataPtr<TrendListModel> m_model;
  ChartPanel* m_chart = nullptr;
};

}  // namespace readiness::gui
