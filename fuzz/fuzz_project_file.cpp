// libFuzzer harness: the project loader behind a valid header.
//
// A mutated file almost never passes the CRC, so the fuzzer would only ever
// meet the header check. The harness therefore takes its input as the
// payload and puts a header with the right length and CRC in front, so
// every input reaches the Boost archive (bounded_archive.h) and, when it
// parses, validate_project. An input that already starts with the header
// (a real project file: the seeds, the reproducers) is unwrapped first and
// keeps its format number (and, from format 4, its "content" line: a
// packed seed reaches the bounded unpacker, project_file_payload.h). A
// project that loads is saved, loaded and saved again: the two saves must
// be the same bytes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

#include <zlib.h>

#include "project_file.h"

namespace {

const std::string& scratch_path() {
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir && *dir ? dir : "/tmp") + "/readiness-fuzz-" + std::to_string(::getpid()) + ".readiness";
  }();
  return path;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// "READINESS-PROJECT\nformat N\nlength L\ncrc32 X[\ncontent C]\n\n" + payload;
// returns the payload of such a text and sets format and content (the
// fifth line of format 4, "content zlib <size>" or "content text"), or the
// whole input as payload (format 4, "content text": straight to the archive).
std::string payload_of(const std::string& input, int& format, std::string& content) {
  static const std::string magic = "READINESS-PROJECT\nformat ";
  format = readiness::kProjectFormatVersion;
  content = "content text";
  if (input.compare(0, magic.size(), magic) != 0) return input;
  const std::size_t end = input.find("\n\n");
  if (end == std::string::npos) return input;
  format = std::atoi(input.c_str() + magic.size());
  if (format < 1 || format > readiness::kProjectFormatVersion) format = readiness::kProjectFormatVersion;
  // A packed seed keeps its content line, so the unpacker is fuzzed too.
  const std::size_t at = input.rfind("\ncontent ", end);
  if (at != std::string::npos) content = input.substr(at + 1, end - at - 1);
  return input.substr(end + 2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  int format = 0;
  std::string content;
  const std::string payload = payload_of(std::string(reinterpret_cast<const char*>(data), size), format, content);
  const auto crc = static_cast<unsigned>(
      crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(payload.data()), static_cast<uInt>(payload.size())));
  char crc_hex[9];
  std::snprintf(crc_hex, sizeof crc_hex, "%08x", crc);
  {
    std::ofstream out(scratch_path(), std::ios::binary | std::ios::trunc);
    out << "READINESS-PROJECT\nformat " << format << "\nlength " << payload.size() << "\ncrc32 " << crc_hex
        << (format >= 4 ? "\n" + content : std::string()) << "\n\n" << payload;
  }
  try {
    const readiness::Project project = readiness::load_project(scratch_path());
    // What loads must save and load again, and the second save must give
    // the same bytes as the first (nothing lost or changed on the way).
    const std::string again = scratch_path() + ".again";
    readiness::save_project(project, again);
    const std::string first = slurp(again);
    readiness::save_project(readiness::load_project(again), again);
    if (slurp(again) != first) std::abort();
    std::remove(again.c_str());
    std::remove((again + ".bak").c_str());
  } catch (const readiness::ProjectFileError& e) {
    // Refused with a message: what a bad file must get. The header was made
    // right, so it must never be the header that is blamed.
    if (e.kind() == readiness::ProjectFileError::Kind::NotAProject ||
        e.kind() == readiness::ProjectFileError::Kind::Truncated)
      std::abort();
  }
  // Anything else thrown escapes and is reported by libFuzzer as a crash.
  return 0;
}
