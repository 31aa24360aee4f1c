#pragma once
// Words and numbers for the scoring, consensus and results pages: scores
// and figures from scoring/ with the UI's decimal separator, scorer slots
// by name. Formatting only; the numbers come from scoring/.
#include <optional>
#include <string>

#include <wx/string.h>

#include "mean_format.h"
#include "round.h"

namespace readiness::gui {

// "4,50" in Swedish, "4.50" in English; "–" for none.
wxString score_text(std::optional<Hundredths> score);
// A share 0..1 as "83 %" ("83%" in English).
wxString percent_text(double share);
// A statistic with `decimals` decimals, or "–" when undefined.
wxString statistic_text(std::optional<double> value, int decimals = 2);
// "Scorer A (Anna L.)", or "Scorer A" without a name.
wxString slot_label(ScorerSlot slot, const std::string& name);
// Parses what an analyst types into a score field: "4", "4.5", "4,5",
// "4.25". None for anything else; the range is checked by the caller.
std::optional<Hundredths> parse_score_text(const wxString& text);

}  // namespace readiness::gui
