#pragma once
// Runs a model edit for a wxCommand: a refused edit (read-only document,
// unknown id, bad value) is logged for the user and the command reports
// failure, so wxCommandProcessor drops it instead of stacking a no-op.
#include <exception>

#include <wx/log.h>

#include "text/wx_text.h"

namespace readiness::gui {

template <typename F>
bool attempt(F&& edit) {
  try {
    edit();
    return true;
  } catch (const std::exception& e) {
    wxLogError("%s", to_wx(e.what()));
    return false;
  }
}

}  // namespace readiness::gui
