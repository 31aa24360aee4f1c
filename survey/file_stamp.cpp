#include "file_stamp.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "platform.h"

namespace readiness {

namespace fs = std::filesystem;

namespace {

// Size and time without reading; false when the file is missing or not a
// regular file.
bool quick_stamp(const std::string& path, FileStamp& stamp) {
  std::error_code ec;
  const fs::path p = platform::to_path(path);
  if (!fs::is_regular_file(p, ec) || ec) return false;
  const std::uintmax_t size = fs::file_size(p, ec);
  if (ec) return false;
  const fs::file_time_type when = fs::last_write_time(p, ec);
  if (ec) return false;
  stamp.exists = true;
  stamp.size = size;
  stamp.modified_ns =
      static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(when.time_since_epoch()).count());
  return true;
}

// FNV-1a 64 over the file's bytes; false when it cannot be read.
bool hash_content(const std::string& path, std::uint64_t& hash) {
  std::FILE* f = platform::open_file(path, "rb");
  if (!f) return false;
  std::uint64_t h = 14695981039346656037ull;
  std::vector<unsigned char> buffer(1 << 20);
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0)
    for (std::size_t i = 0; i < n; ++i) h = (h ^ buffer[i]) * 1099511628211ull;
  const bool ok = !std::ferror(f);
  std::fclose(f);
  hash = h;
  return ok;
}

}  // namespace

const char* to_string(DiskChange change) {
  switch (change) {
    case DiskChange::Same: return "same";
    case DiskChange::Changed: return "changed";
    case DiskChange::Removed: return "removed";
  }
  return "?";
}

FileStamp stamp_file(const std::string& path) {
  FileStamp stamp;
  if (!quick_stamp(path, stamp)) return FileStamp{};
  if (!hash_content(path, stamp.hash)) return FileStamp{};
  stamp.hashed = true;
  return stamp;
}

DiskChange check_file(const std::string& path, FileStamp& known) {
  FileStamp now;
  if (!quick_stamp(path, now)) return known.exists ? DiskChange::Removed : DiskChange::Same;
  if (!known.exists) return DiskChange::Changed;
  if (now.size == known.size && now.modified_ns == known.modified_ns) return DiskChange::Same;
  if (now.size != known.size || !known.hashed) return DiskChange::Changed;
  if (!hash_content(path, now.hash)) return DiskChange::Removed;
  if (now.hash != known.hash) return DiskChange::Changed;
  // Touched, or written back with the same bytes: remember the new time.
  known.modified_ns = now.modified_ns;
  return DiskChange::Same;
}

}  // namespace readiness
