#pragma once
// Plain-text tables for the terminal, aligned by characters, not bytes, so
// "Älvsbyn" lines up with "Arjeplog".
#include <ostream>
#include <string>
#include <vector>

namespace readiness::cli {

std::size_t display_width(const std::string& utf8);

class TextTable {
 public:
  // Columns whose header starts with '>' are right-aligned (the '>' is dropped).
  explicit TextTable(std::vector<std::string> headers);
  void add_row(std::vector<std::string> cells);
  void print(std::ostream& out, const std::string& indent = "  ") const;

 private:
  std::vector<std::string> m_headers;
  std::vector<bool> m_right;
  std::vector<std::vector<std::string>> m_rows;
};

}  // namespace readiness::cli
