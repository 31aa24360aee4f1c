#include "report_language.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "pdf_document.h"
#include "platform.h"

namespace readiness::reports {

namespace {

// GNU gettext manual, "The Format of GNU MO Files": a header of 32-bit
// words (magic 0x950412de in the file's byte order, revision, N, offset of
// the original strings table, offset of the translations table), each table
// N pairs of (length, offset).
std::uint32_t word(const std::string& b, std::size_t at, bool swap) {
  if (at + 4 > b.size()) throw ReportError("message catalog cut short");
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  if (swap) v = (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);
  return v;
}

std::string entry(const std::string& b, std::size_t table, std::uint32_t i, bool swap) {
  const std::uint32_t length = word(b, table + 8 * std::size_t{i}, swap);
  const std::uint32_t offset = word(b, table + 8 * std::size_t{i} + 4, swap);
  if (std::size_t{offset} + length > b.size()) throw ReportError("message catalog cut short");
  return b.substr(offset, length);
}

}  // namespace

std::map<std::string, std::string> parse_mo(const std::string& bytes) {
  const std::uint32_t magic = word(bytes, 0, false);
  bool swap = false;
  if (magic == 0xde120495u) swap = true;
  else if (magic != 0x950412deu) throw ReportError("not a message catalog (.mo) file");
  const std::uint32_t count = word(bytes, 8, swap);
  const std::size_t originals = word(bytes, 12, swap);
  const std::size_t translations = word(bytes, 16, swap);
  std::map<std::string, std::string> out;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string id = entry(bytes, originals, i, swap);
    if (id.empty()) continue;  // the header
    std::string str = entry(bytes, translations, i, swap);
    // Plural entries: "singular\0plural" -> the first form of each, and the
    // plural msgid -> the second form (Swedish and English: n == 1 is the
    // singular), so a caller picks the msgid by n and translates that.
    if (auto nul = id.find('\0'); nul != std::string::npos) {
      const auto form = str.find('\0');
      if (form != std::string::npos) {
        std::string second = str.substr(form + 1);
        if (auto end = second.find('\0'); end != std::string::npos) second.resize(end);
        if (!second.empty()) out.emplace(id.substr(nul + 1), std::move(second));
      }
      id.resize(nul);
    }
    if (auto nul = str.find('\0'); nul != std::string::npos) str.resize(nul);
    if (!str.empty()) out.emplace(std::move(id), std::move(str));
  }
  return out;
}

ReportLanguage::ReportLanguage(const std::string& code, const std::string& locale_dir) : m_code(code) {
  if (code != "sv" && code != "en") throw std::invalid_argument("report language must be sv or en, not \"" + code + "\"");
  if (english()) return;
  const auto path = platform::to_path(locale_dir) / "sv" / "LC_MESSAGES" / "readiness.mo";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReportError("Swedish message catalog not found: " + platform::to_utf8(path));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  try {
    m_catalog = parse_mo(bytes.str());
  } catch (const ReportError& e) {
    throw ReportError(platform::to_utf8(path) + ": " + e.what());
  }
}

const char* ReportLanguage::translate(const char* msgid) const {
  if (english()) return msgid;
  auto it = m_catalog.find(msgid);
  return it == m_catalog.end() ? msgid : it->second.c_str();
}

}  // namespace readiness::reports
