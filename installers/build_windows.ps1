# Build the Windows installer of Minigrid: one command, in PowerShell, from anywhere.
#
#     powershell -ExecutionPolicy Bypass -File installers\build_windows.ps1
#
# Produces
#   dist\Minigrid\                      the program folder: Minigrid.exe (windowed) and
#                                       minigrid-cli.exe (console: selftest, compute, export, ...)
#   dist\Minigrid-Setup-<version>.exe   the installer (Inno Setup 6, per user, no admin rights)
#
# Needs: 64-bit Python 3.11+ (python.org or `winget install Python.Python.3.11`) and
# Inno Setup 6 (`winget install JRSoftware.InnoSetup`). The virtual environment .venv is
# created when missing. Options: -Python <python.exe to create .venv with>, -InnoSetup <ISCC.exe>,
# -SignTool "<signtool sign arguments>" to sign both executables and the installer.
param(
    [string]$Python = "py",
    [string]$InnoSetup = "",
    [string]$SignTool = ""
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    # Run a native command and stop when it fails ($ErrorActionPreference does not cover exit
    # codes). A simple function on purpose: $args passes "-m", "-e", ... through untouched.
    $command = $args[0]
    $arguments = @($args | Select-Object -Skip 1)
    & $command @arguments
    if ($LASTEXITCODE -ne 0) { throw "$command $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Sign([string]$File) {
    $signArguments = @("sign") + $SignTool.Split(" ") + @($File)
    Invoke-Checked signtool.exe @signArguments
}

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    if ($Python -eq "py") { Invoke-Checked py -3.11 -m venv .venv } else { Invoke-Checked $Python -m venv .venv }
}
Invoke-Checked $venvPython -m pip install -q --upgrade pip
Invoke-Checked $venvPython -m pip install -q -e ".[installer]"
$version = (& $venvPython -c "import minigrid_app; print(minigrid_app.__version__)").Trim()

# Compiled translations (.qm) are build products, never committed.
Invoke-Checked $venvPython -m minigrid_app.ui.i18n build

Invoke-Checked $venvPython -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installers\minigrid.spec

# The frozen program must work before it is packed (console twin: its output is visible).
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked dist\Minigrid\minigrid-cli.exe selftest
Invoke-Checked dist\Minigrid\minigrid-cli.exe --example hofje-8 --screenshot build\smoke-screenshots
Remove-Item Env:\QT_QPA_PLATFORM

if ($SignTool) {
    foreach ($exe in @("dist\Minigrid\Minigrid.exe", "dist\Minigrid\minigrid-cli.exe")) { Invoke-Sign $exe }
}

if (-not $InnoSetup) {
    $candidates = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    $InnoSetup = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $InnoSetup) {
        $found = Get-Command iscc.exe -ErrorAction SilentlyContinue
        if ($found) { $InnoSetup = $found.Source }
    }
}
if (-not $InnoSetup) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup, or pass -InnoSetup <ISCC.exe>" }

Invoke-Checked $InnoSetup /Q "/DAppVersion=$version" "/DSourceDir=..\dist\Minigrid" installers\minigrid.iss
$setup = "dist\Minigrid-Setup-$version.exe"
if ($SignTool) { Invoke-Sign $setup }

$sizeMB = [math]::Round(((Get-ChildItem dist\Minigrid -Recurse -File | Measure-Object Length -Sum).Sum) / 1MB)
Write-Host "Minigrid $version built:"
Write-Host "  dist\Minigrid\  $sizeMB MB unpacked"
Write-Host "  $setup  $([math]::Round((Get-Item $setup).Length / 1MB)) MB"
