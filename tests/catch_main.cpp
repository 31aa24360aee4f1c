// The shared Catch2 main of the core test binaries (compiled once).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
