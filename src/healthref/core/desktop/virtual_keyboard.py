"""Is Qt's on-screen keyboard installed (full PySide6 with Qt Virtual Keyboard)? Qt-free, so
`healthref doctor` can say, and the kiosk can switch it on before Qt starts."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ENV = "QT_IM_MODULE"
MODULE = "qtvirtualkeyboard"


def plugin_path() -> Path | None:
    """The virtual keyboard's input-context plugin, when PySide6 ships one."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        folder = Path(root) / "Qt" / "plugins" / "platforminputcontexts"
        for candidate in sorted(folder.glob("*qtvirtualkeyboard*")) if folder.is_dir() else []:
            return candidate
    return None


def enable_if_available() -> bool:
    """Ask Qt for the on-screen keyboard; must run before the QApplication exists."""
    if plugin_path() is None:
        return False
    os.environ.setdefault(ENV, MODULE)
    return os.environ[ENV] == MODULE
