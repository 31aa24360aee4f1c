// The shared Catch2 main of the core test binaries (compiled once).
// A wide console keeps long test names on one line in --list output, or
// catch_discover_tests would split them into tests that match nothing.
#define CATCH_CONFIG_CONSOLE_WIDTH 1000
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
