; Per-user installer for Readiness (no admin rights): %LOCALAPPDATA%\Programs\Readiness,
; Start-menu entry, .readiness association and icon, uninstaller.
; makensis -DVERSION=0.1.0 -DSTAGE=<cmake --install tree> -DOUTFILE=... readiness.nsi
Unicode true
; 64-bit stub: the app is 64-bit, and a 64-bit-only Wine (Debian wine64) runs it.
Target amd64-unicode
RequestExecutionLevel user
Name "Readiness ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Readiness"
Icon "${STAGE}\..\readiness.ico"
UninstallIcon "${STAGE}\..\readiness.ico"
SetCompressor /SOLID lzma
!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "English"

Section "Readiness"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Readiness"
  CreateShortcut "$SMPROGRAMS\Readiness\Readiness.lnk" "$INSTDIR\readiness.exe"
  ; .readiness files open in Readiness (per user: HKCU\Software\Classes)
  WriteRegStr HKCU "Software\Classes\.readiness" "" "Readiness.Project"
  WriteRegStr HKCU "Software\Classes\Readiness.Project" "" "Readiness project"
  WriteRegStr HKCU "Software\Classes\Readiness.Project\DefaultIcon" "" "$INSTDIR\readiness.exe,0"
  WriteRegStr HKCU "Software\Classes\Readiness.Project\shell\open\command" "" '"$INSTDIR\readiness.exe" "%1"'
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Readiness" "DisplayName" "Readiness"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Readiness" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Readiness" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Readiness" "DisplayIcon" "$INSTDIR\readiness.exe,0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Readiness\Readiness.lnk"
  RMDir "$SMPROGRAMS\Readiness"
  DeleteRegKey HKCU "Software\Classes\.readiness"
  DeleteRegKey HKCU "Software\Classes\Readiness.Project"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\Uninstall\Readiness"
  RMDir /r "$INSTDIR"
SectionEnd
