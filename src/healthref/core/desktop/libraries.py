"""Which system libraries Qt's X11 (xcb) window plugin needs and are missing, without loading Qt."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

# What Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa, libQt6Gui, libQt6DBus) links against
# outside Qt itself and the C/C++ runtime, read with `readelf -d` from PySide6 6.11 on Debian 12,
# with the Debian package that provides each. Keep in step with packaging/deb/control.in.
XCB_PLUGIN_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


@dataclass(frozen=True)
class MissingLibrary:
    """A shared library that cannot be found, and the Debian package that provides it."""

    soname: str
    package: str


def _ldconfig_sonames() -> frozenset[str] | None:
    """Every library name in the dynamic linker's cache, or None when ldconfig cannot run."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if Path(p).exists()), None
    )
    if ldconfig is None:
        return None
    try:
        listing = subprocess.run(
            [ldconfig, "-p"], capture_output=True, text=True, check=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(line.split()[0] for line in listing.splitlines()[1:] if line.strip())


def _private_dirs() -> list[Path]:
    """Folders searched before the system: $LD_LIBRARY_PATH and, in a bundle, its own folder."""
    dirs = [Path(p) for p in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle))
    return dirs


def system_finder() -> Callable[[str], bool]:
    """A test `soname -> found?` that asks ldconfig's cache once (ctypes as the fallback)."""
    cached = _ldconfig_sonames()
    private = _private_dirs()

    def found(soname: str) -> bool:
        if any((folder / soname).exists() for folder in private):
            return True
        if cached is not None:
            return soname in cached
        stem = soname.removeprefix("lib").split(".so")[0]
        return ctypes.util.find_library(stem) is not None

    return found


def missing_libraries(
    required: Mapping[str, str] = XCB_PLUGIN_LIBRARIES,
    found: Callable[[str], bool] | None = None,
) -> list[MissingLibrary]:
    """The `required` libraries (soname -> package) that `found` cannot find; [] off Linux."""
    if found is None:
        if not sys.platform.startswith("linux"):
            return []
        found = system_finder()
    return [MissingLibrary(name, package) for name, package in required.items() if not found(name)]


def install_hint(missing: Iterable[MissingLibrary]) -> str:
    """The one apt-get command that installs what is missing."""
    packages = sorted({library.package for library in missing})
    return "sudo apt-get install " + " ".join(packages)


def doctor_line(missing: list[MissingLibrary], platform: str | None = None) -> tuple[bool, str]:
    """`healthref doctor`'s verdict: (passed, line). Missing libraries only fail when the
    window would use the xcb plugin (QT_QPA_PLATFORM unset or xcb)."""
    if not sys.platform.startswith("linux"):
        return True, ""
    if platform is None:
        platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not missing:
        return True, "ok   window libraries: everything Qt's X11 plugin needs is installed\n"
    names = ", ".join(library.soname for library in missing)
    uses_xcb = platform in ("", "xcb") or platform.startswith("xcb:")
    return not uses_xcb, (
        f"{'FAIL' if uses_xcb else 'note'} window libraries: missing {names}; the window cannot "
        f"open on X11 without them. Install them with: {install_hint(missing)}\n"
    )
