#include "workbook_export.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "agreement.h"
#include "atomic_output.h"
#include "comparison.h"
#include "mean_format.h"
#include "register.h"
#include "round_result.h"
#include "strategy.h"
#include "workbook_names.h"
#include "workbook_text.h"
#include "workbook_writer.h"

namespace readiness {

namespace {

// ---------------------------------------------------------------- helpers

lxw_row_t R(int row) { return static_cast<lxw_row_t>(row); }
lxw_col_t C(int col) { return static_cast<lxw_col_t>(col); }

// Excel keeps at most 32,767 characters in a cell; cut on a UTF-8 boundary.
std::string cell_text(const std::string& s) {
  constexpr std::size_t kMax = 32767;
  if (s.size() <= kMax) return s;
  std::size_t end = kMax;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// A string literal inside a formula: quotes doubled.
std::string formula_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// An exact-match criterion for AVERAGEIFS: "=" so text like "<5" is not a
// comparison, and ~ before the wildcards * ? ~.
std::string equals_criterion(const std::string& s) {
  std::string escaped = "=";
  for (char c : s) {
    if (c == '*' || c == '?' || c == '~') escaped += '~';
    escaped += c;
  }
  return formula_string(escaped);
}

std::string replace_first(std::string pattern, const std::string& value) {
  const auto at = pattern.find("%s");
  if (at != std::string::npos) pattern.replace(at, 2, value);
  return pattern;
}

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// Stage colours, pale enough to read black text on: 1–3 red to orange,
// 4–6 yellow, 7–9 greens.
const lxw_color_t kStageColours[kStageCount] = {0xF4B6B6, 0xF8CBAD, 0xFCE4B6, 0xFFF2A8, 0xF2F5A9,
                                                 0xDDEFB5, 0xC6E8B8, 0xA9DCA9, 0x8FD19E};

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* subtitle = nullptr;
  lxw_format* heading = nullptr;
  lxw_format* header = nullptr;
  lxw_format* header_number = nullptr;
  lxw_format* text = nullptr;
  lxw_format* bold = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* note = nullptr;
  lxw_format* score = nullptr;      // 0.00
  lxw_format* score_bold = nullptr;
  lxw_format* change = nullptr;     // +0.00;-0.00
  lxw_format* integer = nullptr;
  lxw_format* integer_bold = nullptr;
  lxw_format* percent = nullptr;
  lxw_format* decimal = nullptr;    // 0.00 for kappa / ICC
  lxw_format* centre = nullptr;
  lxw_format* stage[kStageCount] = {};

  explicit Formats(lxw_workbook* wb) {
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
    text = make();
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
    decimal = make();
    format_set_num_format(decimal, "0.00");
    centre = make();
    format_set_align(centre, LXW_ALIGN_CENTER);
    for (int k = 0; k < kStageCount; ++k) {
      stage[k] = make();
      format_set_bg_color(stage[k], kStageColours[k]);
    }
  }
};

// One worksheet with checked writes.
class Sheet {
 public:
  Sheet(lxw_workbook* wb, std::string name) : m_name(std::move(name)) {
    m_ws = workbook_add_worksheet(wb, m_name.c_str());
    if (!m_ws) throw ExportError("cannot add the sheet \"" + m_name + "\"");
  }
  lxw_worksheet* ws() const { return m_ws; }
  const std::string& name() const { return m_name; }

  void text(int row, int col, const std::string& s, lxw_format* f = nullptr) {
    if (s.empty()) return;
    check(worksheet_write_string(m_ws, R(row), C(col), cell_text(s).c_str(), f));
  }
  void number(int row, int col, double v, lxw_format* f = nullptr) {
    check(worksheet_write_number(m_ws, R(row), C(col), v, f));
  }
  void blank(int row, int col, lxw_format* f) { check(worksheet_write_blank(m_ws, R(row), C(col), f)); }
  void formula(int row, int col, const std::string& formula, double cached, lxw_format* f = nullptr) {
    check(worksheet_write_formula_num(m_ws, R(row), C(col), formula.c_str(), f, cached));
  }
  void formula_text(int row, int col, const std::string& formula, const std::string& cached,
                    lxw_format* f = nullptr) {
    check(worksheet_write_formula_str(m_ws, R(row), C(col), formula.c_str(), f, cell_text(cached).c_str()));
  }
  void width(int first, int last, double w, lxw_format* f = nullptr) {
    check(worksheet_set_column(m_ws, C(first), C(last), w, f));
  }
  void height(int row, double h) { check(worksheet_set_row(m_ws, R(row), h, nullptr)); }
  // Absolute reference to a cell of this sheet, quoted: 'Älvsbyn'!$B$3.
  std::string ref(int row, int col) const { return sheet_cell_ref(m_name, row, col); }

  void check(lxw_error e) const {
    if (e != LXW_NO_ERROR) throw ExportError("sheet \"" + m_name + "\": " + lxw_strerror(e));
  }

 private:
  std::string m_name;
  lxw_worksheet* m_ws = nullptr;
};

// Conditional formats colouring numbers (scores or stage numbers) by stage.
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

void style_chart(lxw_chart* chart, const std::string& title) {
  chart_title_set_name(chart, title.c_str());
  lxw_chart_font title_font{};
  title_font.size = 11;
  title_font.bold = LXW_EXPLICIT_FALSE;
  chart_title_set_name_font(chart, &title_font);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
}

// Series colours that read well on paper and screen.
const lxw_color_t kSeriesColours[] = {0x2F5597, 0xC55A11, 0x548235, 0x7030A0, 0xBF9000, 0x0097A7,
                                      0xA5A5A5, 0xE91E63, 0x264478, 0x9E480E, 0x43682B, 0x636363};
constexpr std::size_t kSeriesColourCount = sizeof kSeriesColours / sizeof kSeriesColours[0];

lxw_color_t series_colour(std::size_t i) { return kSeriesColours[i % kSeriesColourCount]; }

void colour_line_series(lxw_chart_series* s, std::size_t i, bool dashed = false) {
  lxw_chart_line line{};
  line.color = series_colour(i);
  line.width = 2.25;
  if (dashed) line.dash_type = LXW_CHART_LINE_DASH_DASH;
  chart_series_set_line(s, &line);
  chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
  chart_series_set_marker_size(s, 6);
  lxw_chart_fill fill{};
  fill.color = series_colour(i);
  chart_series_set_marker_fill(s, &fill);
  lxw_chart_line marker_line{};
  marker_line.color = series_colour(i);
  chart_series_set_marker_line(s, &marker_line);
}

void score_axis(lxw_chart_axis* axis) {
  chart_axis_set_min(axis, 1);
  chart_axis_set_max(axis, 9);
  chart_axis_set_major_unit(axis, 1);
}

// ------------------------------------------------------------ the writer

struct ScoresLayout {
  enum Column { Community, Issue, Round, RoundId, Interview, Respondent, Sector, Dimension, A, B, Consensus,
                Reason, Contact };
  int last_row = 1;  // last data row (zero-based); at least 1 so ranges stay valid
};

struct SummaryRow {
  int row = 0;
  std::map<std::string, int> dim_col;  // code -> column of its mean
};

class WorkbookBuilder {
 public:
  WorkbookBuilder(const Project& project, const WorkbookOptions& options, lxw_workbook* wb)
      : m_project(project), m_options(options), m_lang(options.language == "en" ? "en" : "sv"),
        m_t(workbook_text(m_lang)), m_wb(wb), m_fmt(wb) {
    for (const auto& r : score_project(project)) m_results.emplace(r.round_id, r);
    for (const auto& c : project.communities)
      for (const Round* round : project.rounds_of(c.id)) m_ordered.push_back(round);
    // Rounds whose community is missing still belong in the workbook.
    for (const auto& round : project.rounds)
      if (!project.find_community(round.community_id)) m_ordered.push_back(&round);
    for (const Round* round : m_ordered)
      for (const auto& d : round->instrument.dimensions)
        if (std::find(m_dim_codes.begin(), m_dim_codes.end(), d.code) == m_dim_codes.end())
          m_dim_codes.push_back(d.code);
    try {
      m_register = &SwedishRegister::bundled();
    } catch (const std::exception&) {
      m_register = nullptr;  // county names then fall back to their codes
    }
  }

  void build() {
    // Sheet order: what a reader wants first. Names are reserved up front so
    // a community called "Metod" gets "Metod (2)", never the other way round.
    const std::string summary_name = m_names.take(m_t.summary_sheet);
    const std::string comparison_name = m_names.take(m_t.comparison_sheet);
    const std::string agreement_name = m_names.take(m_t.agreement_sheet);
    const std::string method_name = m_names.take(m_t.method_sheet);
    const std::string scores_name = m_names.take(m_t.scores_sheet);
    std::vector<std::pair<const Community*, std::string>> community_sheets;
    for (const auto& c : m_project.communities)
      if (!m_project.rounds_of(c.id).empty()) community_sheets.emplace_back(&c, m_names.take(c.name));

    Sheet summary(m_wb, summary_name);
    Sheet comparison(m_wb, comparison_name);
    std::vector<Sheet> communities;
    communities.reserve(community_sheets.size());
    for (const auto& cs : community_sheets) communities.emplace_back(m_wb, cs.second);
    Sheet agreement(m_wb, agreement_name);
    Sheet method(m_wb, method_name);
    Sheet scores(m_wb, scores_name);

    write_scores(scores);
    write_summary(summary, scores);
    write_comparison(comparison, summary);
    for (std::size_t i = 0; i < communities.size(); ++i)
      write_community(communities[i], *community_sheets[i].first, summary);
    write_agreement(agreement);
    write_method(method);
    worksheet_activate(summary.ws());
  }

 private:
  const RoundResult& result(const Round& round) const { return m_results.at(round.id); }

  std::string community_name(const Round& round) const {
    const Community* c = m_project.find_community(round.community_id);
    return c ? c->name : round.community_id;
  }

  std::string county_name(const std::string& code) const {
    if (code.empty()) return "";
    if (m_register)
      if (const County* county = m_register->county(code)) return county->name;
    return code;
  }

  std::string dim_label(const Instrument& instrument, const std::string& code) const {
    return code + " " + dimension_name(instrument, code, m_lang);
  }

  // Instrument of the first round using `code` (for its name).
  const Instrument& instrument_with(const std::string& code) const {
    for (const Round* r : m_ordered)
      if (r->instrument.find_dimension(code)) return r->instrument;
    return m_ordered.front()->instrument;
  }

  std::string stage_choose(const std::string& stage_cell, const Instrument& instrument) const {
    std::string f = "CHOOSE(" + stage_cell;
    for (int k = 1; k <= kStageCount; ++k) f += "," + formula_string(stage_name(instrument, k, m_lang));
    return f + ")";
  }

  // ------------------------------------------------------------ Scores
  void write_scores(Sheet& sheet) {
    using L = ScoresLayout;
    const bool contacts = m_options.include_contacts;
    const int last_col = contacts ? L::Contact : L::Reason;
    int row = 1;
    for (const Round* round : m_ordered) {
      const std::string community = community_name(*round);
      for (const auto& iv : round->interviews) {
        const Respondent* resp = round->find_respondent(iv.respondent_id);
        const std::string sector = resp ? sector_name(resp->sector, m_lang) : "";
        for (const auto& dim : round->instrument.dimensions) {
          const DimensionScore* s = iv.score_for(dim.code);
          if (!s) continue;
          sheet.text(row, L::Community, community);
          sheet.text(row, L::Issue, round->issue);
          sheet.text(row, L::Round, round->label);
          sheet.text(row, L::RoundId, round->id);
          sheet.text(row, L::Interview, iv.id);
          if (resp) sheet.text(row, L::Respondent, resp->pseudonym.empty() ? resp->id : resp->pseudonym);
          sheet.text(row, L::Sector, sector);
          sheet.text(row, L::Dimension, dim.code);
          if (s->scorer_a) sheet.number(row, L::A, *s->scorer_a / 100.0, m_fmt.score);
          if (s->scorer_b) sheet.number(row, L::B, *s->scorer_b / 100.0, m_fmt.score);
          if (s->consensus) sheet.number(row, L::Consensus, *s->consensus / 100.0, m_fmt.score);
          sheet.text(row, L::Reason, s->reason);
          if (contacts && resp) sheet.text(row, L::Contact, resp->contact);
          ++row;
        }
      }
    }
    const int last_row = std::max(row - 1, 1);
    m_scores.last_row = last_row;
    m_scores_name = sheet.name();

    const char* headers[] = {m_t.community, m_t.issue, m_t.round, m_t.round_id, m_t.interview,
                             m_t.respondent, m_t.sector, m_t.dimension, m_t.scorer_a, m_t.scorer_b,
                             m_t.consensus, m_t.reason, m_t.contact};
    std::vector<lxw_table_column> columns(static_cast<std::size_t>(last_col + 1));
    std::vector<lxw_table_column*> column_ptrs;
    for (int c = 0; c <= last_col; ++c) {
      columns[static_cast<std::size_t>(c)] = lxw_table_column{};
      columns[static_cast<std::size_t>(c)].header = const_cast<char*>(headers[c]);
      column_ptrs.push_back(&columns[static_cast<std::size_t>(c)]);
    }
    column_ptrs.push_back(nullptr);
    lxw_table_options table{};
    table.name = const_cast<char*>("Scores");
    table.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    table.style_type_number = 9;
    table.columns = column_ptrs.data();
    sheet.check(worksheet_add_table(sheet.ws(), 0, 0, R(last_row), C(last_col), &table));
    worksheet_freeze_panes(sheet.ws(), 1, 0);
    sheet.width(L::Community, L::Community, 16);
    sheet.width(L::Issue, L::Issue, 30);
    sheet.width(L::Round, L::Round, 9);
    sheet.width(L::RoundId, L::RoundId, 18);
    sheet.width(L::Interview, L::Interview, 10);
    sheet.width(L::Respondent, L::Respondent, 12);
    sheet.width(L::Sector, L::Sector, 22);
    sheet.width(L::Dimension, L::Dimension, 11);
    sheet.width(L::A, L::Consensus, 12);
    sheet.width(L::Reason, L::Reason, 50);
    if (contacts) sheet.width(L::Contact, L::Contact, 30);
  }

  std::string scores_range(int col) const {
    return quote_sheet(m_scores_name) + "!" + cell_ref(1, col) + ":" + cell_ref(m_scores.last_row, col);
  }

  // =AVERAGEIFS over the consensus column for one round and dimension.
  std::string mean_formula(const Round& round, const std::string& code) const {
    using L = ScoresLayout;
    return "AVERAGEIFS(" + scores_range(L::Consensus) + "," + scores_range(L::RoundId) + "," +
           equals_criterion(round.id) + "," + scores_range(L::Dimension) + "," + equals_criterion(code) + ")";
  }

  // ------------------------------------------------------------ Summary
  void write_summary(Sheet& sheet, const Sheet& /*scores*/) {
    enum { County, Code, Community, Issue, RoundCol, ModeCol, N, FirstDim };
    const int ndims = static_cast<int>(m_dim_codes.size());
    const int overall_col = FirstDim + ndims;
    const int stage_col = overall_col + 1;
    const int stage_name_col = overall_col + 2;
    const int lowest_col = overall_col + 3;
    const int provisional_col = overall_col + 4;
    const int round_id_col = overall_col + 5;
    m_summary_name = sheet.name();

    const char* fixed[] = {m_t.county, m_t.municipality_code, m_t.community, m_t.issue, m_t.round, m_t.mode,
                           m_t.interviews_n};
    for (int c = 0; c < FirstDim; ++c) sheet.text(0, c, fixed[c], c == N ? m_fmt.header_number : m_fmt.header);
    for (int i = 0; i < ndims; ++i) {
      const std::string& code = m_dim_codes[static_cast<std::size_t>(i)];
      sheet.text(0, FirstDim + i, dim_label(instrument_with(code), code), m_fmt.header_number);
    }
    sheet.text(0, overall_col, m_t.overall, m_fmt.header_number);
    sheet.text(0, stage_col, m_t.stage, m_fmt.header_number);
    sheet.text(0, stage_name_col, m_t.stage_name, m_fmt.header);
    sheet.text(0, lowest_col, m_t.lowest, m_fmt.header);
    sheet.text(0, provisional_col, m_t.provisional, m_fmt.header);
    sheet.text(0, round_id_col, m_t.round_id, m_fmt.header);

    int row = 1;
    for (const Round* round : m_ordered) {
      const RoundResult& r = result(*round);
      SummaryRow& out = m_summary_rows[round->id];
      out.row = row;
      sheet.text(row, County, county_name(r.county_code));
      sheet.text(row, Code, r.community_code);
      sheet.text(row, Community, r.community_name.empty() ? round->community_id : r.community_name);
      sheet.text(row, Issue, r.issue);
      sheet.text(row, RoundCol, r.label);
      sheet.text(row, ModeCol, mode_name(r.mode, m_lang));
      sheet.number(row, N, r.scored_interviews, m_fmt.integer);
      std::vector<std::string> dim_cells;
      for (const auto& d : r.dimensions) {
        const auto at = std::find(m_dim_codes.begin(), m_dim_codes.end(), d.code);
        const int col = FirstDim + static_cast<int>(at - m_dim_codes.begin());
        out.dim_col[d.code] = col;
        dim_cells.push_back(cell_ref(row, col, false));
        // Gap rule: no formula where no interview has a consensus score
        // (AVERAGEIFS would give #DIV/0!).
        if (d.mean) sheet.formula(row, col, mean_formula(*round, d.code), d.mean->value(), m_fmt.score);
        else sheet.text(row, col, m_t.none, m_fmt.centre);
      }
      if (r.overall) {
        std::string avg = "AVERAGE(";
        for (std::size_t i = 0; i < dim_cells.size(); ++i) avg += (i ? "," : "") + dim_cells[i];
        sheet.formula(row, overall_col, avg + ")", r.overall->value(), m_fmt.score_bold);
        // Stage is truncated, never rounded; ROUND(…,9) only strips float noise.
        const std::string stage_f = "INT(ROUND(" + cell_ref(row, overall_col, false) + ",9))";
        sheet.formula(row, stage_col, stage_f, *r.overall_stage, m_fmt.integer_bold);
        sheet.formula_text(row, stage_name_col, stage_choose(cell_ref(row, stage_col, false), round->instrument),
                           stage_name(round->instrument, *r.overall_stage, m_lang));
      } else {
        sheet.text(row, overall_col, m_t.none, m_fmt.centre);
        sheet.text(row, stage_col, m_t.none, m_fmt.centre);
      }
      std::string lowest;
      for (const auto& code : r.lowest) lowest += (lowest.empty() ? "" : ", ") + code;
      if (r.lowest.size() == 1) lowest += " " + dimension_name(round->instrument, r.lowest[0], m_lang);
      sheet.text(row, lowest_col, lowest);
      sheet.text(row, provisional_col, r.provisional ? m_t.yes : m_t.no);
      sheet.text(row, round_id_col, round->id, m_fmt.note);
      ++row;
    }
    const int last = std::max(row - 1, 1);
    colour_by_stage(sheet, m_fmt, 1, FirstDim, last, stage_col);
    worksheet_freeze_panes(sheet.ws(), 1, RoundCol);
    sheet.check(worksheet_autofilter(sheet.ws(), 0, 0, R(last), C(round_id_col)));
    sheet.height(0, 48);
    sheet.width(County, County, 17);
    sheet.width(Code, Code, 11);
    sheet.width(Community, Community, 15);
    sheet.width(Issue, Issue, 28);
    sheet.width(RoundCol, RoundCol, 8);
    sheet.width(ModeCol, ModeCol, 10);
    sheet.width(N, N, 10);
    if (ndims) sheet.width(FirstDim, FirstDim + ndims - 1, 12);
    sheet.width(overall_col, stage_col, 8);
    sheet.width(stage_name_col, stage_name_col, 20);
    sheet.width(lowest_col, lowest_col, 26);
    sheet.width(provisional_col, provisional_col, 11);
    sheet.width(round_id_col, round_id_col, 20);
    // Twenty columns are unreadable on A4: print on A3, and leave the round
    // id (there for the formulas and for filtering) off the paper.
    worksheet_set_landscape(sheet.ws());
    worksheet_set_paper(sheet.ws(), 8);  // A3
    worksheet_fit_to_pages(sheet.ws(), 1, 0);
    sheet.check(worksheet_print_area(sheet.ws(), 0, 0, R(last), C(provisional_col)));
    sheet.check(worksheet_repeat_rows(sheet.ws(), 0, 0));
    worksheet_set_margins(sheet.ws(), 0.4, 0.4, 0.5, 0.5);
    m_summary_overall_col = overall_col;
  }

  // Cells on the Summary sheet, as absolute references for other sheets.
  std::string summary_mean_ref(const Round& round, const std::string& code) const {
    const SummaryRow& s = m_summary_rows.at(round.id);
    return sheet_cell_ref(m_summary_name, s.row, s.dim_col.at(code));
  }
  std::string summary_ref(const Round& round, int offset_from_overall) const {
    return sheet_cell_ref(m_summary_name, m_summary_rows.at(round.id).row, m_summary_overall_col + offset_from_overall);
  }

  // ------------------------------------------------------------ Community
  struct IssueGroup {
    std::string issue;
    Mode mode;
    std::vector<const Round*> rounds;
  };

  std::vector<IssueGroup> issue_groups(const Community& c) const {
    std::vector<IssueGroup> groups;
    for (const Round* r : m_project.rounds_of(c.id)) {
      auto it = std::find_if(groups.begin(), groups.end(), [&](const IssueGroup& g) {
        return normalize_issue(g.issue) == normalize_issue(r->issue) && g.mode == r->mode;
      });
      if (it == groups.end()) groups.push_back({r->issue, r->mode, {r}});
      else it->rounds.push_back(r);
    }
    return groups;
  }

  void write_community(Sheet& sheet, const Community& community, const Sheet& /*summary*/) {
    sheet.text(0, 0, community.name, m_fmt.title);
    std::string sub;
    if (!community.code.empty()) sub += std::string(m_t.code_label) + " " + community.code;
    const std::string county = county_name(community.county_code);
    if (!county.empty()) sub += (sub.empty() ? "" : " · ") + county;
    sheet.text(1, 0, sub, m_fmt.subtitle);
    sheet.width(0, 0, 36);
    int row = 3;
    for (const auto& group : issue_groups(community)) row = write_issue_block(sheet, group, row) + 2;
    worksheet_set_landscape(sheet.ws());
    worksheet_set_paper(sheet.ws(), 9);
    worksheet_fit_to_pages(sheet.ws(), 1, 0);
    worksheet_set_margins(sheet.ws(), 0.4, 0.4, 0.5, 0.5);
  }

  // Profile table, charts, details and next steps for one issue; returns the last row used.
  int write_issue_block(Sheet& sheet, const IssueGroup& g, int top) {
    const int nrounds = static_cast<int>(g.rounds.size());
    const Round& latest = *g.rounds.back();
    const Round* previous = nrounds >= 2 ? g.rounds[static_cast<std::size_t>(nrounds - 2)] : nullptr;
    std::vector<std::string> codes;
    for (const Round* r : g.rounds)
      for (const auto& d : r->instrument.dimensions)
        if (std::find(codes.begin(), codes.end(), d.code) == codes.end()) codes.push_back(d.code);

    sheet.text(top, 0, std::string(m_t.profile_title) + ": " + g.issue + " (" + mode_name(g.mode, m_lang) + ")",
               m_fmt.heading);
    const int header = top + 1;
    const int first_dim_row = header + 1;
    const int change_col = nrounds + 1;
    sheet.text(header, 0, m_t.dimension, m_fmt.header);
    for (int i = 0; i < nrounds; ++i)
      sheet.text(header, 1 + i, g.rounds[static_cast<std::size_t>(i)]->label, m_fmt.header_number);
    if (previous) sheet.text(header, change_col, m_t.change, m_fmt.header_number);
    sheet.width(1, 7, 15);
    sheet.width(7, 7, 22);

    int row = first_dim_row;
    for (const auto& code : codes) {
      sheet.text(row, 0, dim_label(latest.instrument.find_dimension(code) ? latest.instrument : instrument_with(code),
                                   code));
      std::vector<std::optional<ExactMean>> means;
      for (int i = 0; i < nrounds; ++i) {
        const Round& r = *g.rounds[static_cast<std::size_t>(i)];
        const RoundResult& res = result(r);
        std::optional<ExactMean> mean;
        for (const auto& d : res.dimensions)
          if (d.code == code) mean = d.mean;
        means.push_back(mean);
        // Blank, not text, where there is no score: the charts show a gap.
        if (mean) sheet.formula(row, 1 + i, summary_mean_ref(r, code), mean->value(), m_fmt.score);
      }
      if (previous && means[means.size() - 1] && means[means.size() - 2]) {
        const double diff = means.back()->value() - means[means.size() - 2]->value();
        sheet.formula(row, change_col,
                      cell_ref(row, nrounds, false) + "-" + cell_ref(row, nrounds - 1, false), diff, m_fmt.change);
      }
      ++row;
    }
    const int last_dim_row = row - 1;
    colour_by_stage(sheet, m_fmt, first_dim_row, 1, last_dim_row, nrounds);

    // Overall, stage, stage name, n, provisional per round.
    const int overall_row = row;
    sheet.text(overall_row, 0, m_t.overall, m_fmt.bold);
    sheet.text(overall_row + 1, 0, m_t.stage, m_fmt.bold);
    sheet.text(overall_row + 2, 0, m_t.stage_name);
    sheet.text(overall_row + 3, 0, m_t.interviews_n);
    sheet.text(overall_row + 4, 0, m_t.provisional);
    for (int i = 0; i < nrounds; ++i) {
      const Round& r = *g.rounds[static_cast<std::size_t>(i)];
      const RoundResult& res = result(r);
      const int col = 1 + i;
      if (res.overall) {
        sheet.formula(overall_row, col, summary_ref(r, 0), res.overall->value(), m_fmt.score_bold);
        sheet.formula(overall_row + 1, col, summary_ref(r, 1), *res.overall_stage, m_fmt.integer_bold);
        sheet.formula_text(overall_row + 2, col, summary_ref(r, 2), stage_name(r.instrument, *res.overall_stage, m_lang),
                           m_fmt.text);
      } else {
        sheet.text(overall_row, col, m_t.none, m_fmt.centre);
        sheet.text(overall_row + 1, col, m_t.none, m_fmt.centre);
      }
      sheet.number(overall_row + 3, col, res.scored_interviews, m_fmt.integer);
      sheet.text(overall_row + 4, col, res.provisional ? m_t.yes : m_t.no, m_fmt.centre);
    }
    if (previous) {
      const RoundResult& a = result(latest);
      const RoundResult& b = result(*previous);
      if (a.overall && b.overall)
        sheet.formula(overall_row, change_col,
                      cell_ref(overall_row, nrounds, false) + "-" + cell_ref(overall_row, nrounds - 1, false),
                      a.overall->value() - b.overall->value(), m_fmt.change);
    }
    colour_by_stage(sheet, m_fmt, overall_row, 1, overall_row + 1, nrounds);
    sheet.text(overall_row + 5, 0, m_t.blank_note, m_fmt.note);
    int bottom = overall_row + 5;

    // Charts below the table, side by side: radar (latest vs previous) and trend.
    const int chart_row = bottom + 2;
    {
      lxw_chart* radar = workbook_add_chart(m_wb, LXW_CHART_RADAR_WITH_MARKERS);
      const std::string title = previous ? replace_first(replace_first(m_t.radar_title, latest.label), previous->label)
                                         : std::string(m_t.profile_title) + " " + latest.label;
      style_chart(radar, title);
      std::vector<std::pair<int, std::size_t>> cols;  // column, colour
      if (previous) cols.emplace_back(nrounds - 1, 6);
      cols.emplace_back(nrounds, 0);
      for (const auto& [col, colour] : cols) {
        lxw_chart_series* s = chart_add_series(radar, nullptr, nullptr);
        chart_series_set_categories(s, sheet.name().c_str(), R(first_dim_row), 0, R(last_dim_row), 0);
        chart_series_set_values(s, sheet.name().c_str(), R(first_dim_row), C(col), R(last_dim_row), C(col));
        chart_series_set_name_range(s, sheet.name().c_str(), R(header), C(col));
        colour_line_series(s, colour, colour != 0);
      }
      score_axis(radar->y_axis);
      lxw_chart_options at{};
      at.x_scale = 1.0;
      at.y_scale = 1.2;
      sheet.check(worksheet_insert_chart_opt(sheet.ws(), R(chart_row), 0, radar, &at));
    }
    {
      lxw_chart* line = workbook_add_chart(m_wb, LXW_CHART_LINE);
      style_chart(line, m_t.trend_title);
      std::size_t i = 0;
      for (int r = first_dim_row; r <= last_dim_row; ++r, ++i) {
        lxw_chart_series* s = chart_add_series(line, nullptr, nullptr);
        chart_series_set_categories(s, sheet.name().c_str(), R(header), 1, R(header), C(nrounds));
        chart_series_set_values(s, sheet.name().c_str(), R(r), 1, R(r), C(nrounds));
        chart_series_set_name_range(s, sheet.name().c_str(), R(r), 0);
        colour_line_series(s, i);
      }
      score_axis(line->y_axis);
      chart_show_blanks_as(line, LXW_CHART_BLANKS_AS_GAP);
      lxw_chart_options at{};
      at.x_scale = 1.0;
      at.y_scale = 1.2;
      sheet.check(worksheet_insert_chart_opt(sheet.ws(), R(chart_row), 4, line, &at));
    }

    bottom = chart_row + 18;

    // Details of the latest round: n, spread and stage beside every mean.
    int row2 = bottom + 2;
    const RoundResult& res = result(latest);
    sheet.text(row2, 0, replace_first(m_t.detail_title, latest.label), m_fmt.heading);
    ++row2;
    const char* detail_headers[] = {m_t.dimension, m_t.mean, "n", m_t.sd, m_t.min, m_t.max, m_t.stage};
    for (int c = 0; c < 7; ++c) sheet.text(row2, c, detail_headers[c], c ? m_fmt.header_number : m_fmt.header);
    sheet.text(row2, 7, m_t.stage_name, m_fmt.header);
    ++row2;
    const int first_detail = row2;
    for (const auto& d : res.dimensions) {
      sheet.text(row2, 0, dim_label(latest.instrument, d.code));
      if (d.mean) {
        const auto at = std::find(codes.begin(), codes.end(), d.code);
        const int profile_row = first_dim_row + static_cast<int>(at - codes.begin());
        sheet.formula(row2, 1, cell_ref(profile_row, nrounds, false), d.mean->value(), m_fmt.score);
        sheet.formula(row2, 6, "INT(ROUND(" + cell_ref(row2, 1, false) + ",9))", *d.stage, m_fmt.integer);
        sheet.formula_text(row2, 7, stage_choose(cell_ref(row2, 6, false), latest.instrument),
                           stage_name(latest.instrument, *d.stage, m_lang));
      } else {
        sheet.text(row2, 1, m_t.none, m_fmt.centre);
        sheet.text(row2, 6, m_t.none, m_fmt.centre);
      }
      sheet.number(row2, 2, d.n, m_fmt.integer);
      if (d.n >= 2) sheet.number(row2, 3, d.sd, m_fmt.decimal);
      else sheet.text(row2, 3, m_t.none, m_fmt.centre);
      if (d.min) sheet.number(row2, 4, *d.min / 100.0, m_fmt.score);
      if (d.max) sheet.number(row2, 5, *d.max / 100.0, m_fmt.score);
      ++row2;
    }
    colour_by_stage(sheet, m_fmt, first_detail, 1, row2 - 1, 1);
    colour_by_stage(sheet, m_fmt, first_detail, 6, row2 - 1, 6);
    bottom = row2 - 1;

    // Next steps: strategies for the lowest dimension(s), from the round's instrument.
    const auto suggestions = suggest_strategies(latest, res);
    if (!suggestions.empty()) {
      int r = bottom + 2;
      sheet.text(r++, 0, m_t.next_steps_title, m_fmt.heading);
      for (const auto& s : suggestions) {
        sheet.text(r++, 0,
                   s.dimension + " " + dimension_name(latest.instrument, s.dimension, m_lang) + " – " + m_t.stage + " " +
                       std::to_string(s.stage) + " " + stage_name(latest.instrument, s.stage, m_lang),
                   m_fmt.bold);
        if (!s.goal.empty()) {
          sheet.text(r, 0, m_t.goal);
          sheet.text(r++, 1, s.goal);
        }
        if (!s.channels.empty()) {
          sheet.text(r, 0, m_t.channels);
          sheet.text(r++, 1, s.channels);
        }
        bool first = true;
        for (const auto& strategy : s.strategies) {
          if (first) sheet.text(r, 0, m_t.strategies);
          first = false;
          sheet.text(r++, 1, "• " + strategy);
        }
        ++r;
      }
      bottom = r - 1;
    }
    return bottom;
  }

  // ------------------------------------------------------------ Comparison
  // A round without its answer texts: scoring never reads them.
  static Round lean_copy(const Round& r) {
    Round out;
    out.id = r.id;
    out.community_id = r.community_id;
    out.label = r.label;
    out.issue = r.issue;
    out.areas = r.areas;
    out.instrument = r.instrument;
    out.mode = r.mode;
    out.status = r.status;
    out.respondents = r.respondents;
    out.interviews.reserve(r.interviews.size());
    for (const auto& iv : r.interviews) {
      Interview lean;
      lean.id = iv.id;
      lean.respondent_id = iv.respondent_id;
      lean.status = iv.status;
      lean.scorer_a_name = iv.scorer_a_name;
      lean.scorer_b_name = iv.scorer_b_name;
      lean.scores = iv.scores;
      out.interviews.push_back(std::move(lean));
    }
    return out;
  }

  void write_comparison(Sheet& sheet, const Sheet& /*summary*/) {
    if (m_ordered.empty()) return;
    sheet.text(0, 0, m_t.comparison_title, m_fmt.title);
    sheet.width(0, 0, 18);
    sheet.width(1, 1, 11);
    int top = 2;
    int widest = 0;
    // Only the rounds of the compared period go to compare_rounds: the
    // comparison is "one issue, one period", and a national project would
    // otherwise make it compare every round with every other.
    std::map<std::string, std::string> period_of;  // normalized issue + mode -> label
    auto key = [](const Round& r) { return normalize_issue(r.issue) + "\n" + to_string(r.mode); };
    for (const Round* r : m_ordered) {
      std::string& p = period_of[key(*r)];
      p = m_options.comparison_period ? *m_options.comparison_period : std::max(p, r->label);
    }
    Project period_project;
    period_project.communities = m_project.communities;
    for (const Round* r : m_ordered)
      if (r->label == period_of[key(*r)]) period_project.rounds.push_back(lean_copy(*r));
    for (const auto& table : compare_rounds(period_project, m_options.comparison_issue)) {
      std::vector<const ComparisonRow*> rows;
      for (const auto& row : table.rows) rows.push_back(&row);
      if (rows.empty()) continue;
      const std::string period = rows.front()->result.label;
      const int ndims = static_cast<int>(table.dimensions.size());
      widest = std::max(widest, ndims);
      const Round& first_round = *m_project.find_round(rows.front()->result.round_id);
      sheet.text(top, 0,
                 std::string(m_t.issue) + ": " + table.issue + " · " + m_t.period + " " + period + " · " +
                     mode_name(table.mode, m_lang),
                 m_fmt.heading);
      int header = top + 1;
      if (!table.dropped_dimensions.empty()) {
        std::string dropped;
        for (const auto& d : table.dropped_dimensions) dropped += (dropped.empty() ? "" : ", ") + d;
        sheet.text(header, 0, std::string(m_t.dropped_dimensions) + ": " + dropped, m_fmt.note);
        ++header;
      }
      sheet.height(header, 48);
      sheet.text(header, 0, m_t.community, m_fmt.header);
      sheet.text(header, 1, m_t.municipality_code, m_fmt.header);
      for (int i = 0; i < ndims; ++i) {
        const std::string& code = table.dimensions[static_cast<std::size_t>(i)];
        sheet.text(header, 2 + i, dim_label(first_round.instrument, code), m_fmt.header_number);
      }
      const int overall_col = 2 + ndims;
      sheet.text(header, overall_col, m_t.common_overall, m_fmt.header_number);
      sheet.text(header, overall_col + 1, m_t.stage, m_fmt.header_number);
      int row = header + 1;
      for (const ComparisonRow* cr : rows) {
        const Round& round = *m_project.find_round(cr->result.round_id);
        sheet.text(row, 0, cr->result.community_name);
        sheet.text(row, 1, cr->result.community_code);
        std::string avg = "AVERAGE(";
        for (int i = 0; i < ndims; ++i) {
          const auto& mean = cr->means[static_cast<std::size_t>(i)];
          const std::string& code = table.dimensions[static_cast<std::size_t>(i)];
          if (mean) sheet.formula(row, 2 + i, summary_mean_ref(round, code), mean->value(), m_fmt.score);
          avg += (i ? "," : "") + cell_ref(row, 2 + i, false);
        }
        if (cr->common_overall) {
          sheet.formula(row, overall_col, avg + ")", cr->common_overall->value(), m_fmt.score_bold);
          sheet.formula(row, overall_col + 1, "INT(ROUND(" + cell_ref(row, overall_col, false) + ",9))",
                        *cr->common_overall_stage, m_fmt.integer_bold);
        } else {
          sheet.text(row, overall_col, m_t.none, m_fmt.centre);
          sheet.text(row, overall_col + 1, m_t.none, m_fmt.centre);
        }
        ++row;
      }
      const int first_row = header + 1;
      const int last_row = row - 1;
      colour_by_stage(sheet, m_fmt, first_row, 2, last_row, overall_col + 1);

      // Few communities: dimensions side by side per community. Many: one
      // bar per community (overall), which stays readable at county scale.
      const int nrows = last_row - first_row + 1;
      lxw_chart* chart = nullptr;
      lxw_chart_options at{};
      if (nrows <= 12) {
        chart = workbook_add_chart(m_wb, LXW_CHART_COLUMN);
        style_chart(chart, m_t.comparison_chart_title);
        for (int r = first_row; r <= last_row; ++r) {
          lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
          chart_series_set_categories(s, sheet.name().c_str(), R(header), 2, R(header), C(overall_col - 1));
          chart_series_set_values(s, sheet.name().c_str(), R(r), 2, R(r), C(overall_col - 1));
          chart_series_set_name_range(s, sheet.name().c_str(), R(r), 0);
          lxw_chart_fill fill{};
          fill.color = series_colour(static_cast<std::size_t>(r - first_row));
          chart_series_set_fill(s, &fill);
        }
        at.x_scale = 1.6;
        at.y_scale = 1.2;
      } else {
        chart = workbook_add_chart(m_wb, LXW_CHART_BAR);
        style_chart(chart, m_t.comparison_overall_chart_title);
        lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(s, sheet.name().c_str(), R(first_row), 0, R(last_row), 0);
        chart_series_set_values(s, sheet.name().c_str(), R(first_row), C(overall_col), R(last_row), C(overall_col));
        chart_series_set_name_range(s, sheet.name().c_str(), R(header), C(overall_col));
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        chart_axis_set_reverse(chart->y_axis);  // first community on top
        score_axis(chart->x_axis);              // a bar chart's value axis is x
        at.y_scale = std::min(40.0, std::max(1.0, nrows / 14.0));
      }
      if (nrows <= 12) score_axis(chart->y_axis);
      sheet.check(worksheet_insert_chart_opt(sheet.ws(), R(top), C(overall_col + 3), chart, &at));
      const int chart_rows = static_cast<int>(15 * at.y_scale) + 1;
      top = std::max(last_row, top + chart_rows) + 3;
    }
    if (widest) sheet.width(2, 2 + widest + 1, 12);
    worksheet_set_landscape(sheet.ws());
    worksheet_set_paper(sheet.ws(), 9);
    worksheet_fit_to_pages(sheet.ws(), 1, 0);
  }

  // ------------------------------------------------------------ Agreement
  void agreement_row(Sheet& sheet, int row, int col, const AgreementStats& s) {
    sheet.number(row, col, s.n, m_fmt.integer);
    if (s.n > 0) {
      sheet.number(row, col + 1, s.exact, m_fmt.percent);
      sheet.number(row, col + 2, s.within_half, m_fmt.percent);
      sheet.number(row, col + 3, s.within_one, m_fmt.percent);
    } else {
      for (int c = 1; c <= 3; ++c) sheet.text(row, col + c, m_t.none, m_fmt.centre);
    }
    if (s.weighted_kappa) sheet.number(row, col + 4, *s.weighted_kappa, m_fmt.decimal);
    else sheet.text(row, col + 4, m_t.none, m_fmt.centre);
    if (s.icc) sheet.number(row, col + 5, *s.icc, m_fmt.decimal);
    else sheet.text(row, col + 5, m_t.none, m_fmt.centre);
    sheet.number(row, col + 6, s.large_differences, m_fmt.integer);
  }

  void agreement_headers(Sheet& sheet, int row, int col) {
    const char* h[] = {"n", m_t.exact, m_t.within_half, m_t.within_one, m_t.kappa, m_t.icc, m_t.large_differences};
    for (int i = 0; i < 7; ++i) sheet.text(row, col + i, h[i], m_fmt.header_number);
  }

  void write_agreement(Sheet& sheet) {
    sheet.text(0, 0, m_t.agreement_title, m_fmt.title);
    sheet.text(1, 0, m_t.agreement_note, m_fmt.note);
    std::map<std::string, std::vector<ScorePair>> by_dim;
    std::vector<ScorePair> all;
    for (const Round* round : m_ordered)
      for (const auto& iv : round->interviews)
        for (const auto& dim : round->instrument.dimensions) {
          const DimensionScore* s = iv.score_for(dim.code);
          if (!s || !s->scorer_a || !s->scorer_b) continue;
          by_dim[dim.code].push_back({*s->scorer_a, *s->scorer_b});
          all.push_back({*s->scorer_a, *s->scorer_b});
        }
    int row = 3;
    sheet.text(row, 0, m_t.dimension, m_fmt.header);
    agreement_headers(sheet, row, 1);
    sheet.height(row, 32);
    ++row;
    for (const auto& code : m_dim_codes) {
      sheet.text(row, 0, dim_label(instrument_with(code), code));
      agreement_row(sheet, row, 1, agreement(by_dim[code]));
      ++row;
    }
    sheet.text(row, 0, m_t.all_dimensions, m_fmt.bold);
    agreement_row(sheet, row, 1, agreement(all));
    row += 3;

    sheet.text(row++, 0, m_t.agreement_by_round, m_fmt.heading);
    const int header = row;
    sheet.text(row, 0, m_t.community, m_fmt.header);
    sheet.text(row, 1, m_t.round, m_fmt.header);
    sheet.text(row, 2, m_t.dimension, m_fmt.header);
    agreement_headers(sheet, row, 3);
    sheet.height(row, 32);
    ++row;
    for (const Round* round : m_ordered) {
      const RoundAgreement ra = round_agreement(*round);
      for (const auto& d : ra.by_dimension) {
        sheet.text(row, 0, community_name(*round));
        sheet.text(row, 1, round->label);
        sheet.text(row, 2, d.dimension);
        agreement_row(sheet, row, 3, d.stats);
        ++row;
      }
      sheet.text(row, 0, community_name(*round), m_fmt.bold);
      sheet.text(row, 1, round->label, m_fmt.bold);
      sheet.text(row, 2, m_t.total, m_fmt.bold);
      agreement_row(sheet, row, 3, ra.overall);
      ++row;
    }
    sheet.check(worksheet_autofilter(sheet.ws(), R(header), 0, R(std::max(row - 1, header)), 9));
    sheet.width(0, 0, 36);
    sheet.width(1, 2, 11);
    sheet.width(3, 9, 12);
    worksheet_set_paper(sheet.ws(), 9);
    worksheet_fit_to_pages(sheet.ws(), 1, 0);
  }

  // ------------------------------------------------------------ Method
  void write_method(Sheet& sheet) {
    sheet.width(0, 0, 26, m_fmt.wrap);
    sheet.width(1, 1, 110, m_fmt.wrap);
    int row = 0;
    sheet.text(row, 0, m_t.method_title, m_fmt.title);
    row += 2;
    auto line = [&](const std::string& label, const std::string& value) {
      sheet.text(row, 0, label, m_fmt.bold);
      sheet.text(row, 1, value, m_fmt.wrap);
      // Rows do not grow by themselves in every viewer: size wrapped text.
      const std::size_t lines = std::max<std::size_t>(1, (value.size() + 104) / 105);
      if (lines > 1) sheet.height(row, 15.0 * static_cast<double>(lines));
      ++row;
    };
    line(m_t.project, m_project.title);
    if (!m_project.owner.empty()) line(m_t.owner, m_project.owner);
    line(m_t.exported, (m_options.exported_on.empty() ? today_iso() : m_options.exported_on) + " · Readiness");
    // Instruments: id, version, title, number of dimensions, used by n rounds.
    std::vector<std::string> seen;
    std::string instruments;
    for (const Round* r : m_ordered) {
      const Instrument& in = r->instrument;
      const std::string key = in.id + "@" + in.version;
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      int used = 0;
      for (const Round* o : m_ordered) used += (o->instrument.id == in.id && o->instrument.version == in.version);
      std::string dims;
      for (const auto& d : in.dimensions) dims += (dims.empty() ? "" : ", ") + d.code;
      instruments += (instruments.empty() ? "" : "\n") + in.id + " " + in.version + " – " + in.title + " (" +
                     m_t.dimension + ": " + dims + "; " + m_t.round + ": " + std::to_string(used) + ")";
    }
    line(m_t.instruments, instruments);
    ++row;
    sheet.text(row++, 0, m_t.rules, m_fmt.heading);
    for (const char* rule : {m_t.rule_consensus, m_t.rule_means, m_t.rule_overall, m_t.rule_truncation,
                             m_t.rule_gap, m_t.rule_provisional, m_t.rule_formulas})
      line("", rule);
    ++row;
    int held = 0;
    int planned = 0;
    std::string first_date, last_date, first_start, last_end;
    for (const Round* r : m_ordered) {
      for (const auto& iv : r->interviews) {
        (iv.status == InterviewStatus::Planned ? planned : held)++;
        if (iv.date.empty() || iv.status == InterviewStatus::Planned) continue;
        if (first_date.empty() || iv.date < first_date) first_date = iv.date;
        if (iv.date > last_date) last_date = iv.date;
      }
      if (!r->start_date.empty() && (first_start.empty() || r->start_date < first_start)) first_start = r->start_date;
      last_end = std::max({last_end, r->end_date, r->start_date});
    }
    line(m_t.rounds_count, std::to_string(m_ordered.size()));
    line(m_t.interviews_held, std::to_string(held) + (planned ? " (+" + std::to_string(planned) + ")" : ""));
    if (!first_date.empty()) line(m_t.interview_dates, first_date + " – " + last_date);
    if (!first_start.empty()) line(m_t.round_dates, first_start + " – " + last_end);
    std::string provisional;
    for (const Round* r : m_ordered) {
      const RoundResult& res = result(*r);
      if (!res.provisional) continue;
      int open = 0;
      for (const auto& d : res.dimensions) open += d.unresolved;
      provisional += (provisional.empty() ? "" : "\n") + community_name(*r) + " " + r->label + ": " +
                     std::to_string(open) + " × " + m_t.interview + "/" + m_t.dimension + " " + m_t.scorer_a + "/" +
                     m_t.scorer_b + " ≠ " + m_t.consensus;
    }
    line(m_t.provisional_rounds, provisional.empty() ? m_t.provisional_none : provisional);
    // Multi-line cells: one row of height per line.
    line(m_t.contacts, m_options.include_contacts ? m_t.contacts_included : m_t.contacts_excluded);
    ++row;
    sheet.text(row++, 0, m_t.sheets_guide, m_fmt.heading);
    line(m_summary_name, m_t.guide_summary);
    line(m_t.comparison_sheet, m_t.guide_comparison);
    line(m_t.community, m_t.guide_community);
    line(m_t.agreement_sheet, m_t.guide_agreement);
    line(m_scores_name, m_t.guide_scores);
    worksheet_set_paper(sheet.ws(), 9);
    worksheet_fit_to_pages(sheet.ws(), 1, 0);
  }

  const Project& m_project;
  const WorkbookOptions& m_options;
  std::string m_lang;
  const WorkbookText& m_t;
  lxw_workbook* m_wb;
  Formats m_fmt;
  SheetNames m_names;
  std::map<std::string, RoundResult> m_results;
  std::vector<const Round*> m_ordered;
  std::vector<std::string> m_dim_codes;
  const SwedishRegister* m_register = nullptr;
  ScoresLayout m_scores;
  std::string m_scores_name;
  std::string m_summary_name;
  int m_summary_overall_col = 0;
  std::map<std::string, SummaryRow> m_summary_rows;
};

}  // namespace

void write_workbook(const Project& project, const std::string& path, const WorkbookOptions& options) {
  AtomicOutput out(path);
  XlsxWorkbook workbook(out.temp_path());
  lxw_doc_properties props{};
  props.title = const_cast<char*>(project.title.c_str());
  props.company = const_cast<char*>(project.owner.c_str());
  props.author = const_cast<char*>("Readiness");
  props.comments = const_cast<char*>("Community Readiness results");
  check_xlsx(workbook_set_properties(workbook.get(), &props), path);
  WorkbookBuilder(project, options, workbook.get()).build();
  workbook.close();
  out.commit();
}

}  // namespace readiness
