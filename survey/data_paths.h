#pragma once
// Where the bundled data (instruments, registers) lives: $READINESS_DATA_DIR
// if set, otherwise the questionnaires/ folder compiled in.
#include <string>
#include <vector>

namespace readiness {

std::string data_dir();
// Folders searched for user-supplied instruments, in order:
// $READINESS_USER_INSTRUMENTS, ~/.local/share/readiness/instruments.
std::vector<std::string> user_instrument_dirs();

}  // namespace readiness
