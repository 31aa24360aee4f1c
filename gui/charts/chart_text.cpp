#include "charts/chart_text.h"

#include <algorithm>

#include <wx/tokenzr.h>

#include "app/app_language.h"
#include "mean_format.h"
#include "text/wx_text.h"

namespace readiness::gui {

namespace {

const wxString kEllipsis = wxString::FromUTF8("…");

}  // namespace

wxString elide(ChartCanvas& canvas, const wxString& text, double max_width) {
  if (canvas.text_size(text).width <= max_width) return text;
  // Binary search on the length: text widths grow with it.
  std::size_t low = 0, high = text.length();
  while (low < high) {
    const std::size_t mid = (low + high + 1) / 2;
    if (canvas.text_size(text.Left(mid) + kEllipsis).width <= max_width)
      low = mid;
    else
      high = mid - 1;
  }
  wxString head = text.Left(low);
  head.Trim();
  return head + kEllipsis;
}

TextBlock wrap_text(ChartCanvas& canvas, const wxString& text, double max_width, int max_lines) {
  TextBlock block;
  block.line_height = canvas.text_size("Ag").height;
  const wxArrayString words = wxStringTokenize(text, " ", wxTOKEN_STRTOK);
  wxString current;
  std::size_t next = 0;
  while (next < words.size()) {
    const wxString candidate = current.empty() ? words[next] : current + " " + words[next];
    if (canvas.text_size(candidate).width <= max_width || current.empty()) {
      current = candidate;
      ++next;
      if (current == words[next - 1] && canvas.text_size(current).width > max_width) {
        // One word wider than the line: it can only be cut.
        block.lines.push_back(elide(canvas, current, max_width));
        block.elided = true;
        current.clear();
        if (static_cast<int>(block.lines.size()) == max_lines) break;
      }
      continue;
    }
    block.lines.push_back(current);
    current.clear();
    if (static_cast<int>(block.lines.size()) == max_lines) break;
  }
  if (!current.empty()) {
    if (static_cast<int>(block.lines.size()) < max_lines) {
      block.lines.push_back(current);
    } else {
      block.elided = true;
    }
  }
  if (next < words.size() && !block.lines.empty()) {
    // Words left over: the last line says so.
    wxString rest = block.lines.back();
    for (std::size_t i = next; i < words.size(); ++i) rest += " " + words[i];
    block.lines.back() = elide(canvas, rest, max_width);
    block.elided = true;
  }
  for (const auto& line : block.lines) block.width = std::max(block.width, canvas.text_size(line).width);
  return block;
}

void draw_block(ChartCanvas& canvas, const TextBlock& block, double x, double top, Align align) {
  double y = top;
  for (const auto& line : block.lines) {
    const double width = canvas.text_size(line).width;
    const double left = align == Align::Left ? x : align == Align::Centre ? x - width / 2 : x - width;
    canvas.text(line, {left, y});
    y += block.line_height;
  }
}

// Chart values are means: cut, never rounded, at the shown decimals (mean_format.h).
wxString score_text(double value, int decimals) { return to_wx(format_mean_value(value, decimals, decimal_point())); }

}  // namespace readiness::gui
