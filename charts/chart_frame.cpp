#include "chart_frame.h"

#include <algorithm>
#include <cmath>


namespace readiness::charts {

namespace {

constexpr int kTitleLines = 2;
constexpr int kNoteLines = 3;

struct LegendItem {
  std::string text;
  double width = 0;  // swatch + gap + text
};

}  // namespace

double dodge(std::size_t index, std::size_t count, double width) {
  if (count <= 1) return 0.0;
  return (static_cast<double>(index) - static_cast<double>(count - 1) / 2.0) * width / static_cast<double>(count);
}

Rect paint_frame(ChartCanvas& canvas, const Rect& area, const ChartData& data,
                           const ChartStyle& style, LegendSwatch swatch) {
  canvas.no_pen();
  canvas.set_brush(style.background);
  canvas.rectangle(area);

  const double pad = style.scaled(10);
  const double left = area.x + pad;
  const double width = std::max(1.0, area.width - 2 * pad);
  double top = area.y + pad;
  double bottom = area.y + area.height - pad;

  // Title and notes get up to two and three lines, unless that would leave
  // the plot less than half the chart: then one line each, cut with "…".
  std::string joined;
  for (const auto& note : data.notes) {
    if (!joined.empty()) joined += "  ·  ";
    joined += note;
  }
  auto measure = [&](int title_lines, int note_lines, TextBlock& title, TextBlock& notes) {
    canvas.set_font(style.title_font(), style.title_colour);
    title = data.title.empty() ? TextBlock{} : wrap_text(canvas, data.title, width, title_lines);
    canvas.set_font(style.small_font(), style.muted);
    notes = joined.empty() ? TextBlock{} : wrap_text(canvas, joined, width, note_lines);
    return title.height() + notes.height();
  };
  TextBlock title, notes;
  if (measure(kTitleLines, kNoteLines, title, notes) > area.height * 0.25) measure(1, 1, title, notes);

  if (!title.lines.empty()) {
    canvas.set_font(style.title_font(), style.title_colour);
    draw_block(canvas, title, left, top, Align::Left);
    top += title.height() + pad;
  }
  if (!notes.lines.empty()) {
    canvas.set_font(style.small_font(), style.muted);
    bottom -= notes.height();
    draw_block(canvas, notes, left, bottom, Align::Left);
    bottom -= pad * 0.6;
  }

  if (data.series.size() >= 2) {
    // Items flow left to right and wrap to new rows, centred under the plot.
    // The legend takes at most a fifth of the chart: in the label font if
    // it fits, else in the small font, else its last row ends in "+ n".
    const double swatch_width = style.scaled(swatch == LegendSwatch::Line ? 22 : 12);
    const double gap = style.scaled(6), spacing = style.scaled(18);
    const double budget = area.height * 0.2;
    ChartFont font;
    double line_height = 0;
    std::vector<LegendItem> items;
    std::vector<std::vector<std::size_t>> rows;
    for (const ChartFont& candidate : {style.label_font(), style.small_font()}) {
      font = candidate;
      canvas.set_font(font, style.text);
      line_height = canvas.text_size("Ag").height;
      items.clear();
      for (const auto& series : data.series) {
        LegendItem item;
        item.text = elide(canvas, series.name, std::max(1.0, width - swatch_width - gap));
        item.width = swatch_width + gap + canvas.text_size(item.text).width;
        items.push_back(item);
      }
      rows.assign(1, {});
      double row_width = 0;
      for (std::size_t i = 0; i < items.size(); ++i) {
        const double needed = (rows.back().empty() ? 0 : spacing) + items[i].width;
        if (!rows.back().empty() && row_width + needed > width) {
          rows.emplace_back();
          row_width = 0;
        }
        row_width += rows.back().empty() ? items[i].width : needed;
        rows.back().push_back(i);
      }
      if (line_height * static_cast<double>(rows.size()) <= budget) break;
    }
    std::string more;
    const auto max_rows = static_cast<std::size_t>(std::max(1.0, std::floor(budget / line_height)));
    if (rows.size() > max_rows) {
      std::size_t hidden = 0;
      for (std::size_t r = max_rows; r < rows.size(); ++r) hidden += rows[r].size();
      rows.resize(max_rows);
      // Room for "+ n" at the end of the last row.
      more = "+ " + std::to_string(hidden);
      const double more_width = canvas.text_size(more).width + spacing;
      auto row_total = [&](const std::vector<std::size_t>& row) {
        double total = 0;
        for (std::size_t k = 0; k < row.size(); ++k) total += items[row[k]].width + (k ? spacing : 0);
        return total;
      };
      while (rows.back().size() > 1 && row_total(rows.back()) + more_width > width) {
        rows.back().pop_back();
        ++hidden;
        more = "+ " + std::to_string(hidden);
      }
    }
    const double legend_height = line_height * static_cast<double>(rows.size());
    bottom -= legend_height;
    double y = bottom;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const auto& row = rows[r];
      const bool last = r + 1 == rows.size();
      double total = 0;
      for (std::size_t k = 0; k < row.size(); ++k) total += items[row[k]].width + (k ? spacing : 0);
      if (last && !more.empty()) total += spacing + canvas.text_size(more).width;
      double x = left + (width - total) / 2;
      for (std::size_t index : row) {
        const ChartSeries& series = data.series[index];
        const Colour colour = ChartStyle::series_colour(index);
        const double mid = y + line_height / 2;
        if (swatch == LegendSwatch::Line) {
          canvas.set_pen(colour, style.pen(series.emphasised ? 3.5 : 2.0), series.dashed);
          canvas.line({x, mid}, {x + swatch_width, mid});
        } else {
          const double side = style.scaled(11);
          canvas.set_pen(colour, 1, series.dashed);
          canvas.set_brush(series.dashed ? with_alpha(colour, 110) : colour);
          canvas.rectangle({x, mid - side / 2, side, side});
        }
        canvas.set_font(font, style.text);
        canvas.text(items[index].text, {x + swatch_width + gap, y});
        x += items[index].width + spacing;
      }
      if (last && !more.empty()) {
        canvas.set_font(font, style.muted);
        canvas.text(more, {x, y});
      }
      y += line_height;
    }
    bottom -= pad * 0.8;
  }

  return {left, top, width, std::max(1.0, bottom - top)};
}

double value_axis_width(ChartCanvas& canvas, const ChartStyle& style) {
  canvas.set_font(style.small_font(), style.muted);
  return canvas.text_size("9").width + style.scaled(12);
}

void paint_value_axis(ChartCanvas& canvas, double left, double right, const ValueScale& scale,
                      const ChartStyle& style) {
  canvas.set_font(style.small_font(), style.muted);
  const double strip = style.scaled(5);
  // Every stage is numbered while the numbers have room, else every other.
  const double spacing = (scale.bottom - scale.top) / (scale.max - scale.min);
  const double text_height = canvas.text_size("9").height;
  const int step = spacing >= text_height ? 1 : spacing * 2 >= text_height ? 2 : 4;
  for (int stage = static_cast<int>(std::ceil(scale.min)); stage <= static_cast<int>(std::floor(scale.max));
       ++stage) {
    const double y = scale.y(stage);
    // The strip beside the axis shows each stage in its colour (stage s
    // covers s.00–s.99), the same colours as the workbook.
    if (stage < scale.max) {
      canvas.no_pen();
      canvas.set_brush(ChartStyle::stage_colour(stage));
      canvas.rectangle({left - strip, scale.y(stage + 1), strip, y - scale.y(stage + 1)});
    }
    canvas.set_pen(stage == scale.min ? style.axis : style.grid, 1);
    canvas.line({left, y}, {right, y});
    if ((stage - static_cast<int>(std::ceil(scale.min))) % step != 0) continue;
    const std::string label = std::to_string(stage);
    const TextSize size = canvas.text_size(label);
    canvas.text(label, {left - strip - style.scaled(4) - size.width, y - size.height / 2});
  }
}

std::vector<TextBlock> layout_category_labels(ChartCanvas& canvas, const ChartData& data, double slot_width,
                                              const ChartStyle& style) {
  canvas.set_font(style.label_font(), style.text);
  const double width = std::max(1.0, slot_width - style.scaled(4));
  std::vector<TextBlock> blocks;
  bool cut = false;
  for (const auto& category : data.categories) {
    blocks.push_back(wrap_text(canvas, category, width, 2));
    cut = cut || blocks.back().elided;
  }
  if (cut && data.short_categories.size() == data.categories.size()) {
    blocks.clear();
    for (const auto& category : data.short_categories) blocks.push_back(wrap_text(canvas, category, width, 1));
  }
  return blocks;
}

double blocks_height(const std::vector<TextBlock>& blocks) {
  double height = 0;
  for (const auto& block : blocks) height = std::max(height, block.height());
  return height;
}

void paint_category_labels(ChartCanvas& canvas, const std::vector<TextBlock>& blocks, double left,
                           double slot_width, double top, const ChartStyle& style) {
  canvas.set_font(style.label_font(), style.text);
  for (std::size_t i = 0; i < blocks.size(); ++i)
    draw_block(canvas, blocks[i], left + slot_width * (static_cast<double>(i) + 0.5), top, Align::Centre);
}

}  // namespace readiness::charts
