#include "models/interview_list_model.h"

#include <wx/intl.h>

#include "text/labels.h"
#include "text/wx_text.h"
#include "widgets/themed_colours.h"

namespace readiness::gui {

void InterviewListModel::show(ProjectDocumentPtr document, const std::string& round_id) {
  m_document = std::move(document);
  m_round_id = round_id;
  const Round* r = round();
  Reset(r ? static_cast<unsigned>(r->interviews.size()) : 0u);
}

const Round* InterviewListModel::round() const {
  return m_document ? m_document->project().find_round(m_round_id) : nullptr;
}

std::string InterviewListModel::interview_id(unsigned row) const {
  const Round* r = round();
  return r && row < r->interviews.size() ? r->interviews[row].id : std::string();
}

int InterviewListModel::row_of(const std::string& id) const {
  const Round* r = round();
  if (!r) return -1;
  for (std::size_t i = 0; i < r->interviews.size(); ++i)
    if (r->interviews[i].id == id) return static_cast<int>(i);
  return -1;
}

void InterviewListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
  const Round* r = round();
  if (!r || row >= r->interviews.size()) {
    value = wxString();
    return;
  }
  const Interview& interview = r->interviews[row];
  const Respondent* respondent = r->find_respondent(interview.respondent_id);
  const InterviewProgress p = interview_progress(*r, interview);
  wxString text;
  switch (col) {
    case ColId: text = to_wx(interview.id); break;
    case ColRespondent: text = respondent ? to_wx(respondent->pseudonym) : wxString(); break;
    case ColSector: text = respondent ? sector_label(respondent->sector) : wxString(); break;
    case ColInterviewer: text = to_wx(interview.interviewer); break;
    case ColDate: text = to_wx(interview.date); break;
    case ColStatus: text = interview_status_label(interview.status); break;
    case ColAnswers: text = count_of(p.answered, p.questions); break;
    case ColScorerA: text = count_of(p.scored_a, p.dimensions); break;
    case ColScorerB: text = count_of(p.scored_b, p.dimensions); break;
    case ColConsensus: text = count_of(p.consensus, p.dimensions); break;
    default: break;
  }
  value = text;
}

bool InterviewListModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
  const Round* r = round();
  if (!r || row >= r->interviews.size()) return false;
  const InterviewProgress p = interview_progress(*r, r->interviews[row]);
  // Planned interviews are greyed; complete consensus is bold.
  if (p.status == InterviewStatus::Planned) {
    attr.SetColour(readable_accent(colours::kMuted, list_background()));
    attr.SetItalic(true);
    return true;
  }
  if (col == ColConsensus && p.consensus_complete()) {
    attr.SetBold(true);
    attr.SetColour(readable_accent(colours::kDone, list_background()));
    return true;
  }
  return false;
}

}  // namespace readiness::gui
