; Inno Setup 6 script for Skranke on Windows 10/11 (x64). Not built by the project's CI: it needs Windows.
; Build (see packaging/README.md, "Windows"):
;   py -3.11 packaging\build.py                       -> dist\skranke\ (skranke.exe, skranke-selftest.exe)
;   iscc /DAppVersion=0.1.0 packaging\windows\skranke.iss  -> dist\Skranke-0.1.0-setup.exe
; Silent roll-out by an administrator (per machine, no questions, no reboot):
;   Skranke-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG=C:\Windows\Temp\skranke.log
; Uninstall silently: "C:\Program Files\Skranke\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Per-user settings and the embedded database live in %LOCALAPPDATA%\Skranke and are left in place on uninstall,
; like any desktop program's documents.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define SourceDir "..\..\dist\skranke"

[Setup]
; Never change AppId: Windows uses it to recognise upgrades and the uninstaller.
AppId={{A4B638E5-9686-44DE-906E-88ABCA2BDA7C}
AppName=Skranke
AppVersion={#AppVersion}
AppVerName=Skranke {#AppVersion}
AppPublisher=The Skranke developers
AppPublisherURL=https://github.com/skranke/skranke
AppSupportURL=https://github.com/skranke/skranke
DefaultDirName={autopf}\Skranke
DefaultGroupName=Skranke
DisableProgramGroupPage=yes
; Per machine by default (IT roll-out); a user without admin rights may choose a per-user install instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\skranke.ico
UninstallDisplayIcon={app}\skranke.exe
UninstallDisplayName=Skranke {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=Skranke-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Skranke

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
; Swedish is not among Inno Setup's official translations; the installer falls back to English there.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: the programs find Qt, Python and pjproject next to themselves.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[InstallDelete]
; An upgrade replaces the folder: files a newer build no longer ships must not linger and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Skranke"; Filename: "{app}\skranke.exe"; WorkingDir: "{app}"; Comment: "Call-center client"
Name: "{autodesktop}\Skranke"; Filename: "{app}\skranke.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; SIP and RTP arrive on UDP/TCP ports Skranke opens; allow them once for all users instead of a firewall prompt
; on every workstation. Only in a per-machine (administrator) install.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Skranke"" dir=in action=allow program=""{app}\skranke.exe"" enable=yes profile=domain,private"; Flags: runhidden; Check: IsAdminInstallMode; StatusMsg: "Allowing Skranke through Windows Firewall..."
Filename: "{app}\skranke.exe"; Description: "{cm:LaunchProgram,Skranke}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Skranke"" program=""{app}\skranke.exe"""; Flags: runhidden; Check: IsAdminInstallMode; RunOnceId: "SkrankeFirewall"
