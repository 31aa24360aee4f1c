#pragma once
// Scoring: one scorer (A or B) rates one interview on one dimension. Left
// the interview's answers — the dimension's own questions first, the rest
// one click away, a search box that highlights; right the dimension's nine
// anchors and the scorer guide, the score (level buttons for whole levels,
// typed 4.5 / 4,5 / 4.25 for finer steps, + and − for half steps). Blind:
// the other scorer's score shows only as "scored" or "not scored" until
// both are done with the interview (scoring/blind_scoring.h).
#include <array>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "project_document.h"

class wxButton;
class wxCheckBox;
class wxChoice;
// Included, not declared: wxMSW makes wxCollapsiblePane a macro.
#include <wx/collpane.h>
class wxScrolledWindow;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;
class wxToggleButton;

namespace readiness::gui {

class PageHost;

class PageScoring : public wxPanel, public ProjectObserver {
 public:
  PageScoring(wxWindow* parent, PageHost& host);
  ~PageScoring() override;

  // Shows a round; an empty interview id keeps the current one if it is in
  // the round, else the first interview with something left to score.
  void show(const std::string& round_id, const std::string& interview_id = {});
  const std::string& round_id() const { return m_round_id; }
  const std::string& interview_id() const { return m_interview_id; }
  const std::string& dimension() const { return m_dimension; }
  ScorerSlot slot() const { return m_slot; }

  void set_slot(ScorerSlot slot);
  bool set_interview(const std::string& interview_id);
  bool set_dimension(const std::string& code);
  void next_dimension();
  void previous_dimension();

  // Commits what is typed in the score field (Enter and leaving it do the
  // same); false when it is not a score 1.00–9.00 (the reason is shown).
  bool commit_score_text();
  void step_score(int hundredths);  // +50 / −50, clamped to 1.00–9.00
  // Commits a typed score or scorer name not yet saved (before undo, page
  // changes, saving); nothing when nothing is pending.
  void commit_pending();
  // Appends the text selected in the answers to the note, in quotes, and
  // saves it; false when nothing is selected.
  bool quote_selection();

  void on_project_changed(const ChangeEvent& event) override;

  // For tests and screenshots.
  wxTextCtrl* score_field() const { return m_score; }
  wxToggleButton* level_button(int level) const { return m_levels.at(static_cast<std::size_t>(level - 1)); }
  wxStaticText* other_scorer_label() const { return m_other; }
  wxTextCtrl* answers_view() const { return m_answers; }
  wxSearchCtrl* search_field() const { return m_search; }
  wxTextCtrl* note_field() const { return m_note; }
  wxCheckBox* all_questions() const { return m_all_questions; }
  int match_count() const { return m_match_count; }

 private:
  void attach_document();
  const Round* round() const;
  const Interview* interview() const;
  void fill_choices();
  void load_answers();
  void highlight_matches();
  void load_dimension();
  void load_score();
  void set_score(std::optional<Hundredths> value);
  void commit_scorer_name();
  void commit_note();
  void set_message(const wxString& text, bool error);
  // Width (pixels) to wrap the right pane's messages to.
  int text_width() const;
  int respondent_width() const;
  bool editable() const;

  PageHost& m_host;
  ProjectDocumentPtr m_document;
  std::string m_round_id;
  std::string m_interview_id;
  std::string m_dimension;
  ScorerSlot m_slot = ScorerSlot::A;
  std::vector<std::string> m_interview_ids;  // choice order
  bool m_loading = false;
  int m_match_count = 0;

  wxStaticText* m_heading = nullptr;
  wxChoice* m_slot_choice = nullptr;
  wxTextCtrl* m_scorer_name = nullptr;
  wxChoice* m_interview_choice = nullptr;
  wxChoice* m_dimension_choice = nullptr;
  wxStaticText* m_respondent = nullptr;
  wxSearchCtrl* m_search = nullptr;
  wxCheckBox* m_all_questions = nullptr;
  wxStaticText* m_matches = nullptr;
  wxTextCtrl* m_answers = nullptr;
  wxScrolledWindow* m_right = nullptr;
  wxStaticText* m_dimension_name = nullptr;
  wxStaticText* m_dimension_text = nullptr;
  wxStaticText* m_scale_hint = nullptr;
  wxTextCtrl* m_score = nullptr;
  wxStaticText* m_message = nullptr;
  wxString m_respondent_text, m_other_text, m_message_text;  // unwrapped
  wxStaticText* m_other = nullptr;
  wxTextCtrl* m_note = nullptr;
  std::array<wxToggleButton*, 9> m_levels{};
  std::array<wxStaticText*, 9> m_anchors{};
  wxCollapsiblePane* m_guide_pane = nullptr;
  wxStaticText* m_guide = nullptr;
};

}  // namespace readiness::gui
