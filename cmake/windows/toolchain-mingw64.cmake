# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (the -posix
# thread variant: std::thread and std::mutex work). READINESS_WIN_PREFIX is
# the dependency prefix scripts/build-windows made (libpng, libxlsxwriter,
# Boost.Serialization, libintl); wxWidgets has its own prefix with wx-config.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(_triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_triple}-windres)
set(CMAKE_AR ${_triple}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${_triple}-gcc-ranlib-posix CACHE FILEPATH "")

if(NOT READINESS_WIN_PREFIX AND DEFINED ENV{READINESS_WIN_PREFIX})
  set(READINESS_WIN_PREFIX "$ENV{READINESS_WIN_PREFIX}")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/${_triple} ${READINESS_WIN_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest and catch_discover_tests run the .exe files through Wine.
find_program(READINESS_WINE NAMES wine wine64)
if(READINESS_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${READINESS_WINE})
endif()

# Everything static: a county PC has no zlib1.dll or libstdc++-6.dll.
# (CMAKE_FIND_LIBRARY_SUFFIXES is reset after the toolchain file is read;
# static-libs.cmake, given as CMAKE_PROJECT_INCLUDE, sets it.)
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
