#pragma once
// Autosave for crash recovery (design.md, "Project file"). While a project
// is open the app writes its current content, saved or not, to a recovery
// file every few minutes and when the window loses focus:
//
//   a saved project   <file>.recovery beside it
//   an untitled one   <recovery_dir()>/untitled-<host>-<pid>.readiness
//
// A clean save or close discards it. Finding one on open means the program
// ended without either, so the app offers the recovered content. A
// recovery file is an ordinary project file (same header and checks).
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

// $XDG_DATA_HOME/readiness/recovery, or ~/.local/share/readiness/recovery.
std::string recovery_dir();

// Where the recovery of `project_path` goes; for an untitled project
// (empty path) the per-process file in recovery_dir().
std::string recovery_path_for(const std::string& project_path);

// Writes atomically (the core's safe save); creates recovery_dir() when
// needed. Throws ProjectFileError(WriteFailed).
void write_recovery(const Project& project, const std::string& recovery_path);

// The recovery file of `project_path` when one exists and is newer than
// the project file (or the project file is gone); empty otherwise.
std::string newer_recovery_for(const std::string& project_path);

// Recovery files of untitled projects whose program is no longer running
// on this host (a crash before the first save), newest first.
std::vector<std::string> orphaned_untitled_recoveries();

// Removes the recovery file (and the backup the safe save keeps). Never
// throws; a file that is not there is fine.
void discard_recovery(const std::string& recovery_path);

}  // namespace readiness
