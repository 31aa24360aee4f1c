#include "workbook_writer.h"

#include <xlsxwriter.h>

#include <utility>

#include "atomic_output.h"

namespace readiness {

XlsxWorkbook::XlsxWorkbook(const std::string& path) : m_path(path) {
  m_workbook = workbook_new(path.c_str());
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

void check_xlsx(int error, const std::string& what) {
  if (error != LXW_NO_ERROR)
    throw ExportError(what + ": " + lxw_strerror(static_cast<lxw_error>(error)));
}

}  // namespace readiness
