#include "pages/page_compare.h"

#include <algorithm>
#include <vector>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "charts/app_charts.h"
#include "app/app_language.h"
#include "instrument_names.h"
#include "charts/chart_panel.h"
#include "text/comparison_labels.h"
#include "models/compare_list_model.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "app/page_host.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "widgets/column_fit.h"
#include "widgets/comparison_page_top.h"
#include "widgets/comparison_picker.h"
#include "widgets/page_layout.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString joined(const std::vector<std::string>& items, const char* separator = ", ") {
  wxString text;
  for (const auto& item : items) text += (text.empty() ? wxString() : wxString::FromUTF8(separator)) + to_wx(item);
  return text;
}

}  // namespace

PageCompare::PageCompare(wxWindow* parent, PageHost& host)
    : wxScrolledWindow(parent, wxID_ANY), m_host(host), m_follower(host, *this), m_model(new CompareListModel) {
  SetName("page_compare");
  const int gap = FromDIP(12);
  auto* top = new wxBoxSizer(wxVERTICAL);

  // Pickers: issue and mode, periods, communities, county; the table; the
  // dimensions' names; the lowest dimensions.
  m_picker = new ComparisonPicker(this, "compare", NewIssuePicks::LatestPeriodEveryCommunity, true, [this] {
    const ProjectDocumentPtr doc = m_follower.document();
    return doc ? &doc->project() : nullptr;
  });
  m_picker->set_on_change([this] { update_table(); });
  const ComparisonPageTop parts =
      add_comparison_page_top(this, top, _("Compare communities"), m_picker, "compare", "compare_lowest", m_model.get());
  m_notice = parts.notice;
  m_list = parts.table;
  m_dimension_names = parts.legend;
  m_lowest = parts.summary;

  // Charts: the same table as grouped bars and as overlaid profiles; side
  // by side on a wide page, one under the other on a narrow one.
  auto* charts = new wxBoxSizer(wxHORIZONTAL);
  m_bars = new ChartPanel(this, ChartKind::Bars);
  m_bars->SetName("compare_bars");
  m_radar = new ChartPanel(this, ChartKind::Radar);
  m_radar->SetName("compare_radar");
  // Equal shares: a box sizer's minimum grows with unequal ones.
  charts->Add(m_bars, 1, wxEXPAND | wxRIGHT | wxBOTTOM, gap);
  charts->Add(m_radar, 1, wxEXPAND | wxRIGHT | wxBOTTOM, gap);
  top->Add(charts, 1, wxEXPAND | wxLEFT | wxTOP, gap);
  follow_width(this, charts, 900);
  SetSizer(top);
  make_scrolling(this);

  m_list->Bind(wxEVT_DATAVIEW_COLUMN_HEADER_CLICK, &PageCompare::on_header_click, this);
  m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, &PageCompare::on_activated, this);
  m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    fit_columns_to_room();
  });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { wrap_texts(); });
  });
  Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
    e.Skip();
    if (e.IsShown() && m_follower.stale) refresh();
  });
}

PageCompare::~PageCompare() {
  m_list->AssociateModel(nullptr);
}

void PageCompare::on_project_changed(const ChangeEvent& event) {
  if (event.what == ChangeEvent::What::State) return;
  // Scores may have moved: recompute now if seen, else when next shown.
  m_follower.stale = true;
  if (IsShownOnScreen()) refresh();
}

void PageCompare::refresh() {
  m_follower.sync();
  m_picker->reload();
  const ComparisonChoice* choice = m_picker->current_choice();
  if (!choice) {
    m_picker->clear();
    update_table();
    return;
  }
  select_choice(choice->issue, choice->mode);
}

void PageCompare::show_selection(const RoundSelection& selection) {
  m_follower.sync();
  m_picker->reload();
  if (selection.issue.empty() || !select_choice(selection.issue, selection.mode)) {
    refresh();
    return;
  }
  if (!selection.labels.empty()) select_periods(selection.labels);
  if (!selection.community_ids.empty()) select_communities(selection.community_ids);
}

const ComparisonChoice* PageCompare::current_choice() const { return m_picker->current_choice(); }
const RoundSelection& PageCompare::selection() const { return m_picker->selection(); }
const std::vector<ComparisonChoice>& PageCompare::choices() const { return m_picker->choices(); }
wxButton* PageCompare::county_button() const { return m_picker->county_button(); }

bool PageCompare::select_choice(const std::string& issue, Mode mode) {
  if (!m_follower.document() || m_picker->choices().empty()) {
    m_follower.sync();
    m_picker->reload();
  }
  if (!m_picker->select_choice(issue, mode)) return false;
  update_table();
  return true;
}

void PageCompare::select_periods(const std::vector<std::string>& labels) {
  m_picker->select_periods(labels);
  update_table();
}

void PageCompare::select_communities(const std::vector<std::string>& community_ids) {
  m_picker->select_communities(community_ids);
  update_table();
}

void PageCompare::select_county(const std::string& county_code) {
  m_picker->select_county(county_code);
  update_table();
}

void PageCompare::update_table() {
  const ProjectDocumentPtr doc = m_follower.document();
  std::shared_ptr<ComparisonTable> table;
  // An empty pick compares nothing (not everything).
  const RoundSelection& picked = selection();
  if (doc && current_choice() && !picked.labels.empty() && !picked.community_ids.empty())
    if (auto made = compare_selection(doc->project(), picked))
      table = std::make_shared<ComparisonTable>(std::move(*made));
  m_table = table;

  // The overall stage's name from each round's own instrument, in the
  // window's language (instrument_names.h).
  std::vector<std::string> stage_names;
  if (table)
    for (const auto& row : table->rows) {
      const Round* round = doc->project().find_round(row.result.round_id);
      stage_names.push_back(round && row.common_overall_stage
                                  ? stage_name(round->instrument, *row.common_overall_stage, ui_language())
                                  : std::string());
    }
  const ComparisonSort sort = m_model->current_sort();
  m_model->set_table(m_table, std::move(stage_names));
  rebuild_columns();
  // Sorting survives a change of picks when the column still exists.
  if (m_table && (sort.column != ComparisonColumn::Dimension || sort.dimension < m_table->dimensions.size()))
    sort_by(sort);
  else
    update_sort_marks();

  if (m_table) {
    m_bars->set_chart(comparison_chart(*m_table), ChartKind::Bars);
    m_radar->set_chart(comparison_chart(*m_table), ChartKind::Radar);
  } else {
    m_bars->set_chart(ChartData{}, ChartKind::Bars);
    m_radar->set_chart(ChartData{}, ChartKind::Radar);
  }
  update_texts();
  relayout_scrolling(this);
}

void PageCompare::rebuild_columns() {
  m_list->ClearColumns();
  if (!m_table) return;
  const CompareListModel& model = *m_model;
  // Made in the model's order, shown with the overall score and stage right
  // after the round: at 1024 px they stay in view, the dimensions' colours
  // lead on to the right (review item 11). Widths follow the content
  // (fit_columns_to_room).
  std::vector<wxDataViewColumn*> made;
  auto add = [&](const wxString& title, unsigned col, int width, wxAlignment align) {
    auto* renderer = new wxDataViewTextRenderer("string", wxDATAVIEW_CELL_INERT, align);
    // Never narrower than the (translated) header and its sort mark.
    const int w = std::max(FromDIP(width), GetTextExtent(title + wxString::FromUTF8(" ▼")).x + FromDIP(24));
    made.push_back(new wxDataViewColumn(title, renderer, col, w, align, wxDATAVIEW_COL_RESIZABLE));
  };
  add(_("Community"), model.community_column(), 110, wxALIGN_LEFT);
  // TRANSLATORS: column header: the round's label, e.g. 2022.
  add(_("Round"), model.round_column(), 64, wxALIGN_LEFT);
  for (std::size_t d = 0; d < m_table->dimensions.size(); ++d)
    add(to_wx(m_table->dimensions[d]), model.dimension_column(d), 70, wxALIGN_RIGHT);
  // TRANSLATORS: column header: the overall readiness score.
  add(_("Overall"), model.overall_column(), 66, wxALIGN_RIGHT);
  add(_("Stage"), model.stage_column(), 136, wxALIGN_LEFT);
  // TRANSLATORS: column header: number of interviews in the round.
  add(_("Interviews"), model.interviews_column(), 70, wxALIGN_RIGHT);
  // TRANSLATORS: column header: the community's lowest dimension and its score.
  add(_("Lowest"), model.lowest_column(), 90, wxALIGN_LEFT);
  auto shown_first = [&](const wxDataViewColumn* c) {
    return c->GetModelColumn() <= model.round_column() || c->GetModelColumn() == model.overall_column() ||
           c->GetModelColumn() == model.stage_column();
  };
  std::stable_partition(made.begin(), made.end(), shown_first);
  for (wxDataViewColumn* column : made) m_list->AppendColumn(column);
  fit_columns_to_room();

  // Tall enough for every row (a county has a dozen or so), no taller.
  const int rows = static_cast<int>(std::min<std::size_t>(std::max<std::size_t>(m_table->rows.size(), 3), 12));
  const int text = GetTextExtent("Ag").y;
  m_list->SetMinSize(wxSize(-1, rows * (text + FromDIP(6)) + text + FromDIP(16)));
}

void PageCompare::fit_columns_to_room() {
  if (!m_table || m_list->GetColumnCount() == 0) return;
  // The stage's name in full, in view beside the overall score.
  const int stage = column_position(m_list, m_model->stage_column());
  if (stage >= 0) fit_columns(m_list, static_cast<unsigned>(stage), static_cast<unsigned>(stage), FromDIP(120));
}

void PageCompare::sort_by(const ComparisonSort& sort) {
  m_model->sort(sort);
  update_sort_marks();
}

void PageCompare::update_sort_marks() {
  // The sort column's header carries ▲ or ▼ (the model sorts, not the control).
  const ComparisonSort& sort = m_model->current_sort();
  for (unsigned i = 0; i < m_list->GetColumnCount(); ++i) {
    wxDataViewColumn* column = m_list->GetColumn(i);
    wxString title = column->GetTitle();
    if (title.EndsWith(wxString::FromUTF8(" ▲")) || title.EndsWith(wxString::FromUTF8(" ▼")))
      title = title.Left(title.length() - 2);
    const auto wanted = m_model->sort_for_column(column->GetModelColumn(), sort.ascending);
    const bool sorted = m_table && wanted && wanted->column == sort.column &&
                        (sort.column != ComparisonColumn::Dimension || wanted->dimension == sort.dimension);
    if (sorted) title += wxString::FromUTF8(sort.ascending ? " ▲" : " ▼");
    column->SetTitle(title);
  }
  // The mark widens its header.
  fit_columns_to_room();
}

void PageCompare::on_header_click(wxDataViewEvent& event) {
  const wxDataViewColumn* column = event.GetDataViewColumn();
  if (!column) return;
  const ComparisonSort& now = m_model->current_sort();
  auto wanted = m_model->sort_for_column(column->GetModelColumn(), true);
  if (!wanted) return;
  // A second click on the same column turns the order around.
  const bool same = wanted->column == now.column &&
                    (now.column != ComparisonColumn::Dimension || wanted->dimension == now.dimension);
  wanted->ascending = same ? !now.ascending : true;
  sort_by(*wanted);
}

void PageCompare::on_activated(wxDataViewEvent& event) {
  const unsigned row = m_model->GetRow(event.GetItem());
  const ComparisonRow* r = m_model->row_at(row);
  if (!r) return;
  // A community's row opens its trend over every period of this issue and mode.
  RoundSelection trend;
  trend.issue = selection().issue;
  trend.mode = selection().mode;
  trend.community_ids = {r->result.community_id};
  m_host.show_trend(trend);
}

wxString PageCompare::notices() const { return m_notice_text; }
wxString PageCompare::lowest_summary() const { return m_lowest_text; }

void PageCompare::update_texts() {
  wxString notice;
  wxString names;
  wxString lowest;
  const ComparisonChoice* choice = current_choice();
  const std::vector<ComparisonChoice>& all = choices();
  if (all.empty()) {
    notice = _("No rounds to compare yet.");
  } else if (!m_table) {
    notice = _("Pick at least one period and one community.");
  } else {
    // Like with like: one mode per table, and say where the other one is.
    const bool other_mode = std::any_of(all.begin(), all.end(), [&](const ComparisonChoice& c) {
      return normalize_issue(c.issue) == normalize_issue(choice->issue) && c.mode != choice->mode;
    });
    notice = m_table->mode == Mode::Interview ? _("Key-respondent interviews only.") : _("Self-rated rounds only.");
    if (other_mode)
      notice += " " + _("This issue also has rounds in the other mode; they are a separate choice above, never "
                        "in this table (self-rating scores higher than interviews).");
    if (!m_table->dropped_dimensions.empty())
      notice += "\n" + wxString::Format(_("The instruments differ (%s): compared on the dimensions they share "
                                          "only; left out: %s."),
                                        joined(m_table->instruments), joined(m_table->dropped_dimensions));
    notice += "\n" + _("Cells: mean (n interviews with a consensus score), coloured by stage. Stage: integer "
                       "part of the overall score, never rounded.");
    notice += "\n" + _("Click a column header to sort; double-click a row for the community's trend.");
    if (std::any_of(m_table->rows.begin(), m_table->rows.end(),
                    [](const ComparisonRow& r) { return r.result.provisional; }))
      notice += "\n" + _("* provisional: consensus still missing somewhere in the round");

    // Dimension names from the first row's instrument.
    std::vector<std::string> parts;
    for (const auto& code : m_table->dimensions) {
      std::string part = code;
      for (const auto& d : m_table->rows.front().result.dimensions)
        if (d.code == code && !d.name.empty()) part += " " + d.name;
      parts.push_back(part);
    }
    names = joined(parts, "  ·  ");

    // The lowest dimension across the selection, per period.
    auto name_of = [&](const std::string& code) {
      for (const auto& d : m_table->rows.front().result.dimensions)
        if (d.code == code && !d.name.empty()) return to_wx(code + " " + d.name);
      return to_wx(code);
    };
    for (const PeriodProfile& p : period_profiles(*m_table)) {
      if (p.lowest.empty()) continue;
      const auto at = std::find(m_table->dimensions.begin(), m_table->dimensions.end(), p.lowest.front());
      const auto d = static_cast<std::size_t>(at - m_table->dimensions.begin());
      wxString codes;
      for (const auto& code : p.lowest) codes += (codes.empty() ? "" : ", ") + name_of(code);
      wxString line = wxString::Format(
          wxPLURAL("%s, %d community: lowest on average %s (%s).", "%s, %d communities: lowest on average %s (%s).",
                   p.communities),
          to_wx(p.label), p.communities, codes, mean_label(*p.means[d]));
      if (p.communities > 1)
        line += " " + wxString::Format(_("%s is the lowest dimension in %d of %d."), to_wx(p.lowest.front()),
                                       p.lowest_in[d], p.communities);
      lowest += (lowest.empty() ? "" : "\n") + line;
    }
  }
  m_notice_text = notice;
  m_names_text = names;
  m_lowest_text = lowest;
  m_wrapped_width = 0;
  wrap_texts();
}

void PageCompare::wrap_texts() {
  const int width = GetClientSize().x;
  if (width <= 0 || width == m_wrapped_width) return;
  m_wrapped_width = width;
  // Room for the vertical scroll bar, which may come with the new text.
  const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
  const int full = width - 2 * FromDIP(12) - scrollbar;
  // The notice gets what the pickers leave of the row.
  Layout();
  set_label(m_notice, m_notice_text, std::max(m_notice->GetSize().x - scrollbar, FromDIP(240)));
  set_label(m_dimension_names, m_names_text, full);
  set_label(m_lowest, m_lowest_text, full);
  relayout_scrolling(this);
}

}  // namespace readiness::gui
