#include "models/trend_list_model.h"

#include "app/app_language.h"
#include "charts/wx_chart_canvas.h"
#include "text/labels.h"
#include "mean_format.h"
#include "text/translate.h"
#include "text/wx_text.h"
#include "widgets/themed_colours.h"

namespace readiness::gui {

namespace {

wxString dash() { return wxString::FromUTF8("–"); }

wxString fixed(double value) { return to_wx(format_fixed(value, 2, decimal_point())); }

}  // namespace

wxString change_text(const Change& c) {
  wxString marker = "?";
  if (c.verdict == ChangeVerdict::BeyondNoise)
    marker = wxString::FromUTF8(c.difference && *c.difference < 0 ? "↓" : "↑");
  if (c.verdict == ChangeVerdict::WithinNoise) marker = wxString::FromUTF8("≈");
  wxString text = marker;
  if (c.difference) text += " " + wxString(*c.difference > 0 ? "+" : "") + fixed(*c.difference);
  if (c.stage_change_within_noise) text += " !";
  return text;
}

wxString estimate_text(const Estimate& e, int scored_interviews) {
  if (!e.mean) return dash();
  wxString text = mean_label(*e.mean);
  if (e.interval) text += wxString::FromUTF8(" ±") + fixed(e.interval->half_width());
  if (e.n < scored_interviews) text += wxString::Format(" (n %d)", e.n);
  return text;
}

void TrendListModel::set_trends(std::shared_ptr<const std::vector<Trend>> trends,
                                std::vector<std::vector<std::string>> stage_names) {
  m_trends = std::move(trends);
  m_stage_names = std::move(stage_names);
  m_rows.clear();
  if (m_trends)
    for (std::size_t t = 0; t < m_trends->size(); ++t) {
      const Trend& trend = (*m_trends)[t];
      for (std::size_t p = 0; p < trend.points.size(); ++p) {
        if (p > 0) m_rows.push_back({t, RowKind::Step, p - 1});
        m_rows.push_back({t, RowKind::Point, p});
      }
    }
  Reset(static_cast<unsigned>(m_rows.size()));
}

const Change* TrendListModel::change_at(unsigned row, unsigned col) const {
  if (row >= m_rows.size() || m_rows[row].kind != RowKind::Step) return nullptr;
  const Trend& trend = (*m_trends)[m_rows[row].trend];
  const TrendStep& step = trend.steps[m_rows[row].index];
  if (col == overall_column()) return &step.overall;
  if (col >= dimension_column(0) && col < overall_column()) {
    const std::size_t d = col - dimension_column(0);
    return d < step.dimensions.size() ? &step.dimensions[d] : nullptr;
  }
  return nullptr;
}

const Estimate* TrendListModel::estimate_at(unsigned row, unsigned col) const {
  if (row >= m_rows.size() || m_rows[row].kind != RowKind::Point) return nullptr;
  const Trend& trend = (*m_trends)[m_rows[row].trend];
  const TrendPoint& point = trend.points[m_rows[row].index];
  if (col == overall_column()) return &point.overall;
  if (col >= dimension_column(0) && col < overall_column()) {
    const std::size_t d = col - dimension_column(0);
    return d < point.dimensions.size() ? &point.dimensions[d] : nullptr;
  }
  return nullptr;
}

void TrendListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
  wxString text;
  if (row < m_rows.size()) {
    const RowRef& ref = m_rows[row];
    const Trend& trend = (*m_trends)[ref.trend];
    if (col == community_column()) {
      // The name once per community, on its first row.
      if (ref.kind == RowKind::Point && ref.index == 0) text = to_wx(trend.community_name);
    } else if (ref.kind == RowKind::Step) {
      const TrendStep& step = trend.steps[ref.index];
      if (col == round_column())
        text = to_wx(step.from_label) + wxString::FromUTF8(" → ") + to_wx(step.to_label);
      else if (const Change* c = change_at(row, col))
        text = change_text(*c);
    } else {
      const TrendPoint& point = trend.points[ref.index];
      if (col == round_column()) {
        text = to_wx(point.label) + (point.provisional ? "*" : "");
      } else if (const Estimate* e = estimate_at(row, col)) {
        text = estimate_text(*e, point.scored_interviews);
      } else if (col == stage_column()) {
        if (point.overall.stage) {
          text = wxString::Format("%d", *point.overall.stage);
          if (ref.trend < m_stage_names.size() && ref.index < m_stage_names[ref.trend].size() &&
              !m_stage_names[ref.trend][ref.index].empty())
            text += " " + to_wx(m_stage_names[ref.trend][ref.index]);
        } else {
          text = dash();
        }
      } else if (col == interviews_column()) {
        text = wxString::Format("%d", point.scored_interviews);
      }
    }
  }
  value = text;
}

bool TrendListModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
  if (row >= m_rows.size()) return false;
  if (m_rows[row].kind == RowKind::Step) {
    if (col == round_column()) {
      attr.SetColour(readable_accent(wxColour(0x5B, 0x63, 0x6E), list_background()));
      return true;
    }
    const Change* c = change_at(row, col);
    if (!c) return false;
    if (c->stage_change_within_noise) {
      // The truncation cliff: a new stage the data do not support.
      attr.SetBackgroundColour(wxColour(0xFF, 0xE0, 0xB2));
      attr.SetColour(readable_text_on(wxColour(0xFF, 0xE0, 0xB2)));
      attr.SetBold(true);
    } else if (c->verdict == ChangeVerdict::BeyondNoise) {
      const bool down = c->difference && *c->difference < 0;
      const wxColour background = down ? wxColour(0xF6, 0xC9, 0xC4) : wxColour(0xC8, 0xE6, 0xC9);
      attr.SetBackgroundColour(background);
      attr.SetColour(readable_text_on(background));
      attr.SetBold(true);
    } else {
      attr.SetColour(readable_accent(wxColour(0x6E, 0x6E, 0x6E), list_background()));
      attr.SetItalic(c->verdict == ChangeVerdict::NotAssessable);
    }
    return true;
  }
  const Trend& trend = (*m_trends)[m_rows[row].trend];
  const TrendPoint& point = trend.points[m_rows[row].index];
  std::optional<int> stage;
  if (const Estimate* e = estimate_at(row, col)) stage = e->stage;
  if (col == stage_column()) stage = point.overall.stage;
  if (col == overall_column() || col == stage_column() || col == community_column()) attr.SetBold(true);
  if (point.provisional) attr.SetItalic(true);
  if (stage) {
    attr.SetBackgroundColour(wx_colour(ChartStyle::stage_colour(*stage)));
    attr.SetColour(readable_text_on(wx_colour(ChartStyle::stage_colour(*stage))));
  }
  return true;
}

}  // namespace readiness::gui
