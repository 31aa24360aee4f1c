// Small screens: every page of the demo at 1024×700 (a small laptop) and
// 1366×768 in Swedish — nothing cut at the right edge, every button on
// screen within the window (or reached by scrolling the page), charts at
// least ChartPanel::kMinHeight high, the consensus grid showing several
// interviews, and the toolbar's tools all shown, none behind the chevron.
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include <wx/anybutton.h>
#include <wx/grid.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>
#include <wx/toolbar.h>

#include "app/toolbar_fit.h"
#include "charts/chart_panel.h"
#include "gui_test_util.h"
#include "pages/page_compare.h"
#include "pages/page_consensus.h"
#include "pages/page_trend.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

void each_descendant(wxWindow* window, const std::function<void(wxWindow*)>& visit) {
  for (wxWindow* child : window->GetChildren()) {
    if (!child->IsShown()) continue;
    visit(child);
    each_descendant(child, visit);
  }
}

// Whether `w` sits in a scrolling window at or below `page`: then the
// user reaches it by scrolling.
bool in_scrolled(wxWindow* w, wxWindow* page) {
  for (wxWindow* p = w->GetParent(); p; p = p->GetParent()) {
    if (dynamic_cast<wxScrollHelper*>(p)) return true;
    if (p == page) break;
  }
  return false;
}

// What a user could not reach on the current page: buttons and fields
// outside the window, unless a scrolling window holds them; content wider
// than the page; charts lower than their minimum.
std::vector<std::string> problems_on(MainFrame* frame, wxWindow* page) {
  std::vector<std::string> problems;
  const wxRect client(frame->ClientToScreen(wxPoint(0, 0)), frame->GetClientSize());
  const wxRect page_rect = page->GetScreenRect();
  // The page's content is as wide as the page: nothing cut at the right.
  if (auto* scrolled = wxDynamicCast(page, wxScrolledWindow))
    if (scrolled->GetVirtualSize().x > scrolled->GetClientSize().x + 1)
      problems.push_back(page->GetName().utf8_string() + " is wider than the window: " +
                         std::to_string(scrolled->GetVirtualSize().x) + " > " +
                         std::to_string(scrolled->GetClientSize().x));
  each_descendant(page, [&](wxWindow* w) {
    if (auto* chart = dynamic_cast<ChartPanel*>(w)) {
      const int height = chart->chart_window()->GetSize().y;
      if (height < chart->FromDIP(ChartPanel::kMinHeight))
        problems.push_back(chart->GetName().utf8_string() + " only " + std::to_string(height) + " px high");
    }
    if (!dynamic_cast<wxAnyButton*>(w) && !dynamic_cast<wxTextCtrl*>(w)) return;
    if (in_scrolled(w, page)) return;
    const wxRect r = w->GetScreenRect();
    const std::string what = (w->GetName() + " '" + w->GetLabel() + "'").utf8_string();
    if (r.GetRight() > page_rect.GetRight() + 1 || r.GetRight() > client.GetRight() + 1)
      problems.push_back(what + " is cut at the side");
    if (r.GetBottom() > client.GetBottom() + 1)
      problems.push_back(what + " is below the window: " + std::to_string(r.GetBottom()) + " > " +
                         std::to_string(client.GetBottom()));
  });
  return problems;
}

void show_every_page(MainFrame* frame, const std::function<void(const std::string&, wxWindow*)>& check) {
  const Project& project = frame->document()->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();  // Arjeplog 2022
  frame->show_round(round.id);
  yield_a_bit();
  check("round overview", frame->current_page());
  frame->show_interview(round.id, round.interviews.front().id);
  yield_a_bit();
  check("interview", frame->current_page());
  frame->show_scoring(round.id, round.interviews.front().id);
  yield_a_bit();
  check("scoring", frame->current_page());
  frame->show_consensus(round.id);
  yield_a_bit();
  check("consensus", frame->current_page());
  frame->show_results(round.id);
  yield_a_bit();
  check("results", frame->current_page());
  // Compare: both periods of the four municipalities (eight series).
  frame->show_compare();
  frame->compare_page()->select_periods({"2019", "2022"});
  yield_a_bit();
  check("compare", frame->current_page());
  // Trend: the four municipalities' overall scores.
  RoundSelection all;
  all.issue = round.issue;
  all.mode = round.mode;
  for (const auto& c : project.communities) all.community_ids.push_back(c.id);
  frame->show_trend(all);
  yield_a_bit();
  check("trend", frame->current_page());
  // The action plan of the community.
  frame->show_action_plan(project.communities.front().id);
  yield_a_bit();
  check("action plan", frame->current_page());
}

}  // namespace

TEST_CASE("every page works in a 1024x700 and a 1366x768 window", "[gui][layout]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  // Narrowing again too: a page laid out wide must not keep its width.
  for (const wxSize size : {wxSize(1024, 700), wxSize(1366, 768), wxSize(1024, 700)}) {
    CAPTURE(size.x, size.y);
    window->SetSize(size);
    yield_a_bit(10);
    show_every_page(window.frame, [&](const std::string& name, wxWindow* page) {
      CAPTURE(name);
      yield_a_bit(5);
      const std::vector<std::string> problems = problems_on(window.frame, page);
      for (const auto& problem : problems) UNSCOPED_INFO(problem);
      CHECK(problems.empty());
    });

    // The toolbar keeps every tool in view: labels give way first.
    wxToolBar* bar = window->GetToolBar();
    REQUIRE(bar);
    CHECK(toolbar_needed_width(bar) <= window->GetClientSize().x);
  }
}

TEST_CASE("at 1024x700 the consensus grid shows several interviews and the charts keep their height", "[gui][layout]") {
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  window->SetSize(wxSize(1024, 700));
  yield_a_bit(10);
  const Project& project = window->document()->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();

  window->show_consensus(round.id);
  yield_a_bit(10);
  wxGrid* grid = window->consensus_page()->grid();
  const int visible_rows =
      (grid->GetGridWindow()->GetClientSize().y) / grid->GetRowSize(0);
  CAPTURE(grid->GetGridWindow()->GetClientSize().y, grid->GetRowSize(0));
  CHECK(visible_rows >= PageConsensus::kMinGridRows - 1);
  CHECK(grid->GetNumberRows() >= PageConsensus::kMinGridRows);
  // The grid starts within the visible part of the page.
  CHECK(grid->GetScreenRect().GetBottom() < window->GetScreenRect().GetBottom());

  // Trend with four municipalities: the chart has its readable height
  // (it was 20 px at the bottom of a page that did not scroll).
  RoundSelection all;
  all.issue = round.issue;
  all.mode = round.mode;
  for (const auto& c : project.communities) all.community_ids.push_back(c.id);
  window->show_trend(all);
  yield_a_bit(10);
  ChartPanel* trend_chart = window->trend_page()->chart();
  CHECK(trend_chart->chart_window()->GetSize().y >= trend_chart->FromDIP(ChartPanel::kMinHeight));
  CHECK(trend_chart->data().series.size() == 4);

  // Compare with two periods: the radar too (it was 30 px).
  window->show_compare();
  window->compare_page()->select_periods({"2019", "2022"});
  yield_a_bit(10);
  for (ChartPanel* chart : {window->compare_page()->bar_chart(), window->compare_page()->radar_chart()}) {
    CHECK(chart->chart_window()->GetSize().y >= chart->FromDIP(ChartPanel::kMinHeight));
    CHECK(chart->chart_window()->GetSize().x >= chart->FromDIP(ChartPanel::kMinWidth));
  }
}
