// The History sheet (issue 12, item 6), written only when asked for
// (WorkbookOptions::include_audit, `export --audit`): the project's audit
// trail, oldest first, one row per change — when (UTC), who, from where,
// the file, community, round, interview, dimension, what, old and new.
// Scores are numbers (0.00), reasons text. Its labels are kept here, not
// in WorkbookText: the sheet is optional and self-contained.
#include <xlsxwriter.h>

#include <string>

#include "workbook_sheets.h"

namespace readiness::workbook {

namespace {

struct AuditText {
  const char* title;
  const char* empty;
  const char* headers[11];
  const char* app;
  const char* import;
  const char* package;
  const char* scorer_a;
  const char* scorer_b;
  const char* consensus;
  const char* reason;
};

const AuditText kSwedish = {
    "Historik: varje ändring av poäng, konsensus och motivering",
    "Inga ändringar registrerade ännu.",
    {"Tid (UTC)", "Vem", "Varifrån", "Fil", "Samhälle", "Omgång", "Intervju", "Dimension", "Vad", "Före", "Efter"},
    "i programmet", "poängimport", "bedömarpaket", "Bedömare A", "Bedömare B", "Konsensus", "Motivering"};

const AuditText kEnglish = {
    "History: every change of scores, consensus and reasons",
    "No changes recorded yet.",
    {"When (UTC)", "Who", "From", "File", "Community", "Round", "Interview", "Dimension", "What", "Before", "After"},
    "in the app", "score import", "scorer package", "Scorer A", "Scorer B", "Consensus", "Reason"};

}  // namespace

const char* audit_sheet_name(const std::string& language) { return language == "en" ? "History" : "Historik"; }

void write_audit_sheet(const WorkbookContext& ctx, Sheet& sheet) {
  const AuditText& t = ctx.lang() == "en" ? kEnglish : kSwedish;
  const Formats& fmt = ctx.fmt();
  const Project& project = ctx.project();
  sheet.text(0, 0, t.title, fmt.title);
  if (project.audit.empty()) {
    sheet.text(2, 0, t.empty, fmt.note);
    return;
  }
  const int header_row = 2;
  for (int c = 0; c < 11; ++c) sheet.text(header_row, c, t.headers[c], fmt.header);
  int row = header_row + 1;
  for (const AuditEntry& e : project.audit) {
    const Round* round = project.find_round(e.round_id);
    const bool score = e.field != "reason";
    std::string when = e.when;
    if (when.size() == 20) when = when.substr(0, 10) + " " + when.substr(11, 8);
    sheet.text(row, 0, when);
    sheet.text(row, 1, e.who);
    sheet.text(row, 2, e.source == kAuditFromApp      ? t.app
                       : e.source == kAuditFromImport ? t.import
                       : e.source == kAuditFromPackage ? t.package
                                                       : e.source.c_str());
    sheet.text(row, 3, e.detail);
    sheet.text(row, 4, round ? ctx.community_name(*round) : std::string());
    sheet.text(row, 5, round ? round->label : e.round_id);
    sheet.text(row, 6, e.interview_id);
    sheet.text(row, 7, round ? ctx.dim_label(round->instrument, e.dimension) : e.dimension);
    sheet.text(row, 8, e.field == "a"           ? t.scorer_a
                       : e.field == "b"         ? t.scorer_b
                       : e.field == "consensus" ? t.consensus
                                                : t.reason);
    auto value = [&](int col, const std::string& v) {
      const auto h = score ? parse_hundredths(v) : std::nullopt;
      if (h)
        sheet.number(row, col, *h / 100.0, fmt.score);
      else if (!v.empty())
        sheet.text(row, col, v, fmt.wrap);
    };
    value(9, e.old_value);
    value(10, e.new_value);
    ++row;
  }
  worksheet_autofilter(sheet.ws(), static_cast<lxw_row_t>(header_row), 0, static_cast<lxw_row_t>(row - 1), 10);
  worksheet_freeze_panes(sheet.ws(), static_cast<lxw_row_t>(header_row + 1), 0);
  sheet.width(0, 0, 19);
  sheet.width(1, 3, 16);
  sheet.width(4, 4, 16);
  sheet.width(5, 6, 10);
  sheet.width(7, 7, 26);
  sheet.width(8, 8, 13);
  sheet.width(9, 10, 12);
}

}  // namespace readiness::workbook
