#include "dialogs/dialog_round_wizard.h"

#include <algorithm>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/wrapsizer.h>

#include "dialogs/dialog_buttons.h"
#include "widgets/date_field.h"
#include "instrument_library.h"
#include "text/label_util.h"
#include "text/labels.h"
#include "register_search.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

wxString source_label(InstrumentSource source) {
  switch (source) {
    // TRANSLATORS: where an instrument comes from: shipped with Readiness.
    case InstrumentSource::Bundled: return _("Readiness");
    // TRANSLATORS: where an instrument comes from: the user's own instrument folder.
    case InstrumentSource::User: return _("Your own");
    // TRANSLATORS: where an instrument comes from: the copy kept in the previous round.
    case InstrumentSource::PreviousRound: return _("Previous round");
  }
  return {};
}

}  // namespace

wxString round_setup_problem_text(RoundSetupProblem problem, const Project& project, const RoundSetup& setup) {
  switch (problem) {
    case RoundSetupProblem::NoCommunity: return _("Choose the community the round is about.");
    case RoundSetupProblem::NoLabel: return _("Give the round a label, such as the year.");
    case RoundSetupProblem::LabelTaken: {
      const Community* c = project.find_community(setup.community_id);
      return wxString::Format(_("%s already has a round labelled \"%s\"; choose another label."),
                              c ? to_wx(c->name) : wxString(), to_wx(setup.label));
    }
    case RoundSetupProblem::NoIssue: return _("Describe the issue the round is about.");
    case RoundSetupProblem::NoArea: return _("Tick at least one ANDTS area.");
    case RoundSetupProblem::NoInstrument: return _("Choose an instrument.");
    case RoundSetupProblem::EndBeforeStart: return _("The end date is before the start date.");
  }
  return {};
}

namespace {

// The wizard page a problem is fixed on.
std::size_t page_of(RoundSetupProblem problem) {
  switch (problem) {
    case RoundSetupProblem::NoInstrument:
    case RoundSetupProblem::EndBeforeStart: return 1;
    default: return 0;
  }
}

// A date field's text when it is a date; checked before it is used.
std::string iso_date(const DateField* field) { return field->iso().value_or(std::string()); }

}  // namespace

DialogRoundWizard::DialogRoundWizard(wxWindow* parent, const Project& project, const std::string& community_id,
                                     const std::string& language)
    : wxWizard(parent, wxID_ANY, _("New round"), wxBitmapBundle(), wxDefaultPosition,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_project(project),
      m_language(language) {
  SetName("dialog_round_wizard");
  m_pages.push_back(build_basics_page());
  m_pages.push_back(build_instrument_page());
  m_pages.push_back(build_respondents_page());
  wxWizardPageSimple::Chain(m_pages[0], m_pages[1]);
  wxWizardPageSimple::Chain(m_pages[1], m_pages[2]);
  for (auto* page : m_pages) GetPageAreaSizer()->Add(page);
  SetBorder(FromDIP(12));

  Bind(wxEVT_WIZARD_PAGE_CHANGING, &DialogRoundWizard::on_page_changing, this);
  Bind(wxEVT_WIZARD_PAGE_CHANGED, [this](wxWizardEvent& e) {
    if (e.GetPage() == m_pages[2]) update_respondents_page();
    translate_buttons();
    CallAfter([this] { translate_buttons(); });  // wx may relabel after the event
    e.Skip();
  });
  translate_buttons();

  set_community(community_id);
}

bool DialogRoundWizard::run() { return RunWizard(m_pages[0]); }

void DialogRoundWizard::translate_buttons() {
  // wx labels these from its own catalog, which is often not installed
  // (then a Swedish wizard says "Next >"): ours has the words.
  const bool last = GetCurrentPage() == m_pages.back();
  if (wxWindow* next = FindWindow(wxID_FORWARD)) next->SetLabel(last ? _("&Finish") : _("&Next >"));
  if (wxWindow* back = FindWindow(wxID_BACKWARD)) back->SetLabel(_("< &Back"));
  use_own_cancel_button(*this);
}

// ---- page 1: community, label, issue, areas, definition ----------------------

wxWizardPageSimple* DialogRoundWizard::build_basics_page() {
  auto* page = new wxWizardPageSimple(this);
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(page, wxID_ANY, _("What is the round about?"));
  heading->SetFont(heading->GetFont().Scaled(1.2f).Bold());
  top->Add(heading, 0, wxBOTTOM, 12);

  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  auto label = [&](const wxString& text, int flags = wxALIGN_CENTER_VERTICAL, int border = 0) {
    grid->Add(new wxStaticText(page, wxID_ANY, text), 0, flags, border);
  };

  m_community = new wxChoice(page, wxID_ANY);
  m_community->SetName("wizard_community");
  std::vector<const Community*> communities;
  for (const auto& c : m_project.communities) communities.push_back(&c);
  std::sort(communities.begin(), communities.end(), [](const Community* a, const Community* b) {
    return swedish_sort_key(a->name) < swedish_sort_key(b->name);
  });
  for (const Community* c : communities) {
    wxString text = to_wx(c->name);
    if (!c->county_code.empty()) text += " (" + county_label(c->county_code) + ")";
    m_community->Append(text);
    m_community_ids.push_back(c->id);
  }
  label(_("&Community:"));
  grid->Add(m_community, 1, wxEXPAND);

  m_previous = new wxCheckBox(page, wxID_ANY, _("Start from the &previous round"));
  m_previous->SetName("wizard_previous");
  grid->AddSpacer(0);
  grid->Add(m_previous, 1, wxEXPAND);

  m_label = new wxTextCtrl(page, wxID_ANY, wxString::Format("%d", wxDateTime::Now().GetYear()));
  m_label->SetName("wizard_label");
  m_label->SetHint(_("e.g. 2024 or 2024 autumn"));
  // TRANSLATORS: the round's short name, usually the year ("2024").
  label(_("&Label:"));
  grid->Add(m_label, 1, wxEXPAND);

  m_issue = new wxTextCtrl(page, wxID_ANY);
  m_issue->SetName("wizard_issue");
  m_issue->SetHint(_("e.g. alcohol among young people"));
  label(_("&Issue:"));
  grid->Add(m_issue, 1, wxEXPAND);

  auto* areas = new wxWrapSizer(wxHORIZONTAL);
  for (const auto& area : andts_areas()) {
    auto* box = new wxCheckBox(page, wxID_ANY, area_label(area));
    box->SetName("wizard_area_" + to_wx(area));
    m_areas[area] = box;
    areas->Add(box, 0, wxRIGHT | wxBOTTOM, 12);
  }
  label(_("ANDTS areas:"), wxALIGN_TOP | wxTOP, 2);
  grid->Add(areas, 1, wxEXPAND);

  m_definition = new wxTextCtrl(page, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(540, 70)),
                                wxTE_MULTILINE);
  m_definition->SetName("wizard_definition");
  // An example under the field, not a hint inside it: GTK greys a
  // multi-line hint, and a definition copied in would look like one.
  auto* definition = new wxBoxSizer(wxVERTICAL);
  definition->Add(m_definition, 1, wxEXPAND);
  auto* example = new wxStaticText(
      page, wxID_ANY, _("Who the community is, e.g. young people 13-17 and their parents in the municipality"));
  set_muted_text(example);
  definition->Add(example, 0, wxTOP, 2);
  label(_("Community &definition:"), wxALIGN_TOP | wxTOP, 4);
  grid->Add(definition, 1, wxEXPAND);
  grid->AddGrowableRow(5, 1);

  top->Add(grid, 1, wxEXPAND);
  page->SetSizer(top);

  m_community->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    update_previous_box();
    if (m_previous->IsChecked()) start_from_previous(true);
  });
  m_previous->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { start_from_previous(e.IsChecked()); });
  return page;
}

// ---- page 2: instrument, mode, dates ------------------------------------------

wxWizardPageSimple* DialogRoundWizard::build_instrument_page() {
  auto* page = new wxWizardPageSimple(this);
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(page, wxID_ANY, _("Instrument, mode and dates"));
  heading->SetFont(heading->GetFont().Scaled(1.2f).Bold());
  top->Add(heading, 0, wxBOTTOM, 12);

  top->Add(new wxStaticText(page, wxID_ANY, _("&Instrument (the round keeps a copy of it):")), 0, wxBOTTOM, 4);
  m_instruments = new wxDataViewListCtrl(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 150)),
                                         wxDV_SINGLE | wxDV_ROW_LINES);
  m_instruments->SetName("wizard_instruments");
  auto column = [&](const wxString& title, int width, wxAlignment align = wxALIGN_LEFT) {
    m_instruments->AppendTextColumn(title, wxDATAVIEW_CELL_INERT,
                                    std::max(FromDIP(width), GetTextExtent(title).x + FromDIP(24)), align,
                                    wxDATAVIEW_COL_RESIZABLE);
  };
  column(_("Title"), 250);
  // TRANSLATORS: column header: the instrument's identifier ("cr6-sv").
  column(_("Id"), 70);
  column(_("Language"), 70);
  column(_("Dimensions"), 80, wxALIGN_RIGHT);
  column(_("Questions"), 70, wxALIGN_RIGHT);
  // TRANSLATORS: column header: where the instrument comes from.
  column(_("Source"), 100);
  top->Add(m_instruments, 1, wxEXPAND);
  m_instrument_about = new wxStaticText(page, wxID_ANY, wxString());
  m_instrument_about->SetName("wizard_instrument_about");
  top->Add(m_instrument_about, 0, wxEXPAND | wxTOP, 4);
  m_instrument_problems = new wxStaticText(page, wxID_ANY, wxString());
  m_instrument_problems->SetName("wizard_instrument_problems");
  m_instrument_problems->SetForegroundColour(wxColour(160, 60, 0));
  top->Add(m_instrument_problems, 0, wxEXPAND | wxTOP, 4);

  const wxString modes[] = {mode_label(Mode::Interview), mode_label(Mode::SelfRating)};
  m_mode = new wxRadioBox(page, wxID_ANY, _("Mode"), wxDefaultPosition, wxDefaultSize, 2, modes, 2,
                          wxRA_SPECIFY_COLS);
  m_mode->SetName("wizard_mode");
  top->Add(m_mode, 0, wxEXPAND | wxTOP, 12);

  auto* dates = new wxBoxSizer(wxHORIZONTAL);
  m_start = new DateField(page, "wizard_start");
  m_end = new DateField(page, "wizard_end");
  dates->Add(new wxStaticText(page, wxID_ANY, _("&From:")), 0, wxALIGN_TOP | wxTOP | wxRIGHT, 6);
  dates->Add(m_start, 0, wxRIGHT, 16);
  dates->Add(new wxStaticText(page, wxID_ANY, _("&To:")), 0, wxALIGN_TOP | wxTOP | wxRIGHT, 6);
  dates->Add(m_end, 0, wxRIGHT, 16);
  dates->Add(new wxStaticText(page, wxID_ANY, _("(optional)")), 0, wxALIGN_TOP | wxTOP, 6);
  top->Add(new wxStaticText(page, wxID_ANY, _("Dates of the interviews:")), 0, wxTOP, 12);
  top->Add(dates, 0, wxTOP, 4);
  page->SetSizer(top);

  m_instruments->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
    const Instrument* instrument = chosen_instrument();
    set_label(m_instrument_about, instrument ? to_wx(instrument->description) : wxString(), FromDIP(600));
    m_pages[1]->Layout();
  });
  return page;
}

void DialogRoundWizard::fill_instruments() {
  const std::string keep = chosen_instrument() ? chosen_instrument()->id : std::string();
  m_instruments->DeleteAllItems();
  m_choices = instrument_choices(previous());
  for (const auto& choice : m_choices) {
    const Instrument& i = choice.instrument;
    wxVector<wxVariant> row;
    row.push_back(wxVariant(to_wx(i.title)));
    row.push_back(wxVariant(to_wx(i.id)));
    row.push_back(wxVariant(i.language == "sv" ? _("Swedish") : i.language == "en" ? _("English") : to_wx(i.language)));
    row.push_back(wxVariant(wxString::Format("%zu", i.dimensions.size())));
    row.push_back(wxVariant(wxString::Format("%zu", i.questions.size())));
    row.push_back(wxVariant(source_label(choice.source)));
    m_instruments->AppendItem(row);
  }
  if (keep.empty() || !choose_instrument(keep)) choose_instrument(default_instrument_id(m_choices, previous(), m_language));
  // A broken file in the user's instrument folder is skipped, and named here.
  wxString skipped;
  const InstrumentLibrary library = InstrumentLibrary::load_default();
  for (const auto& problem : library.problems())
    skipped += "\n" + to_wx(problem.to_string());
  if (!skipped.empty())
    skipped = _("Skipped in the instrument folders (readiness-cli validate FILE lists every fault):") + skipped;
  set_label(m_instrument_problems, wxControl::EscapeMnemonics(skipped), FromDIP(600));
}

bool DialogRoundWizard::choose_instrument(const std::string& instrument_id) {
  for (std::size_t i = 0; i < m_choices.size(); ++i)
    if (m_choices[i].instrument.id == instrument_id) {
      m_instruments->SelectRow(static_cast<unsigned>(i));
      m_instruments->EnsureVisible(m_instruments->RowToItem(static_cast<int>(i)));
      set_label(m_instrument_about, to_wx(m_choices[i].instrument.description), FromDIP(600));
      return true;
    }
  return false;
}

const Instrument* DialogRoundWizard::chosen_instrument() const {
  const int row = m_instruments->GetSelectedRow();
  return row >= 0 && static_cast<std::size_t>(row) < m_choices.size()
             ? &m_choices[static_cast<std::size_t>(row)].instrument
             : nullptr;
}

// ---- page 3: respondents and summary ------------------------------------------

wxWizardPageSimple* DialogRoundWizard::build_respondents_page() {
  auto* page = new wxWizardPageSimple(this);
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(page, wxID_ANY, _("Respondents"));
  heading->SetFont(heading->GetFont().Scaled(1.2f).Bold());
  top->Add(heading, 0, wxBOTTOM, 12);
  m_respondents_text = new wxStaticText(page, wxID_ANY, wxString());
  top->Add(m_respondents_text, 0, wxEXPAND | wxBOTTOM, 6);
  m_respondent_list = new wxDataViewListCtrl(page, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(600, 140)),
                                             wxDV_SINGLE | wxDV_ROW_LINES);
  m_respondent_list->AppendTextColumn(_("Pseudonym"), wxDATAVIEW_CELL_INERT, FromDIP(140));
  m_respondent_list->AppendTextColumn(_("Sector"), wxDATAVIEW_CELL_INERT, FromDIP(220));
  m_respondent_list->AppendTextColumn(_("Role"), wxDATAVIEW_CELL_INERT, FromDIP(200));
  top->Add(m_respondent_list, 1, wxEXPAND);
  m_plan = new wxCheckBox(page, wxID_ANY, _("&Plan an interview for each respondent"));
  m_plan->SetName("wizard_plan");
  m_plan->SetValue(true);
  top->Add(m_plan, 0, wxTOP, 8);
  m_summary = new wxStaticText(page, wxID_ANY, wxString());
  m_summary->SetName("wizard_summary");
  top->Add(m_summary, 0, wxEXPAND | wxTOP, 12);
  page->SetSizer(top);
  m_plan->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { update_respondents_page(); });
  return page;
}

void DialogRoundWizard::update_respondents_page() {
  m_respondent_list->DeleteAllItems();
  for (const auto& r : m_respondents) {
    wxVector<wxVariant> row;
    row.push_back(wxVariant(to_wx(r.pseudonym)));
    row.push_back(wxVariant(sector_label(r.sector)));
    row.push_back(wxVariant(to_wx(r.role)));
    m_respondent_list->AppendItem(row);
  }
  const Round* prev = m_previous->IsChecked() ? previous() : nullptr;
  const int n = static_cast<int>(m_respondents.size());
  if (prev && n > 0)
    set_label(m_respondents_text,
              wxString::Format(wxPLURAL("%d respondent carried over from round %s:",
                                        "%d respondents carried over from round %s:", n),
                               n, to_wx(prev->label)),
              FromDIP(600));
  else
    set_label(m_respondents_text,
              _("No respondents yet. Add them with Communities > Respondents... once the round exists."),
              FromDIP(600));
  m_respondent_list->Show(n > 0);
  m_plan->Enable(n > 0);

  const RoundSetup s = setup();
  const Community* c = m_project.find_community(s.community_id);
  const int planned = s.plan_interviews ? n : 0;
  wxString summary = wxString::Format(_("Round %s in %s: %s."), to_wx(s.label), c ? to_wx(c->name) : wxString(),
                                      to_wx(s.issue));
  summary += "\n" + wxString::Format(wxPLURAL("%d planned interview.", "%d planned interviews.", planned), planned);
  set_label(m_summary, summary, FromDIP(600));
  m_pages[2]->Layout();
}

// ---- state -----------------------------------------------------------------------

std::string DialogRoundWizard::community_id() const {
  const int i = m_community->GetSelection();
  return i >= 0 ? m_community_ids[static_cast<std::size_t>(i)] : std::string();
}

const Round* DialogRoundWizard::previous() const { return previous_round(m_project, community_id()); }

void DialogRoundWizard::set_community(const std::string& id) {
  const auto it = std::find(m_community_ids.begin(), m_community_ids.end(), id);
  if (it != m_community_ids.end())
    m_community->SetSelection(static_cast<int>(it - m_community_ids.begin()));
  else if (m_community_ids.size() == 1)
    m_community->SetSelection(0);
  update_previous_box();
  // Following up the last round is the usual case.
  m_previous->SetValue(m_previous->IsEnabled());
  start_from_previous(m_previous->IsChecked());
}

void DialogRoundWizard::update_previous_box() {
  const Round* prev = previous();
  m_previous->Enable(prev != nullptr);
  if (!prev) m_previous->SetValue(false);
  m_previous->SetLabel(prev ? wxString::Format(_("Start from the &previous round (%s: %s)"), to_wx(prev->label),
                                               to_wx(prev->issue))
                            : _("Start from the &previous round (none yet)"));
  m_previous->InvalidateBestSize();
  m_pages[0]->Layout();
}

void DialogRoundWizard::start_from_previous(bool on) {
  const Round* prev = on ? previous() : nullptr;
  m_previous->SetValue(prev != nullptr);
  if (!prev) {
    m_respondents.clear();
    fill_instruments();
    return;
  }
  const RoundSetup from = setup_from_previous(*prev, to_utf8(m_label->GetValue()));
  m_issue->ChangeValue(to_wx(from.issue));
  for (auto& [area, box] : m_areas)
    box->SetValue(std::find(from.areas.begin(), from.areas.end(), area) != from.areas.end());
  m_definition->ChangeValue(to_wx(from.community_definition));
  m_mode->SetSelection(from.mode == Mode::SelfRating ? 1 : 0);
  m_respondents = from.respondents;
  fill_instruments();
  choose_instrument(from.instrument_id);
}

wxCheckBox* DialogRoundWizard::area_box(const std::string& area) const {
  const auto it = m_areas.find(area);
  return it == m_areas.end() ? nullptr : it->second;
}

RoundSetup DialogRoundWizard::setup() const {
  RoundSetup s;
  s.community_id = community_id();
  s.label = to_utf8(m_label->GetValue().Strip(wxString::both));
  s.issue = to_utf8(m_issue->GetValue().Strip(wxString::both));
  for (const auto& area : andts_areas())
    if (m_areas.at(area)->IsChecked()) s.areas.push_back(area);
  s.community_definition = to_utf8(m_definition->GetValue().Strip(wxString::both));
  if (const Instrument* i = chosen_instrument()) s.instrument_id = i->id;
  s.mode = m_mode->GetSelection() == 1 ? Mode::SelfRating : Mode::Interview;
  s.start_date = iso_date(m_start);
  s.end_date = iso_date(m_end);
  s.respondents = m_respondents;
  s.plan_interviews = m_plan->IsChecked();
  return s;
}

wxArrayString DialogRoundWizard::problems() const {
  const RoundSetup s = setup();
  wxArrayString out;
  for (RoundSetupProblem p : check_round_setup(s, m_project)) out.push_back(round_setup_problem_text(p, m_project, s));
  return out;
}

void DialogRoundWizard::on_page_changing(wxWizardEvent& event) {
  if (!event.GetDirection()) return;  // going back is always fine
  const auto at = std::find(m_pages.begin(), m_pages.end(), event.GetPage());
  const std::size_t index = static_cast<std::size_t>(at - m_pages.begin());
  // A date that is not one is said beside its field (never dropped);
  // the page stays until it is a date or empty.
  if (index == 1 || index + 1 == m_pages.size()) {
    const bool start_ok = m_start->check();
    if (!m_end->check() || !start_ok) {
      event.Veto();
      return;
    }
  }
  const RoundSetup s = setup();
  wxString text;
  for (RoundSetupProblem p : check_round_setup(s, m_project))
    if (page_of(p) == index || index + 1 == m_pages.size()) text += round_setup_problem_text(p, m_project, s) + "\n";
  if (text.empty()) return;
  wxMessageBox(text.Trim(), _("The round is not complete"), wxOK | wxICON_INFORMATION, this);
  event.Veto();
}

}  // namespace readiness::gui
