#include "pages/page_trend.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/app_language.h"
#include "instrument_names.h"
#include "charts/app_charts.h"
#include "charts/chart_panel.h"
#include "text/comparison_labels.h"
#include "text/label_util.h"
#include "action_linkage.h"
#include "mean_format.h"
#include "models/plan_rows.h"
#include "app/page_host.h"
#include "widgets/column_fit.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "models/trend_list_model.h"
#include "models/selection_lists.h"
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

wxString signed_number(double value) {
  return wxString(value > 0 ? "+" : "") + to_wx(format_fixed(value, 2, decimal_point()));
}

wxString verdict_words(const Change& c) {
  switch (c.verdict) {
    case ChangeVerdict::BeyondNoise: return _("beyond the noise");
    case ChangeVerdict::WithinNoise: return _("within the noise");
    case ChangeVerdict::NotAssessable: break;
  }
  return _("not assessable (fewer than two interviews)");
}

}  // namespace

PageTrend::PageTrend(wxWindow* parent, PageHost& host)
    : wxScrolledWindow(parent, wxID_ANY),
      m_host(host),
      m_follower(host, *this),
      m_trends(std::make_shared<const std::vector<Trend>>()),
      m_model(new TrendListModel) {
  SetName("page_trend");
  const int gap = FromDIP(12);
  auto* top = new wxBoxSizer(wxVERTICAL);

  m_picker = new ComparisonPicker(this, "trend", NewIssuePicks::EveryPeriodFirstCommunity, false, [this] {
    const ProjectDocumentPtr doc = m_follower.document();
    return doc ? &doc->project() : nullptr;
  });
  m_picker->set_on_change([this] { update_trends(); });
  const ComparisonPageTop parts =
      add_comparison_page_top(this, top, _("Trend over rounds"), m_picker, "trend", "trend_verdicts", m_model.get());
  m_notice = parts.notice;
  m_list = parts.table;
  m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    fit_columns_to_room();
  });
  m_legend = parts.legend;
  m_verdicts = parts.summary;

  // What did we do, and did readiness move? (issue 13)
  auto* actions_title = new wxStaticText(this, wxID_ANY, _("What did we do, and did readiness move?"));
  actions_title->SetFont(actions_title->GetFont().Bold());
  top->Add(actions_title, 0, wxLEFT | wxRIGHT | wxTOP, gap);
  m_actions_intro = new wxStaticText(this, wxID_ANY, wxString());
  m_actions_intro->SetName("trend_actions_text");
  top->AddSpacer(FromDIP(4));
  top->Add(m_actions_intro, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
  m_actions = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxDV_ROW_LINES | wxDV_SINGLE | wxDV_HORIZ_RULES);
  m_actions->SetName("trend_actions");
  auto column = [this](const wxString& title, int width) {
    const int w = std::max(FromDIP(width), GetTextExtent(title).x + FromDIP(24));
    if (m_actions->GetColumnCount() != kLAction) m_actions_fixed_width += w;
    m_actions->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, w, wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
  };
  column(_("Community"), 80);
  column(_("Rounds"), 90);
  column(_("Dim."), 40);
  column(_("Change"), 160);
  column(_("Action"), 300);  // then given what the others leave (wrap_texts)
  column(_("When"), 130);
  column(_("Status"), 90);
  top->Add(m_actions, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);

  auto* chart_row = new wxBoxSizer(wxHORIZONTAL);
  chart_row->Add(new wxStaticText(this, wxID_ANY, _("Chart:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(6));
  m_chart_subject = new wxChoice(this, wxID_ANY);
  m_chart_subject->SetName("trend_chart_subject");
  chart_row->Add(m_chart_subject, 0, wxALIGN_CENTER_VERTICAL);
  top->Add(chart_row, 0, wxLEFT | wxRIGHT | wxTOP, gap);
  m_chart = new ChartPanel(this, ChartKind::Lines);
  m_chart->SetName("trend_chart");
  top->Add(m_chart, 1, wxEXPAND | wxALL, gap);
  SetSizer(top);
  make_scrolling(this);

  m_chart_subject->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_chart(); });
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { wrap_texts(); });
  });
  Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
    e.Skip();
    if (e.IsShown() && m_follower.stale) refresh();
  });
}

PageTrend::~PageTrend() {
  m_list->AssociateModel(nullptr);
}

void PageTrend::on_project_changed(const ChangeEvent& event) {
  if (event.what == ChangeEvent::What::State) return;
  m_follower.stale = true;
  if (IsShownOnScreen()) refresh();
}

void PageTrend::refresh() {
  m_follower.sync();
  m_picker->reload();
  if (const ComparisonChoice* choice = current_choice()) {
    select_choice(choice->issue, choice->mode);
    return;
  }
  m_picker->clear();
  update_trends();
}

void PageTrend::show_selection(const RoundSelection& selection) {
  m_follower.sync();
  m_picker->reload();
  if (!selection.issue.empty() && !select_choice(selection.issue, selection.mode)) return;
  if (selection.issue.empty() && current_choice()) select_choice(current_choice()->issue, current_choice()->mode);
  if (!selection.community_ids.empty()) select_communities(selection.community_ids);
  if (!selection.labels.empty()) select_periods(selection.labels);
}

const ComparisonChoice* PageTrend::current_choice() const { return m_picker->current_choice(); }
const RoundSelection& PageTrend::selection() const { return m_picker->selection(); }

bool PageTrend::select_choice(const std::string& issue, Mode mode) {
  if (!m_follower.document() || m_picker->choices().empty()) {
    m_follower.sync();
    m_picker->reload();
  }
  if (!m_picker->select_choice(issue, mode)) return false;
  update_trends();
  return true;
}

void PageTrend::select_communities(const std::vector<std::string>& community_ids) {
  m_picker->select_communities(community_ids);
  update_trends();
}

void PageTrend::select_periods(const std::vector<std::string>& labels) {
  m_picker->select_periods(labels);
  update_trends();
}

void PageTrend::update_trends() {
  const ProjectDocumentPtr doc = m_follower.document();
  auto trends = std::make_shared<std::vector<Trend>>();
  // An empty pick follows nothing (not everything).
  const RoundSelection& picked = selection();
  if (doc && current_choice() && !picked.labels.empty() && !picked.community_ids.empty())
    *trends = trend_selection(doc->project(), picked);
  m_trends = trends;

  std::vector<std::vector<std::string>> stage_names;
  for (const Trend& t : *trends) {
    std::vector<std::string> names;
    for (const TrendPoint& p : t.points) {
      const Round* round = doc->project().find_round(p.round_id);
      names.push_back(round && p.overall.stage ? stage_name(round->instrument, *p.overall.stage, ui_language())
                                                : std::string());
    }
    stage_names.push_back(std::move(names));
  }
  m_model->set_trends(m_trends, std::move(stage_names));
  rebuild_columns();

  // Chart subjects: every community's overall, or one community's dimensions.
  // The subject picked stays while the same communities are shown; a new
  // set starts from every community's overall score (one: its dimensions).
  const int before = m_chart_subject->GetSelection();
  const bool same_set = m_chart_subject->GetCount() == trends->size() + 1;
  m_chart_subject->Clear();
  m_chart_subject->Append(_("Overall score of every selected community"));
  for (const Trend& t : *trends)
    m_chart_subject->Append(wxString::Format(_("%s: every dimension and the overall score"), to_wx(t.community_name)));
  const int count = static_cast<int>(m_chart_subject->GetCount());
  m_chart_subject->SetSelection(trends->size() == 1 ? 1 : (same_set && before > 0 && before < count ? before : 0));
  update_chart();
  update_actions();
  update_texts();
  relayout_scrolling(this);
}

void PageTrend::update_actions() {
  m_actions->DeleteAllItems();
  const ProjectDocumentPtr doc = m_follower.document();
  bool any = false;
  for (const Trend& t : *m_trends) {
    for (std::size_t step = 0; step < t.steps.size(); ++step) {
      const TrendStep& s = t.steps[step];
      // The same function readiness-cli trend and the workbook use.
      const std::vector<std::vector<LinkedAction>> linked = step_actions(doc->project(), t, step);
      for (std::size_t d = 0; d < linked.size() && d < s.dimensions.size(); ++d) {
        bool first = true;
        for (const LinkedAction& a : linked[d]) {
          wxVector<wxVariant> values;
          values.push_back(wxVariant(first ? to_wx(t.community_name) : wxString()));
          values.push_back(wxVariant(first ? to_wx(s.from_label) + wxString::FromUTF8(" → ") + to_wx(s.to_label)
                                           : wxString()));
          values.push_back(wxVariant(first ? to_wx(t.dimensions[d]) : wxString()));
          values.push_back(wxVariant(first ? change_text(s.dimensions[d]) + ", " + verdict_words(s.dimensions[d])
                                           : wxString()));
          wxString action = to_wx(a.action_id) + " " + to_wx(a.activity);
          if (a.commitment) action += " (" + _("joint commitment") + ")";
          values.push_back(wxVariant(action));
          wxString when = to_wx(a.start);
          if (a.end != a.start) when += wxString::FromUTF8("–") + to_wx(a.end);
          values.push_back(wxVariant(when));
          values.push_back(wxVariant(status_label(a.status)));
          m_actions->AppendItem(values);
          first = false;
          any = true;
        }
      }
    }
  }
  if (any)
    m_actions_text = _("The actions of the plans and joint commitments tied to each dimension whose time falls between "
                       "two rounds, beside that dimension's change. They happened alongside the change: that alone "
                       "does not show they caused it. Readiness can move for other reasons, and an action may work "
                       "only after the next round.");
  else if (std::any_of(m_trends->begin(), m_trends->end(), [](const Trend& t) { return !t.steps.empty(); }))
    m_actions_text = _("No action of a plan or joint commitment is tied to a dimension between these rounds.");
  else
    m_actions_text = _("Actions tied to a dimension are shown here once there are two rounds to compare.");
  m_actions->Show(any);
  const int rows = static_cast<int>(std::min(std::max(m_actions->GetItemCount(), 1), 10));
  const int text = GetTextExtent("Ag").y;
  m_actions->SetMinSize(wxSize(-1, rows * (text + FromDIP(6)) + text + FromDIP(16)));
}

void PageTrend::select_chart(int subject) {
  if (subject >= 0 && subject < static_cast<int>(m_chart_subject->GetCount())) m_chart_subject->SetSelection(subject);
  update_chart();
}

void PageTrend::update_chart() {
  const int subject = m_chart_subject->GetSelection();
  if (m_trends->empty()) {
    m_chart->set_chart(ChartData{}, ChartKind::Lines);
    return;
  }
  if (subject <= 0) {
    m_chart->set_chart(trend_overall_chart(*m_trends), ChartKind::Lines);
    return;
  }
  const Trend& trend = (*m_trends)[static_cast<std::size_t>(subject - 1)];
  DimensionNames names;
  if (const ProjectDocumentPtr doc = m_follower.document(); doc && !trend.points.empty())
    if (const Round* round = doc->project().find_round(trend.points.back().round_id))
      for (const auto& d : round->instrument.dimensions)
        names[d.code] = dimension_name(round->instrument, d.code, ui_language());
  m_chart->set_chart(trend_chart(trend, names), ChartKind::Lines);
}

void PageTrend::rebuild_columns() {
  m_list->ClearColumns();
  if (m_trends->empty()) return;
  const TrendListModel& model = *m_model;
  auto add = [&](const wxString& title, unsigned col, int width, wxAlignment align) {
    auto* renderer = new wxDataViewTextRenderer("string", wxDATAVIEW_CELL_INERT, align);
    const int w = std::max(FromDIP(width), GetTextExtent(title).x + FromDIP(24));
    m_list->AppendColumn(new wxDataViewColumn(title, renderer, col, w, align, wxDATAVIEW_COL_RESIZABLE));
  };
  // The overall score and stage right after the round, then the
  // dimensions: at 1024 px the overall change stays in view (review item
  // 11). Widths follow the content (fit_columns_to_room).
  add(_("Community"), model.community_column(), 100, wxALIGN_LEFT);
  add(_("Round"), model.round_column(), 100, wxALIGN_LEFT);
  add(_("Overall"), model.overall_column(), 90, wxALIGN_RIGHT);
  add(_("Stage"), model.stage_column(), 130, wxALIGN_LEFT);
  const Trend& first = m_trends->front();
  for (std::size_t d = 0; d < first.dimensions.size(); ++d)
    add(to_wx(first.dimensions[d]), model.dimension_column(d), 84, wxALIGN_RIGHT);
  // n: interviews with a consensus score, as readiness-cli trend heads it.
  add("n", model.interviews_column(), 40, wxALIGN_RIGHT);
  fit_columns_to_room();

  const int rows = static_cast<int>(std::min<std::size_t>(std::max<std::size_t>(model.rows().size(), 3), 10));
  const int text = GetTextExtent("Ag").y;
  m_list->SetMinSize(wxSize(-1, rows * (text + FromDIP(6)) + text + FromDIP(16)));
}

void PageTrend::fit_columns_to_room() {
  if (m_list->GetColumnCount() == 0) return;
  // The stage's name in full, in view beside the overall score.
  const int stage = column_position(m_list, m_model->stage_column());
  if (stage >= 0) fit_columns(m_list, static_cast<unsigned>(stage), static_cast<unsigned>(stage), FromDIP(110));
}

wxString PageTrend::notices() const { return m_notice_text; }
wxString PageTrend::verdicts() const { return m_verdicts_text; }

void PageTrend::update_texts() {
  wxString notice;
  wxString legend;
  wxString verdicts;
  const ComparisonChoice* choice = current_choice();
  if (m_picker->choices().empty()) {
    notice = _("No rounds to follow yet.");
  } else if (m_trends->empty()) {
    notice = _("Pick at least one period and one community.");
  } else {
    notice = choice && choice->mode == Mode::SelfRating ? _("Self-rated rounds only.")
                                                        : _("Key-respondent interviews only.");
    const bool other_mode =
        std::any_of(m_trends->begin(), m_trends->end(), [](const Trend& t) { return t.other_mode_split; });
    if (other_mode)
      notice += " " + _("Rounds of this issue in the other mode are a separate trend, never on this axis "
                        "(self-rating scores higher than interviews).");
    std::vector<std::string> dropped, instruments;
    for (const Trend& t : *m_trends) {
      for (const auto& code : t.dropped_dimensions)
        if (!contains(dropped, code)) dropped.push_back(code);
      for (const auto& id : t.instruments)
        if (!contains(instruments, id)) instruments.push_back(id);
    }
    if (!dropped.empty())
      notice += "\n" + wxString::Format(_("The instruments differ (%s): followed on the dimensions all rounds "
                                          "share only; left out: %s."),
                                        joined(instruments), joined(dropped));
    if (m_trends->size() > 1)
      notice += "\n" + _("Several communities: every line follows the same dimensions.");
    if (std::any_of(m_trends->begin(), m_trends->end(), [](const Trend& t) {
          return std::any_of(t.points.begin(), t.points.end(), [](const TrendPoint& p) { return p.provisional; });
        }))
      notice += "\n" + _("* provisional: consensus still missing somewhere in the round");

    legend = _("± half-width of the 95% interval of the mean, from the spread between interviews · "
               "↑/↓ beyond the noise (Welch t-test, 5%) · ≈ within the noise · ? not assessable (n < 2) · "
               "! the stage changed, but within the noise");

    for (const Trend& t : *m_trends) {
      for (const TrendStep& s : t.steps) {
        const Change& c = s.overall;
        wxString line = wxString::Format(_("%s, overall %s → %s: "), to_wx(t.community_name), to_wx(s.from_label),
                                         to_wx(s.to_label));
        if (c.difference) line += signed_number(*c.difference) + ", ";
        line += verdict_words(c);
        if (c.threshold && c.verdict != ChangeVerdict::NotAssessable)
          line += " " + wxString::Format(_("(noise threshold %s)"), to_wx(format_fixed(*c.threshold, 2, decimal_point())));
        if (c.stage_change_within_noise)
          line += wxString::FromUTF8(" — ") + _("the stage changed, but within the noise");
        std::vector<std::string> beyond, flagged;
        for (std::size_t d = 0; d < s.dimensions.size() && d < t.dimensions.size(); ++d) {
          if (s.dimensions[d].verdict == ChangeVerdict::BeyondNoise) beyond.push_back(t.dimensions[d]);
          if (s.dimensions[d].stage_change_within_noise) flagged.push_back(t.dimensions[d]);
        }
        line += ". ";
        line += beyond.empty() ? _("No dimension moved beyond the noise.")
                               : wxString::Format(_("Beyond the noise: %s."), joined(beyond));
        if (!flagged.empty())
          line += " " + wxString::Format(_("Stage changed within the noise: %s."), joined(flagged));
        verdicts += (verdicts.empty() ? "" : "\n") + line;
      }
      if (t.steps.empty())
        verdicts += (verdicts.empty() ? "" : "\n") +
                    wxString::Format(_("%s: one round only, nothing to compare yet."), to_wx(t.community_name));
    }
  }
  m_notice_text = notice;
  m_legend_text = legend;
  m_verdicts_text = verdicts;
  m_wrapped_width = 0;
  wrap_texts();
}

void PageTrend::wrap_texts() {
  const int width = GetClientSize().x;
  if (width <= 0 || width == m_wrapped_width) return;
  m_wrapped_width = width;
  // Room for the vertical scroll bar, which may come with the new text.
  const int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
  const int full = width - 2 * FromDIP(12) - scrollbar;
  // The notice gets what the pickers leave of the row.
  Layout();
  set_label(m_notice, m_notice_text, std::max(m_notice->GetSize().x - scrollbar, FromDIP(240)));
  set_label(m_legend, m_legend_text, full);
  set_label(m_verdicts, m_verdicts_text, full);
  set_label(m_actions_intro, m_actions_text, full);
  // The action's title gets the width the other columns leave.
  m_actions->GetColumn(kLAction)->SetWidth(std::max(FromDIP(240), full - m_actions_fixed_width - FromDIP(8)));
  relayout_scrolling(this);
}

}  // namespace readiness::gui
