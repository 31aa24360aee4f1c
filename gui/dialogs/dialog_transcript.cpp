#include "dialogs/dialog_transcript.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "dialogs/dialog_buttons.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

DialogTranscript::DialogTranscript(wxWindow* parent, const std::vector<wxString>& questions)
    : wxDialog(parent, wxID_ANY, _("Paste transcript"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_questions(questions),
      // TRANSLATORS: a transcript part that is not added to any answer.
      m_skip_label(_("(leave out)")) {
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(new wxStaticText(this, wxID_ANY,
                            _("Paste the transcript. Parts are separated by blank lines; a part starting with a "
                              "question number (\"3.\", \"F3\", \"Fråga 3\") goes to that question.")),
           0, wxALL, 12);
  m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(760, 220)),
                          wxTE_MULTILINE | wxTE_RICH2 | wxTE_WORDWRAP);
  m_text->SetName("transcript");
  top->Add(m_text, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
  auto* split_button = new wxButton(this, wxID_ANY, _("&Split into parts"));
  top->Add(split_button, 0, wxALL, 12);

  m_parts = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 220)),
                                   wxDV_ROW_LINES | wxDV_SINGLE);
  m_parts->AppendTextColumn(_("Part"), wxDATAVIEW_CELL_INERT, FromDIP(470), wxALIGN_LEFT,
                            wxDATAVIEW_COL_RESIZABLE);
  wxArrayString choices;
  choices.Add(m_skip_label);
  for (const auto& q : m_questions) choices.Add(q);
  m_parts->AppendColumn(new wxDataViewColumn(_("Question"), new wxDataViewChoiceRenderer(choices), 1, FromDIP(280),
                                             wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE));
  top->Add(m_parts, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);

  auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
  if (auto* ok = FindWindow(wxID_OK)) {
    ok->SetLabel(_("&Add to answers"));
    ok->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!m_split.empty()); });
  }
  use_own_cancel_button(*this);
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetSizerAndFit(top);

  split_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { split(); });
  m_text->SetFocus();
}

void DialogTranscript::set_transcript(const wxString& text) { m_text->ChangeValue(text); }

void DialogTranscript::split() {
  m_split = split_transcript(to_utf8(m_text->GetValue()), static_cast<int>(m_questions.size()));
  m_parts->DeleteAllItems();
  for (const auto& part : m_split) {
    wxVector<wxVariant> row;
    wxString shown = to_wx(part.text);
    shown.Replace("\n", " ");
    row.push_back(wxVariant(shown));
    row.push_back(wxVariant(part.question >= 0 ? m_questions[static_cast<std::size_t>(part.question)] : m_skip_label));
    m_parts->AppendItem(row);
  }
}

std::vector<TranscriptPart> DialogTranscript::assignments() const {
  std::vector<TranscriptPart> out = m_split;
  for (std::size_t row = 0; row < out.size(); ++row) {
    const wxString chosen = m_parts->GetTextValue(static_cast<unsigned>(row), 1);
    out[row].question = -1;
    for (std::size_t q = 0; q < m_questions.size(); ++q)
      if (m_questions[q] == chosen) out[row].question = static_cast<int>(q);
  }
  return out;
}

}  // namespace readiness::gui
