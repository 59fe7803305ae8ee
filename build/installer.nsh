; Included into the NSIS installer by electron-builder (electron-builder.yml → nsis.include).
; Electron 45 runs on Windows 10 and later only: refuse older systems before anything is copied,
; with a message the administrator understands, instead of an app that fails to start.
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!macro customInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "Единый личный кабинет требует Windows 10 или новее (64-разрядную).$\r$\nУстановка прервана.$\r$\n$\r$\nKabinet requires 64-bit Windows 10 or later. Installation aborted." /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Единый личный кабинет устанавливается только на 64-разрядную Windows.$\r$\nKabinet installs on 64-bit Windows only." /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
!macroend

; The device's data (local cache, encrypted device credential, logs) lives in %APPDATA%\Kabinet and
; survives reinstalls and updates; uninstalling keeps it too (nsis.deleteAppDataOnUninstall: false)
; so that an administrator can re-enrol or collect logs. Say so at the end of an uninstall.
!macro customUnInstall
  DetailPrint "Данные устройства сохранены в $APPDATA\${PRODUCT_NAME}; удалите папку вручную, если устройство выводится из эксплуатации."
!macroend
