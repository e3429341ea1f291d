; Inno Setup script: an installer for the Windows bundle that registers the .dpodesk file type.
; Build the bundle first (pyinstaller packaging\dpo-desk.spec), then: iscc packaging\windows\dpo-desk.iss
#define Version "0.1.0"

[Setup]
AppId={{6F0B0E52-3E9C-4F7B-9A61-2B5C2D0F4E11}
AppName=DPO Desk
AppVersion={#Version}
AppPublisher=DPO Desk
DefaultDirName={autopf}\DPO Desk
DefaultGroupName=DPO Desk
OutputDir=..\..\dist
OutputBaseFilename=DPO-Desk-{#Version}-setup
SetupIconFile=dpo-desk.ico
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\dpo-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\DPO Desk"; Filename: "{app}\dpo-desk.exe"
Name: "{autodesktop}\DPO Desk"; Filename: "{app}\dpo-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .dpodesk opens in DPO Desk
Root: HKA; Subkey: "Software\Classes\.dpodesk"; ValueType: string; ValueName: ""; ValueData: "DPODesk.CaseFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DPODesk.CaseFile"; ValueType: string; ValueName: ""; ValueData: "DPO Desk case file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DPODesk.CaseFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\dpo-desk.exe,0"
Root: HKA; Subkey: "Software\Classes\DPODesk.CaseFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dpo-desk.exe"" ""%1"""

[Run]
Filename: "{app}\dpo-desk-cli.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"
