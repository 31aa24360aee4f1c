#include "pages/page_scoring.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/collpane.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include "app/app_language.h"
#include "blind_scoring.h"
#include "commands/command_score.h"
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

namespace {

wxStaticText* grey_text(wxWindow* parent, const wxString& text) {
  auto* t = new wxStaticText(parent, wxID_ANY, text);
  set_muted_text(t);
  return t;
}

}  // namespace

PageScoring::PageScoring(wxWindow* parent, PageHost& host) : wxPanel(parent, wxID_ANY), m_host(host) {
  SetName("page_scoring");
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_heading = new wxStaticText(this, wxID_ANY, wxString());
  m_heading->SetFont(m_heading->GetFont().Scaled(1.4f).Bold());
  {
    // The heading with its context help ("?": the guide's section on this page).
    auto* heading_row = new wxBoxSizer(wxHORIZONTAL);
    heading_row->Add(m_heading, 1, wxALIGN_CENTER_VERTICAL);
    heading_row->Add(make_help_button(this, "scoring"), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    top->Add(heading_row, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  }

  // Who, which interview, which dimension: one row, left to right.
  auto* pick = new wxBoxSizer(wxHORIZONTAL);
  pick->Add(new wxStaticText(this, wxID_ANY, _("Scoring as:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_slot_choice = new wxChoice(this, wxID_ANY);
  m_slot_choice->SetName("slot_choice");
  m_slot_choice->Append(slot_label(ScorerSlot::A, {}));
  m_slot_choice->Append(slot_label(ScorerSlot::B, {}));
  m_slot_choice->SetSelection(0);
  pick->Add(m_slot_choice, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_scorer_name = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(110, -1)),
                                 wxTE_PROCESS_ENTER);
  m_scorer_name->SetName("scorer_name");
  m_scorer_name->SetHint(_("Name"));
  m_scorer_name->SetToolTip(_("Who scores this interview in this slot"));
  pick->Add(m_scorer_name, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 18);
  pick->Add(new wxStaticText(this, wxID_ANY, _("Interview:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_interview_choice = new wxChoice(this, wxID_ANY);
  m_interview_choice->SetName("interview_choice");
  pick->Add(m_interview_choice, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(pick, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  // The dimension on a row of its own, so its name is never squeezed.
  auto* dim_row = new wxBoxSizer(wxHORIZONTAL);
  dim_row->Add(new wxStaticText(this, wxID_ANY, _("Dimension:")), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  auto* previous = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u25C0"), wxDefaultPosition, wxDefaultSize,
                                wxBU_EXACTFIT);
  previous->SetToolTip(_("Previous dimension (Alt+Up)"));
  m_dimension_choice = new wxChoice(this, wxID_ANY);
  m_dimension_choice->SetName("dimension_choice");
  auto* next = new wxButton(this, wxID_ANY, wxString::FromUTF8("\u25B6"), wxDefaultPosition, wxDefaultSize,
                            wxBU_EXACTFIT);
  next->SetToolTip(_("Next dimension (Alt+Down)"));
  m_dimension_choice->SetMinSize(FromDIP(wxSize(330, -1)));
  dim_row->Add(previous, 0, wxALIGN_CENTER_VERTICAL);
  dim_row->Add(m_dimension_choice, 0, wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 2);
  dim_row->Add(next, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 18);
  auto* keys = grey_text(this, _("Enter saves and moves on · + and − step 0.5 · Alt+Up/Down: dimension"));
  // The key hint beside the dimension on a wide page, under it on a narrow one.
  auto* dim_outer = new wxBoxSizer(wxHORIZONTAL);
  dim_outer->Add(dim_row, 0, wxEXPAND | wxBOTTOM, 4);
  dim_outer->Add(keys, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(dim_outer, 0, wxEXPAND | wxALL, 12);
  follow_width(this, dim_outer, 1100);

  auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxSP_LIVE_UPDATE | wxSP_3DSASH);
  splitter->SetMinimumPaneSize(FromDIP(260));
  splitter->SetSashGravity(0.5);

  // ---- left: the interview's answers ----------------------------------------
  auto* left = new wxPanel(splitter);
  auto* ls = new wxBoxSizer(wxVERTICAL);
  m_respondent = grey_text(left, wxString());
  ls->Add(m_respondent, 0, wxEXPAND | wxBOTTOM, 6);
  auto* search_row = new wxBoxSizer(wxHORIZONTAL);
  m_search = new wxSearchCtrl(left, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  m_search->SetName("answer_search");
  m_search->SetDescriptiveText(_("Search the answers"));
  m_search->ShowCancelButton(true);
  search_row->Add(m_search, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  m_matches = grey_text(left, wxString());
  search_row->Add(m_matches, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  m_all_questions = new wxCheckBox(left, wxID_ANY, _("&All questions"));
  m_all_questions->SetName("all_questions");
  m_all_questions->SetToolTip(_("Evidence can turn up in any answer: show the other questions too"));
  search_row->Add(m_all_questions, 0, wxALIGN_CENTER_VERTICAL);
  ls->Add(search_row, 0, wxEXPAND | wxBOTTOM, 6);
  m_answers = new wxTextCtrl(left, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP);
  m_answers->SetName("answers_view");
  ls->Add(m_answers, 1, wxEXPAND);
  left->SetSizer(ls);

  // ---- right: score and anchors ---------------------------------------------
  m_right = new wxScrolledWindow(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
  m_right->SetScrollRate(0, FromDIP(12));
  auto* rs = new wxBoxSizer(wxVERTICAL);
  m_dimension_name = new wxStaticText(m_right, wxID_ANY, wxString());
  m_dimension_name->SetFont(m_dimension_name->GetFont().Scaled(1.2f).Bold());
  rs->Add(m_dimension_name, 0, wxEXPAND | wxBOTTOM, 4);
  m_dimension_text = grey_text(m_right, wxString());
  rs->Add(m_dimension_text, 0, wxEXPAND | wxBOTTOM, 10);

  auto* score_row = new wxBoxSizer(wxHORIZONTAL);
  auto* score_label = new wxStaticText(m_right, wxID_ANY, _("&Score:"));
  score_label->SetFont(score_label->GetFont().Bold());
  score_row->Add(score_label, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  m_score = new wxTextCtrl(m_right, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(70, -1)),
                           wxTE_PROCESS_ENTER | wxTE_RIGHT);
  m_score->SetName("score_field");
  m_score->SetFont(m_score->GetFont().Scaled(1.2f).Bold());
  m_score->SetToolTip(_("1.00–9.00: type 4.5 or 4,5 (or 4.25), Enter saves; + and − step by 0.5"));
  score_row->Add(m_score, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  auto* minus = new wxButton(m_right, wxID_ANY, wxString::FromUTF8("\u22120,5"), wxDefaultPosition, wxDefaultSize,
                             wxBU_EXACTFIT);
  auto* plus = new wxButton(m_right, wxID_ANY, "+0,5", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  if (decimal_point() == '.') {
    minus->SetLabel(wxString::FromUTF8("\u22120.5"));
    plus->SetLabel("+0.5");
  }
  auto* clear = new wxButton(m_right, wxID_ANY, _("Clear"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  clear->SetName("clear_score");
  score_row->Add(minus, 0, wxALIGN_CENTER_VERTICAL);
  score_row->Add(plus, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
  score_row->Add(clear, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  rs->Add(score_row, 0, wxEXPAND | wxBOTTOM, 6);
  // Under the score, wrapped: beside the buttons it was cut on a laptop.
  m_message = new wxStaticText(m_right, wxID_ANY, wxString());
  m_message->SetName("score_message");
  rs->Add(m_message, 0, wxEXPAND | wxBOTTOM, 6);
  m_other = new wxStaticText(m_right, wxID_ANY, wxString());
  m_other->SetName("other_scorer");
  rs->Add(m_other, 0, wxEXPAND | wxBOTTOM, 8);

  // The scorer's own note with quoted evidence; the other scorer never sees it while blind.
  auto* note_row = new wxBoxSizer(wxHORIZONTAL);
  note_row->Add(new wxStaticText(m_right, wxID_ANY, _("&Note:")), 0, wxALIGN_TOP | wxTOP | wxRIGHT, 4);
  m_note = new wxTextCtrl(m_right, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 50)), wxTE_MULTILINE);
  m_note->SetName("score_note");
  m_note->SetToolTip(_("Optional: why this score, with evidence quoted from the answers"));
  note_row->Add(m_note, 1, wxEXPAND | wxRIGHT, 6);
  auto* quote = new wxButton(m_right, wxID_ANY, _("&Quote selection"));
  quote->SetName("quote_selection");
  quote->SetToolTip(_("Copy the text selected in the answers into the note, in quotes"));
  note_row->Add(quote, 0, wxALIGN_TOP);
  rs->Add(note_row, 0, wxEXPAND | wxBOTTOM, 10);

  m_scale_hint = grey_text(m_right, _("Anchored scale: start at level 1 and move up only while the interview "
                                      "shows the community meets the statement."));
  rs->Add(m_scale_hint, 0, wxEXPAND | wxBOTTOM, 6);
  auto* grid = new wxFlexGridSizer(2, wxSize(10, 6));
  grid->AddGrowableCol(1, 1);
  for (int level = 1; level <= 9; ++level) {
    auto* button = new wxToggleButton(m_right, wxID_ANY, wxString::Format("%d", level), wxDefaultPosition,
                                      FromDIP(wxSize(40, 32)));
    button->SetName(wxString::Format("level_%d", level));
    button->SetToolTip(wxString::Format(_("Score %d (key %d in the score field)"), level, level));
    m_levels[static_cast<std::size_t>(level - 1)] = button;
    auto* anchor = new wxStaticText(m_right, wxID_ANY, wxString());
    m_anchors[static_cast<std::size_t>(level - 1)] = anchor;
    grid->Add(button, 0, wxALIGN_TOP);
    grid->Add(anchor, 1, wxEXPAND | wxALIGN_CENTER_VERTICAL);
    button->Bind(wxEVT_TOGGLEBUTTON, [this, level](wxCommandEvent&) { set_score(level * 100); });
  }
  rs->Add(grid, 0, wxEXPAND | wxBOTTOM, 10);
  m_guide_pane = new wxCollapsiblePane(m_right, wxID_ANY, _("Scorer guide"));
  m_guide = new wxStaticText(m_guide_pane->GetPane(), wxID_ANY, wxString());
  auto* gs = new wxBoxSizer(wxVERTICAL);
  gs->Add(m_guide, 1, wxEXPAND | wxALL, 4);
  m_guide_pane->GetPane()->SetSizer(gs);
  rs->Add(m_guide_pane, 0, wxEXPAND);
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(rs, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
  m_right->SetSizer(outer);

  splitter->SplitVertically(left, m_right);
  top->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(top);

  // ---- events ---------------------------------------------------------------
  m_slot_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
    set_slot(e.GetSelection() == 1 ? ScorerSlot::B : ScorerSlot::A);
  });
  m_interview_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
    const int i = e.GetSelection();
    if (i >= 0 && static_cast<std::size_t>(i) < m_interview_ids.size()) set_interview(m_interview_ids[static_cast<std::size_t>(i)]);
  });
  m_dimension_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
    const Round* r = round();
    const int i = e.GetSelection();
    if (r && i >= 0 && static_cast<std::size_t>(i) < r->instrument.dimensions.size())
      set_dimension(r->instrument.dimensions[static_cast<std::size_t>(i)].code);
  });
  previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { previous_dimension(); });
  next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { next_dimension(); });
  // Rebuilt, not restyled: a cleared highlight must give the text back its
  // own colours, which only the rebuild knows.
  m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { load_answers(); });
  m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
    m_search->Clear();
    load_answers();
  });
  m_all_questions->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { load_answers(); });
  m_score->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
    if (commit_score_text()) next_dimension();
  });
  m_score->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    e.Skip();
    if (!m_loading && m_score->IsModified()) commit_score_text();
  });
  m_score->Bind(wxEVT_CHAR, [this](wxKeyEvent& e) {
    const int key = e.GetUnicodeKey();
    if (key == '+' || e.GetKeyCode() == WXK_NUMPAD_ADD) {
      step_score(+50);
    } else if (key == '-' || e.GetKeyCode() == WXK_NUMPAD_SUBTRACT) {
      step_score(-50);
    } else if (e.AltDown() && e.GetKeyCode() == WXK_DOWN) {
      next_dimension();
    } else if (e.AltDown() && e.GetKeyCode() == WXK_UP) {
      previous_dimension();
    } else {
      e.Skip();
    }
  });
  minus->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step_score(-50); });
  plus->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step_score(+50); });
  clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { set_score(std::nullopt); });
  quote->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { quote_selection(); });
  m_note->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    e.Skip();
    commit_note();
  });
  m_scorer_name->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { commit_scorer_name(); });
  m_scorer_name->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
    e.Skip();
    if (!m_loading && m_scorer_name->IsModified()) commit_scorer_name();
  });
  auto enable_edit = [this](wxUpdateUIEvent& e) { e.Enable(editable()); };
  for (wxWindow* w : {static_cast<wxWindow*>(m_score), static_cast<wxWindow*>(minus), static_cast<wxWindow*>(plus),
                      static_cast<wxWindow*>(clear), static_cast<wxWindow*>(m_scorer_name),
                      static_cast<wxWindow*>(m_note), static_cast<wxWindow*>(quote)})
    w->Bind(wxEVT_UPDATE_UI, enable_edit);
  for (auto* b : m_levels) b->Bind(wxEVT_UPDATE_UI, enable_edit);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] { load_dimension(); });
  });
  // The sash moves the panes without resizing the page: wrap again.
  auto rewrap = [this](wxSizeEvent& e) {
    e.Skip();
    CallAfter([this] {
      set_label(m_respondent, m_respondent_text, respondent_width());
      set_label(m_other, m_other_text, text_width());
      set_label(m_message, m_message_text, text_width());
      m_respondent->GetParent()->Layout();
      m_right->Layout();
    });
  };
  m_right->Bind(wxEVT_SIZE, rewrap);
  m_respondent->GetParent()->Bind(wxEVT_SIZE, rewrap);
}

int PageScoring::respondent_width() const {
  return std::max(FromDIP(150), m_respondent->GetParent()->GetClientSize().x - FromDIP(8));
}

PageScoring::~PageScoring() {
  if (m_document) m_document->remove_observer(this);
}


void PageScoring::attach_document() {
  ProjectDocumentPtr now = m_host.document();
  if (now == m_document) return;
  if (m_document) m_document->remove_observer(this);
  m_document = std::move(now);
  if (m_document) m_document->add_observer(this);
}

const Round* PageScoring::round() const {
  return m_document ? m_document->project().find_round(m_round_id) : nullptr;
}

const Interview* PageScoring::interview() const {
  const Round* r = round();
  return r ? r->find_interview(m_interview_id) : nullptr;
}

bool PageScoring::editable() const { return m_document && !m_document->read_only() && interview() && !m_dimension.empty(); }

void PageScoring::show(const std::string& round_id, const std::string& interview_id) {
  attach_document();
  const bool same_round = round_id == m_round_id;
  m_round_id = round_id;
  const Round* r = round();
  if (!r) return;
  if (!interview_id.empty() && r->find_interview(interview_id)) {
    m_interview_id = interview_id;
  } else if (!same_round || !r->find_interview(m_interview_id)) {
    // The first interview the current scorer has not finished, else the first.
    m_interview_id = r->interviews.empty() ? std::string() : r->interviews.front().id;
    for (const auto& i : r->interviews) {
      const InterviewProgress p = interview_progress(*r, i);
      const int own = m_slot == ScorerSlot::A ? p.scored_a : p.scored_b;
      if (i.status != InterviewStatus::Planned && own < p.dimensions) {
        m_interview_id = i.id;
        break;
      }
    }
  }
  if (!same_round || !r->instrument.find_dimension(m_dimension))
    m_dimension = r->instrument.dimensions.empty() ? std::string() : r->instrument.dimensions.front().code;
  const Community* c = m_document->project().find_community(r->community_id);
  // TRANSLATORS: page heading: "Scoring · Arjeplog 2022".
  m_heading->SetLabel(wxString::Format(_("Scoring · %s %s"), c ? to_wx(c->name) : wxString(), to_wx(r->label)));
  fill_choices();
  load_answers();
  load_dimension();
  load_score();
  Layout();
}

void PageScoring::set_slot(ScorerSlot slot) {
  if (slot == ScorerSlot::Consensus) return;
  commit_pending();
  m_slot = slot;
  fill_choices();
  load_score();
}

bool PageScoring::set_interview(const std::string& interview_id) {
  const Round* r = round();
  if (!r || !r->find_interview(interview_id)) return false;
  commit_pending();
  m_interview_id = interview_id;
  fill_choices();
  load_answers();
  load_score();
  return true;
}

bool PageScoring::set_dimension(const std::string& code) {
  const Round* r = round();
  if (!r || !r->instrument.find_dimension(code)) return false;
  commit_pending();
  m_dimension = code;
  fill_choices();
  load_answers();
  load_dimension();
  load_score();
  return true;
}

void PageScoring::next_dimension() {
  const Round* r = round();
  if (!r) return;
  const auto& dims = r->instrument.dimensions;
  for (std::size_t i = 0; i + 1 < dims.size(); ++i)
    if (dims[i].code == m_dimension) {
      set_dimension(dims[i + 1].code);
      return;
    }
}

void PageScoring::previous_dimension() {
  const Round* r = round();
  if (!r) return;
  const auto& dims = r->instrument.dimensions;
  for (std::size_t i = 1; i < dims.size(); ++i)
    if (dims[i].code == m_dimension) {
      set_dimension(dims[i - 1].code);
      return;
    }
}

void PageScoring::fill_choices() {
  const Round* r = round();
  const Interview* current = interview();
  m_loading = true;
  m_slot_choice->SetString(0, slot_label(ScorerSlot::A, current ? current->scorer_a_name : std::string()));
  m_slot_choice->SetString(1, slot_label(ScorerSlot::B, current ? current->scorer_b_name : std::string()));
  m_slot_choice->SetSelection(m_slot == ScorerSlot::B ? 1 : 0);
  m_scorer_name->ChangeValue(current ? to_wx(m_slot == ScorerSlot::A ? current->scorer_a_name : current->scorer_b_name)
                                     : wxString());
  m_scorer_name->SetModified(false);

  m_interview_ids.clear();
  wxArrayString items;
  int selected = -1;
  if (r) {
    for (const auto& i : r->interviews) {
      const InterviewProgress p = interview_progress(*r, i);
      // Only the scorer's own progress: the other's would hint at nothing,
      // but it is not this scorer's business either.
      const int own = m_slot == ScorerSlot::A ? p.scored_a : p.scored_b;
      wxString who;
      if (const Respondent* resp = r->find_respondent(i.respondent_id))
        who = to_wx(resp->pseudonym) + (resp->sector.empty() ? wxString() : ", " + sector_label(resp->sector));
      // TRANSLATORS: interview in a list: "3 · R3, Police — 4/6 scored".
      wxString label = wxString::Format(_("%s · %s — %d/%d scored"), to_wx(i.id), who, own, p.dimensions);
      if (i.status == InterviewStatus::Planned) label += " (" + interview_status_label(i.status) + ")";
      if (i.id == m_interview_id) selected = static_cast<int>(items.size());
      items.Add(label);
      m_interview_ids.push_back(i.id);
    }
  }
  if (m_interview_choice->GetStrings() != items) m_interview_choice->Set(items);
  m_interview_choice->SetSelection(selected);

  wxArrayString dims;
  int dim_selected = -1;
  if (r) {
    for (const auto& d : r->instrument.dimensions) {
      const DimensionScore* s = current ? current->score_for(d.code) : nullptr;
      const bool done = s && s->get(m_slot);
      if (d.code == m_dimension) dim_selected = static_cast<int>(dims.size());
      dims.Add((done ? wxString::FromUTF8("\u2713 ") : wxString("    ")) + to_wx(d.code) + " " + to_wx(d.name));
    }
  }
  if (m_dimension_choice->GetStrings() != dims) m_dimension_choice->Set(dims);
  m_dimension_choice->SetSelection(dim_selected);
  m_loading = false;
}

void PageScoring::load_answers() {
  m_answers->Freeze();
  m_answers->Clear();
  const Round* r = round();
  const Interview* i = interview();
  if (r && i) {
    const Community* c = m_document->project().find_community(r->community_id);
    const std::string community = c ? c->name : std::string();
    const Respondent* resp = r->find_respondent(i->respondent_id);
    wxString who = resp ? to_wx(resp->pseudonym) : _("Unknown respondent");
    if (resp && !resp->sector.empty()) who += ", " + sector_label(resp->sector);
    if (resp && !resp->role.empty()) who += ", " + to_wx(resp->role);
    m_respondent_text = who + (i->date.empty() ? wxString() : wxString::FromUTF8("  \u00B7  ") + to_wx(i->date));
    set_label(m_respondent, m_respondent_text, respondent_width());

    wxTextAttr heading_style;
    wxFont bold = m_answers->GetFont().Bold();
    heading_style.SetFont(bold);
    wxTextAttr question_style;
    question_style.SetFont(m_answers->GetFont().Bold());
    question_style.SetTextColour(readable_accent(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), list_background()));
    wxTextAttr answer_style;
    answer_style.SetFont(m_answers->GetFont());
    answer_style.SetTextColour(readable_accent(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT), list_background()));
    wxTextAttr missing_style;
    missing_style.SetFont(m_answers->GetFont().Italic());
    missing_style.SetTextColour(readable_accent(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT), list_background()));

    auto add_question = [&](std::size_t index, const Question& q) {
      m_answers->SetDefaultStyle(question_style);
      m_answers->AppendText(wxString::Format("%d. ", static_cast<int>(index + 1)) +
                            to_wx(fill_placeholders(q.text, r->issue, community)) + "\n");
      auto it = i->answers.find(q.id);
      if (it == i->answers.end() || it->second.empty()) {
        m_answers->SetDefaultStyle(missing_style);
        m_answers->AppendText(_("(no answer)") + "\n\n");
      } else {
        m_answers->SetDefaultStyle(answer_style);
        m_answers->AppendText(to_wx(it->second) + "\n\n");
      }
    };
    const auto& questions = r->instrument.questions;
    const Dimension* d = r->instrument.find_dimension(m_dimension);
    m_answers->SetDefaultStyle(heading_style);
    m_answers->AppendText(wxString::Format(_("Questions on %s"), d ? to_wx(d->code + " " + d->name) : wxString()) +
                          "\n\n");
    int others = 0;
    for (std::size_t k = 0; k < questions.size(); ++k) {
      if (questions[k].dimension == m_dimension)
        add_question(k, questions[k]);
      else
        ++others;
    }
    if (m_all_questions->GetValue() && others > 0) {
      m_answers->SetDefaultStyle(heading_style);
      m_answers->AppendText(_("Other questions") + "\n\n");
      for (std::size_t k = 0; k < questions.size(); ++k)
        if (questions[k].dimension != m_dimension) add_question(k, questions[k]);
    }
    m_all_questions->SetLabel(wxString::Format(_("&All questions (%d more)"), others));
  } else {
    m_respondent_text.clear();
    set_label(m_respondent, wxString());
  }
  m_answers->SetDefaultStyle(wxTextAttr());
  m_answers->Thaw();
  highlight_matches();
  m_answers->ShowPosition(0);
}

void PageScoring::highlight_matches() {
  const wxString needle = m_search->GetValue().Lower();
  const wxString text = m_answers->GetValue();
  const wxString hay = text.Lower();
  // Clear earlier highlights by resetting the background.
  wxTextAttr plain;
  plain.SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
  m_answers->SetStyle(0, m_answers->GetLastPosition(), plain);
  m_match_count = 0;
  long first = -1;
  if (!needle.empty()) {
    wxTextAttr mark;
    mark.SetBackgroundColour(colours::kSearchMatch);
    mark.SetTextColour(readable_text_on(colours::kSearchMatch));
    size_t from = 0;
    for (;;) {
      const size_t at = hay.find(needle, from);
      if (at == wxString::npos) break;
      m_answers->SetStyle(static_cast<long>(at), static_cast<long>(at + needle.length()), mark);
      if (first < 0) first = static_cast<long>(at);
      ++m_match_count;
      from = at + needle.length();
    }
    if (first >= 0) m_answers->ShowPosition(first);
  }
  m_matches->SetLabel(needle.empty() ? wxString()
                                     : wxString::Format(wxPLURAL("%d match", "%d matches", m_match_count), m_match_count));
  m_matches->GetParent()->Layout();
}

void PageScoring::load_dimension() {
  const Round* r = round();
  const Dimension* d = r ? r->instrument.find_dimension(m_dimension) : nullptr;
  const int width = std::max(FromDIP(200), m_right->GetClientSize().x - FromDIP(90));
  set_label(m_dimension_name, d ? to_wx(d->code + " " + d->name) : wxString());
  set_label(m_dimension_text, d ? to_wx(d->description) : wxString(), width + FromDIP(50));
  m_scale_hint->SetLabel(_("Anchored scale: start at level 1 and move up only while the interview "
                           "shows the community meets the statement."));
  set_label(m_scale_hint, m_scale_hint->GetLabel(), width + FromDIP(50));
  for (std::size_t k = 0; k < m_anchors.size(); ++k) {
    wxString anchor = d ? to_wx(d->anchors[k]) : wxString();
    if (r && !r->instrument.stage_name(static_cast<int>(k + 1)).empty())
      anchor = to_wx(r->instrument.stage_name(static_cast<int>(k + 1))) + wxString::FromUTF8(" \u2014 ") + anchor;
    set_label(m_anchors[k], anchor, width);
  }
  set_label(m_guide, r ? to_wx(r->instrument.scorer_guide) : wxString(), width + FromDIP(40));
  m_right->FitInside();
  m_right->Layout();
}

void PageScoring::load_score() {
  const Round* r = round();
  const Interview* i = interview();
  m_loading = true;
  std::optional<Hundredths> own;
  if (r && i && !m_dimension.empty()) {
    const DimensionScore* s = i->score_for(m_dimension);
    own = s ? s->get(m_slot) : std::nullopt;
    const ScorerSlot other = other_slot(m_slot);
    const std::string other_name = other == ScorerSlot::A ? i->scorer_a_name : i->scorer_b_name;
    wxString line;
    switch (other_score_view(*r, *i, m_slot, m_dimension)) {
      case OtherScoreView::NotScored:
        // TRANSLATORS: "Scorer B (Erik N.): not scored yet".
        line = wxString::Format(_("%s: not scored yet"), slot_label(other, other_name));
        break;
      case OtherScoreView::Hidden:
        // TRANSLATORS: blind scoring: the other scorer's score is not shown.
        line = wxString::Format(_("%s: scored (hidden until both have scored every dimension)"),
                                slot_label(other, other_name));
        break;
      case OtherScoreView::Visible:
        line = wxString::Format(_("%s: %s — both done, ready for the consensus meeting"),
                                slot_label(other, other_name), score_text(s->get(other)));
        break;
    }
    m_other_text = line;
  } else {
    m_other_text.clear();
  }
  set_label(m_other, m_other_text, text_width());
  m_score->ChangeValue(own ? score_text(own) : wxString());
  m_score->SetModified(false);
  {
    const DimensionScore* s = i && !m_dimension.empty() ? i->score_for(m_dimension) : nullptr;
    m_note->ChangeValue(s ? to_wx(s->note(m_slot)) : wxString());
    m_note->SetModified(false);
  }
  for (int level = 1; level <= 9; ++level) {
    // The level whose range the score is in (4.50 lights level 4).
    const bool on = own && *own / 100 == level;
    level_button(level)->SetValue(on);
    m_anchors[static_cast<std::size_t>(level - 1)]->SetFont(on ? GetFont().Bold() : GetFont());
  }
  set_message(wxString(), false);
  m_loading = false;
  m_right->Layout();
}

void PageScoring::set_message(const wxString& text, bool error) {
  set_accent_text(m_message, error ? colours::kError : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  m_message_text = text;
  set_label(m_message, text, text_width());
  m_right->Layout();
}

int PageScoring::text_width() const { return std::max(FromDIP(200), m_right->GetClientSize().x - FromDIP(30)); }

void PageScoring::set_score(std::optional<Hundredths> value) {
  if (m_loading) return;
  if (!editable()) {
    load_score();
    return;
  }
  const ScoreRef ref{m_round_id, m_interview_id, m_dimension, m_slot};
  if (m_document->score(ref) == value) {
    load_score();
    return;
  }
  m_host.submit(new CommandSetScore(m_document, ref, value));
  load_score();  // also when the document did not announce (refused)
}

bool PageScoring::commit_score_text() {
  if (m_loading || !editable()) return false;
  const wxString text = m_score->GetValue().Strip(wxString::both);
  m_score->SetModified(false);
  if (text.empty()) {
    // An emptied field never deletes a stored score by itself (Enter or
    // leaving the field): the score stays and the message says how.
    const std::optional<Hundredths> stored =
        m_document->score({m_round_id, m_interview_id, m_dimension, m_slot});
    if (stored) {
      load_score();
      set_message(_("Score kept: use Clear to remove a score"), true);
      m_score->SetFocus();
      m_score->SelectAll();
      return false;
    }
    return true;
  }
  const auto value = parse_score_text(text);
  if (!value || !is_valid_score(*value)) {
    set_message(_("A score is 1.00–9.00, e.g. 4.5 or 4,5"), true);
    m_score->SetFocus();
    m_score->SelectAll();
    return false;
  }
  set_score(*value);
  return true;
}

void PageScoring::commit_pending() {
  if (m_loading) return;
  if (m_score->IsModified()) commit_score_text();
  commit_scorer_name();
  commit_note();
}

void PageScoring::commit_note() {
  if (m_loading || !m_note->IsModified() || !editable()) return;
  m_note->SetModified(false);
  const ScoreRef ref{m_round_id, m_interview_id, m_dimension, m_slot};
  const std::string text = to_utf8(m_note->GetValue());
  if (text != m_document->score_note(ref)) m_host.submit(new CommandSetScoreNote(m_document, ref, text));
}

bool PageScoring::quote_selection() {
  if (!editable()) return false;
  const wxString selected = m_answers->GetStringSelection().Strip(wxString::both);
  if (selected.empty()) {
    set_message(_("Select a passage in the answers first"), true);
    return false;
  }
  wxString note = m_note->GetValue();
  if (!note.empty() && !note.EndsWith("\n")) note += "\n";
  // TRANSLATORS: a quotation in a scorer's note; Swedish uses ”…”.
  note += wxString::Format(_("“%s”"), selected);
  m_note->ChangeValue(note);
  m_note->SetModified(true);
  commit_note();
  return true;
}

void PageScoring::step_score(int hundredths) {
  if (!editable()) return;
  // From what is typed if it is a score, else from the stored score; with
  // neither, + starts at 1.00 and − at 9.00.
  std::optional<Hundredths> base = parse_score_text(m_score->GetValue().Strip(wxString::both));
  if (!base || !is_valid_score(*base)) base = m_document->score({m_round_id, m_interview_id, m_dimension, m_slot});
  set_score(base ? std::clamp(*base + hundredths, kMinScore, kMaxScore) : (hundredths > 0 ? kMinScore : kMaxScore));
  m_score->SetFocus();
  m_score->SetInsertionPointEnd();
}

void PageScoring::commit_scorer_name() {
  if (m_loading || !m_scorer_name->IsModified() || !m_document || m_document->read_only() || !interview()) return;
  m_scorer_name->SetModified(false);
  const std::string name = to_utf8(m_scorer_name->GetValue().Strip(wxString::both));
  if (name == m_document->scorer_name(m_round_id, m_interview_id, m_slot)) return;
  m_host.submit(new CommandSetScorerName(m_document, m_round_id, m_interview_id, m_slot, name));
}

void PageScoring::on_project_changed(const ChangeEvent& event) {
  if (m_round_id.empty()) return;
  if (event.what == ChangeEvent::What::State) return;
  if (event.what == ChangeEvent::What::Interview && event.round_id != m_round_id) return;
  if (!round()) return;  // the round went; the frame moves on
  if (!IsShownOnScreen()) {
    // Cheap: catch up when shown again.
    return;
  }
  if (event.what == ChangeEvent::What::Interview && event.interview_id == m_interview_id &&
      event.field.rfind("answer:", 0) != 0) {
    fill_choices();
    load_score();
    return;
  }
  show(m_round_id, m_interview_id);
}

}  // namespace readiness::gui
