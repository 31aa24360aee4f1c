#pragma once
// "Edit action…" (issue 13): the whole record of one action of a plan, or
// one promise item of a joint commitment, in one dialog — the fields the
// table edits in place and those it does not: priority, estimated cost and
// funding source, responsible sectors (from sectors.json, several) beside
// the free-text actors, and for communication actions the channel and the
// key message. When a channel is chosen, the method's advice on channels
// for the action's stage is shown under it (plan_rows.h, channel_advice).
// The dialog only edits a value; the caller submits the command.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "models/plan_rows.h"
#include "project.h"

class wxCheckListBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace readiness::gui {

class DialogPlanAction : public wxDialog {
 public:
  // `known_dimension(code)` says whether a typed dimension code is one of
  // the community's instruments; `advice` is the stage's channel advice
  // (nullopt: none known, the dialog says so when a channel is chosen).
  DialogPlanAction(wxWindow* parent, const PlanAction& action, std::function<bool(const std::string&)> known_dimension,
                   std::optional<ChannelAdvice> advice);

  // The action with the fields as edited (same id, follow-ups and strategy
  // unchanged); nullopt when a field cannot be taken, `error` then names it
  // ("End: …").
  std::optional<PlanAction> action(wxString* error = nullptr) const;

  wxTextCtrl* activity_field() const { return m_activity; }
  wxTextCtrl* target_field() const { return m_target; }
  wxTextCtrl* dimensions_field() const { return m_dimensions; }
  wxTextCtrl* start_field() const { return m_start; }
  wxTextCtrl* end_field() const { return m_end; }
  wxChoice* status_choice() const { return m_status; }
  wxChoice* priority_choice() const { return m_priority; }
  wxCheckListBox* sectors_list() const { return m_sectors; }
  wxTextCtrl* responsible_field() const { return m_responsible; }
  wxTextCtrl* cost_field() const { return m_cost; }
  wxTextCtrl* funding_field() const { return m_funding; }
  wxChoice* channel_choice() const { return m_channel; }
  wxTextCtrl* key_message_field() const { return m_key_message; }
  wxTextCtrl* note_field() const { return m_note; }
  // What is shown under the channel choice: the stage's advice on channels
  // while a channel is chosen, else nothing.
  wxString channel_advice_text() const;
  // Chooses a channel as a user would (the advice follows).
  void choose_channel(Channel channel);
  // Ticks exactly these sector ids.
  void check_sectors(const std::vector<std::string>& sector_ids);

  bool TransferDataFromWindow() override;

 private:
  void update_channel_advice();

  PlanAction m_original;
  std::function<bool(const std::string&)> m_known_dimension;
  std::optional<ChannelAdvice> m_advice;
  wxTextCtrl* m_activity = nullptr;
  wxTextCtrl* m_target = nullptr;
  wxTextCtrl* m_dimensions = nullptr;
  wxTextCtrl* m_start = nullptr;
  wxTextCtrl* m_end = nullptr;
  wxChoice* m_status = nullptr;
  wxChoice* m_priority = nullptr;
  wxCheckListBox* m_sectors = nullptr;
  wxTextCtrl* m_responsible = nullptr;
  wxTextCtrl* m_cost = nullptr;
  wxTextCtrl* m_funding = nullptr;
  wxChoice* m_channel = nullptr;
  wxStaticText* m_advice_text = nullptr;
  wxTextCtrl* m_key_message = nullptr;
  wxTextCtrl* m_note = nullptr;
};

// "high" / "hög" … for priority 1–3; "" for 0 (not set).
wxString priority_label(int priority);

}  // namespace readiness::gui
