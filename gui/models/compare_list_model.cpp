#include "models/compare_list_model.h"

#include <algorithm>

#include "charts/wx_chart_canvas.h"
#include "text/labels.h"
#include "text/translate.h"
#include "text/wx_text.h"
#include "widgets/themed_colours.h"

namespace readiness::gui {

void CompareListModel::set_table(std::shared_ptr<const ComparisonTable> table, std::vector<std::string> stage_names) {
  m_table = std::move(table);
  m_stage_names = std::move(stage_names);
  m_sort = ComparisonSort{};
  m_order = m_table ? sorted_rows(*m_table, m_sort) : std::vector<std::size_t>{};
  Reset(static_cast<unsigned>(m_order.size()));
}

std::optional<ComparisonSort> CompareListModel::sort_for_column(unsigned column, bool ascending) const {
  ComparisonSort s;
  s.ascending = ascending;
  if (column == community_column()) s.column = ComparisonColumn::Community;
  else if (column == round_column()) s.column = ComparisonColumn::Round;
  else if (column >= dimension_column(0) && column < overall_column()) {
    s.column = ComparisonColumn::Dimension;
    s.dimension = column - dimension_column(0);
  } else if (column == overall_column()) s.column = ComparisonColumn::Overall;
  else if (column == stage_column()) s.column = ComparisonColumn::Stage;
  else if (column == interviews_column()) s.column = ComparisonColumn::Interviews;
  else if (column == lowest_column()) s.column = ComparisonColumn::Lowest;
  else return std::nullopt;
  return s;
}

void CompareListModel::sort(const ComparisonSort& sort) {
  m_sort = sort;
  if (!m_table) return;
  m_order = sorted_rows(*m_table, m_sort);
  Reset(static_cast<unsigned>(m_order.size()));
}

int CompareListModel::table_row(unsigned view_row) const {
  return view_row < m_order.size() ? static_cast<int>(m_order[view_row]) : -1;
}

const ComparisonRow* CompareListModel::row_at(unsigned view_row) const {
  const int i = table_row(view_row);
  return i < 0 ? nullptr : &m_table->rows[static_cast<std::size_t>(i)];
}

void CompareListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
  const ComparisonRow* r = row_at(row);
  wxString text;
  if (r) {
    const RoundResult& result = r->result;
    if (col == community_column()) {
      text = to_wx(result.community_name);
    } else if (col == round_column()) {
      // An asterisk marks a provisional round, as in readiness-cli compare.
      text = to_wx(result.label) + (result.provisional ? "*" : "");
    } else if (col < overall_column()) {
      const std::size_t d = col - dimension_column(0);
      if (d < r->means.size() && r->means[d])
        text = mean_label(*r->means[d]) + wxString::Format(" (%d)", r->n[d]);
      else
        text = wxString::FromUTF8("–");
    } else if (col == overall_column()) {
      text = r->common_overall ? mean_label(*r->common_overall) : wxString::FromUTF8("–");
    } else if (col == stage_column()) {
      if (r->common_overall_stage) {
        text = wxString::Format("%d", *r->common_overall_stage);
        const std::size_t i = static_cast<std::size_t>(table_row(row));
        if (i < m_stage_names.size() && !m_stage_names[i].empty()) text += " " + to_wx(m_stage_names[i]);
      } else {
        text = wxString::FromUTF8("–");
      }
    } else if (col == interviews_column()) {
      text = result.scored_interviews == result.interviews
                 ? wxString::Format("%d", result.interviews)
                 // TRANSLATORS: interviews scored of interviews in the round, "6 of 7".
                 : wxString::Format(_("%d of %d"), result.scored_interviews, result.interviews);
    } else if (col == lowest_column()) {
      const auto lowest = lowest_dimensions(*m_table, static_cast<std::size_t>(table_row(row)));
      for (const auto& code : lowest) text += (text.empty() ? "" : ", ") + to_wx(code);
      if (!lowest.empty()) {
        const auto at = std::find(m_table->dimensions.begin(), m_table->dimensions.end(), lowest.front());
        const auto d = static_cast<std::size_t>(at - m_table->dimensions.begin());
        text += wxString::FromUTF8(" · ") + mean_label(*r->means[d]);
      }
    }
  }
  value = text;
}

bool CompareListModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
  const ComparisonRow* r = row_at(row);
  if (!r) return false;
  bool set = false;
  if (r->result.provisional) {
    attr.SetItalic(true);
    set = true;
  }
  std::optional<int> stage;
  if (col >= dimension_column(0) && col < overall_column()) {
    const std::size_t d = col - dimension_column(0);
    if (d < r->means.size() && r->means[d]) stage = r->means[d]->stage();
  } else if (col == overall_column() || col == stage_column()) {
    stage = r->common_overall_stage;
    attr.SetBold(true);
    set = true;
  }
  if (stage) {
    // The stage colours of the charts and the Excel export; text that reads
    // on them whatever the theme's own text colour.
    attr.SetBackgroundColour(wx_colour(ChartStyle::stage_colour(*stage)));
    attr.SetColour(readable_text_on(wx_colour(ChartStyle::stage_colour(*stage))));
    set = true;
  }
  return set;
}

}  // namespace readiness::gui
