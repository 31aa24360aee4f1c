#pragma once
// A plain page of text for what has no page of its own yet: the start page
// (no project), the project, a county, a community. Never empty: it says
// what is selected and what to do next.
#include <functional>
#include <vector>

#include <wx/panel.h>

class wxStaticText;
class wxBoxSizer;
class wxButton;

namespace readiness::gui {

class PageSummary : public wxPanel {
 public:
  struct Action {
    wxString label;
    std::function<void()> run;
    wxString name;  // the button's window name, for tests
  };

  explicit PageSummary(wxWindow* parent);
  void set_content(const wxString& heading, const wxString& body, std::vector<Action> actions = {});
  wxString heading() const;
  // The action button named `name`; nullptr when not shown.
  wxButton* action_button(const wxString& name) const;

 private:
  wxStaticText* m_heading = nullptr;
  wxStaticText* m_body = nullptr;
  wxBoxSizer* m_actions = nullptr;
  wxString m_body_text;
};

}  // namespace readiness::gui
