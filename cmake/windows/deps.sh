#!/usr/bin/env bash
# Cross-builds Readiness's Windows dependencies from Debian's source
# packages (sourced by scripts/build-windows; see docs/platforms.md).
# Each part installs into its own folder under $WIN_CACHE named by a key:
# the hash of the Debian package version, the part's recipe (the bash
# function below) and the parts it uses. A changed recipe rebuilds only
# that part; a second run with everything cached does nothing.
#   $WIN_CACHE/win-src/            Debian source packages (downloaded once)
#   $WIN_CACHE/win-deps-<key>/     libpng, libxlsxwriter, Boost, libintl, utf8proc, libHaru,
#                                  libhyphen
#   $WIN_CACHE/win-wx-<key>/       wxWidgets 3.2 MSW, static, with wx-config
set -euo pipefail

: "${WIN_CACHE:?}" "${WIN_JOBS:=2}"
WIN_TRIPLE=x86_64-w64-mingw32
WIN_SYSROOT=/usr/$WIN_TRIPLE
WIN_TOOLCHAIN=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/toolchain-mingw64.cmake
WIN_SRC=$WIN_CACHE/win-src
WIN_NICE=(nice -n 10)

deb_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo none; }

# key NAME VERSION [DEPENDENCY-KEYS...]: hash of the version and the recipe.
part_key() {
  local name=$1; shift
  { echo "$@"; declare -f "build_$name"; } | sha256sum | cut -c1-12
}
# The toolchain file, part of the version of every part built with CMake.
toolchain_hash() { sha256sum <"$WIN_TOOLCHAIN" | cut -c1-12; }

# The orig tarball of a source package, unpacked once under $2.
unpack() {
  local pkg=$1 dest=$2
  local tarball
  tarball=$(ls "$WIN_SRC"/"${pkg}"_*.orig.tar.* | grep -v '\.asc$' | head -1)
  rm -rf "$dest"; mkdir -p "$dest"
  tar -xf "$tarball" -C "$dest" --strip-components=1 "${@:3}"
}

build_libpng() {  # $1 = prefix, $2 = work folder
  unpack libpng1.6 "$2/src"
  cmake -S "$2/src" -B "$2/build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$1" -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF \
    -DZLIB_LIBRARY="$WIN_SYSROOT/lib/libz.a" -DZLIB_INCLUDE_DIR="$WIN_SYSROOT/include" >/dev/null
  "${WIN_NICE[@]}" cmake --build "$2/build" -j"$WIN_JOBS" >/dev/null
  cmake --install "$2/build" >/dev/null
}

build_wx() {  # $1 = prefix, $2 = work folder, $3 = libpng prefix
  # Only what gui/ and tests/gui use (grep '#include <wx/' there): no XRC,
  # AUI, STC, rich text, property grid, ribbon, web view, media, OpenGL,
  # networking, IPC, printing, MDI, debug reports or CHM help. wxHtmlWindow
  # stays (in-app help); the HTML help controller does not.
  unpack wxwidgets3.2 "$2/src"
  mkdir -p "$2/build"
  (cd "$2/build" &&
    "$2/src/configure" --host=$WIN_TRIPLE --prefix="$1" \
      CC=$WIN_TRIPLE-gcc-posix CXX=$WIN_TRIPLE-g++-posix \
      CPPFLAGS="-I$3/include" LDFLAGS="-L$3/lib" \
      --with-msw --disable-shared --disable-debug_flag \
      --with-zlib=sys --with-libpng=sys --without-libjpeg --without-libtiff \
      --without-expat --disable-xrc --without-opengl --disable-webview --disable-mediactrl \
      --disable-stc --disable-ribbon --disable-propgrid --disable-richtext --disable-aui \
      --enable-html --disable-htmlhelp --disable-mshtmlhelp --disable-webrequest --disable-sound \
      --without-regex --disable-sockets --disable-ipc --disable-protocols --disable-url \
      --disable-fs_inet --disable-debugreport --disable-printarch --disable-postscript \
      --disable-mdi --disable-mdidoc --disable-joystick --disable-taskbaricon --disable-tipdlg \
      --disable-splash --disable-sash --disable-animatectrl --disable-bannerwindow \
      --disable-calendar --disable-datepick --disable-timepick --disable-commandlinkbutton \
      --disable-notifmsg --disable-richtooltip --disable-treelist --disable-addremovectrl \
      --disable-actindicator --disable-rearrangectrl --disable-editablebox --disable-fswatcher \
      --disable-snglinst --disable-dialupman --disable-secretstore --disable-creddlg \
      --disable-prefseditor --disable-gif --disable-pcx --disable-iff --disable-pnm --disable-tga \
      >configure.log 2>&1 &&
    "${WIN_NICE[@]}" make -j"$WIN_JOBS" >make.log 2>&1 &&
    make install >install.log 2>&1) || { tail -20 "$2/build/configure.log" "$2/build/make.log" >&2; return 1; }
}

build_utf8proc() {  # $1 = prefix, $2 = work folder
  # Unicode normalisation for survey/text_identity.cpp, static: users must
  # define UTF8PROC_STATIC (static-libs.cmake does), or the header asks for
  # dllimport.
  unpack utf8proc "$2/src"
  cmake -S "$2/src" -B "$2/build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$1" -DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=OFF -DUTF8PROC_ENABLE_TESTING=OFF \
    >"$2/configure.log" 2>&1
  "${WIN_NICE[@]}" cmake --build "$2/build" -j"$WIN_JOBS" >"$2/build.log" 2>&1
  cmake --install "$2/build" >/dev/null
}

build_libharu() {  # $1 = prefix, $2 = work folder, $3 = libpng prefix
  # libHaru (libhpdf, PDF reports), static, with PNG images and zlib.
  unpack libharu "$2/src"
  cmake -S "$2/src" -B "$2/build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_POLICY_VERSION_MINIMUM=3.5 -DLIBHPDF_SHARED=OFF -DLIBHPDF_STATIC=ON -DLIBHPDF_EXAMPLES=OFF \
    -DPNG_LIBRARY="$3/lib/libpng16.a" -DPNG_PNG_INCLUDE_DIR="$3/include" \
    -DZLIB_LIBRARY="$WIN_SYSROOT/lib/libz.a" -DZLIB_INCLUDE_DIR="$WIN_SYSROOT/include" >"$2/configure.log" 2>&1
  grep -q '^#define LIBHPDF_HAVE_LIBPNG$' "$2/build/include/hpdf_config.h" ||
    { echo "build-windows: libharu was configured without libpng" >&2; return 1; }
  "${WIN_NICE[@]}" cmake --build "$2/build" -j"$WIN_JOBS" >"$2/build.log" 2>&1
  # Its install rule copies zlib and libpng beside it and README files into
  # the prefix's root: only the headers and the library are taken.
  mkdir -p "$1/include" "$1/lib"
  cp "$2/src/include/"hpdf*.h "$2/build/include/hpdf_config.h" "$1/include/"
  cp "$2/build/src/libhpdfs.a" "$1/lib/libhpdf-objects.a"
  # lib/libhpdf.a is a GNU ld script (as Debian's libc.so is): linking it
  # links libHaru, then libpng and zlib, which a static libhpdf needs. So
  # find_library(... NAMES hpdf) is all a CMakeLists needs, as on Linux.
  printf '/* GNU ld script: libHaru with the static libraries it needs */\nINPUT(%s %s %s)\n' \
    "$1/lib/libhpdf-objects.a" "$3/lib/libpng16.a" "$WIN_SYSROOT/lib/libz.a" >"$1/lib/libhpdf.a"
  mkdir -p "$1/share/doc/libharu"
  cp "$2/src/README" "$1/share/doc/libharu/"
}

build_hyphen() {  # $1 = prefix, $2 = work folder
  # libhyphen (reports/hyphenation.cpp), static. The library is two C files
  # that need no configuration (no config.h, no defines): they are
  # compiled here as its autotools build would, without libtool and the
  # example programs, tests and docs that build also makes.
  unpack hyphen "$2/src"
  mkdir -p "$1/include" "$1/lib" "$1/share/doc/hyphen"
  local f
  for f in hnjalloc hyphen; do
    "${WIN_NICE[@]}" $WIN_TRIPLE-gcc-posix -O2 -I"$2/src" -c "$2/src/$f.c" -o "$2/$f.o"
  done
  $WIN_TRIPLE-ar rcs "$1/lib/libhyphen.a" "$2/hnjalloc.o" "$2/hyphen.o"
  cp "$2/src/hyphen.h" "$1/include/"
  cp "$2/src/COPYING" "$2/src/COPYING.LGPL" "$2/src/COPYING.MPL" "$2/src/README" "$1/share/doc/hyphen/"
}

build_xlsxwriter() {  # $1 = prefix, $2 = work folder
  unpack libxlsxwriter "$2/src"
  cmake -S "$2/src" -B "$2/build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$1" -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DZLIB_ROOT="$WIN_SYSROOT" -DZLIB_LIBRARY="$WIN_SYSROOT/lib/libz.a" -DZLIB_INCLUDE_DIR="$WIN_SYSROOT/include" \
    >/dev/null
  "${WIN_NICE[@]}" cmake --build "$2/build" -j"$WIN_JOBS" >/dev/null
  cmake --install "$2/build" >/dev/null
  # The CMake build installs no pkg-config file; exports/ finds it by one.
  local libdir; libdir=$(cd "$1" && ls -d lib*/libxlsxwriter.a | head -1 | xargs dirname)
  mkdir -p "$1/$libdir/pkgconfig"
  cat >"$1/$libdir/pkgconfig/xlsxwriter.pc" <<PC
prefix=$1
libdir=\${prefix}/$libdir
includedir=\${prefix}/include
Name: xlsxwriter
Description: A C library for creating Excel XLSX files
Version: 1.1.4
Libs: -L\${libdir} -lxlsxwriter -lz
Cflags: -I\${includedir}
PC
}

build_boost() {  # $1 = prefix, $2 = work folder
  # Debian's orig tarball is modular: the headers of every library under
  # libs/*/include. Only headers and Serialization's sources are unpacked.
  unpack boost1.74 "$2/src" --wildcards '*/libs/*/include/*' '*/libs/serialization/src/*' \
    '*/libs/serialization/build/Jamfile.v2'
  mkdir -p "$1/include" "$1/lib"
  find "$2/src/libs" -type d -name include -path '*/include' | while read -r inc; do
    [ -d "$inc/boost" ] && cp -r "$inc/boost" "$1/include/"
  done
  # The narrow-character sources, as Serialization's Jamfile lists them.
  local sources
  sources=$(sed -n '/^SOURCES =/,/;/p' "$2/src/libs/serialization/build/Jamfile.v2" | tr -s ' \n' ' ' |
    sed 's/SOURCES =//; s/;//')
  {
    echo 'cmake_minimum_required(VERSION 3.18)'
    echo 'project(boost_serialization CXX)'
    echo 'set(CMAKE_CXX_STANDARD 17)'
    printf 'add_library(boost_serialization STATIC'
    for f in $sources; do printf ' src/%s.cpp' "$f"; done
    echo ')'
    echo "target_include_directories(boost_serialization PRIVATE $1/include)"
    echo 'target_compile_definitions(boost_serialization PRIVATE BOOST_SERIALIZATION_SOURCE)'
    echo 'set_target_properties(boost_serialization PROPERTIES OUTPUT_NAME boost_serialization PREFIX lib)'
    echo "install(TARGETS boost_serialization ARCHIVE DESTINATION lib)"
  } >"$2/src/libs/serialization/CMakeLists.txt"
  cmake -S "$2/src/libs/serialization" -B "$2/build" -DCMAKE_TOOLCHAIN_FILE="$WIN_TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$1" >/dev/null
  "${WIN_NICE[@]}" cmake --build "$2/build" -j"$WIN_JOBS" >/dev/null
  cmake --install "$2/build" >/dev/null
}

build_libintl() {  # $1 = prefix, $2 = work folder
  # No MinGW gettext package in Debian: gettext-runtime/intl, static.
  unpack gettext "$2/src"
  mkdir -p "$2/build"
  (cd "$2/build" &&
    "$2/src/gettext-runtime/configure" --host=$WIN_TRIPLE --prefix="$1" \
      CC=$WIN_TRIPLE-gcc-posix CXX=$WIN_TRIPLE-g++-posix \
      --disable-shared --enable-static --disable-java --disable-csharp --disable-libasprintf \
      --disable-rpath --with-included-gettext >configure.log 2>&1 &&
    "${WIN_NICE[@]}" make -j"$WIN_JOBS" -C intl >make.log 2>&1 &&
    make -C intl install >install.log 2>&1)
}

# ensure_part NAME PREFIX-VAR-NAME VERSION [ARGS...]: builds NAME unless its
# keyed folder exists; sets the variable to the prefix.
ensure_part() {
  local name=$1 var=$2 version=$3; shift 3
  local key; key=$(part_key "$name" "$version" "$@")
  local prefix=$WIN_CACHE/win-part-$name-$key
  if [ ! -f "$prefix/.done" ]; then
    local work=$WIN_CACHE/win-work/$name
    echo "build-windows: building $name ($version) into $prefix" >&2
    local start=$SECONDS
    rm -rf "$prefix" "$work"; mkdir -p "$prefix" "$work"
    "build_$name" "$prefix" "$work" "$@"
    touch "$prefix/.done"
    rm -rf "$work"
    echo "build-windows: $name built in $((SECONDS - start)) s" >&2
  fi
  printf -v "$var" '%s' "$prefix"
}
