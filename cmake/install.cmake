# `cmake --install` makes a tree that works wherever it is put: the
# programs find their data relative to themselves (survey/data_paths.cpp).
#   Linux:   bin/readiness, bin/readiness-cli, share/readiness/questionnaires,
#            share/readiness/questionnaires/fonts, share/readiness/help
#            (the user guide), share/locale/<lang>/LC_MESSAGES/readiness.mo,
#            .desktop, icon, MIME type
#   Windows: readiness.exe, readiness-cli.exe, questionnaires\,
#            questionnaires\fonts\, help\, locale\
# The fonts are DejaVu Sans (regular, bold) and its licence, from Debian's
# fonts-dejavu-core: PDF reports embed them, so data_dir()/fonts has them on
# every platform, whatever fonts the system has.
if(WIN32)
  set(READINESS_INSTALL_BIN .)
  set(READINESS_INSTALL_DATA questionnaires)
  set(READINESS_INSTALL_HELP help)
  set(READINESS_INSTALL_LOCALE locale)
else()
  include(GNUInstallDirs)
  set(READINESS_INSTALL_BIN ${CMAKE_INSTALL_BINDIR})
  set(READINESS_INSTALL_DATA ${CMAKE_INSTALL_DATADIR}/readiness/questionnaires)
  set(READINESS_INSTALL_HELP ${CMAKE_INSTALL_DATADIR}/readiness/help)
  set(READINESS_INSTALL_LOCALE ${CMAKE_INSTALL_DATADIR}/locale)
endif()

foreach(program readiness readiness-cli)
  if(TARGET ${program})
    install(TARGETS ${program} RUNTIME DESTINATION ${READINESS_INSTALL_BIN})
  endif()
endforeach()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/questionnaires/ DESTINATION ${READINESS_INSTALL_DATA}
        PATTERN "README.md" EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/help/ DESTINATION ${READINESS_INSTALL_HELP})
set(READINESS_DEJAVU_DIR /usr/share/fonts/truetype/dejavu CACHE PATH
    "Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (fonts-dejavu-core), installed with the data")
set(READINESS_DEJAVU_LICENSE /usr/share/doc/fonts-dejavu-core/copyright CACHE FILEPATH
    "DejaVu's licence, installed beside the fonts")
set(_fonts ${READINESS_DEJAVU_DIR}/DejaVuSans.ttf ${READINESS_DEJAVU_DIR}/DejaVuSans-Bold.ttf)
foreach(_file ${_fonts} ${READINESS_DEJAVU_LICENSE})
  if(NOT EXISTS ${_file})
    message(FATAL_ERROR "${_file} is missing: the installed data ships DejaVu Sans "
                        "(apt-get install fonts-dejavu-core; scripts/setup does)")
  endif()
endforeach()
install(FILES ${_fonts} DESTINATION ${READINESS_INSTALL_DATA}/fonts)
install(FILES ${READINESS_DEJAVU_LICENSE} DESTINATION ${READINESS_INSTALL_DATA}/fonts RENAME LICENSE-DejaVu.txt)
install(DIRECTORY ${PROJECT_BINARY_DIR}/locale/ DESTINATION ${READINESS_INSTALL_LOCALE}
        FILES_MATCHING PATTERN "*.mo")

if(NOT WIN32)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/readiness.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/readiness-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME readiness.xml)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/readiness.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
endif()
