#pragma once
// The "issue + period + communities" picker of the compare and trend
// pages: an issue-and-mode choice, a check list of periods (round labels),
// a check list of communities and, on the compare page, a county with a
// "whole county" button. It holds the choices of the project and the
// RoundSelection the user has ticked; the page recomputes its table when
// the picker reports a change. Interview and self-rated rounds are
// separate choices, never one selection (comparison_view.h).
#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "comparison_view.h"
#include "project.h"

class wxButton;
class wxCheckListBox;
class wxChoice;

namespace readiness::gui {

// What a newly chosen issue starts with (picks of the same issue are kept).
enum class NewIssuePicks {
  LatestPeriodEveryCommunity,  // compare: where are we now, across the county
  EveryPeriodFirstCommunity,   // trend: one community over its rounds
};

class ComparisonPicker : public wxPanel {
 public:
  // `name` prefixes the controls' window names ("compare" → compare_issue,
  // compare_periods, compare_communities, compare_county,
  // compare_whole_county). `project` gives the project to pick from, or
  // nullptr when none is open.
  ComparisonPicker(wxWindow* parent, const wxString& name, NewIssuePicks picks, bool with_county,
                   std::function<const Project*()> project);

  // Called after the user changed a pick with the controls (not after the
  // select_… calls below, whose caller updates itself).
  void set_on_change(std::function<void()> on_change) { m_on_change = std::move(on_change); }

  // Re-reads the project's choices; the issue picked stays when it exists.
  void reload();
  // Picks this issue in this mode: false when the project has no such
  // choice. Keeps the periods and communities still there when the issue
  // and mode stay, else starts with NewIssuePicks.
  bool select_choice(const std::string& issue, Mode mode);
  // No choice picked: an empty selection and empty lists.
  void clear();
  void select_periods(const std::vector<std::string>& labels);
  void select_communities(const std::vector<std::string>& community_ids);
  // Every community of the county, and only those.
  void select_county(const std::string& county_code);

  const ComparisonChoice* current_choice() const;
  const std::vector<ComparisonChoice>& choices() const { return m_choices; }
  const RoundSelection& selection() const { return m_selection; }
  wxButton* county_button() const { return m_county_button; }

 private:
  void fill_lists();
  void read_lists();
  void changed();

  NewIssuePicks m_picks;
  std::function<const Project*()> m_project;
  std::function<void()> m_on_change;
  std::vector<ComparisonChoice> m_choices;
  std::vector<std::string> m_counties;
  RoundSelection m_selection;

  wxChoice* m_issue = nullptr;
  wxCheckListBox* m_periods = nullptr;
  wxCheckListBox* m_communities = nullptr;
  wxChoice* m_county = nullptr;
  wxButton* m_county_button = nullptr;
};

}  // namespace readiness::gui
