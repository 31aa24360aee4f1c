#pragma once
// Consensus: the matrix of a round's interviews × dimensions with scorer
// A's and B's scores and the agreed consensus; differences over 1.0
// flagged; below it the selected cell's consensus and reason (a reason is
// asked for when the consensus differs from both scores), progress, and
// the agreement between the scorers. Blind until both are done: an
// interview's A and B scores show here only when both have scored all of
// it (scoring/blind_scoring.h), so the page is safe to open while scoring.
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "project_document.h"

class wxButton;
class wxGauge;
class wxGrid;
class wxGridEvent;
class wxStaticText;
class wxTextCtrl;

namespace readiness::gui {

class AgreementPanel;
class ConsensusTable;
class PageHost;

// Scrolls vertically: the grid keeps kMinGridRows rows on a small screen.
class PageConsensus : public wxScrolledWindow, public ProjectObserver {
 public:
  // Interviews the grid shows without scrolling, at any window size.
  static constexpr int kMinGridRows = 5;

  PageConsensus(wxWindow* parent, PageHost& host);
  ~PageConsensus() override;

  void show(const std::string& round_id);
  const std::string& round_id() const { return m_round_id; }
  void on_project_changed(const ChangeEvent& event) override;

  // Selects a cell; false when the interview or dimension is not in the matrix.
  bool select_cell(const std::string& interview_id, const std::string& dimension);
  // Saves the consensus field and the reason of the selected cell; asks
  // for a reason when the consensus differs from both scores and none is
  // given. False when nothing was saved.
  bool save_consensus();
  void take_score(ScorerSlot slot);  // copy A's or B's score into the field
  // Selects the next cell without a consensus (row by row, wrapping);
  // false when every cell has one.
  bool select_next_open_cell();

  // For tests and screenshots.
  wxGrid* grid() const { return m_grid; }
  wxTextCtrl* consensus_field() const { return m_consensus; }
  wxTextCtrl* reason_field() const { return m_reason; }
  wxStaticText* progress_label() const { return m_progress; }
  AgreementPanel* agreement() const { return m_agreement; }
  wxString cell_text(const std::string& interview_id, const std::string& dimension) const;
  const std::string& selected_interview() const { return m_interview_id; }
  const std::string& selected_dimension() const { return m_dimension; }

 private:
  void attach_document();
  const Round* round() const;
  void refresh();
  void load_cell();
  void fit_columns();
  void on_select(wxGridEvent& event);

  PageHost& m_host;
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  std::string m_interview_id;  // selected cell
  std::string m_dimension;
  std::string m_table_round;  // the round whose shape the grid has

  wxStaticText* m_heading = nullptr;
  wxStaticText* m_progress = nullptr;
  wxGauge* m_gauge = nullptr;
  wxGrid* m_grid = nullptr;
  wxStaticText* m_legend = nullptr;
  wxString m_legend_text;  // unwrapped
  int m_legend_width = 0;
  ConsensusTable* m_table = nullptr;  // owned by the grid
  wxStaticText* m_cell_heading = nullptr;
  wxStaticText* m_scores = nullptr;
  wxTextCtrl* m_consensus = nullptr;
  wxButton* m_take_a = nullptr;
  wxButton* m_take_b = nullptr;
  wxButton* m_save = nullptr;
  wxTextCtrl* m_reason = nullptr;
  wxStaticText* m_message = nullptr;
  AgreementPanel* m_agreement = nullptr;
};

}  // namespace readiness::gui
