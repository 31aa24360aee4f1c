#include "pages/page_results.h"

#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include "charts/app_charts.h"
#include "app/app_language.h"
#include "instrument_names.h"
#include "charts/chart_panel.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "app/page_host.h"
#include "round_result.h"
#include "round_warnings.h"
#include "text/score_labels.h"
#include "strategy.h"
#include "widgets/page_layout.h"
#include "widgets/themed_colours.h"
#include "dialogs/help_window.h"
#include "text/translate.h"
#include "uncertainty.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString dash() { return wxString::FromUTF8("\u2013"); }

}  // namespace

PageResults::PageResults(wxWindow* parent, PageHost& host)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL), m_host(host) {
  SetName("page_results");
  SetScrollRate(0, FromDIP(16));
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_heading = new wxStaticText(this, wxID_ANY, wxString());
  m_heading->SetFont(m_heading->GetFont().Scaled(1.4f).Bold());
  {
    // The heading with its context help ("?": the guide's section on this page).
    auto* heading_row = new wxBoxSizer(wxHORIZONTAL);
    heading_row->Add(m_heading, 1, wxALIGN_CENTER_VERTICAL);
    heading_row->Add(make_help_button(this, "results"), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    top->Add(heading_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  }
  m_subtitle = new wxStaticText(this, wxID_ANY, wxString());
  m_subtitle->SetName("results_subtitle");
  set_muted_text(m_subtitle);
  top->Add(m_subtitle, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);

  // Overall score and stage beside the warnings.
  auto* head = new wxBoxSizer(wxHORIZONTAL);
  auto* overall_box = new wxBoxSizer(wxVERTICAL);
  auto* overall_caption = new wxStaticText(this, wxID_ANY, _("Overall score"));
  set_muted_text(overall_caption);
  overall_box->Add(overall_caption, 0);
  m_overall = new wxStaticText(this, wxID_ANY, wxString());
  m_overall->SetName("overall_score");
  m_overall->SetFont(m_overall->GetFont().Scaled(2.2f).Bold());
  overall_box->Add(m_overall, 0);
  m_stage = new wxStaticText(this, wxID_ANY, wxString());
  m_stage->SetName("overall_stage");
  m_stage->SetFont(m_stage->GetFont().Scaled(1.25f).Bold());
  overall_box->Add(m_stage, 0, wxTOP, 2);
  m_provisional = new wxStaticText(this, wxID_ANY, wxString());
  m_provisional->SetName("provisional");
  set_accent_text(m_provisional, colours::kWarning);
  m_provisional->SetFont(m_provisional->GetFont().Bold());
  overall_box->Add(m_provisional, 0, wxTOP, 4);
  head->Add(overall_box, 0, wxRIGHT, 30);
  auto* warn_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Before reading the stage"));
  m_warnings = new wxStaticText(warn_box->GetStaticBox(), wxID_ANY, wxString());
  m_warnings->SetName("warnings");
  warn_box->Add(m_warnings, 1, wxEXPAND | wxALL, 4);
  head->Add(warn_box, 1, wxEXPAND);
  top->Add(head, 0, wxEXPAND | wxALL, 12);

  // The profile: radar and bars side by side.
  auto* charts = new wxBoxSizer(wxHORIZONTAL);
  m_radar = new ChartPanel(this, ChartKind::Radar);
  m_radar->SetName("results_radar");
  m_bars = new ChartPanel(this, ChartKind::Bars);
  m_bars->SetName("results_bars");
  m_radar->SetMinSize(FromDIP(wxSize(380, 340)));
  m_bars->SetMinSize(FromDIP(wxSize(380, 340)));
  charts->Add(m_radar, 1, wxEXPAND | wxRIGHT | wxBOTTOM, 8);
  charts->Add(m_bars, 1, wxEXPAND | wxBOTTOM, 8);
  top->Add(charts, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
  // Side by side when both fit, else one under the other (1024×700).
  follow_width(this, charts, 800);

  // Dimension table beside the lowest dimension(s) and their strategies.
  auto* lower = new wxBoxSizer(wxHORIZONTAL);
  m_table = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 210)), wxLC_REPORT | wxLC_HRULES);
  m_table->SetName("dimension_table");
  const struct {
    wxString title;
    int width;
  } columns[] = {{_("Dimension"), 200}, {_("Mean"), 70},       {_("Stage"), 55},        {_("n"), 35},
                 {_("SD"), 50},        {_("Min–max"), 90},    {_("95% interval"), 110}};
  int col = 0;
  for (const auto& c : columns) {
    const int width = std::max(FromDIP(c.width), GetTextExtent(c.title).x + FromDIP(20));
    m_table->AppendColumn(c.title, col == 0 ? wxLIST_FORMAT_LEFT : wxLIST_FORMAT_RIGHT, width);
    ++col;
  }
  int table_width = FromDIP(8);
  for (int c = 0; c < m_table->GetColumnCount(); ++c) table_width += m_table->GetColumnWidth(c);
  m_table->SetMinSize(wxSize(table_width, FromDIP(210)));
  lower->Add(m_table, 0, wxEXPAND | wxRIGHT | wxBOTTOM, 12);
  auto* lowest_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Start with the lowest dimension"));
  m_lowest_box = lowest_box->GetStaticBox();
  m_lowest = new wxStaticText(m_lowest_box, wxID_ANY, wxString());
  m_lowest->SetName("lowest");
  lowest_box->Add(m_lowest, 1, wxEXPAND | wxALL, 4);
  lower->Add(lowest_box, 1, wxEXPAND);
  top->Add(lower, 0, wxEXPAND | wxALL, 12);
  follow_width(this, lower, 920);
  SetSizer(top);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (!m_round_id.empty()) CallAfter([this] { refresh(); });
  });
}

PageResults::~PageResults() {
  if (m_document) m_document->remove_observer(this);
}

void PageResults::attach_document() {
  ProjectDocumentPtr now = m_host.document();
  if (now == m_document) return;
  if (m_document) m_document->remove_observer(this);
  m_document = std::move(now);
  if (m_document) m_document->add_observer(this);
}

void PageResults::show(const std::string& round_id) {
  attach_document();
  m_round_id = round_id;
  refresh();
}

void PageResults::refresh() {
  if (!m_document) return;
  const Project& project = m_document->project();
  const Round* round = project.find_round(m_round_id);
  if (!round) return;
  RoundResult result = score_round(project, *round);
  // Stage and dimension names in the window's language (instrument_names.h).
  const std::string lang = ui_language();
  for (auto& d : result.dimensions) d.name = dimension_name(round->instrument, d.code, lang);
  if (result.overall_stage) result.overall_stage_name = stage_name(round->instrument, *result.overall_stage, lang);
  const RoundWarnings warnings = round_warnings(*round, result);

  // TRANSLATORS: page heading: "Results · Arjeplog 2022".
  m_heading->SetLabel(wxString::Format(_("Results · %s %s"), to_wx(result.community_name), to_wx(result.label)));
  set_label(m_subtitle,
            wxString::Format(_("%s · instrument %s · %s · %d of %d interviews with a consensus score"),
                             to_wx(result.issue), to_wx(result.instrument_id), mode_label(result.mode),
                             result.scored_interviews, result.interviews),
            // Wrapped to the page, not cut (review item 12).
            std::max(FromDIP(200), GetClientSize().x - FromDIP(24)));

  if (result.overall) {
    m_overall->SetLabel(mean_label(*result.overall, 4));
    m_stage->SetLabel(wxString::Format(_("Stage %d: %s"), *result.overall_stage, to_wx(result.overall_stage_name)));
  } else {
    m_overall->SetLabel(dash());
    m_stage->SetLabel(_("No overall score while a dimension has no consensus score"));
  }
  m_provisional->SetLabel(result.provisional ? _("Provisional: consensus is not settled everywhere") : wxString());

  // Warnings, each on a line.
  wxString w;
  auto line = [&w](const wxString& text) { w += wxString::FromUTF8("\u2022 ") + text + "\n"; };
  if (warnings.too_few_interviews)
    line(wxString::Format(_("Only %d interviews with consensus: the method asks for at least %d (usually %d)."),
                          warnings.scored_interviews, kMinimumInterviews, kRecommendedInterviews));
  else if (warnings.fewer_than_recommended)
    line(wxString::Format(_("%d interviews with consensus: %d or more are recommended."), warnings.scored_interviews,
                          kRecommendedInterviews));
  if (!warnings.missing_sectors.empty()) {
    wxString sectors;
    for (const auto& id : warnings.missing_sectors) sectors += (sectors.empty() ? "" : ", ") + sector_label(id);
    line(_("Sectors not interviewed: ") + sectors + ".");
  }
  if (warnings.cells_without_consensus > 0)
    line(wxString::Format(wxPLURAL("Consensus missing in %d cell.", "Consensus missing in %d cells.",
                                   warnings.cells_without_consensus),
                          warnings.cells_without_consensus));
  if (!warnings.dimensions_without_score.empty()) {
    wxString codes;
    for (const auto& c : warnings.dimensions_without_score) codes += (codes.empty() ? "" : ", ") + to_wx(c);
    line(_("No consensus score at all on: ") + codes + ".");
  }
  if (w.empty()) w = _("None: enough interviews, consensus settled.") + "\n";
  w += _("With 4–6 interviews a change of one stage can be noise: read the decimals, n and spread.");
  set_label(m_warnings, w, std::max(FromDIP(300), GetClientSize().x - FromDIP(330)));

  // Charts from scoring's numbers (chart_adapters picks and labels).
  ChartData data = round_profile_chart(result, ProfileBand::Range);
  m_radar->set_chart(data, ChartKind::Radar);
  m_bars->set_chart(data, ChartKind::Bars);

  // The dimension table.
  m_table->Freeze();
  m_table->DeleteAllItems();
  for (const auto& d : result.dimensions) {
    const long row = m_table->InsertItem(m_table->GetItemCount(), to_wx(d.code + " " + d.name));
    m_table->SetItem(row, 1, d.mean ? mean_label(*d.mean, 4) : dash());
    m_table->SetItem(row, 2, d.stage ? wxString::Format("%d", *d.stage) : dash());
    m_table->SetItem(row, 3, wxString::Format("%d", d.n));
    m_table->SetItem(row, 4, d.n >= 2 ? statistic_text(d.sd, 2) : dash());
    m_table->SetItem(row, 5, d.min ? score_text(d.min) + wxString::FromUTF8("–") + score_text(d.max) : dash());
    const auto interval = dimension_interval(d);
    m_table->SetItem(row, 6, interval ? statistic_text(interval->low, 2) + wxString::FromUTF8("–") +
                                            statistic_text(interval->high, 2)
                                      : dash());
    if (std::find(result.lowest.begin(), result.lowest.end(), d.code) != result.lowest.end())
      m_table->SetItemFont(row, m_table->GetFont().Bold());
  }
  m_table->Thaw();

  // Lowest dimension(s): the stage's goal, channels and strategies.
  wxString lowest;
  for (const auto& s : suggest_strategies(*round, result)) {
    const DimensionResult* d = nullptr;
    for (const auto& dr : result.dimensions)
      if (dr.code == s.dimension) d = &dr;
    lowest += wxString::Format(_("%s %s: %s, stage %d (%s)"), to_wx(s.dimension),
                               to_wx(dimension_name(round->instrument, s.dimension, lang)),
                               d && d->mean ? mean_label(*d->mean, 2) : dash(), s.stage,
                               to_wx(stage_name(round->instrument, s.stage, lang))) +
              "\n";
    if (!s.goal.empty()) lowest += _("Goal: ") + to_wx(s.goal) + "\n";
    if (!s.channels.empty()) lowest += _("Channels: ") + to_wx(s.channels) + "\n";
    for (const auto& strategy : s.strategies) lowest += wxString::FromUTF8("  \u2022 ") + to_wx(strategy) + "\n";
    lowest += "\n";
  }
  if (lowest.empty()) lowest = _("Nothing scored yet.");
  // Wrapped to the box as laid out beside the table (its border and padding off).
  Layout();
  set_label(m_lowest, lowest.Strip(wxString::trailing),
            std::max(FromDIP(250), m_lowest_box->GetClientSize().x - FromDIP(16)));
  Layout();
  FitInside();
}

void PageResults::on_project_changed(const ChangeEvent& event) {
  if (m_round_id.empty() || event.what == ChangeEvent::What::State) return;
  if (event.what == ChangeEvent::What::Interview && event.round_id != m_round_id) return;
  if (!m_document->project().find_round(m_round_id) || !IsShownOnScreen()) return;
  refresh();
}

}  // namespace readiness::gui
