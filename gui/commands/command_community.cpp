#include "commands/command_community.h"

#include <wx/log.h>

#include "text/translate.h"
#include "text/wx_text.h"

namespace readiness::gui {

CommandAddCommunities::CommandAddCommunities(ProjectDocumentPtr document, std::vector<Community> communities)
    : wxCommand(true, wxString::Format(wxPLURAL("Add %d community", "Add %d communities",
                                                static_cast<unsigned>(communities.size())),
                                       static_cast<int>(communities.size()))),
      m_document(std::move(document)),
      m_communities(std::move(communities)) {}

bool CommandAddCommunities::Do() {
  std::size_t done = 0;
  try {
    for (; done < m_communities.size(); ++done) m_document->insert_community(m_communities[done]);
    return true;
  } catch (const std::exception& e) {
    // All or nothing: take back the ones already added.
    while (done-- > 0) m_document->remove_community(m_communities[done].id);
    wxLogError("%s", to_wx(e.what()));
    return false;
  }
}

bool CommandAddCommunities::Undo() {
  try {
    for (auto it = m_communities.rbegin(); it != m_communities.rend(); ++it) m_document->remove_community(it->id);
    return true;
  } catch (const std::exception& e) {
    wxLogError("%s", to_wx(e.what()));
    return false;
  }
}

}  // namespace readiness::gui
