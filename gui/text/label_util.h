#pragma once
// Setting a wxStaticText's text so the sizer gives it room: a label made
// empty keeps its empty minimum size otherwise (GTK), and new text, a
// bigger font or wrapped lines would be cut off.
#include <algorithm>

#include <wx/stattext.h>

namespace readiness::gui {

inline void set_label(wxStaticText* text, const wxString& label, int wrap_width = -1) {
  text->SetLabel(label);
  if (wrap_width > 0) text->Wrap(wrap_width);
  text->InvalidateBestSize();
  text->SetMinSize(wxDefaultSize);
  // The height the text needs; the width comes from the sizer (wxEXPAND),
  // so a long line never forces the window wider.
  // GTK may report the height of the font before SetFont(): count lines.
  const int lines = static_cast<int>(text->GetLabel().Freq('\n')) + 1;
  const int line_height = text->GetTextExtent("Ag").y;
  text->SetMinSize(wxSize(1, std::max(text->GetBestSize().y, lines * line_height)));
}

}  // namespace readiness::gui
