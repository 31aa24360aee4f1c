#pragma once
// Excel sheet names: at most 31 characters (UTF-16 units), none of
// [ ] : * ? / \, not starting or ending with an apostrophe, unique without
// regard to case. And the quoting every formula reference uses.
#include <string>
#include <vector>

namespace readiness {

// Replaces forbidden characters with '-', trims, cuts to 31 characters on
// a character boundary; "Blad" when nothing is left.
std::string clean_sheet_name(const std::string& wanted);

// Hands out clean, unique sheet names: "Piteå", "Piteå (2)", ...
class SheetNames {
 public:
  std::string take(const std::string& wanted);

 private:
  std::vector<std::string> m_folded;  // taken names, case-folded
};

// 'Älvsbyn' -> "'Älvsbyn'", "Kommun's" -> "'Kommun''s'": always quoted,
// which Excel and LibreOffice accept for every name.
std::string quote_sheet(const std::string& sheet);
// "$B$3" for zero-based row/col.
std::string cell_ref(int row, int col, bool absolute = true);
// "'Sheet'!$B$3"
std::string sheet_cell_ref(const std::string& sheet, int row, int col);

}  // namespace readiness
