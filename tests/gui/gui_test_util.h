#pragma once
// Helpers for the GUI tests: a scratch folder with the demo project saved
// in it, a main window that is closed without questions at the end, and
// expectations for modal dialogs (wxTEST_DIALOG).
#include <filesystem>
#include <functional>
#include <string>

#include <unistd.h>

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>
#include <wx/translation.h>
#include <wx/utils.h>

#include "app/app_language.h"

#include "demo_project.h"
#include "instrument_library.h"
#include "app/main_frame.h"
#include "project_file.h"

namespace readiness::gui::testing {

inline void yield_a_bit(int rounds = 5) {
  for (int i = 0; i < rounds; ++i) {
    wxYield();
    wxMilliSleep(10);
  }
}

struct Scratch {
  std::filesystem::path dir;
  std::string demo;  // a saved copy of the demo project
  Scratch() {
    static int counter = 0;
    dir = std::filesystem::temp_directory_path() /
          ("readiness-gui-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(dir);
    demo = (dir / "demo.readiness").string();
    const InstrumentLibrary library = InstrumentLibrary::load_default();
    save_project(make_demo_project(library.get(kDefaultInstrumentId)), demo);
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

// A main window for one test; closed (without saving) when the test ends.
struct Window {
  MainFrame* frame;
  // Every test starts in English with the language setting unset, whatever
  // an earlier test left when it stopped halfway (a failed REQUIRE after
  // switching to Swedish would otherwise turn every later test Swedish).
  Window() : frame((reset_language(), new MainFrame)) {
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(wxSize(1200, 800));
    frame->Show();
    yield_a_bit();
  }
  ~Window() { close(); }
  void close() {
    if (!frame) return;
    if (auto doc = frame->document()) doc->set_modified(false);
    frame->Close(true);
    frame = nullptr;
    yield_a_bit();
  }
  MainFrame* operator->() const { return frame; }

 private:
  static void reset_language() {
    if (readiness::gui::language_setting().empty() && readiness::gui::ui_language() == "en") return;
    readiness::gui::set_language_setting("");
    readiness::gui::setup_language("en");
  }
};

// Chooses File menu item `item` (English msgid, found in the UI's language).
inline void choose_file_menu(Window& window, const char* item) {
  wxMenuBar* bar = window->GetMenuBar();
  const int id = bar->FindMenuItem(wxGetTranslation("&File"), wxGetTranslation(wxString::FromUTF8(item)));
  REQUIRE(id != wxNOT_FOUND);
  wxCommandEvent event(wxEVT_MENU, id);
  event.SetEventObject(window.frame);
  window->GetEventHandler()->ProcessEvent(event);
  yield_a_bit();
}

// Chooses `item` ("Svenska", "English") in the Language menu (the second
// last) and follows the new window that takes over the open project.
inline void switch_language(Window& window, const wxString& item) {
  wxMenuBar* bar = window->GetMenuBar();
  const int id = bar->FindMenuItem(bar->GetMenuLabelText(bar->GetMenuCount() - 2), item);
  REQUIRE(id != wxNOT_FOUND);
  wxCommandEvent event(wxEVT_MENU, id);
  window->GetEventHandler()->ProcessEvent(event);
  // The new window comes from a CallAfter; wxMSW may need more rounds than
  // GTK before it runs (until then the top window is the tests' own frame).
  MainFrame* next = nullptr;
  for (int round = 0; round < 300 && !next; ++round) {
    yield_a_bit(1);
    wxTheApp->ProcessPendingEvents();
    auto* top = dynamic_cast<MainFrame*>(wxTheApp->GetTopWindow());
    if (top && top != window.frame) next = top;
  }
  REQUIRE(next);
  window.frame = next;
}

// An expected modal dialog of type T, driven by `drive`, which returns the
// button that closes it.
template <typename T>
class ExpectDialog : public wxExpectModalBase<T, ExpectDialog<T>> {
 public:
  explicit ExpectDialog(std::function<int(T&)> drive) : m_drive(std::move(drive)) {}

 protected:
  int OnInvoked(T* dialog) const override { return m_drive(*dialog); }

 private:
  std::function<int(T&)> m_drive;
};

// A wxMessageDialog expected to show, whose text must contain `needle`.
class ExpectMessage : public wxExpectModal<wxMessageDialog> {
 public:
  ExpectMessage(int answer, wxString needle, wxString* seen = nullptr)
      : wxExpectModal<wxMessageDialog>(answer), m_answer(answer), m_needle(std::move(needle)), m_seen(seen) {}

 protected:
  int OnInvoked(wxMessageDialog* dialog) const override {
    const wxString text = dialog->GetMessage() + "\n" + dialog->GetExtendedMessage();
    if (m_seen) *m_seen = text;
    return text.Contains(m_needle) ? m_answer : wxID_ABORT;
  }

 private:
  int m_answer;
  wxString m_needle;
  wxString* m_seen;
};

}  // namespace readiness::gui::testing
