#pragma once
// A move-only owner of a libxlsxwriter workbook (conventions.md, item 13).
// libxlsxwriter reports write errors only when the workbook is closed, so
// close() is explicit and throws; the destructor of an unclosed workbook
// frees it without reporting (the caller is already unwinding).
//
// Internal to exports/: libxlsxwriter is PRIVATE to this target, so only
// .cpp files of exports/ include <xlsxwriter.h>.
#include <string>

struct lxw_workbook;

namespace readiness {

class XlsxWorkbook {
 public:
  // Throws ExportError when libxlsxwriter cannot start a workbook.
  // `temp_folder`: where libxlsxwriter keeps each part's XML before zipping
  // it; the system default when empty.
  explicit XlsxWorkbook(const std::string& path, const std::string& temp_folder = "");
  ~XlsxWorkbook();
  XlsxWorkbook(XlsxWorkbook&& other) noexcept;
  XlsxWorkbook& operator=(XlsxWorkbook&& other) noexcept;
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  lxw_workbook* get() const { return m_workbook; }
  const std::string& path() const { return m_path; }
  // Writes the file; throws ExportError naming the path and libxlsxwriter's reason.
  void close();

 private:
  lxw_workbook* m_workbook = nullptr;
  std::string m_path;
};

// A memory-backed folder (/dev/shm) for libxlsxwriter's temporary files
// when it is writable and has `needed_bytes` free with room to spare, else
// "" (the system default). Saves the kernel the file-system work.
std::string memory_temp_folder(unsigned long long needed_bytes);

// Throws ExportError("<what>: <libxlsxwriter message>") unless `error` is 0.
void check_xlsx(int error, const std::string& what);

}  // namespace readiness
