; Inno Setup 6 script for Minigrid: Minigrid-Setup-<version>.exe
;
; Built by installers\build_windows.ps1, which passes the version and the PyInstaller folder:
;     ISCC.exe /DAppVersion=0.1.0 /DSourceDir=..\dist\Minigrid installers\minigrid.iss
; Installs per user without administrator rights (%LOCALAPPDATA%\Programs\Minigrid); an
; administrator may choose "for all users" instead. Start menu entry, optional desktop icon,
; .minigrid files open with Minigrid (with their own file icon), uninstall via Settings → Apps.
; Keep in step with minigrid.spec (executable names, icon paths) and README.md.

#define AppName "Minigrid"
#define AppExe "Minigrid.exe"
#define AppPublisher "Minigrid"
#define ProgId "Minigrid.Project"
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z minigrid.iss (build_windows.ps1 does)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\Minigrid"
#endif

[Setup]
; AppId identifies Minigrid across versions (upgrades, uninstall): never change it.
AppId={{30380016-5D8F-4663-A606-30F3D99D89AB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installatieprogramma / setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-user install without administrator rights; the dialog lets an administrator pick all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=Minigrid-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\minigrid.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.ProjectFileType=Minigrid-project
english.ProjectFileType=Minigrid project
dutch.CommandLineTool=Minigrid opdrachtregel (rekenen, exporteren)
english.CommandLineTool=Minigrid command line (compute, export)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole program folder: no stale libraries of the previous version
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ProjectFileType}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.minigrid"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.minigrid"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-minigrid"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.minigrid\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\resources\icons\minigrid-file.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".minigrid"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstall removes the program folder and the registry entries above. Projects (.minigrid
; files) and the autosave folder (%APPDATA%\Minigrid) belong to the user and stay.
