# A Debian package of the install tree (cmake/install.cmake) by CPack:
#   cpack -G DEB --config <build>/CPackConfig.cmake   (scripts/package-deb)
# makes readiness_<version>_<arch>.deb: /usr/bin/readiness, readiness-cli,
# /usr/share/readiness/questionnaires (instruments, registers, DejaVu fonts),
# catalogs, the .desktop entry, the icon and the MIME type of .readiness.
# Depends comes from dpkg-shlibdeps (the libraries the programs link). The
# desktop, MIME and icon caches are refreshed by the triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme: the package
# needs no maintainer scripts.
if(WIN32)
  return()  # Windows: scripts/package-windows (NSIS installer, zip)
endif()

# `make install` and CPack install what is built: scripts/package-deb builds
# the programs first, without also building every test program (one job).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME readiness)
set(CPACK_PACKAGE_VENDOR "Readiness")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Community Readiness assessments for Swedish municipalities")
set(CPACK_PACKAGE_DESCRIPTION
    "Plan, transcribe, score and compare Community Readiness assessment\n\
rounds for county boards and municipalities: a desktop app (readiness)\n\
and a command-line tool (readiness-cli), in Swedish and English.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Readiness maintainers <readiness@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
