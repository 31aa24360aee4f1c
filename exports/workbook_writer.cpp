#include "workbook_writer.h"

#include <xlsxwriter.h>

#include <utility>

#include "atomic_output.h"
#include "platform.h"

namespace readiness {

XlsxWorkbook::XlsxWorkbook(const std::string& path, const std::string& temp_folder)
    : m_path(path) {
  lxw_workbook_options options{};  // libxlsxwriter copies tmpdir
  options.tmpdir = temp_folder.empty() ? nullptr : const_cast<char*>(temp_folder.c_str());
  m_workbook = workbook_new_opt(path.c_str(), &options);
  if (!m_workbook) throw ExportError(path + ": cannot start an Excel workbook");
}

XlsxWorkbook::~XlsxWorkbook() {
  // Unclosed means an exception is on its way: free, ignore the result (the
  // file is a temporary that AtomicOutput removes).
  if (m_workbook) workbook_close(m_workbook);
}

XlsxWorkbook::XlsxWorkbook(XlsxWorkbook&& other) noexcept
    : m_workbook(std::exchange(other.m_workbook, nullptr)), m_path(std::move(other.m_path)) {}

XlsxWorkbook& XlsxWorkbook::operator=(XlsxWorkbook&& other) noexcept {
  if (this != &other) {
    if (m_workbook) workbook_close(m_workbook);
    m_workbook = std::exchange(other.m_workbook, nullptr);
    m_path = std::move(other.m_path);
  }
  return *this;
}

void XlsxWorkbook::close() {
  if (!m_workbook) throw ExportError(m_path + ": the workbook is already closed");
  const lxw_error error = workbook_close(std::exchange(m_workbook, nullptr));
  if (error != LXW_NO_ERROR) throw ExportError(m_path + ": could not be written: " + lxw_strerror(error));
}

std::string memory_temp_folder(unsigned long long needed_bytes) {
  unsigned long long free_bytes = 0;
  const std::string folder = platform::memory_folder(free_bytes);
  if (folder.empty()) return "";
  // Room to spare: the folder is shared with everything else in memory.
  return free_bytes / 4 > needed_bytes ? folder : "";
}

void check_xlsx(int error, const std::string& what) {
  if (error != LXW_NO_ERROR)
    throw ExportError(what + ": " + lxw_strerror(static_cast<lxw_error>(error)));
}

}  // namespace readiness
