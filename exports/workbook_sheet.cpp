#include "workbook_sheet.h"

#include <xlsxwriter.h>

#include <utility>

#include "atomic_output.h"
#include "mean_format.h"
#include "workbook_names.h"

namespace readiness::workbook {

namespace {

constexpr std::size_t kMaxCellBytes = 32767;

// Stage colours, pale enough to read black text on: 1–3 red to orange,
// 4–6 yellow, 7–9 greens.
const lxw_color_t kStageColours[kStageCount] = {0xF4B6B6, 0xF8CBAD, 0xFCE4B6, 0xFFF2A8, 0xF2F5A9,
                                                 0xDDEFB5, 0xC6E8B8, 0xA9DCA9, 0x8FD19E};

}  // namespace

bool too_long_for_a_cell(const std::string& s) { return s.size() > kMaxCellBytes; }

std::string cell_text(const std::string& s) {
  if (!too_long_for_a_cell(s)) return s;
  std::size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

Formats::Formats(lxw_workbook* wb) {
  auto make = [wb]() { return workbook_add_format(wb); };
  title = make();
  format_set_bold(title);
  format_set_font_size(title, 16);
  format_set_font_color(title, 0x1F3864);
  subtitle = make();
  format_set_font_color(subtitle, 0x595959);
  heading = make();
  format_set_bold(heading);
  format_set_font_size(heading, 12);
  format_set_font_color(heading, 0x1F3864);
  header = make();
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(header, 0xD9E2F3);
  format_set_bottom(header, LXW_BORDER_THIN);
  header_number = make();
  format_set_bold(header_number);
  format_set_text_wrap(header_number);
  format_set_align(header_number, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(header_number, LXW_ALIGN_RIGHT);
  format_set_bg_color(header_number, 0xD9E2F3);
  format_set_bottom(header_number, LXW_BORDER_THIN);
  // No format of its own: one equal to the default (or to another format)
  // never gets its XF index cached in libxlsxwriter 1.1.4, which then
  // copies and hashes the whole format for every cell that uses it.
  text = nullptr;
  bold = make();
  format_set_bold(bold);
  wrap = make();
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  note = make();
  format_set_italic(note);
  format_set_font_color(note, 0x595959);
  score = make();
  format_set_num_format(score, "0.00");
  score_bold = make();
  format_set_num_format(score_bold, "0.00");
  format_set_bold(score_bold);
  change = make();
  format_set_num_format(change, "+0.00;-0.00;0.00");
  integer = make();
  format_set_num_format(integer, "0");
  format_set_align(integer, LXW_ALIGN_RIGHT);
  integer_bold = make();
  format_set_num_format(integer_bold, "0");
  format_set_bold(integer_bold);
  format_set_align(integer_bold, LXW_ALIGN_RIGHT);
  percent = make();
  format_set_num_format(percent, "0%");
  decimal = score;  // the same 0.00: see `text` above
  centre = make();
  format_set_align(centre, LXW_ALIGN_CENTER);
  for (int k = 0; k < kStageCount; ++k) {
    stage[k] = make();
    format_set_bg_color(stage[k], kStageColours[k]);
  }
  m_mean[2] = score;
  m_mean_bold[2] = score_bold;
  for (int d = 3; d <= kMaxMeanDecimals; ++d) {
    const std::string pattern = "0." + std::string(static_cast<std::size_t>(d), '0');
    m_mean[d] = make();
    format_set_num_format(m_mean[d], pattern.c_str());
    m_mean_bold[d] = make();
    format_set_num_format(m_mean_bold[d], pattern.c_str());
    format_set_bold(m_mean_bold[d]);
  }
}

lxw_format* Formats::mean(const ExactMean& value, bool bold_text) const {
  const int decimals = decimals_within_stage(value, 2);
  return bold_text ? m_mean_bold[decimals] : m_mean[decimals];
}

Sheet::Sheet(lxw_workbook* wb, std::string name) : m_name(std::move(name)) {
  m_ws = workbook_add_worksheet(wb, m_name.c_str());
  if (!m_ws) throw ExportError("cannot add the sheet \"" + m_name + "\"");
}

void Sheet::text(int row, int col, const std::string& s, lxw_format* f) {
  if (s.empty()) return;
  // Copy only the rare over-long text: this runs for every cell.
  const char* bytes = too_long_for_a_cell(s) ? nullptr : s.c_str();
  if (bytes) check(worksheet_write_string(m_ws, R(row), C(col), bytes, f));
  else check(worksheet_write_string(m_ws, R(row), C(col), cell_text(s).c_str(), f));
}

void Sheet::number(int row, int col, double v, lxw_format* f) {
  check(worksheet_write_number(m_ws, R(row), C(col), v, f));
}

void Sheet::blank(int row, int col, lxw_format* f) { check(worksheet_write_blank(m_ws, R(row), C(col), f)); }

void Sheet::formula(int row, int col, const std::string& formula, double cached, lxw_format* f) {
  check(worksheet_write_formula_num(m_ws, R(row), C(col), formula.c_str(), f, cached));
}

void Sheet::formula_text(int row, int col, const std::string& formula, const std::string& cached, lxw_format* f) {
  check(worksheet_write_formula_str(m_ws, R(row), C(col), formula.c_str(), f, cell_text(cached).c_str()));
}

void Sheet::width(int first, int last, double w, lxw_format* f) {
  check(worksheet_set_column(m_ws, C(first), C(last), w, f));
}

void Sheet::height(int row, double h) { check(worksheet_set_row(m_ws, R(row), h, nullptr)); }

std::string Sheet::ref(int row, int col) const { return sheet_cell_ref(m_name, row, col); }

void Sheet::check(int error) const {
  if (error != LXW_NO_ERROR)
    throw ExportError("sheet \"" + m_name + "\": " + lxw_strerror(static_cast<lxw_error>(error)));
}

void colour_by_stage(Sheet& sheet, const Formats& fmt, int first_row, int first_col, int last_row, int last_col) {
  if (last_row < first_row || last_col < first_col) return;
  for (int k = 1; k <= kStageCount; ++k) {
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_BETWEEN;
    // Stage k covers k.00–k.99 (truncation); scores are hundredths.
    cf.min_value = k;
    cf.max_value = k + 0.999999999;
    cf.format = fmt.stage[k - 1];
    sheet.check(worksheet_conditional_format_range(sheet.ws(), R(first_row), C(first_col), R(last_row),
                                                   C(last_col), &cf));
  }
}

}  // namespace readiness::workbook
