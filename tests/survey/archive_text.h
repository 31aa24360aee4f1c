#pragma once
// The text archive inside a project file's bytes, for tests that look at
// what was stored: from format 4 the payload is deflated ("content zlib
// <size>" in the header, project_file.h), so it is inflated here by zlib
// itself — never by the reader under test. An unpacked payload (formats
// 1–3, or "content text") is returned as it is.
#include <catch2/catch.hpp>
#include <zlib.h>

#include <string>

namespace readiness::testing {

inline std::string archive_text_of(const std::string& file) {
  const std::size_t end = file.find("\n\n");
  REQUIRE(end != std::string::npos);
  const std::string header = file.substr(0, end + 1), stored = file.substr(end + 2);
  const std::size_t at = header.find("\ncontent zlib ");
  if (at == std::string::npos) return stored;
  uLongf size = std::stoul(header.substr(at + 14));
  std::string text(size, '\0');
  REQUIRE(uncompress(reinterpret_cast<Bytef*>(&text[0]), &size, reinterpret_cast<const Bytef*>(stored.data()),
                     static_cast<uLong>(stored.size())) == Z_OK);
  REQUIRE(size == text.size());
  return text;
}

}  // namespace readiness::testing
