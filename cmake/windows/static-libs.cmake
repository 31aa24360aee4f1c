# Included after project() (CMAKE_PROJECT_INCLUDE) on the Windows cross
# build: find only static libraries, so -lz does not resolve to libz.dll.a.
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
