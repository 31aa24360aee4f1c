#include "widgets/comparison_picker.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "models/selection_lists.h"
#include "text/comparison_labels.h"
#include "text/labels.h"
#include "text/translate.h"

namespace readiness::gui {

namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  label->SetFont(label->GetFont().Bold());
  return label;
}

}  // namespace

ComparisonPicker::ComparisonPicker(wxWindow* parent, const wxString& name, NewIssuePicks picks, bool with_county,
                                   std::function<const Project*()> project)
    : wxPanel(parent, wxID_ANY), m_picks(picks), m_project(std::move(project)) {
  SetName(name + "_picker");
  const int gap = FromDIP(12);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  auto* left = new wxBoxSizer(wxVERTICAL);
  // TRANSLATORS: the issue a round measures readiness for, and its mode.
  left->Add(heading(this, _("Issue and mode")), 0, wxBOTTOM, FromDIP(4));
  m_issue = new wxChoice(this, wxID_ANY);
  m_issue->SetName(name + "_issue");
  m_issue->SetMinSize(wxSize(FromDIP(300), -1));
  left->Add(m_issue, 0, wxEXPAND | wxBOTTOM, FromDIP(8));
  // TRANSLATORS: the rounds (by their labels, e.g. 2019, 2022) to compare or follow.
  left->Add(heading(this, _("Period")), 0, wxBOTTOM, FromDIP(4));
  m_periods = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(-1, FromDIP(70)));
  m_periods->SetName(name + "_periods");
  left->Add(m_periods, 1, wxEXPAND);
  row->Add(left, 0, wxEXPAND | wxRIGHT, gap);

  auto* middle = new wxBoxSizer(wxVERTICAL);
  middle->Add(heading(this, _("Communities")), 0, wxBOTTOM, FromDIP(4));
  m_communities = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(190), FromDIP(120)));
  m_communities->SetName(name + "_communities");
  middle->Add(m_communities, 1, wxEXPAND);
  if (with_county) {
    auto* county_row = new wxBoxSizer(wxHORIZONTAL);
    m_county = new wxChoice(this, wxID_ANY);
    m_county->SetName(name + "_county");
    county_row->Add(m_county, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
    m_county_button = new wxButton(this, wxID_ANY, _("Whole &county"));
    m_county_button->SetName(name + "_whole_county");
    m_county_button->SetToolTip(_("Compare every community of the chosen county, and only those"));
    county_row->Add(m_county_button, 0, wxALIGN_CENTER_VERTICAL);
    middle->Add(county_row, 0, wxEXPAND | wxTOP, FromDIP(6));
  }
  row->Add(middle, 0, wxEXPAND);
  SetSizer(row);

  m_issue->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const auto i = static_cast<std::size_t>(m_issue->GetSelection());
    if (i < m_choices.size() && select_choice(m_choices[i].issue, m_choices[i].mode)) changed();
  });
  auto on_tick = [this](wxCommandEvent&) {
    read_lists();
    changed();
  };
  m_periods->Bind(wxEVT_CHECKLISTBOX, on_tick);
  m_communities->Bind(wxEVT_CHECKLISTBOX, on_tick);
  if (m_county_button) {
    m_county_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
      const auto i = static_cast<std::size_t>(m_county->GetSelection());
      if (i >= m_counties.size()) return;
      select_county(m_counties[i]);
      changed();
    });
    m_county_button->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_counties.empty()); });
  }
}

void ComparisonPicker::changed() {
  if (m_on_change) m_on_change();
}

void ComparisonPicker::reload() {
  const Project* project = m_project();
  m_choices = project ? comparison_choices(*project) : std::vector<ComparisonChoice>{};
  fill_issue_picker(*m_issue, m_choices, m_selection);
}

const ComparisonChoice* ComparisonPicker::current_choice() const { return picked_choice(*m_issue, m_choices); }

bool ComparisonPicker::select_choice(const std::string& issue_text, Mode mode) {
  // A copy: `issue_text` may live in m_choices, which reload() replaces.
  const std::string issue = issue_text;
  if (m_choices.empty()) reload();
  const int found = find_choice(m_choices, issue, mode);
  if (found < 0) return false;
  const ComparisonChoice& choice = m_choices[static_cast<std::size_t>(found)];
  m_issue->SetSelection(found);
  m_issue->SetToolTip(choice_label(choice));
  const bool same = normalize_issue(m_selection.issue) == normalize_issue(choice.issue) && m_selection.mode == mode;
  const bool compare = m_picks == NewIssuePicks::LatestPeriodEveryCommunity;
  RoundSelection next;
  next.issue = choice.issue;
  next.mode = mode;
  // Keep the picks that still exist; a new issue starts as NewIssuePicks says.
  for (const auto& label : choice.labels)
    if (same && contains(m_selection.labels, label)) next.labels.push_back(label);
  if (next.labels.empty() && !choice.labels.empty()) {
    if (compare)
      next.labels.push_back(choice.labels.back());
    else
      next.labels = choice.labels;
  }
  for (const auto& id : choice.community_ids)
    if (same && contains(m_selection.community_ids, id)) next.community_ids.push_back(id);
  if (next.community_ids.empty() && !choice.community_ids.empty()) {
    if (compare)
      next.community_ids = choice.community_ids;
    else
      next.community_ids.push_back(choice.community_ids.front());
  }
  m_selection = std::move(next);

  if (m_county) {
    const Project* project = m_project();
    m_counties = project ? counties_of(*project, choice) : std::vector<std::string>{};
    m_county->Clear();
    for (const auto& code : m_counties) m_county->Append(county_label(code));
    if (!m_counties.empty()) m_county->SetSelection(0);
  }
  fill_lists();
  return true;
}

void ComparisonPicker::clear() {
  m_selection = RoundSelection{};
  fill_lists();
}

void ComparisonPicker::fill_lists() {
  m_periods->Clear();
  m_communities->Clear();
  const ComparisonChoice* choice = current_choice();
  const Project* project = m_project();
  if (choice && project) fill_selection_lists(*m_periods, *m_communities, *choice, m_selection, *project);
}

void ComparisonPicker::read_lists() {
  if (const ComparisonChoice* choice = current_choice())
    read_selection_lists(*m_periods, *m_communities, *choice, m_selection);
}

void ComparisonPicker::select_periods(const std::vector<std::string>& labels) {
  const ComparisonChoice* choice = current_choice();
  if (!choice) return;
  tick_matching(*m_periods, choice->labels, labels);
  read_lists();
}

void ComparisonPicker::select_communities(const std::vector<std::string>& community_ids) {
  const ComparisonChoice* choice = current_choice();
  if (!choice) return;
  tick_matching(*m_communities, choice->community_ids, community_ids);
  read_lists();
}

void ComparisonPicker::select_county(const std::string& county_code) {
  const ComparisonChoice* choice = current_choice();
  const Project* project = m_project();
  if (!choice || !project) return;
  select_communities(communities_in_county(*project, *choice, county_code));
}

}  // namespace readiness::gui
