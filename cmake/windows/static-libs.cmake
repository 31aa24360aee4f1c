# Included after project() (CMAKE_PROJECT_INCLUDE) on the Windows cross
# build: find only static libraries, so -lz does not resolve to libz.dll.a.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
# utf8proc is a static library here: without this its header declares the
# functions dllimport (cmake/windows/deps.sh, build_utf8proc).
add_compile_definitions(UTF8PROC_STATIC)
