#pragma once
// For pages that compute from the whole project (compare, trend): keeps
// the page registered as an observer of whatever document the host has
// open now, and remembers whether the project changed while the page was
// hidden, so it recomputes only when shown.
#include <memory>

#include "app/page_host.h"
#include "project_document.h"

namespace readiness::gui {

class DocumentFollower {
 public:
  DocumentFollower(PageHost& host, ProjectObserver& observer) : m_host(host), m_observer(observer) {}
  ~DocumentFollower() {
    if (auto doc = m_document.lock()) doc->remove_observer(&m_observer);
  }
  DocumentFollower(const DocumentFollower&) = delete;
  DocumentFollower& operator=(const DocumentFollower&) = delete;

  // Moves the observer to the host's current document (off the previous one)
  // and clears `stale`: the caller is about to recompute.
  void sync() {
    stale = false;
    const ProjectDocumentPtr now = m_host.document();
    const ProjectDocumentPtr before = m_document.lock();
    if (now == before) return;
    if (before) before->remove_observer(&m_observer);
    if (now) now->add_observer(&m_observer);
    m_document = now;
  }
  // The followed document; null before sync() or once it is closed.
  ProjectDocumentPtr document() const { return m_document.lock(); }

  // The project changed since the last sync().
  bool stale = true;

 private:
  PageHost& m_host;
  ProjectObserver& m_observer;
  std::weak_ptr<ProjectDocument> m_document;
};

}  // namespace readiness::gui
