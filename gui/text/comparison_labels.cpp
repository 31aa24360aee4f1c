#include "text/comparison_labels.h"

#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

wxString choice_label(const ComparisonChoice& choice) {
  // TRANSLATORS: the mode of a round, short, after its issue in a list.
  const wxString mode = choice.mode == Mode::SelfRating ? _("self-rating") : _("interviews");
  return to_wx(choice.issue) + " (" + mode + ")";
}

}  // namespace readiness::gui
