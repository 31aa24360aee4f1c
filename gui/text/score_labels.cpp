#include "text/score_labels.h"

#include "app/app_language.h"
#include "score_value.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

wxString score_text(std::optional<Hundredths> score) {
  if (!score) return wxString::FromUTF8("\u2013");
  return to_wx(format_hundredths(*score, decimal_point()));
}

wxString percent_text(double share) {
  // TRANSLATORS: a percentage; %s is the number. Swedish writes "83 %".
  return wxString::Format(_("%s%%"), to_wx(format_fixed(share * 100.0, 0, decimal_point())));
}

wxString statistic_text(std::optional<double> value, int decimals) {
  if (!value) return wxString::FromUTF8("\u2013");
  return to_wx(format_fixed(*value, decimals, decimal_point()));
}

wxString slot_label(ScorerSlot slot, const std::string& name) {
  wxString base;
  switch (slot) {
    case ScorerSlot::A: base = _("Scorer A"); break;
    case ScorerSlot::B: base = _("Scorer B"); break;
    case ScorerSlot::Consensus: return _("Consensus");
  }
  return name.empty() ? base : base + " (" + to_wx(name) + ")";
}

std::optional<Hundredths> parse_score_text(const wxString& text) { return parse_hundredths(to_utf8(text)); }

}  // namespace readiness::gui
