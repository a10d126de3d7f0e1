; Inno Setup script for the Windows installer of healthref (Inno Setup 6.3 or newer).
; Packs the PyInstaller folder dist\healthref\ (made from packaging\healthref.spec) into
; dist\healthref-VERSION-windows-x64-setup.exe. Build with packaging\windows\build.ps1.
; NOT BUILT OR TESTED: the project's machines run Linux only; see docs/install.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; AppId identifies the app to Windows across upgrades: never change it.
AppId={{2B99AB02-0470-40A8-9F80-174E5822E2AE}
AppName=healthref
AppVersion={#AppVersion}
AppVerName=healthref {#AppVersion}
AppPublisher=The healthref project
DefaultDirName={autopf}\healthref
DefaultGroupName=healthref
DisableProgramGroupPage=yes
; Installs for all users when run as administrator, else for the current user only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=healthref-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\healthref.ico
UninstallDisplayIcon={app}\healthref.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\healthref\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\healthref"; Filename: "{app}\healthref.exe"; Comment: "Offline health questions and cited answers"
Name: "{autoprograms}\healthref kiosk"; Filename: "{app}\healthref.exe"; Parameters: "--kiosk"; Comment: "Locked full-screen mode for public screens"
Name: "{autodesktop}\healthref"; Filename: "{app}\healthref.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\healthref.exe"; Description: "{cm:LaunchProgram,healthref}"; Flags: nowait postinstall skipifsilent

; Suggestions, settings and the window layout live in the user's data folder
; (%LOCALAPPDATA%\healthref), not in {app}: uninstalling leaves them, as a clinic would expect.
