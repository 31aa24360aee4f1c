#include "pages/agreement_panel.h"

#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "agreement.h"
#include "text/score_labels.h"
#include "widgets/themed_colours.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

AgreementPanel::AgreementPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetName("agreement_panel");
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  auto* heading = new wxStaticText(this, wxID_ANY, _("Agreement between the scorers"));
  heading->SetFont(heading->GetFont().Bold());
  sizer->Add(heading, 0, wxBOTTOM, 4);
  m_table = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
  m_table->SetName("agreement_table");
  const struct {
    wxString title;
    int width;
  } columns[] = {
      {_("Dimension / pair"), 230},
      // TRANSLATORS: number of interview × dimension cells scored by both.
      {_("n"), 45},
      {_("Exact"), 70},
      {_("Within ±0.5"), 95},
      {_("Within ±1.0"), 95},
      {_("Weighted kappa"), 115},
      {_("ICC(2,1)"), 80},
      {_("Over 1.0 apart"), 110},
  };
  int col = 0;
  for (const auto& c : columns) {
    const int width = std::max(FromDIP(c.width), GetTextExtent(c.title).x + FromDIP(20));
    m_table->AppendColumn(c.title, col == 0 ? wxLIST_FORMAT_LEFT : wxLIST_FORMAT_RIGHT, width);
    ++col;
  }
  sizer->Add(m_table, 1, wxEXPAND);
  m_note = new wxStaticText(this, wxID_ANY,
                            _("Only cells scored by both A and B count. Kappa is quadratic-weighted; ICC is "
                              "two-way random, absolute agreement, single rater. – = too few pairs."));
  set_muted_text(m_note);
  m_note->Wrap(FromDIP(950));
  sizer->Add(m_note, 0, wxTOP, 4);
  SetSizer(sizer);
}

void AgreementPanel::show(const Round& round) {
  const RoundAgreement a = round_agreement(round);
  m_table->Freeze();
  m_table->DeleteAllItems();
  auto add = [this](const wxString& name, const AgreementStats& s, bool bold) {
    const long row = m_table->InsertItem(m_table->GetItemCount(), name);
    m_table->SetItem(row, 1, wxString::Format("%d", s.n));
    const bool any = s.n > 0;
    m_table->SetItem(row, 2, any ? percent_text(s.exact) : wxString::FromUTF8("\u2013"));
    m_table->SetItem(row, 3, any ? percent_text(s.within_half) : wxString::FromUTF8("\u2013"));
    m_table->SetItem(row, 4, any ? percent_text(s.within_one) : wxString::FromUTF8("\u2013"));
    m_table->SetItem(row, 5, statistic_text(s.weighted_kappa, 2));
    m_table->SetItem(row, 6, statistic_text(s.icc, 2));
    m_table->SetItem(row, 7, wxString::Format("%d", s.large_differences));
    if (bold) m_table->SetItemFont(row, m_table->GetFont().Bold());
    // Rows with differences over 1.0 in red, as red as the theme's list
    // background allows.
    if (s.large_differences > 0)
      m_table->SetItemTextColour(row, readable_accent(wxColour(160, 40, 0), m_table->GetBackgroundColour()));
  };
  for (const auto& d : a.by_dimension) {
    const Dimension* dim = round.instrument.find_dimension(d.dimension);
    add(to_wx(d.dimension + (dim ? " " + dim->name : std::string())), d.stats, false);
  }
  add(_("All dimensions"), a.overall, true);
  for (const auto& p : a.by_pair) {
    // TRANSLATORS: a scorer pair: "Anna L. & Erik N.".
    add(wxString::Format(_("Pair: %s & %s"), p.scorer_a.empty() ? _("(no name)") : to_wx(p.scorer_a),
                         p.scorer_b.empty() ? _("(no name)") : to_wx(p.scorer_b)),
        p.stats, false);
  }
  m_table->Thaw();
}

wxString AgreementPanel::cell(long row, int column) const { return m_table->GetItemText(row, column); }

}  // namespace readiness::gui
