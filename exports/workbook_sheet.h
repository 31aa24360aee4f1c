#pragma once
// One worksheet of the Excel workbook with checked writes, the formats
// every sheet shares, and the stage colouring. Internal to exports/: the
// libxlsxwriter types are only forward-declared here, so <xlsxwriter.h>
// stays in the .cpp files of this target (conventions.md, item 13).
#include <cstdint>
#include <string>

#include "exact_mean.h"
#include "instrument.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace readiness::workbook {

// libxlsxwriter's row and column types (lxw_row_t, lxw_col_t).
inline std::uint32_t R(int row) { return static_cast<std::uint32_t>(row); }
inline std::uint16_t C(int col) { return static_cast<std::uint16_t>(col); }

// Excel keeps at most 32,767 characters in a cell: true when `s` is longer.
bool too_long_for_a_cell(const std::string& s);
// `s` cut to 32,767 bytes on a UTF-8 boundary.
std::string cell_text(const std::string& s);

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* subtitle = nullptr;
  lxw_format* heading = nullptr;
  lxw_format* header = nullptr;
  lxw_format* header_number = nullptr;
  lxw_format* text = nullptr;  // the default format
  lxw_format* bold = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* note = nullptr;
  lxw_format* score = nullptr;  // 0.00
  lxw_format* score_bold = nullptr;
  lxw_format* change = nullptr;  // +0.00;-0.00
  lxw_format* integer = nullptr;
  lxw_format* integer_bold = nullptr;
  lxw_format* percent = nullptr;
  lxw_format* decimal = nullptr;  // 0.00 for kappa / ICC (the `score` format)
  lxw_format* centre = nullptr;
  lxw_format* stage[kStageCount] = {};

  explicit Formats(lxw_workbook* wb);
  // The number format of a cell showing `mean`: 0.00 (bold: score_bold),
  // or as many more decimals as keep the spreadsheet's rounding display on
  // the mean's own stage — 4.9983 shows "4.998", never "5.00"
  // (mean_format.h, decimals_within_stage; issue 15).
  lxw_format* mean(const ExactMean& value, bool bold_text = false) const;

 private:
  static constexpr int kMaxMeanDecimals = 12;
  lxw_format* m_mean[kMaxMeanDecimals + 1] = {};       // index: decimals (2–12)
  lxw_format* m_mean_bold[kMaxMeanDecimals + 1] = {};
};

class Sheet {
 public:
  // Throws ExportError when libxlsxwriter refuses the sheet.
  Sheet(lxw_workbook* wb, std::string name);
  lxw_worksheet* ws() const { return m_ws; }
  const std::string& name() const { return m_name; }

  // Empty text writes nothing.
  void text(int row, int col, const std::string& s, lxw_format* f = nullptr);
  void number(int row, int col, double v, lxw_format* f = nullptr);
  void blank(int row, int col, lxw_format* f);
  // A formula with its cached result, for viewers that never recalculate.
  void formula(int row, int col, const std::string& formula, double cached, lxw_format* f = nullptr);
  void formula_text(int row, int col, const std::string& formula, const std::string& cached, lxw_format* f = nullptr);
  void width(int first, int last, double w, lxw_format* f = nullptr);
  void height(int row, double h);
  // Absolute reference to a cell of this sheet, quoted: 'Älvsbyn'!$B$3.
  std::string ref(int row, int col) const;

  // Throws ExportError naming the sheet unless `error` (an lxw_error) is 0.
  void check(int error) const;

 private:
  std::string m_name;
  lxw_worksheet* m_ws = nullptr;
};

// Conditional formats colouring numbers (scores or stage numbers) by stage.
void colour_by_stage(Sheet& sheet, const Formats& fmt, int first_row, int first_col, int last_row, int last_col);

}  // namespace readiness::workbook
