#pragma once
// Whether a file changed on disk since we last read or wrote it (issue 12,
// item 4): the desktop app keeps a stamp of the project file it opened or
// saved, and before saving (or when its window gets the focus again)
// compares it with the file as it is now, so a change made meanwhile by
// someone else — a colleague on a shared drive, a sync client, a CLI
// import — is never overwritten blindly.
//
// A stamp is the size, the modification time and a hash of the content.
// Size and time are compared first (cheap); only when one of them differs
// is the content hashed, so a file merely touched, or copied back
// unchanged, does not count as changed.
#include <cstdint>
#include <string>

namespace readiness {

struct FileStamp {
  bool exists = false;
  std::uint64_t size = 0;        // bytes
  std::int64_t modified_ns = 0;  // modification time, nanoseconds since the file clock's epoch
  std::uint64_t hash = 0;        // FNV-1a 64 of the content (0 when not read)
  bool hashed = false;
};

enum class DiskChange {
  Same,     // the file is as stamped (also: touched, or rewritten with the same bytes)
  Changed,  // other content
  Removed,  // the file is gone (or cannot be read at all)
};

// "same", "changed", "removed": for messages and tests.
const char* to_string(DiskChange change);

// The stamp of `path` as it is now, the content hashed. A missing or
// unreadable file gives exists == false. Never throws. Reads the whole
// file (in 1 MiB pieces): call it after a load or save, not in a loop.
FileStamp stamp_file(const std::string& path);

// Compares `path` with `known`. Same size and time: Same without reading.
// Otherwise the content is hashed: the same bytes give Same, and `known`
// is updated to the new size and time so the next check is cheap again.
// A `known` that does not exist (never stamped) gives Same for a missing
// file and Changed for one that appeared. Never throws.
DiskChange check_file(const std::string& path, FileStamp& known);

}  // namespace readiness
