#pragma once
// One community's details: a new custom community (a district or a
// group such as "Pite älvdal") or an existing community being edited.
// Name, kind, county and a note; a register municipality keeps its code.
// The dialog only edits a value; the caller submits the command.
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "community.h"

class wxChoice;
class wxTextCtrl;

namespace readiness::gui {

class DialogCommunity : public wxDialog {
 public:
  // `is_new`: a new custom community (title and button say "Add").
  DialogCommunity(wxWindow* parent, const Community& community, bool is_new);

  // The community with the fields as edited (same id, code unchanged).
  Community community() const;

  wxTextCtrl* name_field() const { return m_name; }
  wxChoice* kind_choice() const { return m_kind; }
  wxChoice* county_choice() const { return m_county; }
  wxTextCtrl* note_field() const { return m_note; }
  void set_kind(CommunityKind kind);

  bool TransferDataFromWindow() override;

 private:
  Community m_original;
  std::vector<CommunityKind> m_kinds;       // parallel to m_kind's items
  std::vector<std::string> m_county_codes;  // parallel to m_county's items ("" first)
  wxTextCtrl* m_name = nullptr;
  wxChoice* m_kind = nullptr;
  wxChoice* m_county = nullptr;
  wxTextCtrl* m_note = nullptr;
};

}  // namespace readiness::gui
