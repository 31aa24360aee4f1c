// Readable in any theme: the WCAG 2.x contrast rule (hand-computed values)
// and the colours the consensus grid, the scoring page's search highlight
// and the agreement table actually give their text. ctest runs this file
// twice: in the default theme and under GTK_THEME=Adwaita:dark
// (tests/CMakeLists.txt), where the theme's own text is white.
#include <cstdlib>
#include <cstring>

#include <catch2/catch.hpp>

#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

#include "pages/agreement_panel.h"
#include "widgets/colour_contrast.h"
#include "models/compare_list_model.h"
#include "gui_test_util.h"
#include "pages/page_compare.h"
#include "pages/page_consensus.h"
#include "pages/page_scoring.h"
#include "widgets/themed_colours.h"
#include "text/wx_text.h"

using namespace readiness;
using namespace readiness::gui;
using namespace readiness::gui::testing;

namespace {

std::string describe(const wxColour& c) { return to_utf8(c.GetAsString(wxC2S_HTML_SYNTAX)); }

// Under GTK_THEME=…:dark the run must really be dark, or the second ctest
// entry would prove nothing. (Without GTK_THEME the desktop decides.)
void require_the_asked_theme() {
  const char* theme = std::getenv("GTK_THEME");
  const bool dark = theme && std::strstr(theme, ":dark");
  INFO("GTK_THEME=" << (theme ? theme : "(unset)") << ", window colour "
                    << describe(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
  if (dark) CHECK(wxSystemSettings::GetAppearance().IsDark());
}

}  // namespace

TEST_CASE("contrast ratio follows WCAG 2.x", "[gui][contrast]") {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  CHECK(relative_luminance(black) == Approx(0.0));
  CHECK(relative_luminance(white) == Approx(1.0));
  CHECK(contrast_ratio(black, white) == Approx(21.0));
  CHECK(contrast_ratio(white, black) == Approx(21.0));
  CHECK(contrast_ratio(white, white) == Approx(1.0));
  // Pure red on white: L = 0.2126, (1.05)/(0.2626) = 3.998.
  CHECK(contrast_ratio(Rgb{255, 0, 0}, white) == Approx(3.998).epsilon(0.001));
  // The well-known edge: #767676 on white passes AA (4.54), #777777 not (4.48).
  CHECK(contrast_ratio(Rgb{0x76, 0x76, 0x76}, white) == Approx(4.54).epsilon(0.002));
  CHECK(contrast_ratio(Rgb{0x77, 0x77, 0x77}, white) == Approx(4.48).epsilon(0.002));
  // The fault of the issue: white text on the consensus grid's pale green,
  // L = 0.8167, 1.05/0.8667 = 1.21.
  CHECK(contrast_ratio(white, Rgb{215, 240, 215}) == Approx(1.21).epsilon(0.005));
}

TEST_CASE("text on a coloured background is black or white, whichever reads better", "[gui][contrast]") {
  const Rgb black{0, 0, 0}, white{255, 255, 255};
  CHECK(readable_text_on(Rgb{215, 240, 215}) == black);  // pale green
  CHECK(readable_text_on(Rgb{255, 230, 120}) == black);  // search yellow
  CHECK(readable_text_on(Rgb{0x2D, 0x2D, 0x2D}) == white);
  CHECK(readable_text_on(Rgb{0, 0, 128}) == white);
  // Any background gets at least 4.5:1 (the worst case is mid grey, 4.58).
  for (int v = 0; v <= 255; v += 5)
    for (const Rgb bg : {Rgb{static_cast<unsigned char>(v), static_cast<unsigned char>(v), static_cast<unsigned char>(v)},
                         Rgb{static_cast<unsigned char>(v), 128, 0}, Rgb{0, static_cast<unsigned char>(v), 255}})
      CHECK(contrast_ratio(readable_text_on(bg), bg) >= kReadableContrast);
}

TEST_CASE("an accent colour is kept when it reads, else moved towards black or white", "[gui][contrast]") {
  const Rgb red{170, 0, 0};
  const Rgb light{0xFA, 0xFA, 0xFA}, dark{0x2D, 0x2D, 0x2D};
  CHECK(readable_accent(red, light) == red);  // 6.9:1 on near-white
  const Rgb on_dark = readable_accent(red, dark);
  CHECK(contrast_ratio(on_dark, dark) >= kReadableContrast);
  CHECK(on_dark.r > on_dark.g);  // still reddish
  CHECK(contrast_ratio(readable_accent(Rgb{0x80, 0x80, 0x80}, Rgb{0x80, 0x80, 0x80}), Rgb{0x80, 0x80, 0x80}) >=
        kReadableContrast);
}

TEST_CASE("coloured cells of the consensus grid, the search highlight and the agreement table read at 4.5:1",
          "[gui][contrast]") {
  require_the_asked_theme();
  Scratch scratch;
  Window window;
  REQUIRE(window->open_project(wxString::FromUTF8(scratch.demo)));
  auto doc = window->document();
  const Project& project = doc->project();
  const Round& round = *project.rounds_of(project.communities.front().id).back();
  const std::string round_id = round.id;
  const std::string iid = round.interviews.back().id;
  // One interview with every state the grid colours: more than 1.0 apart
  // without consensus, a consensus that differs from both without reason,
  // a plain consensus.
  std::size_t k = 0;
  for (const auto& d : round.instrument.dimensions) {
    doc->set_score({round_id, iid, d.code, ScorerSlot::A}, k == 0 ? 450 : 300);
    doc->set_score({round_id, iid, d.code, ScorerSlot::B}, k == 0 ? 600 : 400);
    if (k == 1) doc->set_score({round_id, iid, d.code, ScorerSlot::Consensus}, 700);
    if (k >= 2) doc->set_score({round_id, iid, d.code, ScorerSlot::Consensus}, 350);
    ++k;
  }

  SECTION("consensus grid") {
    window->show_consensus(round_id);
    yield_a_bit(10);
    wxGrid* grid = window->consensus_page()->grid();
    REQUIRE(grid->GetNumberRows() > 0);
    int coloured = 0;
    for (int r = 0; r < grid->GetNumberRows(); ++r)
      for (int c = 0; c < grid->GetNumberCols(); ++c) {
        const wxColour bg = grid->GetCellBackgroundColour(r, c), fg = grid->GetCellTextColour(r, c);
        if (bg != grid->GetDefaultCellBackgroundColour()) ++coloured;
        INFO("cell " << r << "," << c << ": " << describe(fg) << " on " << describe(bg));
        CHECK(contrast_ratio(fg, bg) >= kReadableContrast);
      }
    CHECK(coloured >= 3);
  }

  SECTION("search highlight on the scoring page") {
    window->show_scoring(round_id, round.interviews.front().id);
    yield_a_bit(10);
    PageScoring* page = window->scoring_page();
    const wxString answers = page->answers_view()->GetValue();
    // A word from the answers, searched for as a user types it.
    wxString word;
    for (const wxString& token : wxSplit(answers.AfterFirst('\n'), ' '))
      if (token.length() >= 5 && token.IsAscii() && token.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == wxString::npos) {
        word = token;
        break;
      }
    REQUIRE(!word.empty());
    page->search_field()->SetValue(word);
    yield_a_bit(10);
    REQUIRE(page->match_count() > 0);
    const long at = static_cast<long>(page->answers_view()->GetValue().Lower().find(word.Lower()));
    wxTextAttr style;
    REQUIRE(page->answers_view()->GetStyle(at, style));
    REQUIRE(style.HasBackgroundColour());
    CHECK(style.GetBackgroundColour() == colours::kSearchMatch);
    const wxColour fg =
        style.HasTextColour() ? style.GetTextColour() : page->answers_view()->GetForegroundColour();
    INFO(describe(fg) << " on " << describe(style.GetBackgroundColour()));
    CHECK(contrast_ratio(fg, style.GetBackgroundColour()) >= kReadableContrast);
    // Cleared, the text gets its own colours back: readable on the field.
    page->search_field()->SetValue(wxString());
    yield_a_bit(10);
    wxTextAttr after;
    REQUIRE(page->answers_view()->GetStyle(at, after));
    const wxColour bg_after = after.HasBackgroundColour() && after.GetBackgroundColour().IsOk()
                                  ? after.GetBackgroundColour()
                                  : page->answers_view()->GetBackgroundColour();
    const wxColour fg_after = after.HasTextColour() ? after.GetTextColour() : page->answers_view()->GetForegroundColour();
    INFO("after clearing: " << describe(fg_after) << " on " << describe(bg_after));
    CHECK(contrast_ratio(fg_after, bg_after) >= kReadableContrast);
  }

  SECTION("agreement table, red rows included") {
    window->show_consensus(round_id);
    yield_a_bit(10);
    wxListView* table = window->consensus_page()->agreement()->table();
    REQUIRE(table->GetItemCount() > 0);
    int red = 0;
    for (long row = 0; row < table->GetItemCount(); ++row) {
      const wxColour set = table->GetItemTextColour(row);
      if (set.IsOk()) ++red;
      const wxColour fg = set.IsOk() ? set : table->GetForegroundColour();
      const wxColour item_bg = table->GetItemBackgroundColour(row);
      const wxColour bg = item_bg.IsOk() ? item_bg : table->GetBackgroundColour();
      INFO("row " << row << ": " << describe(fg) << " on " << describe(bg));
      CHECK(contrast_ratio(fg, bg) >= kReadableContrast);
    }
    CHECK(red > 0);  // the interview set up above is more than 1.0 apart
  }

  SECTION("compare table stage colours") {
    window->show_compare();
    yield_a_bit(10);
    CompareListModel& model = window->compare_page()->model();
    REQUIRE(model.GetCount() > 0);
    int coloured = 0;
    for (unsigned row = 0; row < model.GetCount(); ++row)
      for (unsigned col = 0; col < model.GetColumnCount(); ++col) {
        wxDataViewItemAttr attr;
        if (!model.GetAttrByRow(row, col, attr) || !attr.HasBackgroundColour()) continue;
        ++coloured;
        REQUIRE(attr.HasColour());
        INFO("row " << row << ", column " << col << ": " << describe(attr.GetColour()) << " on "
                    << describe(attr.GetBackgroundColour()));
        CHECK(contrast_ratio(attr.GetColour(), attr.GetBackgroundColour()) >= kReadableContrast);
      }
    CHECK(coloured > 0);
  }
}
