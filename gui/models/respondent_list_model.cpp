#include "models/respondent_list_model.h"

#include "text/labels.h"
#include "round_respondents.h"
#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

RespondentListModel::RespondentListModel(ProjectDocumentPtr document, std::string round_id)
    : m_document(std::move(document)), m_round_id(std::move(round_id)) {
  refresh();
}

const Round* RespondentListModel::round() const {
  return m_document ? m_document->project().find_round(m_round_id) : nullptr;
}

void RespondentListModel::refresh() {
  const Round* r = round();
  const unsigned count = r ? static_cast<unsigned>(r->respondents.size()) : 0u;
  // An edit keeps the rows (and the selection); only a changed count resets.
  if (count == GetCount()) {
    for (unsigned row = 0; row < count; ++row) RowChanged(row);
  } else {
    Reset(count);
  }
}

std::string RespondentListModel::respondent_id(unsigned row) const {
  const Round* r = round();
  return r && row < r->respondents.size() ? r->respondents[row].id : std::string();
}

int RespondentListModel::row_of(const std::string& id) const {
  const Round* r = round();
  if (!r) return -1;
  for (std::size_t i = 0; i < r->respondents.size(); ++i)
    if (r->respondents[i].id == id) return static_cast<int>(i);
  return -1;
}

void RespondentListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
  const Round* r = round();
  if (!r || row >= r->respondents.size()) {
    value = wxString();
    return;
  }
  const Respondent& respondent = r->respondents[row];
  switch (col) {
    case ColPseudonym: value = to_wx(respondent.pseudonym); break;
    case ColSector: value = respondent.sector.empty() ? wxString() : sector_label(respondent.sector); break;
    case ColRole: value = to_wx(respondent.role); break;
    case ColInterview: {
      // "3 · Planned": the interview's number and status, or a dash.
      wxString text;
      for (const auto& id : interviews_of(*r, respondent.id)) {
        if (!text.empty()) text += ", ";
        text += to_wx(id) + wxString::FromUTF8(" \u00b7 ") + interview_status_label(r->find_interview(id)->status);
      }
      value = text.empty() ? wxString::FromUTF8("\u2014") : text;
      break;
    }
    // TRANSLATORS: respondents list: contact details are recorded (not shown in the list).
    case ColContact: value = respondent.contact.empty() ? wxString() : _("recorded"); break;
    default: value = wxString();
  }
}

}  // namespace readiness::gui
