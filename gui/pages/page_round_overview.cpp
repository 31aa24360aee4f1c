#include "pages/page_round_overview.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/dataview.h>
#include "widgets/themed_colours.h"
#include "app/app_language.h"
#include "instrument_names.h"
#include "text/translate.h"
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/first_steps.h"
#include "models/interview_list_model.h"
#include "widgets/column_fit.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "app/page_host.h"
#include "round_result.h"
#include "app/setup_actions.h"
#include "text/wx_text.h"

namespace readiness::gui {

PageRoundOverview::PageRoundOverview(wxWindow* parent, PageHost& host)
    : wxPanel(parent, wxID_ANY), m_host(host), m_model(new InterviewListModel) {
  SetName("page_round_overview");
  auto* top = new wxBoxSizer(wxVERTICAL);

  m_heading = new wxStaticText(this, wxID_ANY, wxString());
  m_heading->SetFont(m_heading->GetFont().Scaled(1.5f).Bold());
  top->Add(m_heading, 0, wxEXPAND | wxALL, 12);

  m_facts_sizer = new wxFlexGridSizer(2, wxSize(16, 6));
  m_facts_sizer->AddGrowableCol(1, 1);
  add_fact(_("Issue:"), m_issue);
  add_fact(_("ANDTS areas:"), m_areas);
  add_fact(_("Community definition:"), m_definition);
  add_fact(_("Instrument:"), m_instrument);
  add_fact(_("Mode:"), m_mode);
  add_fact(_("Dates:"), m_dates);
  add_fact(_("Interviews:"), m_interviews);
  add_fact(_("Sectors covered:"), m_sectors);
  add_fact(_("Result:"), m_result);
  top->Add(m_facts_sizer, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);

  // What to do next in this round, as a button (first_steps.h).
  auto* next = new wxBoxSizer(wxHORIZONTAL);
  m_next_text = new wxStaticText(this, wxID_ANY, wxString());
  m_next_text->SetName("next_step_text");
  m_next_text->SetFont(m_next_text->GetFont().Bold());
  next->Add(m_next_text, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  m_next_button = new wxButton(this, wxID_ANY, wxString());
  next->Add(m_next_button, 0, wxALIGN_CENTER_VERTICAL);
  // After the click: the step may show another page or change this one.
  m_next_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (m_next_run) CallAfter(m_next_run);
  });
  top->Add(next, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);

  auto* list_heading = new wxStaticText(this, wxID_ANY, _("Interviews"));
  list_heading->SetFont(list_heading->GetFont().Bold());
  top->Add(list_heading, 0, wxLEFT | wxRIGHT | wxTOP, 12);

  m_list = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
  m_list->SetName("interview_list");
  m_list->AssociateModel(m_model.get());
  // Progress before the secondary columns: at 1024 px (a county laptop at
  // 125 %) Sector, Interviewer and Date are what scrolls off, not the
  // scoring progress (review item 11). Widths follow the content
  // (fit_columns_to_room).
  using M = InterviewListModel;
  struct ColumnSpec {
    wxString title;
    unsigned model_column;
    wxAlignment align;
  };
  const ColumnSpec columns[] = {
      // TRANSLATORS: column header: interview number/id.
      {_("No."), M::ColId, wxALIGN_LEFT},
      {_("Respondent"), M::ColRespondent, wxALIGN_LEFT},
      {_("Status"), M::ColStatus, wxALIGN_LEFT},
      {_("Answers"), M::ColAnswers, wxALIGN_RIGHT},
      // TRANSLATORS: column header: dimensions scored by scorer A.
      {_("Scorer A"), M::ColScorerA, wxALIGN_RIGHT},
      {_("Scorer B"), M::ColScorerB, wxALIGN_RIGHT},
      {_("Consensus"), M::ColConsensus, wxALIGN_RIGHT},
      {_("Sector"), M::ColSector, wxALIGN_LEFT},
      {_("Interviewer"), M::ColInterviewer, wxALIGN_LEFT},
      {_("Date"), M::ColDate, wxALIGN_LEFT},
  };
  for (const auto& c : columns) {
    auto* renderer = new wxDataViewTextRenderer("string", wxDATAVIEW_CELL_INERT, c.align);
    const int width = GetTextExtent(c.title).x + FromDIP(28);
    m_list->AppendColumn(new wxDataViewColumn(c.title, renderer, c.model_column, width, c.align,
                                              wxDATAVIEW_COL_RESIZABLE));
  }
  m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    fit_columns_to_room();
  });
  top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);

  // The hint on its own line: beside the buttons it was cut at 1024 px.
  auto* hint = new wxStaticText(this, wxID_ANY, _("Double-click an interview or press Enter to capture it."));
  set_muted_text(hint);
  top->Add(hint, 0, wxLEFT | wxRIGHT, 12);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->AddStretchSpacer();
  // The list's own add button: respondents bring their planned interviews.
  auto* respondents = new wxButton(this, wxID_ANY, _("Res&pondents..."));
  respondents->SetName("round_respondents");
  respondents->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    CallAfter([this] { edit_respondents(this, m_host, m_round_id); });
  });
  respondents->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(m_document && !m_document->read_only() && !m_round_id.empty());
  });
  buttons->Add(respondents, 0, wxRIGHT, 6);
  m_open = new wxButton(this, wxID_ANY, _("&Open interview"));
  m_open->SetName("open_interview");
  buttons->Add(m_open, 0);
  // The method's next steps for this round (scoring side, main_frame_scoring.cpp).
  auto* score = new wxButton(this, wxID_ANY, _("S&core"));
  score->SetName("open_scoring");
  auto* consensus = new wxButton(this, wxID_ANY, _("Co&nsensus"));
  consensus->SetName("open_consensus");
  auto* results = new wxButton(this, wxID_ANY, _("Res&ults"));
  results->SetName("open_results");
  buttons->Add(score, 0, wxLEFT, 6);
  buttons->Add(consensus, 0, wxLEFT, 6);
  buttons->Add(results, 0, wxLEFT, 6);
  score->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    const std::string interview =
        m_list->HasSelection() ? m_model->interview_id(m_model->GetRow(m_list->GetSelection())) : std::string();
    m_host.show_scoring(m_round_id, interview);
  });
  consensus->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_host.show_consensus(m_round_id); });
  results->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_host.show_results(m_round_id); });
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizer(top);

  // The next step's sentence wraps to the page's width.
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    if (m_next_text->IsShown()) set_label(m_next_text, m_next_label, next_step_wrap());
  });
  m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { open_selected(); });
  m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_selected(); });
  m_open->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(m_list->HasSelection()); });
}

PageRoundOverview::~PageRoundOverview() {
  m_list->AssociateModel(nullptr);
  if (m_document) m_document->remove_observer(this);
}

void PageRoundOverview::add_fact(const wxString& label, wxStaticText*& value) {
  auto* name = new wxStaticText(this, wxID_ANY, label);
  set_muted_text(name);
  value = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  m_facts_sizer->Add(name, 0, wxALIGN_TOP);
  m_facts_sizer->Add(value, 1, wxEXPAND);
}

void PageRoundOverview::set_document(ProjectDocumentPtr document) {
  if (m_document) m_document->remove_observer(this);
  m_document = std::move(document);
  if (m_document) m_document->add_observer(this);
  m_round_id.clear();
  m_model->show(m_document, {});
}

void PageRoundOverview::show(const std::string& round_id) {
  const bool same = round_id == m_round_id;
  m_round_id = round_id;
  if (!same) m_model->show(m_document, m_round_id);
  refresh_facts();
  fit_columns_to_room();
  if (!same && m_model->GetCount() > 0) m_list->Select(m_model->GetItem(0));
}

bool PageRoundOverview::select_interview(const std::string& interview_id) {
  const int row = m_model->row_of(interview_id);
  if (row < 0) return false;
  const wxDataViewItem item = m_model->GetItem(static_cast<unsigned>(row));
  m_list->Select(item);
  m_list->EnsureVisible(item);
  return true;
}

void PageRoundOverview::open_selected() {
  if (!m_list->HasSelection()) return;
  const std::string id = m_model->interview_id(m_model->GetRow(m_list->GetSelection()));
  if (!id.empty()) m_host.show_interview(m_round_id, id);
}

void PageRoundOverview::on_project_changed(const ChangeEvent& event) {
  if (event.what == ChangeEvent::What::State || event.what == ChangeEvent::What::Project) return;
  if (!event.round_id.empty() && event.round_id != m_round_id && event.what != ChangeEvent::What::Community) return;
  if (event.what == ChangeEvent::What::Interview) {
    const int row = m_model->row_of(event.interview_id);
    if (row >= 0) m_model->RowChanged(static_cast<unsigned>(row));
    refresh_facts();
    return;
  }
  // Added or removed interviews, or the round itself: show afresh.
  const std::string keep = m_round_id;
  m_round_id.clear();
  if (m_document && m_document->project().find_round(keep)) {
    show(keep);
  } else {
    m_model->show(m_document, {});
    refresh_facts();
  }
}

void PageRoundOverview::refresh_facts() {
  const Round* round = m_document ? m_document->project().find_round(m_round_id) : nullptr;
  if (!round) {
    m_heading->SetLabel(wxString());
    for (auto* t : {m_issue, m_areas, m_definition, m_instrument, m_mode, m_dates, m_interviews, m_sectors, m_result})
      t->SetLabel(wxString());
    refresh_next_step();
    return;
  }
  const Project& project = m_document->project();
  const Community* community = project.find_community(round->community_id);
  const wxString community_name = community ? to_wx(community->name) : wxString();
  set_label(m_heading, wxString::Format(_("%s — round %s"), community_name, to_wx(round->label)));

  auto or_dash = [](const wxString& text) { return text.empty() ? wxString::FromUTF8("\u2013") : text; };
  m_issue->SetLabel(or_dash(to_wx(round->issue)));
  m_areas->SetLabel(or_dash(area_list(round->areas)));
  m_definition->SetLabel(or_dash(to_wx(round->community_definition)));
  m_instrument->SetLabel(wxString::Format(_("%s (%s, version %s)"), to_wx(round->instrument.title),
                                          to_wx(round->instrument.id), to_wx(round->instrument.version)));
  m_mode->SetLabel(mode_label(round->mode) + wxString::FromUTF8(" \u00b7 ") + round_status_label(round->status));
  wxString dates = to_wx(round->start_date);
  if (!round->end_date.empty()) dates += wxString::FromUTF8(" \u2013 ") + to_wx(round->end_date);
  m_dates->SetLabel(or_dash(dates));

  const RoundProgress progress = round_progress(*round);
  m_interviews->SetLabel(wxString::Format(
      wxPLURAL("%d interview: %d transcribed, %d with complete consensus",
               "%d interviews: %d transcribed, %d with complete consensus", progress.interviews),
      progress.interviews, progress.transcribed, progress.consensus_complete));

  wxString sectors;
  const auto covered = sectors_covered(*round);
  for (const auto& s : covered) {
    if (!sectors.empty()) sectors += ", ";
    sectors += sector_label(s);
  }
  m_sectors->SetLabel(or_dash(sectors));

  // Every number here comes from scoring/.
  const RoundResult result = score_round(project, *round);
  wxString text;
  if (result.overall && result.overall_stage) {
    text = wxString::Format(_("Overall %s, stage %d (%s)"), mean_label(*result.overall),
                            *result.overall_stage,
                            to_wx(stage_name(round->instrument, *result.overall_stage, ui_language())));
    if (result.provisional) text += " " + _("(provisional: consensus missing)");
  } else {
    text = _("No overall score yet: a dimension has no consensus score.");
  }
  m_result->SetLabel(text);
  refresh_next_step();
  Layout();
}

void PageRoundOverview::fit_columns_to_room() {
  // Sector, the widest text, takes what the others leave (kept readable).
  const int sector = column_position(m_list, InterviewListModel::ColSector);
  if (sector >= 0)
    fit_columns(m_list, static_cast<unsigned>(sector), m_list->GetColumnCount() - 1, FromDIP(110));
}

int PageRoundOverview::next_step_wrap() const {
  return std::max(200, GetClientSize().x - m_next_button->GetBestSize().x - FromDIP(48));
}

void PageRoundOverview::refresh_next_step() {
  const Round* round = m_document ? m_document->project().find_round(m_round_id) : nullptr;
  const bool show = round && !m_document->read_only();
  m_next_text->Show(show);
  m_next_button->Show(show);
  m_next_run = nullptr;
  if (!show) return;
  NextStep step = round_next_step(*round, this, m_host);
  m_next_label = step.text;
  set_label(m_next_text, step.text, next_step_wrap());
  m_next_button->SetLabel(step.button);
  m_next_button->SetName(step.name);
  m_next_run = std::move(step.run);
}

}  // namespace readiness::gui
