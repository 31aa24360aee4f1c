#pragma once
// Reading and writing project files (design.md, "Project file").
//
// On disk a project file is a short text header of our own followed by a
// Boost.Serialization text archive (the payload):
//
//   READINESS-PROJECT\n        magic; never changes
//   format 1\n                 format version; never changes place
//   length 58123456\n          payload size in bytes, decimal
//   crc32 0a1b2c3d\n           CRC-32 of the payload, 8 lower-case hex digits
//   content zlib 10962699\n    format 4 on: the payload is the text archive
//                              deflated (zlib stream) and unpacks to this many
//                              bytes; or "content text": the archive as is
//   \n                         blank line ends the header
//   22 serialization::archive 18 ...   the payload, exactly `length` bytes
//
// Unpacking is bounded against crafted files (project_file_payload.h): the
// unpacked size is checked against a ratio and an absolute cap before a
// byte is inflated, and the text grows with what was actually unpacked.
// Only the first two lines are promised to every future format, so a newer
// file is recognised as such before anything else is read. The header lets
// a foreign, newer, truncated or corrupted file each get its own message
// before the archive is parsed. Lines end in "\n" only; the file is binary.
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "project.h"

namespace readiness {

// Bump when any class version in serialize_model.h changes, and add
// tests/data/golden-v<N>.readiness.
// Format 2: DimensionScore keeps each scorer's note (note_a, note_b).
// Format 3: action plans and joint commitments per community (Community 2,
// Round 2 without its action plan; plan_migration.h moves older ones); each
// distinct instrument snapshot stored once in the project, the rounds refer
// to it (Project and Round version 2); the audit trail (Project 2, audit.h).
// Format 4: the payload is packed (zlib, project_file_payload.h); the header
// gets a fifth line, "content zlib <unpacked size>" or "content text".
// No class version changed: the text archive inside is format 3's.
constexpr int kProjectFormatVersion = 4;

class ProjectFileError : public std::runtime_error {
 public:
  enum class Kind {
    NotFound,     // no file at the path
    Unreadable,   // exists but cannot be read (permissions, a folder, I/O error)
    NotAProject,  // no Readiness header (another kind of file, or empty)
    NewerFormat,  // written by a newer version of Readiness
    Truncated,    // fewer bytes than the header promises
    Corrupted,    // checksum mismatch, or the archive does not parse
    Invalid,      // parsed, but the content breaks the model's rules
    WriteFailed,  // save failed; the previous file is untouched
  };

  ProjectFileError(Kind kind, std::string path, const std::string& message)
      : std::runtime_error(message), m_kind(kind), m_path(std::move(path)) {}

  Kind kind() const { return m_kind; }
  const std::string& path() const { return m_path; }

 private:
  Kind m_kind;
  std::string m_path;
};

const char* to_string(ProjectFileError::Kind kind);  // "not-found", "corrupted", ...

// Reads, checks, parses and validates. Throws ProjectFileError; never
// changes anything on disk.
Project load_project(const std::string& path);

// Writes atomically: temp file in the same folder, fsync, the previous file
// kept as path + ".bak", rename over path, fsync the folder. On failure the
// temp file is removed, the previous file is untouched, and
// ProjectFileError(WriteFailed) is thrown. Does not validate: the caller
// decides whether an unfinished project may be saved.
//
// A symlink is written through: its final target is replaced and the link
// kept. Before any work check_save_target() runs and the leftovers of
// interrupted saves of the same file are removed (remove_interrupted_saves).
// The temporary file is "<target>.tmp-<host>-<pid>-XXXXXX" (<host>: 8 hex
// digits from the host name, <pid>: the writer's process id), its staged
// backup link the same name + ".bak".
void save_project(const Project& project, const std::string& path);

// Throws ProjectFileError(WriteFailed) with a message naming the path when
// `path` can never be saved: it (or the final target of its symlinks) is a
// folder, a FIFO, a device or a socket, its folder is missing, or its name
// is too long to leave room for the temporary name next to it.
void check_save_target(const std::string& path);

// Removes the temporary files that saves of `path` (through its symlinks,
// at its real place) left when they were killed or lost power: only names
// of our own pattern for that very file, and only when their writer cannot
// still be running — written on this host by a process that is gone, or
// (another host, or an older version's name without a pid) not modified for
// kStaleTemporarySeconds. A live writer's temporary file is never touched.
// Returns the names removed. Called by save_project and on opening a
// project (ProjectDocument::open); never throws.
constexpr long long kStaleTemporarySeconds = 30;
// "<target>.tmp-<host>-<pid>-": the start of the temporary names a save of
// `target` by process `pid` on this host uses (tests make leftovers with it).
std::string temporary_name_prefix(const std::string& target, long pid);
std::vector<std::string> remove_interrupted_saves(const std::string& path);

// The same cleaning for any writer that names its temporaries
// `name_prefix` + "<host>-<pid>-XXXXXX" (temporary_writer_tag) in `folder`:
// removes those whose writer cannot still be running, by the rules above
// (also `name_prefix` + "XXXXXX", the older pattern without a pid, once
// stale; and the same names + ".bak"). Exports use the prefix
// ".<name>.tmp-" (exports/atomic_output.h). Returns the names removed;
// never throws.
std::vector<std::string> remove_stale_temporaries(const std::string& folder, const std::string& name_prefix) noexcept;
// "<host>-<pid>-": <host> 8 hex digits from this host's name, <pid> as given.
std::string temporary_writer_tag(long pid);

}  // namespace readiness
