# Windows only: every executable gets the UTF-8 manifest (argv and file
# names in UTF-8, common controls v6, per-monitor DPI), the icon and
# version info; the desktop app is a GUI-subsystem program. The test
# programs need the manifest too, or test names with å/ä/ö do not match.
function(readiness_windows_resources target description)
  if(NOT TARGET ${target})
    return()
  endif()
  set(READINESS_RC_TARGET ${target})
  set(READINESS_RC_DESCRIPTION "${description}")
  set(READINESS_RC_MANIFEST "${PROJECT_SOURCE_DIR}/cmake/windows/readiness.manifest")
  set(READINESS_RC_ICON "${PROJECT_SOURCE_DIR}/packaging/readiness.ico")
  configure_file(${PROJECT_SOURCE_DIR}/cmake/windows/readiness.rc.in ${PROJECT_BINARY_DIR}/rc/${target}.rc @ONLY)
  target_sources(${target} PRIVATE ${PROJECT_BINARY_DIR}/rc/${target}.rc)
endfunction()

readiness_windows_resources(readiness "Readiness - Community Readiness assessments")
readiness_windows_resources(readiness-cli "Readiness command line")
foreach(test survey scoring exports cli gui)
  readiness_windows_resources(test_${test} "Readiness tests (${test})")
endforeach()
if(TARGET readiness)
  set_target_properties(readiness PROPERTIES WIN32_EXECUTABLE TRUE)
endif()
