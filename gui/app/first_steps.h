#pragma once
// What to do next, offered as a button wherever the user stands (issue 16,
// "first steps"): an empty project offers municipalities, a custom
// community and the demo; a project with communities but no round offers a
// new round; a round offers, in the method's order, respondents → capture
// → scoring → consensus → results. The words and the choice live here; the
// pages show them (page_summary.h, page_round_overview.h).
#include <functional>
#include <string>
#include <vector>

#include <wx/string.h>

#include "pages/page_summary.h"
#include "project.h"

class wxWindow;

namespace readiness::gui {

class PageHost;

struct FirstSteps {
  wxString body;
  std::vector<PageSummary::Action> actions;
};

// The project page's text and buttons; `open_demo` opens the demo project.
FirstSteps project_first_steps(const Project& project, wxWindow* parent, PageHost& host,
                               std::function<void()> open_demo);
// A community's page: a new round for it.
std::vector<PageSummary::Action> community_first_steps(const std::string& community_id, wxWindow* parent,
                                                       PageHost& host);

// The round's next step in the method's order.
struct NextStep {
  enum class Kind { AddRespondents, Capture, Score, Consensus, Results };
  Kind kind = Kind::AddRespondents;
  wxString text;    // what is next and why, one sentence or two
  wxString button;  // the button's label
  std::string name; // the button's window name ("next_step_respondents")
  std::function<void()> run;
};
NextStep round_next_step(const Round& round, wxWindow* parent, PageHost& host);

}  // namespace readiness::gui
