#include "pages/page_summary.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "text/label_util.h"

namespace readiness::gui {

PageSummary::PageSummary(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetName("page_summary");
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_heading = new wxStaticText(this, wxID_ANY, wxString());
  m_heading->SetFont(m_heading->GetFont().Scaled(1.5f).Bold());
  top->Add(m_heading, 0, wxEXPAND | wxALL, 16);
  m_body = new wxStaticText(this, wxID_ANY, wxString());
  top->Add(m_body, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
  m_actions = new wxBoxSizer(wxHORIZONTAL);
  top->Add(m_actions, 0, wxALL, 16);
  SetSizer(top);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    e.Skip();
    set_label(m_body, m_body_text, std::max(200, GetClientSize().x - 40));
  });
}

void PageSummary::set_content(const wxString& heading, const wxString& body, std::vector<Action> actions) {
  set_label(m_heading, heading);
  m_body_text = body;
  set_label(m_body, body, std::max(200, GetClientSize().x - 40));
  m_actions->Clear(true);
  for (auto& a : actions) {
    auto* button = new wxButton(this, wxID_ANY, a.label);
    if (!a.name.empty()) button->SetName(a.name);
    // After the click: the action may change the page and so delete this button.
    button->Bind(wxEVT_BUTTON, [this, run = a.run](wxCommandEvent&) { CallAfter(run); });
    m_actions->Add(button, 0, wxRIGHT, 8);
  }
  Layout();
}

wxString PageSummary::heading() const { return m_heading->GetLabel(); }

wxButton* PageSummary::action_button(const wxString& name) const {
  for (wxSizerItem* item : m_actions->GetChildren())
    if (auto* button = dynamic_cast<wxButton*>(item->GetWindow()); button && button->GetName() == name) return button;
  return nullptr;
}

}  // namespace readiness::gui
