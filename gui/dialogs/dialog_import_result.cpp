#include "dialogs/dialog_import_result.h"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/dataobj.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "text/translate.h"

namespace readiness::gui {

DialogImportResult::DialogImportResult(wxWindow* parent, bool refused, const wxString& heading,
                                       const wxString& details)
    : wxDialog(parent, wxID_ANY, refused ? _("Scores not imported") : _("Scores imported"), wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_heading(heading) {
  SetName("dialog_import_result");
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* head = new wxBoxSizer(wxHORIZONTAL);
  const wxArtID icon = refused ? wxART_WARNING : wxART_INFORMATION;
  head->Add(new wxStaticBitmap(this, wxID_ANY, wxArtProvider::GetBitmapBundle(icon, wxART_MESSAGE_BOX)), 0,
            wxRIGHT, 12);
  auto* text = new wxStaticText(this, wxID_ANY, heading);
  text->SetFont(text->GetFont().Bold());
  text->Wrap(FromDIP(560));
  head->Add(text, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(head, 0, wxEXPAND | wxALL, 12);

  // Read-only but selectable: the user copies a row or the whole list into
  // a mail or back into the spreadsheet's notes.
  m_details = new wxTextCtrl(this, wxID_ANY, details, wxDefaultPosition, FromDIP(wxSize(640, 280)),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
  m_details->SetName("import_details");
  top->Add(m_details, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* copy = new wxButton(this, wxID_ANY, _("&Copy all"));
  copy->SetName("import_copy");
  copy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy_to_clipboard(); });
  buttons->Add(copy, 0);
  buttons->AddStretchSpacer();
  auto* close = new wxButton(this, wxID_OK, _("&Close"));
  close->SetDefault();
  buttons->Add(close, 0);
  top->Add(buttons, 0, wxEXPAND | wxALL, 12);
  SetEscapeId(wxID_OK);
  SetSizerAndFit(top);
  close->SetFocus();
}

wxString DialogImportResult::details() const { return m_details->GetValue(); }

void DialogImportResult::copy_to_clipboard() const {
  wxClipboardLocker lock;
  if (!lock) return;
  wxTheClipboard->SetData(new wxTextDataObject(m_heading + "\n\n" + details()));
  wxTheClipboard->Flush();
}

}  // namespace readiness::gui
