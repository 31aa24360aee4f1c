#include "pages/page_consensus.h"

#include <algorithm>
#include <cstdlib>

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/grid.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "dialogs/dialog_buttons.h"
#include "pages/agreement_panel.h"
#include "blind_scoring.h"
#include "commands/command_score.h"
#include "consensus.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "app/page_host.h"
#include "text/score_labels.h"
#include "widgets/page_layout.h"
#include "widgets/themed_colours.h"
#include "dialogs/help_window.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

// The matrix as a view over the round: rows are the interviews in the
// consensus, columns the instrument's dimensions; nothing is copied.
class ConsensusTable : public wxGridTableBase {
 public:
  // Tells the grid the table's new shape (wxGrid::SetTable cannot be
  // called twice with the table it owns).
  void notify_shape(int old_rows, int old_cols) {
    wxGrid* grid = GetView();
    if (!grid) return;
    grid->BeginBatch();
    auto send = [&](int id, int a, int b) {
      wxGridTableMessage m(this, id, a, b);
      grid->ProcessTableMessage(m);
    };
    if (old_rows > 0) send(wxGRIDTABLE_NOTIFY_ROWS_DELETED, 0, old_rows);
    if (old_cols > 0) send(wxGRIDTABLE_NOTIFY_COLS_DELETED, 0, old_cols);
    if (GetNumberRows() > 0) send(wxGRIDTABLE_NOTIFY_ROWS_APPENDED, GetNumberRows(), 0);
    if (GetNumberCols() > 0) send(wxGRIDTABLE_NOTIFY_COLS_APPENDED, GetNumberCols(), 0);
    grid->EndBatch();
  }
  void load(ProjectDocumentPtr document, const std::string& round_id) {
    m_document = std::move(document);
    m_round_id = round_id;
    m_rows.clear();
    if (const Round* r = round())
      for (const auto& i : r->interviews)
        if (interview_in_consensus(i)) m_rows.push_back(i.id);
  }
  const Round* round() const { return m_document ? m_document->project().find_round(m_round_id) : nullptr; }
  const std::vector<std::string>& rows() const { return m_rows; }
  std::string dimension_at(int col) const {
    const Round* r = round();
    return r && col >= 0 && static_cast<std::size_t>(col) < r->instrument.dimensions.size()
               ? r->instrument.dimensions[static_cast<std::size_t>(col)].code
               : std::string();
  }

  int GetNumberRows() override { return static_cast<int>(m_rows.size()); }
  int GetNumberCols() override {
    const Round* r = round();
    return r ? static_cast<int>(r->instrument.dimensions.size()) : 0;
  }
  wxString GetValue(int row, int col) override { return text(row, col); }
  void SetValue(int, int, const wxString&) override {}
  wxString GetRowLabelValue(int row) override {
    const Round* r = round();
    const Interview* i = interview(row);
    if (!r || !i) return wxString();
    wxString label = to_wx(i->id);
    if (const Respondent* resp = r->find_respondent(i->respondent_id)) {
      label += " " + to_wx(resp->pseudonym);
      if (!resp->sector.empty()) label += "\n" + sector_label(resp->sector);
    }
    return label;
  }
  wxString GetColLabelValue(int col) override {
    const Round* r = round();
    if (!r || col < 0 || static_cast<std::size_t>(col) >= r->instrument.dimensions.size()) return wxString();
    const Dimension& d = r->instrument.dimensions[static_cast<std::size_t>(col)];
    // Code over the name, the name broken at the space nearest its middle
    // so a column stays narrow.
    std::string name = d.name;
    if (name.size() > 14) {
      std::size_t best = std::string::npos;
      for (std::size_t k = name.find(' '); k != std::string::npos; k = name.find(' ', k + 1))
        if (best == std::string::npos ||
            std::abs(static_cast<long>(k) - static_cast<long>(name.size() / 2)) <
                std::abs(static_cast<long>(best) - static_cast<long>(name.size() / 2)))
          best = k;
      if (best != std::string::npos) name[best] = '\n';
    }
    return to_wx(d.code + "\n" + name);
  }
  wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) override {
    const Interview* i = interview(row);
    if (!i) return nullptr;
    const ConsensusCell cell = consensus_cell(*i, dimension_at(col));
    auto* attr = new wxGridCellAttr;
    attr->SetReadOnly(true);
    attr->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    const bool visible = both_scorers_done(*round(), *i);
    wxColour background;
    if (cell.reason_missing)
      background = colours::kReasonMissing;
    else if (cell.consensus)
      background = colours::kAgreed;
    else if (visible && cell.large_difference)
      background = colours::kLargeDifference;
    if (background.IsOk()) {
      attr->SetBackgroundColour(background);
      attr->SetTextColour(readable_text_on(background));
    }
    // A difference over 1.0 in red, as red as the background allows.
    if (visible && cell.large_difference)
      attr->SetTextColour(readable_accent(wxColour(150, 20, 0),
                                          background.IsOk() ? background
                                          : GetView() ? GetView()->GetDefaultCellBackgroundColour()
                                                      : list_background()));
    return attr;
  }

  const Interview* interview(int row) const {
    const Round* r = round();
    return r && row >= 0 && static_cast<std::size_t>(row) < m_rows.size()
               ? r->find_interview(m_rows[static_cast<std::size_t>(row)])
               : nullptr;
  }

  wxString text(int row, int col) const {
    const Interview* i = interview(row);
    if (!i) return wxString();
    const ConsensusCell cell = consensus_cell(*i, dimension_at(col));
    wxString a, b;
    if (both_scorers_done(*round(), *i)) {
      a = score_text(cell.a);
      b = score_text(cell.b);
    } else {
      // Blind: only whether each has scored.
      const wxString yes = wxString::FromUTF8("\u2713"), no = wxString::FromUTF8("\u2013");
      a = "A " + (cell.a ? yes : no);
      b = "B " + (cell.b ? yes : no);
    }
    wxString out = a + "  " + b + wxString::FromUTF8("  \u21D2 ") + score_text(cell.consensus);
    if (cell.large_difference && both_scorers_done(*round(), *i)) out += " !";
    return out;
  }

 private:
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  std::vector<std::string> m_rows;
};

PageConsensus::PageConsensus(wxWindow* parent, PageHost& host) : wxScrolledWindow(parent, wxID_ANY), m_host(host) {
  SetName("page_consensus");
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_heading = new wxStaticText(this, wxID_ANY, wxString());
  m_heading->SetFont(m_heading->GetFont().Scaled(1.4f).Bold());
  {
    // The heading with its context help ("?": the guide's section on this page).
    auto* heading_row = new wxBoxSizer(wxHORIZONTAL);
    heading_row->Add(m_heading, 1, wxALIGN_CENTER_VERTICAL);
    heading_row->Add(make_help_button(this, "consensus"), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    top->Add(heading_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  }

  auto* progress_row = new wxBoxSizer(wxHORIZONTAL);
  m_gauge = new wxGauge(this, wxID_ANY, 1, wxDefaultPosition, FromDIP(wxSize(160, 14)));
  progress_row->Add(m_gauge, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  m_progress = new wxStaticText(this, wxID_ANY, wxString());
  m_progress->SetName("consensus_progress");
  progress_row->Add(m_progress, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(progress_row, 0, wxEXPAND | wxALL, 12);

  // The grid, the selected cell and the agreement one under the other;
  // the page scrolls on a small screen instead of squeezing the grid
  // (at 1024×700 it still shows kMinGridRows interviews).
  auto* upper = new wxPanel(this);
  auto* us = new wxBoxSizer(wxVERTICAL);
  auto* legend = new wxStaticText(
      upper, wxID_ANY,
      _("Each cell: scorer A  scorer B  ⇒ consensus. Red: A and B differ by more than 1.0. Green: consensus "
        "agreed. Yellow: the consensus differs from both and has no reason. ✓ / –: scored or not (scores stay "
        "hidden until both scorers have finished the interview)."));
  set_muted_text(legend);
  m_legend = legend;
  m_legend_text = legend->GetLabel();
  // Narrow until the first size event wraps it to the page: a first
  // layout at the unwrapped width would stay (GTK's group box keeps the
  // width its children had).
  legend->Wrap(FromDIP(500));
  us->Add(legend, 0, wxEXPAND | wxBOTTOM, 6);
  m_grid = new wxGrid(upper, wxID_ANY);
  m_grid->SetName("consensus_grid");
  m_table = new ConsensusTable;
  m_grid->SetTable(m_table, true);
  m_grid->EnableEditing(false);
  m_grid->SetSelectionMode(wxGrid::wxGridSelectCells);
  m_grid->SetRowLabelSize(FromDIP(215));
  m_grid->SetColLabelSize(FromDIP(64));
  m_grid->SetDefaultColSize(FromDIP(150));
  m_grid->SetDefaultRowSize(FromDIP(40));
  m_grid->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
  m_grid->SetColLabelTextOrientation(wxHORIZONTAL);
  m_grid->DisableDragRowSize();
  m_grid->SetMinSize(wxSize(FromDIP(300), FromDIP(64 + 40 * kMinGridRows) + wxSystemSettings::GetMetric(wxSYS_HSCROLL_Y, this)));
  us->Add(m_grid, 1, wxEXPAND | wxBOTTOM, 8);

  // The selected cell: scores, consensus, reason.
  // The box's controls are its siblings, not its children: GTK's group box
  // asks for the width its children last had, so a page laid out wide
  // would never narrow again.
  auto* box = new wxStaticBoxSizer(wxVERTICAL, upper, _("Selected cell"));
  m_cell_heading = new wxStaticText(upper, wxID_ANY, wxString());
  m_cell_heading->SetFont(m_cell_heading->GetFont().Bold());
  box->Add(m_cell_heading, 0, wxEXPAND | wxBOTTOM, 4);
  m_scores = new wxStaticText(upper, wxID_ANY, wxString());
  m_scores->SetName("cell_scores");
  box->Add(m_scores, 0, wxEXPAND | wxBOTTOM, 6);
  // Score and reason side by side on a wide page, one over the other on a narrow one.
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto* score_row = new wxBoxSizer(wxHORIZONTAL);
  auto* reason_row = new wxBoxSizer(wxHORIZONTAL);
  score_row->Add(new wxStaticText(upper, wxID_ANY, _("C&onsensus:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_consensus = new wxTextCtrl(upper, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(70, -1)),
                               wxTE_PROCESS_ENTER | wxTE_RIGHT);
  m_consensus->SetName("consensus_field");
  m_consensus->SetToolTip(_("The agreed score, 1.00–9.00 (4.5 or 4,5). Agreed, not averaged."));
  score_row->Add(m_consensus, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_take_a = new wxButton(upper, wxID_ANY, _("Take &A"));
  m_take_b = new wxButton(upper, wxID_ANY, _("Take &B"));
  score_row->Add(m_take_a, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  score_row->Add(m_take_b, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  reason_row->Add(new wxStaticText(upper, wxID_ANY, _("&Reason:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_reason = new wxTextCtrl(upper, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 48)),
                            wxTE_MULTILINE);
  m_reason->SetName("reason_field");
  // A tooltip, not a hint: GTK draws a multi-line hint's colour over real text.
  m_reason->SetToolTip(_("Why the scorers agreed on this score"));
  reason_row->Add(m_reason, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  m_save = new wxButton(upper, wxID_ANY, _("&Save consensus"));
  m_save->SetName("save_consensus");
  reason_row->Add(m_save, 0, wxALIGN_CENTER_VERTICAL);
  row->Add(score_row, 0, wxEXPAND | wxBOTTOM, 4);
  row->Add(reason_row, 1, wxEXPAND);
  follow_width(this, row, 900);
  box->Add(row, 0, wxEXPAND);
  m_message = new wxStaticText(upper, wxID_ANY, wxString());
  set_accent_text(m_message, colours::kError);
  box->Add(m_message, 0, wxEXPAND | wxTOP, 4);
  us->Add(box, 0, wxEXPAND);
  upper->SetSizer(us);

  m_agreement = new AgreementPanel(this);
  // Room for every dimension and the overall row of the agreement table.
  m_agreement->SetMinSize(FromDIP(wxSize(300, 300)));
  top->Add(upper, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  top->Add(m_agreement, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(top);
  make_scrolling(this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] {
      // The legend wraps to the page's width.
      const int width = GetClientSize().x - FromDIP(24);
      if (width <= 0 || width == m_legend_width) return;
      m_legend_width = width;
      set_label(m_legend, m_legend_text, width);
      relayout_scrolling(this);
    });
  });

  m_grid->Bind(wxEVT_GRID_SELECT_CELL, &PageConsensus::on_select, this);
  m_grid->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { fit_columns(); });
  });
  // Enter saves and moves to the next cell still without consensus, as in a meeting.
  m_consensus->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
    if (save_consensus()) select_next_open_cell();
  });
  m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_consensus(); });
  m_take_a->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { take_score(ScorerSlot::A); });
  m_take_b->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { take_score(ScorerSlot::B); });
  auto can_edit = [this](wxUpdateUIEvent& e) {
    e.Enable(m_document && !m_document->read_only() && !m_interview_id.empty());
  };
  for (wxWindow* w : {static_cast<wxWindow*>(m_consensus), static_cast<wxWindow*>(m_reason),
                      static_cast<wxWindow*>(m_save)})
    w->Bind(wxEVT_UPDATE_UI, can_edit);
  auto can_take = [this](ScorerSlot slot) {
    return [this, slot](wxUpdateUIEvent& e) {
      const Round* r = round();
      const Interview* i = r ? r->find_interview(m_interview_id) : nullptr;
      const DimensionScore* s = i ? i->score_for(m_dimension) : nullptr;
      e.Enable(m_document && !m_document->read_only() && s && s->get(slot) && both_scorers_done(*r, *i));
    };
  };
  m_take_a->Bind(wxEVT_UPDATE_UI, can_take(ScorerSlot::A));
  m_take_b->Bind(wxEVT_UPDATE_UI, can_take(ScorerSlot::B));
}

PageConsensus::~PageConsensus() {
  if (m_document) m_document->remove_observer(this);
}

void PageConsensus::attach_document() {
  ProjectDocumentPtr now = m_host.document();
  if (now == m_document) return;
  if (m_document) m_document->remove_observer(this);
  m_document = std::move(now);
  if (m_document) m_document->add_observer(this);
}

const Round* PageConsensus::round() const {
  return m_document ? m_document->project().find_round(m_round_id) : nullptr;
}

void PageConsensus::show(const std::string& round_id) {
  attach_document();
  if (round_id != m_round_id) {
    m_interview_id.clear();
    m_dimension.clear();
  }
  m_round_id = round_id;
  refresh();
}

void PageConsensus::refresh() {
  const Round* r = round();
  if (!r) return;
  const Community* c = m_document->project().find_community(r->community_id);
  // TRANSLATORS: page heading: "Consensus · Arjeplog 2022".
  m_heading->SetLabel(wxString::Format(_("Consensus · %s %s"), c ? to_wx(c->name) : wxString(), to_wx(r->label)));
  // Same shape (a score edited): repaint only, keeping the cursor.
  const int old_rows = m_grid->GetNumberRows(), old_cols = m_grid->GetNumberCols();
  m_table->load(m_document, m_round_id);
  if (old_rows != m_table->GetNumberRows() || old_cols != m_table->GetNumberCols() || m_table_round != m_round_id)
    m_table->notify_shape(old_rows, old_cols);
  m_table_round = m_round_id;
  m_grid->ForceRefresh();
  fit_columns();

  const ConsensusProgress p = consensus_progress(*r);
  m_gauge->SetRange(std::max(1, p.cells));
  m_gauge->SetValue(p.with_consensus);
  wxString progress = wxString::Format(_("%d of %d cells have consensus"), p.with_consensus, p.cells);
  if (p.large_differences > 0)
    progress += wxString::FromUTF8("  \u00B7  ") + wxString::Format(wxPLURAL("%d difference over 1.0", "%d differences over 1.0",
                                                    p.large_differences),
                                           p.large_differences);
  if (p.reasons_missing > 0)
    progress += wxString::FromUTF8("  \u00B7  ") + wxString::Format(wxPLURAL("%d reason missing", "%d reasons missing", p.reasons_missing),
                                           p.reasons_missing);
  if (p.complete()) progress += wxString::FromUTF8("  \u00B7  ") + _("complete");
  m_progress->SetLabel(progress);
  m_agreement->show(*r);

  if (m_interview_id.empty() || m_dimension.empty()) {
    // Start at the first cell without consensus.
    const auto& rows = m_table->rows();
    for (std::size_t row = 0; row < rows.size() && m_interview_id.empty(); ++row)
      for (const auto& d : r->instrument.dimensions) {
        const Interview* i = r->find_interview(rows[row]);
        const DimensionScore* s = i ? i->score_for(d.code) : nullptr;
        if (!s || !s->consensus) {
          m_interview_id = rows[row];
          m_dimension = d.code;
          break;
        }
      }
    if (m_interview_id.empty() && !rows.empty() && !r->instrument.dimensions.empty()) {
      m_interview_id = rows.front();
      m_dimension = r->instrument.dimensions.front().code;
    }
  }
  select_cell(m_interview_id, m_dimension);
  Layout();
  CallAfter([this] { fit_columns(); });
}

bool PageConsensus::select_cell(const std::string& interview_id, const std::string& dimension) {
  const Round* r = round();
  if (!r) return false;
  const auto& rows = m_table->rows();
  const auto row = std::find(rows.begin(), rows.end(), interview_id);
  int col = -1;
  for (std::size_t k = 0; k < r->instrument.dimensions.size(); ++k)
    if (r->instrument.dimensions[k].code == dimension) col = static_cast<int>(k);
  if (row == rows.end() || col < 0) return false;
  m_interview_id = interview_id;
  m_dimension = dimension;
  const int row_index = static_cast<int>(row - rows.begin());
  if (m_grid->GetGridCursorRow() != row_index || m_grid->GetGridCursorCol() != col) {
    m_grid->Unbind(wxEVT_GRID_SELECT_CELL, &PageConsensus::on_select, this);
    m_grid->SetGridCursor(row_index, col);
    m_grid->Bind(wxEVT_GRID_SELECT_CELL, &PageConsensus::on_select, this);
  m_grid->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { fit_columns(); });
  });
  }
  m_grid->MakeCellVisible(row_index, col);
  load_cell();
  return true;
}

void PageConsensus::fit_columns() {
  // The dimensions share the width; never so narrow that "4,50  5,00  ⇒ 4,50 !" is cut.
  const int cols = m_grid->GetNumberCols();
  if (cols <= 0) return;
  const int free = m_grid->GetClientSize().x - m_grid->GetRowLabelSize() - FromDIP(4);
  const int least = m_grid->GetTextExtent(wxString::FromUTF8("4,50  5,00  \u21D2 4,50 !")).x + FromDIP(12);
  const int width = std::max(free / cols, least);
  if (m_grid->GetColSize(0) == width) return;
  m_grid->BeginBatch();
  for (int col = 0; col < cols; ++col) m_grid->SetColSize(col, width);
  m_grid->EndBatch();
}

bool PageConsensus::select_next_open_cell() {
  const Round* r = round();
  if (!r) return false;
  const auto& rows = m_table->rows();
  const auto& dims = r->instrument.dimensions;
  // Row by row from the cell after the selected one, wrapping around.
  std::size_t start_row = 0, start_col = 0;
  for (std::size_t row = 0; row < rows.size(); ++row)
    for (std::size_t col = 0; col < dims.size(); ++col)
      if (rows[row] == m_interview_id && dims[col].code == m_dimension) {
        start_row = row;
        start_col = col;
      }
  const std::size_t cells = rows.size() * dims.size();
  for (std::size_t step = 1; step <= cells; ++step) {
    const std::size_t k = (start_row * dims.size() + start_col + step) % cells;
    const Interview* i = r->find_interview(rows[k / dims.size()]);
    const DimensionScore* s = i ? i->score_for(dims[k % dims.size()].code) : nullptr;
    if (!s || !s->consensus) {
      select_cell(rows[k / dims.size()], dims[k % dims.size()].code);
      m_consensus->SetFocus();
      return true;
    }
  }
  return false;
}

void PageConsensus::on_select(wxGridEvent& event) {
  event.Skip();
  const auto& rows = m_table->rows();
  const int row = event.GetRow();
  if (row < 0 || static_cast<std::size_t>(row) >= rows.size()) return;
  m_interview_id = rows[static_cast<std::size_t>(row)];
  m_dimension = m_table->dimension_at(event.GetCol());
  load_cell();
}

void PageConsensus::load_cell() {
  const Round* r = round();
  const Interview* i = r ? r->find_interview(m_interview_id) : nullptr;
  const Dimension* d = r ? r->instrument.find_dimension(m_dimension) : nullptr;
  m_message->SetLabel(wxString());
  if (!i || !d) {
    m_cell_heading->SetLabel(wxString());
    m_scores->SetLabel(wxString());
    m_consensus->ChangeValue(wxString());
    m_reason->ChangeValue(wxString());
    return;
  }
  // TRANSLATORS: "Interview 3 · C Leadership".
  m_cell_heading->SetLabel(wxString::Format(_("Interview %s · %s"), to_wx(i->id), to_wx(d->code + " " + d->name)));
  const ConsensusCell cell = consensus_cell(*i, m_dimension);
  wxString scores;
  if (both_scorers_done(*r, *i)) {
    scores = slot_label(ScorerSlot::A, i->scorer_a_name) + ": " + score_text(cell.a) + "      " +
             slot_label(ScorerSlot::B, i->scorer_b_name) + ": " + score_text(cell.b);
    if (cell.large_difference) scores += "      " + _("More than 1.0 apart: talk it through");
    // The scorers' own notes, now that both are done.
    if (const DimensionScore* s = i->score_for(m_dimension); s && (!s->note_a.empty() || !s->note_b.empty())) {
      if (!s->note_a.empty()) scores += "\n" + wxString::Format(_("Note A: %s"), to_wx(s->note_a));
      if (!s->note_b.empty()) scores += "\n" + wxString::Format(_("Note B: %s"), to_wx(s->note_b));
    }
  } else {
    scores = _("The scorers have not both finished this interview; their scores stay hidden until then.");
  }
  m_scores->SetLabel(scores);
  m_consensus->ChangeValue(cell.consensus ? score_text(cell.consensus) : wxString());
  m_reason->ChangeValue(to_wx(cell.reason));
  m_cell_heading->GetParent()->Layout();
}

void PageConsensus::take_score(ScorerSlot slot) {
  const Round* r = round();
  const Interview* i = r ? r->find_interview(m_interview_id) : nullptr;
  if (!i || !both_scorers_done(*r, *i)) return;
  const ConsensusCell cell = consensus_cell(*i, m_dimension);
  const auto value = slot == ScorerSlot::A ? cell.a : cell.b;
  if (value) m_consensus->ChangeValue(score_text(value));
  m_consensus->SetFocus();
}

bool PageConsensus::save_consensus() {
  const Round* r = round();
  const Interview* i = r ? r->find_interview(m_interview_id) : nullptr;
  if (!i || m_dimension.empty() || !m_document || m_document->read_only()) return false;
  const wxString text = m_consensus->GetValue().Strip(wxString::both);
  std::optional<Hundredths> value;
  if (!text.empty()) {
    value = parse_score_text(text);
    if (!value || !is_valid_score(*value)) {
      m_message->SetLabel(_("A score is 1.00–9.00, e.g. 4.5 or 4,5"));
      m_consensus->SetFocus();
      return false;
    }
  }
  std::string reason = to_utf8(m_reason->GetValue().Strip(wxString::both));
  const DimensionScore* s = i->score_for(m_dimension);
  const DimensionScore none;
  if (value && consensus_needs_reason(s ? *s : none, *value) && reason.empty()) {
    wxTextEntryDialog ask(this,
                          wxString::Format(_("The consensus %s differs from both scores (A %s, B %s).\nWhy did "
                                             "the scorers agree on it?"),
                                           score_text(value), score_text(s ? s->scorer_a : std::nullopt),
                                           score_text(s ? s->scorer_b : std::nullopt)),
                          _("Reason for the consensus"), wxString(), wxOK | wxCANCEL);
    use_own_cancel_button(ask);
    if (ask.ShowModal() != wxID_OK) return false;
    reason = to_utf8(ask.GetValue().Strip(wxString::both));
    if (reason.empty()) {
      m_message->SetLabel(_("Not saved: a consensus that differs from both scores needs a reason."));
      return false;
    }
  }
  const ScoreRef ref{m_round_id, m_interview_id, m_dimension, ScorerSlot::Consensus};
  if (m_document->score(ref) == value && m_document->consensus_reason(ref) == reason) return true;
  return m_host.submit(new CommandSetConsensus(m_document, ref, value, reason));
}

wxString PageConsensus::cell_text(const std::string& interview_id, const std::string& dimension) const {
  const auto& rows = m_table->rows();
  const auto row = std::find(rows.begin(), rows.end(), interview_id);
  const Round* r = round();
  if (!r || row == rows.end()) return wxString();
  for (std::size_t k = 0; k < r->instrument.dimensions.size(); ++k)
    if (r->instrument.dimensions[k].code == dimension)
      return m_table->text(static_cast<int>(row - rows.begin()), static_cast<int>(k));
  return wxString();
}

void PageConsensus::on_project_changed(const ChangeEvent& event) {
  if (m_round_id.empty() || event.what == ChangeEvent::What::State) return;
  if (event.what == ChangeEvent::What::Interview && event.round_id != m_round_id) return;
  if (!round() || !IsShownOnScreen()) return;
  refresh();
}

}  // namespace readiness::gui
