#!/usr/bin/env bash
# Build the self-contained Linux bundle with PyInstaller (one folder) and pack it as a .tar.gz.
# Output: dist/healthref/ and dist/healthref-VERSION-linux-ARCH.tar.gz (both ignored by git).
# Needs python3 (3.11+), pip access to PyPI, and Qt's X11 libraries installed (they are copied
# into the bundle; see README.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$root/dist
work=$root/build/pyinstaller
venv=$root/build/pkg/venv

echo "== build environment ($venv)"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "$root" "pyinstaller>=6.10,<7"
"$venv/bin/pip" install --quiet --no-deps --force-reinstall "$root"  # this checkout, not a cached wheel

missing=$("$venv/bin/python" -c '
from healthref.core.desktop.libraries import install_hint, missing_libraries
m = missing_libraries()
print(install_hint(m) if m else "")')
if [ -n "$missing" ]; then
  echo "Qt's X11 libraries are missing here, so the bundle could not carry them: $missing" >&2
  exit 1
fi

version=$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("healthref"))')
arch=$(uname -m)

echo "== PyInstaller"
rm -rf "$dist/healthref"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" "$root/packaging/healthref.spec"

echo "== tarball"
tarball=$dist/healthref-$version-linux-$arch.tar.gz
tar -C "$dist" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" healthref
echo "bundle:  $dist/healthref ($(du -sh "$dist/healthref" | cut -f1))"
echo "tarball: $tarball ($(du -sh "$tarball" | cut -f1))"
