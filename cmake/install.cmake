# `cmake --install` makes a tree that works wherever it is put: the
# programs find their data relative to themselves (survey/data_paths.cpp).
#   Linux:   bin/readiness, bin/readiness-cli, share/readiness/questionnaires,
#            share/readiness/help (the user guide),
#            share/locale/<lang>/LC_MESSAGES/readiness.mo, .desktop, icon, MIME
#   Windows: readiness.exe, readiness-cli.exe, questionnaires\, help\, locale\
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
