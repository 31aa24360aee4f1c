#include "chart_text.h"

#include <algorithm>

#include "mean_format.h"

namespace readiness::charts {

namespace {

const std::string kEllipsis = "\xE2\x80\xA6";  // …

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offsets where code points start, and the end.
std::vector<std::size_t> code_point_ends(const std::string& text) {
  std::vector<std::size_t> ends{0};
  for (std::size_t i = 1; i <= text.size(); ++i)
    if (i == text.size() || !continuation(text[i])) ends.push_back(i);
  return ends;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

std::string trimmed_right(std::string text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

std::string elide(ChartCanvas& canvas, const std::string& text, double max_width) {
  if (canvas.text_size(text).width <= max_width) return text;
  // Binary search on the number of code points: text widths grow with it.
  const std::vector<std::size_t> ends = code_point_ends(text);
  std::size_t low = 0, high = ends.size() - 1;
  while (low < high) {
    const std::size_t mid = (low + high + 1) / 2;
    if (canvas.text_size(text.substr(0, ends[mid]) + kEllipsis).width <= max_width)
      low = mid;
    else
      high = mid - 1;
  }
  return trimmed_right(text.substr(0, ends[low])) + kEllipsis;
}

TextBlock wrap_text(ChartCanvas& canvas, const std::string& text, double max_width, int max_lines) {
  TextBlock block;
  block.line_height = canvas.text_size("Ag").height;
  const std::vector<std::string> words = words_of(text);
  std::string current;
  std::size_t next = 0;
  while (next < words.size()) {
    const std::string candidate = current.empty() ? words[next] : current + " " + words[next];
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
    std::string rest = block.lines.back();
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

std::string score_text(double value, char decimal_point, int decimals) {
  return format_mean_value(value, decimals, decimal_point);
}

}  // namespace readiness::charts
