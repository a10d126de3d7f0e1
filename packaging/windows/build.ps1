# Build the Windows bundle and installer: dist\healthref\ and dist\healthref-VERSION-windows-x64-setup.exe.
# Run from PowerShell on Windows 10 or 11 (x64) with Python 3.11+ (python.org installer, "py" launcher)
# and Inno Setup 6.3+ installed. NOT RUN OR TESTED by the project: its machines run Linux only.
$ErrorActionPreference = "Stop"
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$venv = "$root\build\pkg-win\venv"

if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3.11 -m venv $venv }
& "$venv\Scripts\python.exe" -m pip install --quiet $root "pyinstaller>=6.10,<7"
& "$venv\Scripts\python.exe" -m pip install --quiet --no-deps --force-reinstall $root
if ($LASTEXITCODE -ne 0) { throw "pip failed" }

& "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
  --distpath "$root\dist" --workpath "$root\build\pyinstaller-win" "$root\packaging\healthref.spec"
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke test: the console program answers from another folder.
Push-Location $env:TEMP
$env:HEALTHREF_HOME = "$env:TEMP\healthref-smoke-home"
$hits = & "$root\dist\healthref\healthref-cli.exe" search sepsis --json | ConvertFrom-Json
Remove-Item Env:HEALTHREF_HOME
Pop-Location
if ($hits[0].slug -ne "what-causes-sepsis") { throw "search sepsis: first hit $($hits[0].slug)" }

$version = & "$venv\Scripts\python.exe" -c "import importlib.metadata as m; print(m.version('healthref'))"
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" "$root\packaging\windows\healthref.iss"
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built $root\dist\healthref-$version-windows-x64-setup.exe"
